import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { PartnershipBadge, PartnershipSource } from "~/components/partnership-badge";
import { FIRST_PARTNERSHIP_YEAR } from "~/domain/forms/partnership";
import {
  AddPartnershipSchema,
  CorrectPartnershipSchema,
  PartnershipIdSchema,
  RemovePartnershipSchema,
} from "~/domain/forms/partnership.server";
import { formatDate, translator } from "~/i18n";
import { getPublicMunicipality } from "~/models/municipality.server";
import {
  addPartnership,
  canManagePartnerships,
  confirmPartnership,
  correctPartnership,
  listPartnershipHistory,
  listPartnerships,
  PartnershipError,
  removePartnership,
} from "~/models/partnership.server";
import { countryName } from "~/i18n/countries.server";
import { getDb } from "~/utils/db.server";
import { fieldErrors, formValues, type FieldErrors } from "~/utils/forms.server";
import { idParam, invariantResponse } from "~/utils/http";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { offerCountryOptions } from "~/features/offers/form.server";
import { requireUser } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";

/** Every live row of one municipality fits one page: the most listed town has about 40. */
const MAX_ROWS = 500;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `${translator(data.locale)("registry.manageTitle", { name: data.municipality.name })} — Spolu`
      : "Spolu",
  },
];

/** The municipality's verified owner or staff; everyone else gets a 403 (a visitor signs in first). */
async function requireManager(request: Request, id: number) {
  const user = await requireUser(request);
  const db = getDb();
  const municipality = await getPublicMunicipality(db, id);
  invariantResponse(municipality, "Not found", { status: 404 });
  invariantResponse(await canManagePartnerships(db, id, user), "Forbidden", { status: 403 });
  return { user, municipality, db };
}

// The municipality's partnerships as the registry has them, to confirm, correct
// (year, active or dormant), remove or add, with the history of every change.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = idParam(params.id);
  const { user, municipality, db } = await requireManager(request, id);
  const locale = await getLocale(request);
  const [rows, history] = await Promise.all([
    listPartnerships(db, user, { municipalityId: id }, { limit: MAX_ROWS, offset: 0 }),
    listPartnershipHistory(db, id),
  ]);
  return {
    locale,
    isStaff: user.role === "staff",
    municipality: { id: municipality.id, name: municipality.name },
    rows: rows.map((p) => ({
      id: p.id,
      town: p.partnerTown,
      countryName: countryName(p.partnerCountry, locale),
      sinceYear: p.sinceYear,
      source: p.source,
      sourceUrls: p.sourceUrls,
      confirmedBy: p.confirmedBy,
      confirmedAt: p.confirmedAt,
      dormant: p.dormantSince !== null,
    })),
    history: history.map((h) => ({ ...h, countryName: countryName(h.partnerCountry, locale) })),
    countries: offerCountryOptions(locale),
    thisYear: new Date().getUTCFullYear(),
  };
}

type Intent = "confirm" | "correct" | "remove" | "add";

export async function action({ request, params }: ActionFunctionArgs) {
  const id = idParam(params.id);
  const { user, db } = await requireManager(request, id);
  const locale = await getLocale(request);
  const t = translator(locale);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "") as Intent;
  const fail = (errors: FieldErrors, row: number | null, status = 400) =>
    data({ intent, row, errors }, { status });
  try {
    if (intent === "add") {
      const parsed = AddPartnershipSchema.safeParse(
        formValues(form, ["town", "country", "sinceYear"]),
      );
      if (!parsed.success) return fail(fieldErrors(parsed.error, locale), null);
      await addPartnership(db, id, parsed.data, user);
    } else if (intent === "confirm") {
      const parsed = PartnershipIdSchema.safeParse({ id: form.get("id") });
      if (!parsed.success) return fail({ form: t("registry.error.notFound") }, null, 404);
      await confirmPartnership(db, id, parsed.data.id, user);
    } else if (intent === "correct") {
      const parsed = CorrectPartnershipSchema.safeParse(
        formValues(form, ["id", "sinceYear", "state"]),
      );
      if (!parsed.success) {
        return fail(fieldErrors(parsed.error, locale), Number(form.get("id")) || null);
      }
      const { id: rowId, ...correction } = parsed.data;
      await correctPartnership(db, id, rowId, correction, user);
    } else if (intent === "remove") {
      const parsed = RemovePartnershipSchema.safeParse(formValues(form, ["id", "reason"]));
      if (!parsed.success) {
        return fail(fieldErrors(parsed.error, locale), Number(form.get("id")) || null);
      }
      await removePartnership(db, id, parsed.data.id, parsed.data.reason, user);
    } else {
      return fail({ form: t("registry.error.unknownAction") }, null);
    }
  } catch (error) {
    if (!(error instanceof PartnershipError)) throw error;
    if (error.code === "duplicate") return fail({ town: t("registry.error.duplicate") }, null, 409);
    if (error.code === "forbidden") throw new Response("Forbidden", { status: 403 });
    // A row removed meanwhile (another tab, a colleague): say so rather than fail.
    return fail({ form: t("registry.error.notFound") }, null, 404);
  }
  return redirectWithToast(`/municipalities/${id}/partnerships`, {
    type: "success",
    message: t(`registry.done.${intent}`),
  });
}

