// Sending e-mail over SMTP (nodemailer). Every e-mail is first a row in the
// `emails` table (app/models/email.server.ts); this module only delivers rows.
// Without SMTP_URL nothing is sent: the rows stay in the outbox for staff to read.
import nodemailer, { type Transporter } from "nodemailer";
import { deliverQueued, type OutgoingEmail } from "~/models/email.server";
import { getDb } from "./db.server";
import { getEnv } from "./env.server";

let transport: Transporter | null | undefined;

function getTransport(): Transporter | null {
  if (transport === undefined) {
    const url = getEnv().SMTP_URL;
    transport = url ? nodemailer.createTransport(url) : null;
  }
  return transport;
}

export function smtpConfigured(): boolean {
  return !!getEnv().SMTP_URL;
}

export async function sendOverSmtp(email: OutgoingEmail): Promise<void> {
  const smtp = getTransport();
  if (!smtp) throw new Error("SMTP_URL is not set");
  await smtp.sendMail({
    from: getEnv().MAIL_FROM,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers: { "Content-Language": email.locale },
  });
}

let delivering: Promise<void> | null = null;

/**
 * Delivers what is queued, in the background: called after an action commits so
 * e-mails leave at once, and by the scheduler every minute to retry failures.
 * One delivery pass at a time per process; rows are claimed in the database.
 */
export function kickDelivery(): Promise<void> {
  if (!smtpConfigured()) return Promise.resolve();
  delivering ??= deliverQueued(getDb(), sendOverSmtp)
    .then((r) => {
      if (r.failed > 0) console.warn(`mail: ${r.sent} sent, ${r.failed} failed (will retry)`);
    })
    .catch((error: unknown) => console.error("mail: delivery failed", error))
    .finally(() => {
      delivering = null;
    });
  return delivering;
}

/**
 * Sends at once what was queued. A pass already running may have picked its rows
 * before ours was committed, so a second pass follows it (cheap when nothing is left).
 */
export function deliverSoon(): void {
  void kickDelivery().then(() => kickDelivery());
}
