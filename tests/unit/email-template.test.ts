import { describe, expect, it } from "vitest";
import { absoluteLink, escapeHtml, maskTokens, renderEmail } from "~/utils/email-template";

const base = "https://spolu.example.org";

describe("the e-mail template", () => {
  it("escapes what people typed in the HTML, but not in the plain text", () => {
    const email = renderEmail({
      locale: "cs",
      name: `Jana <script>alert("x")</script> & spol.`,
      subject: "Nabídka <b>Žitavy</b>",
      intro: "Město 'A' & <B>",
      lines: [{ text: "Odkaz <i>", link: '/offers/1?a=1&b="2"' }],
      baseUrl: base,
    });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain(
      "Jana &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; spol.",
    );
    expect(email.html).toContain("<title>Nabídka &lt;b&gt;Žitavy&lt;/b&gt;</title>");
    expect(email.html).toContain("Město &#39;A&#39; &amp; &lt;B&gt;");
    expect(email.html).toContain(`href="${base}/offers/1?a=1&amp;b=&quot;2&quot;"`);
    expect(email.text).toContain(`Jana <script>alert("x")</script> & spol.`);
    expect(email.subject).toBe("Nabídka <b>Žitavy</b>");
  });

  it("makes every link absolute, in the text and in the HTML", () => {
    const email = renderEmail({
      locale: "en",
      name: "Jana",
      subject: "Confirm",
      lines: [
        { text: "Confirm my e-mail address", link: "/verify-email?token=abc_-1" },
        { text: "Elsewhere", link: "https://example.com/x" },
        { text: "No link at all" },
      ],
      baseUrl: base,
    });
    expect(email.text).toContain(`Confirm my e-mail address\n  ${base}/verify-email?token=abc_-1`);
    expect(email.text).toContain("https://example.com/x");
    expect(email.text).toContain("• No link at all");
    expect(email.html).toContain(`<a href="${base}/verify-email?token=abc_-1">`);
    expect(email.html).toContain("<li>No link at all</li>");
    expect(email.html).not.toMatch(/href="\//);
  });

  it("greets in the recipient's language and shows preferences unless transactional", () => {
    const common = { name: "Jana", subject: "S", lines: [], baseUrl: base };
    const cs = renderEmail({ ...common, locale: "cs" });
    expect(cs.text.startsWith("Dobrý den, Jana,")).toBe(true);
    expect(cs.html).toContain('<html lang="cs">');
    expect(cs.text).toContain(`${base}/me#email-preferences`);
    const en = renderEmail({ ...common, locale: "en", showPreferences: false });
    expect(en.text.startsWith("Hello Jana,")).toBe(true);
    expect(en.text).not.toContain("#email-preferences");
    expect(en.html).not.toContain("#email-preferences");
  });

  it("joins base and path with exactly one slash", () => {
    expect(absoluteLink(base, "/a")).toBe(`${base}/a`);
    expect(absoluteLink(base, "a")).toBe(`${base}/a`);
    expect(absoluteLink(base, "http://other.example/a")).toBe("http://other.example/a");
    expect(escapeHtml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });

  it("masks one-time tokens in links and leaves everything else as it is", () => {
    const token = "Ab_-".repeat(10) + "xyz";
    const text = `Otevřete ${base}/reset-password?token=${token} do hodiny; /contacts/3?tab=1`;
    const masked = maskTokens(text);
    expect(masked).toBe(`Otevřete ${base}/reset-password?token=… do hodiny; /contacts/3?tab=1`);
    expect(masked).not.toContain(token);
    expect(maskTokens(`<a href="${base}/verify-email?a=1&token=${token}">`)).toBe(
      `<a href="${base}/verify-email?a=1&token=…">`,
    );
  });
});
