import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ClaimDecisionSchema } from "~/domain/forms/claim.server";
import { krajByCode } from "~/domain/kraje";
import { formatDate, formatNumber, translator } from "~/i18n";
import {
  ClaimDecisionError,
  decideClaim,
  listClaims,
  OPEN_CLAIM_STATUSES,
} from "~/models/claim.server";
import { getDb } from "~/utils/db.server";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { requirePermission } from "~/utils/permissions.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translator(data?.locale ?? "cs")("claimsAdmin.title")} — Spolu` },
];

/** Decided claims shown below the open ones, newest last. */
const RECENT = 30;

// Staff verify who speaks for a municipality: each open claim with the register's
// IČO, okres and kraj beside the claimant's name, e-mail, office and phone, and the
// how-to of checking it. Verifying is not approving the profile's texts.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "moderate:municipality:any");
  const db = getDb();
  const locale = await getLocale(request);
  const [open, decided] = await Promise.all([
    listClaims(db, { statuses: OPEN_CLAIM_STATUSES }),
    listClaims(db, { statuses: ["verified", "rejected", "superseded"], limit: 500 }),
  ]);
  const view = (c: (typeof open)[number]) => ({
    ...c,
    krajName: krajByCode(c.municipality.kraj)?.cs ?? c.municipality.kraj,
  });
  return {
    locale,
    open: open.map(view),
    decided: decided
      .sort((a, b) => (b.decidedAt ?? "").localeCompare(a.decidedAt ?? ""))
      .slice(0, RECENT)
      .map(view),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "moderate:municipality:any");
  const t = translator(await getLocale(request));
  const form = await request.formData();
  const parsed = ClaimDecisionSchema.safeParse({
    claim: form.get("claim"),
    decision: form.get("decision"),
    note: form.get("note") ?? "",
  });
  if (!parsed.success) {
    return data({ error: t("claimsAdmin.error.bad"), claim: null }, { status: 400 });
  }
  const { claim, decision, note } = parsed.data;
  // Turning a claim down tells the claimant why.
  if (decision === "reject" && !note) {
    return data({ error: t("claimsAdmin.error.noteRequired"), claim }, { status: 400 });
  }
  try {
    await decideClaim(getDb(), claim, decision, user, note || null);
  } catch (error) {
    if (!(error instanceof ClaimDecisionError)) throw error;
    return data({ error: t("claimsAdmin.error.state"), claim }, { status: 409 });
  }
  return redirectWithToast("/admin/claims", {
    type: "success",
    message: t(`claimsAdmin.done.${decision}`),
  });
}

