// A real SMTP server for the e2e run: the app sends over SMTP as in production,
// and each message that arrives is written as one JSON file (ReceivedEmail) into
// a directory that tests/e2e/mailbox.ts reads. Started by tests/e2e/global-setup.ts.
// The MIME parsing is just enough for what nodemailer writes: headers with
// RFC 2047 words, (nested) multipart, quoted-printable / base64 / 7bit / 8bit.
import fs from "node:fs";
import path from "node:path";
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
        try {
          const receivedAt = new Date();
          const message = parseMessage(Buffer.concat(chunks));
          const email: ReceivedEmail = {
            // The envelope says who it was delivered to (the To header could say anything).
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()).join(", "),
            from: message.headers.get("from") ?? "",
            subject: message.headers.get("subject") ?? "",
            text: message.text,
            html: message.html,
            contentLanguage: message.headers.get("content-language") ?? "",
            receivedAt: receivedAt.toISOString(),
          };
          // Written under a temporary name and renamed, so readers never see half a file.
          const name = `${receivedAt.getTime()}-${String(++seq).padStart(4, "0")}.json`;
          const file = path.join(options.dir, name);
          fs.writeFileSync(`${file}.tmp`, JSON.stringify(email, null, 2));
          fs.renameSync(`${file}.tmp`, file);
          callback();
        } catch (error) {
          callback(error as Error);
        }
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

export interface ParsedMessage {
  /** Lower-case names, values unfolded and decoded (the first of repeated headers). */
  headers: Map<string, string>;
  text: string;
  html: string;
}

/** The headers, the text/plain and the text/html of a raw message. */
export function parseMessage(raw: Buffer): ParsedMessage {
  // Latin-1 keeps one character per byte, so bodies can be decoded by their own charset later.
  const { headers, body } = splitEntity(raw.toString("latin1"));
  const found = { text: "", html: "" };
  collectParts(headers, body, found);
  return { headers, ...found };
}

function splitEntity(entity: string): { headers: Map<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(entity);
  const head = match ? entity.slice(0, match.index) : entity;
  const body = match ? entity.slice(match.index + match[0].length) : "";
  const headers = new Map<string, string>();
  // Header bytes may be raw UTF-8 (SMTPUTF8); encoded words are ASCII either way.
  const unfolded = Buffer.from(head, "latin1")
    .toString("utf8")
    .replace(/\r?\n[ \t]+/g, " ");
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, decodeWords(line.slice(colon + 1).trim()));
  }
  return { headers, body };
}

function collectParts(
  headers: Map<string, string>,
  body: string,
  found: { text: string; html: string },
): void {
  const type = headers.get("content-type") ?? "text/plain";
  const mime = type.split(";")[0]!.trim().toLowerCase();
  if (mime.startsWith("multipart/")) {
    const boundary = parameter(type, "boundary");
    if (!boundary) return;
    const delimiter = `--${boundary}`;
    const parts = body.split(
      new RegExp(`\\r?\\n?${escapeRegExp(delimiter)}(?:--)?[ \\t]*\\r?\\n?`),
    );
    // parts[0] is the preamble, the last one the epilogue after the closing delimiter.
    for (const part of parts.slice(1, -1)) {
      const entity = splitEntity(part);
      collectParts(entity.headers, entity.body, found);
    }
    return;
  }
  if (mime !== "text/plain" && mime !== "text/html") return;
  if (/^attachment/i.test(headers.get("content-disposition") ?? "")) return;
  const text = decodeBody(
    body,
    headers.get("content-transfer-encoding") ?? "7bit",
    parameter(type, "charset") ?? "utf-8",
  );
  if (mime === "text/plain" && !found.text) found.text = text;
  if (mime === "text/html" && !found.html) found.html = text;
}

function decodeBody(body: string, encoding: string, charset: string): string {
  const kind = encoding.trim().toLowerCase();
  const bytes =
    kind === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64")
      : kind === "quoted-printable"
        ? Buffer.from(decodeQuotedPrintable(body), "latin1")
        : Buffer.from(body, "latin1");
  return new TextDecoder(charset).decode(bytes).replace(/\r\n/g, "\n");
}

function decodeQuotedPrintable(value: string): string {
  return value
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** RFC 2047: =?utf-8?Q?P=C5=99ihl=C3=A1=C5=A1en=C3=AD?= and =?utf-8?B?…?= words. */
export function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2") // whitespace between two encoded words is not text
    .replace(
      /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g,
      (_, charset: string, kind: string, text: string) => {
        const bytes =
          kind.toUpperCase() === "B"
            ? Buffer.from(text, "base64")
            : Buffer.from(decodeQuotedPrintable(text.replace(/_/g, " ")), "latin1");
        return new TextDecoder(charset.split("*")[0]).decode(bytes);
      },
    );
}

function parameter(header: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(header);
  return match ? (match[1] ?? match[2]) : undefined;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
