import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { WeightsFormSchema, WeightsSchema } from "~/domain/forms/weights.server";
import { WEIGHT_KEYS, type ScoringWeights } from "~/domain/scoring";
import { formatDate, translator, type MessageKey } from "~/i18n";
import {
  currentWeights,
  listWeightVersions,
  municipalityForMatching,
  rankOffers,
  saveWeights,
} from "~/models/match.server";
import { refreshBestPairs } from "~/models/best-pairs.server";
import { listPublicMunicipalities } from "~/models/municipality.server";
import { listMatchableOffers } from "~/models/offer.server";
import { getDb } from "~/utils/db.server";
import { fieldErrors, formValues, type FieldErrors } from "~/utils/forms.server";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { requirePermission } from "~/utils/permissions.server";
import { redirectWithToast } from "~/utils/toast.server";

const PREVIEW_TOP = 10;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translator(data?.locale ?? "cs")("scoring.title")} — Spolu` },
];

// The weights in force, a preview of how a municipality's top matches would move
// under proposed weights (a GET: weights in the URL, nothing saved), and the history.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "update:scoring:any");
  const db = getDb();
  const locale = await getLocale(request);
  const params = new URL(request.url).searchParams;
  const [current, history, municipalities, offers] = await Promise.all([
    currentWeights(db),
    listWeightVersions(db, 20),
    listPublicMunicipalities(db, { profilesOnly: true }),
    listMatchableOffers(db),
  ]);
  const proposing = WEIGHT_KEYS.some((k) => params.has(k));
  // A factor missing from the URL (a preview link from before it existed) keeps its weight in force.
  const proposed = proposing
    ? WeightsSchema.safeParse(
        Object.fromEntries(
          WEIGHT_KEYS.map((k) => [k, params.has(k) ? params.get(k) : current.weights[k]]),
        ),
      )
    : null;
  const errors: FieldErrors =
    proposed && !proposed.success ? fieldErrors(proposed.error, locale) : {};
  const chosen =
    municipalities.find((m) => m.id === Number(params.get("municipality"))) ??
    municipalities.find((m) => m.interests.length > 0) ??
    municipalities[0];
  let preview = null;
  if (chosen) {
    const m = municipalityForMatching(chosen);
    const page = { page: 1, pageSize: PREVIEW_TOP };
    const before = rankOffers(m, offers, current.weights, {}, page, "staff");
    const after = proposed?.success
      ? rankOffers(m, offers, proposed.data, {}, page, "staff")
      : null;
    const beforeRank = new Map(before.items.map((item, i) => [item.offer.id, i + 1]));
    const afterRank = new Map(after?.items.map((item, i) => [item.offer.id, i + 1]) ?? []);
    preview = {
      municipalityId: chosen.id,
      before: before.items.map((item, i) => ({
        id: item.offer.id,
        town: item.offer.town,
        rank: i + 1,
        score: item.result.score,
        newRank: after ? (afterRank.get(item.offer.id) ?? null) : undefined,
      })),
      after:
        after?.items.map((item, i) => ({
          id: item.offer.id,
          town: item.offer.town,
          rank: i + 1,
          score: item.result.score,
          oldRank: beforeRank.get(item.offer.id) ?? null,
        })) ?? null,
    };
  }
  return data(
    {
      locale,
      current,
      history,
      municipalities: municipalities.map((m) => ({ id: m.id, name: m.name })),
      preview,
      errors,
    },
    { status: Object.keys(errors).length > 0 ? 400 : 200 },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "update:scoring:any");
  const locale = await getLocale(request);
  const values = formValues(await request.formData(), [...WEIGHT_KEYS, "note"]);
  const parsed = WeightsFormSchema.safeParse(values);
  if (!parsed.success) {
    return data({ errors: fieldErrors(parsed.error, locale), values }, { status: 400 });
  }
  const { note, ...weights } = parsed.data;
  const db = getDb();
  await saveWeights(db, weights, note, user.id);
  // Staff's best pairs follow the new weights at once, not at the scheduler's next minute.
  await refreshBestPairs(db);
  return redirectWithToast("/admin/scoring", {
    type: "success",
    message: translator(locale)("scoring.saved"),
  });
}

export default function ScoringAdmin() {
  const {
    current,
    history,
    municipalities,
    preview,
    errors: previewErrors,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const errors: FieldErrors = result?.errors ?? previewErrors;
  const valueOf = (key: keyof ScoringWeights | "note") =>
    result?.values?.[key] ??
    params.get(key) ??
    (key === "note" ? "" : String(current.weights[key]));
  return (
    <>
      <h2>{t("scoring.title")}</h2>
      <p>{t("scoring.lead")}</p>
      <Form method="post" className="card" aria-labelledby="weights-title" noValidate>
        <h3 id="weights-title">{t("scoring.weights")}</h3>
        <table className="weights-table">
          <thead>
            <tr>
              <th scope="col">{t("scoring.factor")}</th>
              <th scope="col">{t("scoring.inForce")}</th>
              <th scope="col">{t("scoring.proposed")}</th>
            </tr>
          </thead>
          <tbody>
            {WEIGHT_KEYS.map((key) => (
              <tr key={key}>
                <th scope="row">
                  <label htmlFor={`w-${key}`}>{t(`match.factor.${key}` as MessageKey)}</label>
                  <p className="field-hint" id={`w-${key}-hint`}>
                    {t(`scoring.hint.${key}` as MessageKey)}
                  </p>
                </th>
                <td>{current.weights[key]}</td>
                <td>
                  <input
                    id={`w-${key}`}
                    name={key}
                    inputMode="numeric"
                    defaultValue={valueOf(key)}
                    aria-invalid={errors[key] ? true : undefined}
                    aria-describedby={
                      errors[key] ? `w-${key}-hint w-${key}-error` : `w-${key}-hint`
                    }
                  />
                  {errors[key] ? (
                    <p className="field-error" id={`w-${key}-error`}>
                      {errors[key]}
                    </p>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="field">
          <label htmlFor="municipality">{t("scoring.previewFor")}</label>
          <select
            id="municipality"
            name="municipality"
            defaultValue={String(preview?.municipalityId ?? "")}
          >
            {municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="note">{t("scoring.note")}</label>
          <textarea id="note" name="note" rows={2} maxLength={500} defaultValue={valueOf("note")} />
          {errors.note ? <p className="field-error">{errors.note}</p> : null}
        </div>
        <div className="actions">
          <button type="submit" formMethod="get" className="secondary">
            {t("scoring.preview")}
          </button>
          <button type="submit" className="primary">
            {t("scoring.save")}
          </button>
        </div>
      </Form>

      {preview ? (
        <section className="card" aria-labelledby="preview-title">
          <h3 id="preview-title">
            {t("scoring.previewTitle", {
              name: municipalities.find((m) => m.id === preview.municipalityId)?.name ?? "",
            })}
          </h3>
          <div className="two-col">
            <div>
              <h4>{t("scoring.inForce")}</h4>
              <ol>
                {preview.before.map((row) => (
                  <li key={row.id}>
                    <Link to={`/offers/${row.id}`}>{row.town}</Link> — {row.score}
                    {row.newRank === null ? (
                      <span className="badge"> {t("scoring.dropsOut")}</span>
                    ) : null}
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <h4>{t("scoring.proposed")}</h4>
              {preview.after ? (
                <ol>
                  {preview.after.map((row) => (
                    <li key={row.id}>
                      <Link to={`/offers/${row.id}`}>{row.town}</Link> — {row.score}{" "}
                      <span className="offer-meta">
                        {row.oldRank === null
                          ? t("scoring.new")
                          : row.oldRank === row.rank
                            ? t("scoring.same")
                            : row.oldRank > row.rank
                              ? t("scoring.up", { n: row.oldRank - row.rank })
                              : t("scoring.down", { n: row.rank - row.oldRank })}
                      </span>
                    </li>
                  ))}
                </ol>
              ) : (
                <p>{t("scoring.previewHint")}</p>
              )}
            </div>
          </div>
        </section>
      ) : null}

      <section className="card" aria-labelledby="history-title">
        <h3 id="history-title">{t("scoring.history")}</h3>
        {history.length === 0 ? (
          <p>{t("scoring.defaults")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("scoring.when")}</th>
                <th scope="col">{t("scoring.who")}</th>
                <th scope="col">{t("scoring.weights")}</th>
                <th scope="col">{t("scoring.note")}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((v) => (
                <tr key={v.id}>
                  <td>{v.createdAt ? formatDate(v.createdAt, locale) : ""}</td>
                  <td>{v.createdBy ?? "—"}</td>
                  <td>
                    {WEIGHT_KEYS.map(
                      (k) => `${t(`match.factor.${k}` as MessageKey)} ${v.weights[k]}`,
                    ).join(", ")}
                  </td>
                  <td>{v.note || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
