import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatDate, formatDateTime, translator } from "~/i18n";
import { getEmail, sendAgain } from "~/models/email.server";
import { maskTokens } from "~/utils/email-template";
import { getDb } from "~/utils/db.server";
import { idParam, invariantResponse } from "~/utils/http";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { deliverSoon } from "~/utils/mail.server";
import { requirePermission } from "~/utils/permissions.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.email.subject} — Spolu` : "Spolu" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "read:admin:any");
  const email = await getEmail(getDb(), idParam(params.id));
  invariantResponse(email, "Not found", { status: 404 });
  // Kept unsent (no SMTP), the links are how staff help a user in; once sent, they are the user's.
  if (email.status === "outbox") return { email };
  return { email: { ...email, text: maskTokens(email.text), html: maskTokens(email.html) } };
}

/** "Send again": a failed e-mail is queued afresh, with all its attempts. */
export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "read:admin:any");
  const id = idParam(params.id);
  const t = translator(await getLocale(request));
  const queued = await sendAgain(getDb(), id);
  if (queued) deliverSoon();
  return redirectWithToast(`/admin/outbox/${id}`, {
    type: queued ? "success" : "error",
    message: t(queued ? "outbox.sentAgain" : "outbox.notFailed"),
  });
}

export default function OutboxEmail() {
  const { email } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <article>
      <p>
        <Link to="/admin/outbox">← {t("outbox.back")}</Link>
      </p>
      <h2>{email.subject}</h2>
      <dl className="facts">
        <dt>{t("outbox.to")}</dt>
        <dd>
          {email.to} ({email.locale})
        </dd>
        <dt>{t("outbox.status")}</dt>
        <dd>
          {t(`outbox.status.${email.status}`)} · {formatDate(email.createdAt, locale)}
        </dd>
        {email.lastError ? (
          <>
            <dt>{t("outbox.error")}</dt>
            <dd>{email.lastError}</dd>
          </>
        ) : null}
        {email.status === "failed" ? (
          <>
            <dt>{t("outbox.nextAttempt")}</dt>
            <dd>
              {email.nextAttemptAt
                ? formatDateTime(email.nextAttemptAt, locale)
                : t("outbox.givenUp")}
            </dd>
          </>
        ) : null}
      </dl>
      {email.status === "failed" ? (
        <Form method="post">
          <button type="submit" className="primary">
            {t("outbox.sendAgain")}
          </button>
        </Form>
      ) : null}
      <section className="card" aria-labelledby="text-title">
        <h3 id="text-title">{t("outbox.text")}</h3>
        <pre className="email-text">{email.text}</pre>
      </section>
      <section className="card" aria-labelledby="html-title">
        <h3 id="html-title">{t("outbox.html")}</h3>
        {/* sandbox without allow-scripts: the e-mail's HTML is shown, never run. */}
        <iframe title={t("outbox.html")} sandbox="" srcDoc={email.html} className="email-html" />
      </section>
    </article>
  );
}
