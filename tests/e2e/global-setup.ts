// Before any spec runs: the SMTP sink the app sends to (SMTP_URL in the webServer's
// env), listening on E2E_SMTP_PORT and writing into E2E_MAIL_DIR (both chosen in
// playwright.config.ts). The returned function is Playwright's teardown. The
// directory is emptied at start and kept afterwards, to see what a failed run received.
import fs from "node:fs";
import { documentsDir } from "./documents";
import { startSmtpSink } from "./smtp-sink";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = Number(process.env.E2E_SMTP_PORT);
  const dir = process.env.E2E_MAIL_DIR;
  if (!port || !dir) throw new Error("E2E_SMTP_PORT and E2E_MAIL_DIR must be set");
  fs.rmSync(dir, { recursive: true, force: true });
  // The documents the browser loads, for the Nu HTML checker (documents.ts), start empty too.
  const documents = documentsDir();
  fs.rmSync(documents, { recursive: true, force: true });
  fs.mkdirSync(documents, { recursive: true });
  const sink = await startSmtpSink({ port, dir });
  return () => sink.close();
}
