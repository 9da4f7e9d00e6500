// The two account e-mails: confirm the address after sign-up, choose a new
// password. Each makes a one-time token and queues the e-mail in the caller's
// transaction, in the user's language; call deliverSoon() (mail.server) once it has committed.
import type { Kysely, Transaction } from "kysely";
import { translator } from "~/i18n";
import { enqueueEmail } from "~/models/email.server";
import { createUserToken } from "~/models/user-token.server";
import type { Database, Locale } from "../../../db/schema";
import { renderEmail } from "../../utils/email-template";
import { appUrl } from "../../utils/env.server";

type Db = Kysely<Database> | Transaction<Database>;
type Recipient = { id: number; email: string; name: string; locale: Locale };

export async function queueVerificationEmail(db: Db, user: Recipient, now = new Date()) {
  const { token } = await createUserToken(db, user.id, "verify_email", now);
  await queue(db, user, "verify_email", {
    subject: "verifyEmail.subject",
    intro: "verifyEmail.intro",
    linkText: "verifyEmail.linkText",
    link: `/verify-email?token=${token}`,
  });
}

export async function queuePasswordResetEmail(db: Db, user: Recipient, now = new Date()) {
  const { token } = await createUserToken(db, user.id, "reset_password", now);
  await queue(db, user, "reset_password", {
    subject: "resetEmail.subject",
    intro: "resetEmail.intro",
    linkText: "resetEmail.linkText",
    link: `/reset-password?token=${token}`,
  });
}

async function queue(
  db: Db,
  user: Recipient,
  kind: string,
  keys: {
    subject: "verifyEmail.subject" | "resetEmail.subject";
    intro: "verifyEmail.intro" | "resetEmail.intro";
    linkText: "verifyEmail.linkText" | "resetEmail.linkText";
    link: string;
  },
) {
  const t = translator(user.locale);
  const email = renderEmail({
    locale: user.locale,
    name: user.name,
    subject: t(keys.subject),
    intro: t(keys.intro, { email: user.email }),
    lines: [{ text: t(keys.linkText), link: keys.link }],
    baseUrl: appUrl(),
    // Transactional: sent whatever the e-mail preferences say.
    showPreferences: false,
  });
  await enqueueEmail(db, { userId: user.id, to: user.email, locale: user.locale, kind, ...email });
}
