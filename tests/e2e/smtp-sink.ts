// A real SMTP server for the e2e run: the app sends over SMTP as in production,
// and each message that arrives is written as one JSON file (ReceivedEmail) into
// a directory that tests/e2e/mailbox.ts reads. Started by tests/e2e/global-setup.ts.
// The MIME parsing is mailparser's (from the authors of smtp-server and nodemailer).
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { ReceivedEmail } from "./mailbox";

export interface SmtpSink {
  port: number;
  close: () => Promise<void>;
}

export async function startSmtpSink(options: {
  port: number;
  dir: string;
  host?: string;
}): Promise<SmtpSink> {
  fs.mkdirSync(options.dir, { recursive: true });
  let seq = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        void (async () => {
          const receivedAt = new Date();
          const message = await parseMessage(Buffer.concat(chunks));
          const email: ReceivedEmail = {
            // The envelope says who it was delivered to (the To header could say anything).
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()).join(", "),
            ...message,
            receivedAt: receivedAt.toISOString(),
          };
          // Written under a temporary name and renamed, so readers never see half a file.
          const name = `${receivedAt.getTime()}-${String(++seq).padStart(4, "0")}.json`;
          const file = path.join(options.dir, name);
          fs.writeFileSync(`${file}.tmp`, JSON.stringify(email, null, 2));
          fs.renameSync(`${file}.tmp`, file);
        })().then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
  });
  server.on("error", (error) => console.error("smtp-sink:", error));
  return {
    port: options.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type ParsedMessage = Pick<
  ReceivedEmail,
  "from" | "subject" | "contentLanguage" | "text" | "html"
>;

/** What the specs read of a raw message: sender, subject, language, text and HTML. */
export async function parseMessage(raw: Buffer): Promise<ParsedMessage> {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const language = mail.headers.get("content-language");
  return {
    from: mail.from?.text ?? "",
    subject: mail.subject ?? "",
    contentLanguage: typeof language === "string" ? language : "",
    text: mail.text ?? "",
    html: mail.html || "",
  };
}
