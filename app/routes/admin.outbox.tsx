import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { formatDate, translator } from "~/i18n";
import { countEmails, listEmails } from "~/models/email.server";
import { listJobRuns } from "~/models/jobs.server";
import { getDb } from "~/utils/db.server";
import { useLocale, useT } from "~/utils/i18n";
import { smtpConfigured } from "~/utils/mail.server";
import { metaLocale, pageMeta } from "~/utils/meta";
import { PageSchema } from "~/domain/forms/common.server";
import { requirePermission } from "~/utils/permissions.server";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(translator(metaLocale(matches))("outbox.title"));

const PAGE_SIZE = 50;
const STATUSES = ["outbox", "queued", "sending", "sent", "failed"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:admin:any");
  const url = new URL(request.url);
  const status = STATUSES.find((s) => s === url.searchParams.get("status"));
  const page = PageSchema.parse(url.searchParams.get("page") ?? 1);
  const db = getDb();
  const [emails, total, jobs] = await Promise.all([
    listEmails(db, { status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    countEmails(db, status),
    listJobRuns(db, 15),
  ]);
  return {
    emails,
    status: status ?? "",
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    smtp: smtpConfigured(),
    jobs,
  };
}

export default function Outbox() {
  const { emails, status, page, pages, smtp, jobs } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h2>{t("outbox.title")}</h2>
      <p>{t("outbox.intro")}</p>
      <p className="staff-comment">{smtp ? t("outbox.smtpOn") : t("outbox.smtpOff")}</p>
      <Form method="get" className="inline-form">
        <label htmlFor="status">{t("outbox.filter")}</label>{" "}
        <select id="status" name="status" defaultValue={status}>
          <option value="">{t("outbox.all")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`outbox.status.${s}`)}
            </option>
          ))}
        </select>{" "}
        <button type="submit" className="secondary">
          {t("offers.apply")}
        </button>
      </Form>
      {emails.length === 0 ? (
        <p className="card empty">{t("outbox.empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("outbox.created")}</th>
              <th scope="col">{t("outbox.to")}</th>
              <th scope="col">{t("outbox.subject")}</th>
              <th scope="col">{t("outbox.status")}</th>
            </tr>
          </thead>
          <tbody>
            {emails.map((e) => (
              <tr key={e.id}>
                <td>{formatDate(e.createdAt, locale)}</td>
                <td>
                  {e.to} <span className="offer-meta">({e.locale})</span>
                </td>
                <td>
                  <Link to={`/admin/outbox/${e.id}`}>{e.subject}</Link>
                </td>
                <td>
                  {t(`outbox.status.${e.status}`)}
                  {e.attempts > 1 ? ` (${e.attempts}×)` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pages={pages} />
      <section className="card" aria-labelledby="jobs-title">
        <h2 id="jobs-title">{t("outbox.jobs")}</h2>
        {jobs.length === 0 ? (
          <p>{t("outbox.jobsEmpty")}</p>
        ) : (
          <ul className="queue">
            {jobs.map((j) => (
              <li key={`${j.job}-${j.slot}`}>
                <code>{j.job}</code> {j.slot} · {j.result ?? "…"}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
