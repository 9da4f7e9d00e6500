// What the e2e SMTP sink (tests/e2e/smtp-sink.ts) received, for specs to assert on:
//
//   const since = Date.now();
//   … the action that sends an e-mail …
//   const email = await waitForEmail({ to: address, subjectIncludes: "Potvrďte", since });
//   expect(email.contentLanguage).toBe("cs");
//   await page.goto(linkFrom(email, "/verify-email"));
//
// Give every test its own recipient address: both workers share one mailbox.
import fs from "node:fs";
import path from "node:path";

/** One received message, as the sink writes it (one JSON file each). */
export interface ReceivedEmail {
  /** The envelope recipients, lower-case, comma-separated (Spolu sends to one). */
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  /** The Content-Language header: the recipient's locale, "cs" or "en". */
  contentLanguage: string;
  /** ISO timestamp of arrival at the sink. */
  receivedAt: string;
}

export interface EmailQuery {
  to: string;
  subjectIncludes?: string;
  /** Only messages that arrived at or after this moment (Date or epoch ms). */
  since?: Date | number;
}

/** Set by playwright.config.ts, which also hands it to the sink. */
export function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run the specs through playwright.config.ts");
  return dir;
}

/** Every message received so far matching the query, oldest first. */
export function readMailbox(query?: EmailQuery): ReceivedEmail[] {
  const dir = mailDir();
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")) : [];
  const emails = files
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as ReceivedEmail);
  return query ? emails.filter((e) => matches(e, query)) : emails;
}

function matches(email: ReceivedEmail, query: EmailQuery): boolean {
  const recipients = email.to.split(",").map((r) => r.trim());
  if (!recipients.includes(query.to.trim().toLowerCase())) return false;
  if (query.subjectIncludes && !email.subject.includes(query.subjectIncludes)) return false;
  if (query.since !== undefined && Date.parse(email.receivedAt) < Number(query.since)) return false;
  return true;
}

/**
 * The first message (oldest) matching the query, polling until it arrives. On timeout
 * the error lists what did arrive, which usually tells what went wrong.
 */
export async function waitForEmail(query: EmailQuery, timeoutMs = 20_000): Promise<ReceivedEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [found] = readMailbox(query);
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = readMailbox()
        .map((e) => `  ${e.receivedAt} ${e.to}: ${e.subject}`)
        .join("\n");
      throw new Error(
        `No e-mail to ${query.to}` +
          (query.subjectIncludes ? ` with "${query.subjectIncludes}" in the subject` : "") +
          ` within ${timeoutMs} ms. Received:\n${seen || "  (nothing)"}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The first absolute link in the plain-text body whose path starts with pathPrefix
 * ("/verify-email"), as written in the e-mail (so it points at APP_URL).
 */
export function linkFrom(email: ReceivedEmail, pathPrefix: string): string {
  for (const [candidate] of email.text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    if (new URL(candidate).pathname.startsWith(pathPrefix)) return candidate;
  }
  throw new Error(`No link to ${pathPrefix} in the e-mail "${email.subject}":\n${email.text}`);
}