export default function AdminClaims() {
  const { open, decided } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h2>{t("claimsAdmin.title")}</h2>
      <section className="card notice" aria-labelledby="howto-title">
        <h3 id="howto-title">{t("claimsAdmin.howtoTitle")}</h3>
        <ol>
          <li>{t("claimsAdmin.howto1")}</li>
          <li>{t("claimsAdmin.howto2")}</li>
          <li>{t("claimsAdmin.howto3")}</li>
          <li>{t("claimsAdmin.howto4")}</li>
        </ol>
      </section>
      {result?.error && result.claim === null ? (
        <p className="form-error" role="alert">
          {result.error}
        </p>
      ) : null}
      <section aria-labelledby="open-claims">
        <h3 id="open-claims">
          {t("claimsAdmin.open")} ({open.length})
        </h3>
        {open.length === 0 ? <p>{t("claimsAdmin.none")}</p> : null}
        {open.map((c) => (
          <article key={c.id} className="card claim" aria-labelledby={`claim-${c.id}`}>
            <h4 id={`claim-${c.id}`}>
              <Link to={`/municipalities/${c.municipality.id}`}>{c.municipality.name}</Link>{" "}
              <span className={`status status-claim-${c.status}`}>
                {t(`claim.status.${c.status}`)}
              </span>
            </h4>
            <div className="two-col">
              <dl className="facts">
                <dt>{t("register.ico")}</dt>
                <dd>{c.municipality.ico ?? "—"}</dd>
                <dt>{t("register.okres")}</dt>
                <dd>
                  {c.municipality.okres ?? "—"} · {c.krajName}
                </dd>
                <dt>{t("register.population")}</dt>
                <dd>{formatNumber(c.municipality.population, locale)}</dd>
                <dt>{t("register.code")}</dt>
                <dd>{c.municipality.code ?? "—"}</dd>
                {c.status === "conflict" ? (
                  <>
                    <dt>{t("claimsAdmin.currentOwner")}</dt>
                    <dd>
                      {c.municipality.ownerName ?? "—"}
                      {c.municipality.verified ? ` (${t("profile.verified")})` : ""}
                    </dd>
                  </>
                ) : null}
              </dl>
              <dl className="facts">
                <dt>{t("claimsAdmin.claimant")}</dt>
                <dd>{c.user?.name ?? t("claim.deletedAccount")}</dd>
                <dt>{t("signup.email")}</dt>
                <dd>
                  {c.user ? <a href={`mailto:${c.user.email}`}>{c.user.email}</a> : "—"}
                  {c.user && !c.user.emailVerified ? ` (${t("claimsAdmin.emailUnconfirmed")})` : ""}
                </dd>
                <dt>{t("claimsAdmin.role")}</dt>
                <dd>{c.claimantRole || "—"}</dd>
                <dt>{t("claimsAdmin.phone")}</dt>
                <dd>{c.claimantPhone || "—"}</dd>
                <dt>{t("claimsAdmin.since")}</dt>
                <dd>{formatDate(c.createdAt, locale)}</dd>
              </dl>
            </div>
            <Form method="post" className="actions">
              <input type="hidden" name="claim" value={c.id} />
              {c.status === "pending" ? (
                <button type="submit" name="decision" value="verify" className="primary">
                  {t("claimsAdmin.verify")}
                </button>
              ) : (
                <button type="submit" name="decision" value="transfer" className="primary">
                  {t("claimsAdmin.transfer")}
                </button>
              )}
            </Form>
            {/* Turning down takes a reason and a second step: a pending claim's profile goes. */}
            <details className="confirm" open={result?.claim === c.id}>
              <summary>
                {t(c.status === "pending" ? "claimsAdmin.reject" : "claimsAdmin.rejectConflict")}…
              </summary>
              <Form method="post" className="form">
                <input type="hidden" name="claim" value={c.id} />
                <p>
                  <strong>
                    {t(
                      c.status === "pending"
                        ? "claimsAdmin.rejectWarning"
                        : "claimsAdmin.rejectConflictWarning",
                    )}
                  </strong>
                </p>
                <div className="field">
                  <label htmlFor={`note-${c.id}`}>{t("claimsAdmin.note")}</label>
                  <p className="field-hint" id={`note-${c.id}-hint`}>
                    {t("claimsAdmin.noteHint")}
                  </p>
                  <textarea
                    id={`note-${c.id}`}
                    name="note"
                    rows={2}
                    maxLength={1000}
                    aria-invalid={result?.claim === c.id ? true : undefined}
                    aria-describedby={`note-${c.id}-hint note-${c.id}-error`}
                  />
                  <p className="field-error" id={`note-${c.id}-error`}>
                    {result?.claim === c.id ? result.error : ""}
                  </p>
                </div>
                <button type="submit" name="decision" value="reject" className="danger">
                  {t(c.status === "pending" ? "claimsAdmin.reject" : "claimsAdmin.rejectConflict")}
                </button>
              </Form>
            </details>
          </article>
        ))}
      </section>
      <section aria-labelledby="decided-claims">
        <h3 id="decided-claims">{t("claimsAdmin.decided")}</h3>
        {decided.length === 0 ? (
          <p>{t("claimsAdmin.noneDecided")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("directory.col.name")}</th>
                <th scope="col">{t("claimsAdmin.claimant")}</th>
                <th scope="col">{t("offerPage.status")}</th>
                <th scope="col">{t("claimsAdmin.decidedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {decided.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/municipalities/${c.municipality.id}`}>{c.municipality.name}</Link>
                  </td>
                  <td>{c.user?.name ?? t("claim.deletedAccount")}</td>
                  <td>{t(`claim.status.${c.status}`)}</td>
                  <td>{c.decidedAt ? formatDate(c.decidedAt, locale) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
