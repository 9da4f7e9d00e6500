// The e2e sink's MIME parsing (mailparser), against messages nodemailer itself composes.
import MailComposer from "nodemailer/lib/mail-composer";
import { describe, expect, it } from "vitest";
import { parseMessage } from "../e2e/smtp-sink";

function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> {
  return new MailComposer(options).compile().build();
}

describe("the e2e SMTP sink's parser", () => {
  it("reads subject, language, text and HTML of a Czech e-mail", async () => {
    const text =
      "Dobrý den, Jano,\n\nPotvrďte e-mail: https://spolu.example/verify-email?token=a_b-c\n";
    const raw = await compose({
      from: "Spolu <noreply@spolu.example>",
      to: "jana@obec.example",
      subject: "Potvrďte svůj e-mail ve Spolu – příliš žluťoučký kůň",
      text,
      html: '<p>Dobrý den, <a href="https://spolu.example/x?a=1&amp;b=2">Jano</a></p>',
      headers: { "Content-Language": "cs" },
    });
    const message = await parseMessage(raw);
    expect(message.subject).toBe("Potvrďte svůj e-mail ve Spolu – příliš žluťoučký kůň");
    expect(message.from).toMatch(/^"?Spolu"? <noreply@spolu\.example>$/);
    expect(message.contentLanguage).toBe("cs");
    expect(message.text).toBe(text);
    expect(message.html).toBe(
      '<p>Dobrý den, <a href="https://spolu.example/x?a=1&amp;b=2">Jano</a></p>',
    );
  });

  it("handles long lines, base64 bodies and a text-only message", async () => {
    const long = `${"ř".repeat(300)} https://spolu.example/${"x".repeat(120)}`;
    const message = await parseMessage(
      await compose({ to: "a@b.example", subject: "Plain", text: long }),
    );
    expect(message.text).toBe(long);
    expect(message.html).toBe("");
    const b64 = await parseMessage(
      await compose({
        to: "a@b.example",
        subject: "B",
        text: { content: "čau", contentTransferEncoding: "base64" },
      }),
    );
    expect(b64.text).toBe("čau");
  });

  it("decodes a subject nodemailer wrote as several RFC 2047 words", async () => {
    const subject = `Přihlášení do Spolu: ${"žluťoučký kůň úpěl ďábelské ódy ".repeat(4)}`.trim();
    const raw = await compose({ to: "a@b.example", subject, text: "x" });
    expect(raw.toString("latin1")).toMatch(/=\?UTF-8\?[BQ]\?/);
    expect((await parseMessage(raw)).subject).toBe(subject);
  });
});