export default function ManagePartnerships() {
  const { municipality, rows, history, countries, thisYear, isStaff } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const busy = useNavigation().state !== "idle";
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const rowErrors = (row: number) => (result?.row === row ? errors : {});
  return (
    <article>
      <p>
        <Link to={`/municipalities/${municipality.id}`}>← {municipality.name}</Link>
      </p>
      <h1>{t("registry.manageTitle", { name: municipality.name })}</h1>
      <p className="lead">{isStaff ? t("registry.manageLeadStaff") : t("registry.manageLead")}</p>
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}

      <section aria-labelledby="rows-title">
        <h2 id="rows-title">{t("registry.rows", { count: rows.length })}</h2>
        {rows.length === 0 ? (
          <p className="card empty">{t("registry.noRows")}</p>
        ) : (
          <ul className="contact-list">
            {rows.map((p) => {
              const own = rowErrors(p.id);
              return (
                <li key={p.id} className="card">
                  <h3>
                    {p.town} <span className="offer-meta">({p.countryName})</span>{" "}
                    <PartnershipBadge confirmedBy={p.confirmedBy} />
                  </h3>
                  <p className="offer-meta">
                    {p.sinceYear
                      ? t("partnerships.since", { year: p.sinceYear })
                      : t("registry.yearUnknown")}
                    {/* The lists say nothing of the state: shown once someone has said it. */}
                    {p.dormant || p.confirmedBy !== null
                      ? ` · ${p.dormant ? t("registry.state.dormant") : t("registry.state.active")}`
                      : ""}
                    {" · "}
                    <PartnershipSource source={p.source} urls={p.sourceUrls} />
                    {p.confirmedAt
                      ? ` · ${t("registry.confirmedOn", { date: formatDate(p.confirmedAt, locale) })}`
                      : ""}
                  </p>
                  <div className="registry-actions">
                    {p.confirmedBy === null ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="confirm" />
                        <input type="hidden" name="id" value={p.id} />
                        <button type="submit" className="primary" disabled={busy}>
                          {t("registry.confirm", { town: p.town })}
                        </button>
                      </Form>
                    ) : null}
                    <details open={result?.intent === "correct" && result.row === p.id}>
                      <summary>{t("registry.correct")}</summary>
                      <Form method="post" className="form" noValidate>
                        <input type="hidden" name="intent" value="correct" />
                        <input type="hidden" name="id" value={p.id} />
                        <div className="field">
                          <label htmlFor={`since-${p.id}`}>{t("profile.partnerSince")}</label>
                          <input
                            id={`since-${p.id}`}
                            name="sinceYear"
                            inputMode="numeric"
                            maxLength={4}
                            size={6}
                            defaultValue={p.sinceYear ?? ""}
                            aria-invalid={own.sinceYear ? true : undefined}
                            aria-describedby={`since-${p.id}-hint since-${p.id}-error`}
                          />
                          <p className="field-hint" id={`since-${p.id}-hint`}>
                            {t("registry.sinceHint", {
                              first: FIRST_PARTNERSHIP_YEAR,
                              last: thisYear,
                            })}
                          </p>
                          <p className="field-error" id={`since-${p.id}-error`}>
                            {own.sinceYear ?? ""}
                          </p>
                        </div>
                        <fieldset>
                          <legend>{t("registry.state")}</legend>
                          {(["active", "dormant"] as const).map((state) => (
                            <label key={state} className="check">
                              <input
                                type="radio"
                                name="state"
                                value={state}
                                defaultChecked={(state === "dormant") === p.dormant}
                              />
                              {t(`registry.state.${state}`)}
                            </label>
                          ))}
                          <p className="field-error">{own.state ?? ""}</p>
                        </fieldset>
                        <button type="submit" className="primary" disabled={busy}>
                          {t("registry.saveCorrection")}
                        </button>
                      </Form>
                    </details>
                    <details open={result?.intent === "remove" && result.row === p.id}>
                      <summary>{t("registry.remove")}</summary>
                      <Form method="post" className="form" noValidate>
                        <input type="hidden" name="intent" value="remove" />
                        <input type="hidden" name="id" value={p.id} />
                        <p>{t("registry.removeWarning", { town: p.town })}</p>
                        <div className="field">
                          <label htmlFor={`reason-${p.id}`}>{t("registry.removeReason")}</label>
                          <textarea
                            id={`reason-${p.id}`}
                            name="reason"
                            rows={2}
                            maxLength={500}
                            aria-invalid={own.reason ? true : undefined}
                            aria-describedby={`reason-${p.id}-error`}
                          />
                          <p className="field-error" id={`reason-${p.id}-error`}>
                            {own.reason ?? ""}
                          </p>
                        </div>
                        <button type="submit" className="danger" disabled={busy}>
                          {t("registry.removeConfirm", { town: p.town })}
                        </button>
                      </Form>
                    </details>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="add-title">
        <h2 id="add-title">{t("registry.add")}</h2>
        <p className="field-hint">{t("registry.addHint")}</p>
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="add" />
          <div className="field">
            <label htmlFor="add-town">{t("profile.partnerTown")}</label>
            <input
              id="add-town"
              name="town"
              maxLength={120}
              autoComplete="off"
              aria-invalid={result?.intent === "add" && errors.town ? true : undefined}
              aria-describedby="add-town-error"
            />
            <p className="field-error" id="add-town-error">
              {result?.intent === "add" ? (errors.town ?? "") : ""}
            </p>
          </div>
          <div className="field">
            <label htmlFor="add-country">{t("offer.country")}</label>
            <select
              id="add-country"
              name="country"
              defaultValue=""
              aria-invalid={result?.intent === "add" && errors.country ? true : undefined}
              aria-describedby="add-country-error"
            >
              <option value="">—</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
            <p className="field-error" id="add-country-error">
              {result?.intent === "add" ? (errors.country ?? "") : ""}
            </p>
          </div>
          <div className="field">
            <label htmlFor="add-since">{t("profile.partnerSince")}</label>
            <input
              id="add-since"
              name="sinceYear"
              inputMode="numeric"
              maxLength={4}
              size={6}
              aria-invalid={result?.intent === "add" && errors.sinceYear ? true : undefined}
              aria-describedby="add-since-hint add-since-error"
            />
            <p className="field-hint" id="add-since-hint">
              {t("registry.sinceHint", { first: FIRST_PARTNERSHIP_YEAR, last: thisYear })}
            </p>
            <p className="field-error" id="add-since-error">
              {result?.intent === "add" ? (errors.sinceYear ?? "") : ""}
            </p>
          </div>
          <button type="submit" className="primary" disabled={busy}>
            {t("registry.addSubmit")}
          </button>
        </Form>
      </section>

      <section className="card" aria-labelledby="registry-history">
        <h2 id="registry-history">{t("history.title")}</h2>
        {history.length === 0 ? (
          <p>{t("history.empty")}</p>
        ) : (
          <ol className="history">
            {history.map((h) => (
              <li key={h.id}>
                <time dateTime={h.createdAt}>{formatDate(h.createdAt, locale)}</time> —{" "}
                <strong>{t(`registry.history.${historyAction(h.action)}`)}</strong>: {h.partnerTown}{" "}
                ({h.countryName}) · {h.by ? t(`registry.by.${h.by}`) : t("history.system")}
                {h.comment ? <blockquote>{h.comment}</blockquote> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

const HISTORY_ACTIONS = [
  "confirmed",
  "corrected",
  "removed",
  "added",
  "activity",
  "create",
  "dormant",
] as const;

function historyAction(action: string): (typeof HISTORY_ACTIONS)[number] | "other" {
  return (HISTORY_ACTIONS as readonly string[]).includes(action)
    ? (action as (typeof HISTORY_ACTIONS)[number])
    : "other";
}
