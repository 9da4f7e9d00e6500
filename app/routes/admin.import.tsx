import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { OfferForm } from "~/components/offer-form";
import { mapLinks } from "~/components/map/small-map";
import type { FormValues } from "~/components/form-values";
import { parseAnnouncement } from "~/domain/announcement";
import { addMonths, EXPIRY_DEFAULT_MONTHS } from "~/domain/lifecycle";
import { translator } from "~/i18n";
import { createOffer } from "~/models/offer.server";
import { searchPlaces } from "~/models/place.server";
import { countryLanguages } from "~/i18n/countries.server";
import { getDb } from "~/utils/db.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { metaLocale, pageMeta } from "~/utils/meta";
import { toViewer } from "~/features/offers/access.server";
import {
  offerCountryOptions,
  parseOfferForm,
  SourceDateSchema,
} from "~/features/offers/form.server";
import { today } from "~/domain/dates";
import { requirePermission } from "~/utils/permissions.server";
import { redirectWithToast } from "~/utils/toast.server";

export const links = () => mapLinks;
export const meta: MetaFunction = ({ matches }) =>
  pageMeta(translator(metaLocale(matches))("admin.import"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "create:offer:any");
  const locale = await getLocale(request);
  return { countries: offerCountryOptions(locale) };
}

/** Text pasted from a news item → a draft the staff member checks and corrects. */
async function draftFromText(
  text: string,
): Promise<{ values: FormValues; sourceDate: string; found: string[] }> {
  const draft = parseAnnouncement(text);
  const [place] = draft.town
    ? await searchPlaces(getDb(), draft.town, { country: draft.country ?? undefined, limit: 1 })
    : [];
  const country = draft.country ?? place?.country ?? "";
  const found = [
    draft.town ? "town" : null,
    place ? "place" : null,
    country ? "country" : null,
    draft.population ? "population" : null,
    draft.partnerPopulation ? "range" : null,
    draft.topics.length || draft.openToAnyTopic ? "topics" : null,
  ].filter((f): f is string => !!f);
  return {
    sourceDate: draft.sourceDate ?? "",
    found,
    values: {
      placeId: place ? String(place.id) : "",
      town: place?.name ?? draft.town ?? "",
      country,
      region: draft.region ?? "",
      // The announcement's own figure wins over GeoNames'.
      population: String(draft.population ?? place?.population ?? ""),
      lat: place ? String(place.lat) : "",
      lon: place ? String(place.lon) : "",
      topics: draft.topics,
      openToAnyTopic: draft.openToAnyTopic ? "on" : "",
      partnerMin: draft.partnerPopulation?.min ? String(draft.partnerPopulation.min) : "",
      partnerMax: draft.partnerPopulation?.max ? String(draft.partnerPopulation.max) : "",
      preferredKraje: [],
      languages: country ? countryLanguages(country).slice(0, 3) : [],
      description: draft.description,
      descriptionLang: draft.language,
      descriptionCs: "",
      descriptionEn: "",
      expiresOn: addMonths(today(), EXPIRY_DEFAULT_MONTHS),
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "create:offer:any");
  const locale = await getLocale(request);
  const t = translator(locale);
  const form = await request.formData();
  if (form.get("intent") === "parse") {
    const text = String(form.get("announcement") ?? "").trim();
    if (!text)
      return data({ step: "paste" as const, error: t("field.required"), text }, { status: 400 });
    if (text.length > 10_000)
      return data(
        { step: "paste" as const, error: t("field.tooLong", { max: 10_000 }), text },
        { status: 400 },
      );
    const draft = await draftFromText(text);
    return {
      step: "review" as const,
      ...draft,
      errors: {} as Record<string, string>,
      formError: null,
    };
  }
  const sourceDate = SourceDateSchema.safeParse(form.get("sourceDate"));
  const parsed = await parseOfferForm(form, locale, { byStaff: true });
  if (!parsed.ok) {
    return data(
      {
        step: "review" as const,
        values: parsed.values,
        errors: parsed.errors,
        formError: t("form.fixErrors"),
        sourceDate: sourceDate.success ? sourceDate.data : "",
        found: [] as string[],
      },
      { status: 400 },
    );
  }
  const id = await createOffer(getDb(), parsed.input, {
    actor: toViewer(user),
    authorId: null,
    source: "news",
    sourceDate: sourceDate.success ? sourceDate.data : today(),
    submit: parsed.intent === "submit",
  });
  return redirectWithToast(`/offers/${id}`, { type: "success", message: t("import.created") });
}

export default function ImportAnnouncement() {
  const { countries } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const t = useT();
  if (result?.step === "review") {
    return (
      <section aria-labelledby="review-title">
        <h2 id="review-title">{t("import.reviewTitle")}</h2>
        <p className="lead">{t("import.reviewLead")}</p>
        <OfferForm
          values={result.values}
          errors={result.errors}
          formError={result.formError}
          countries={countries}
          mode="create"
          canSubmit
          hidden={{ sourceDate: result.sourceDate }}
        />
      </section>
    );
  }
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t("import.title")}</h2>
      <p className="lead">{t("import.lead")}</p>
      <Form method="post" className="form wide card">
        <input type="hidden" name="intent" value="parse" />
        <div className="field">
          <label htmlFor="announcement">{t("import.text")}</label>
          <textarea
            id="announcement"
            name="announcement"
            rows={12}
            maxLength={10_000}
            defaultValue={result?.text ?? ""}
            aria-invalid={result?.error ? true : undefined}
            aria-describedby="announcement-error"
          />
          <p className="field-error" id="announcement-error">
            {result?.error ?? ""}
          </p>
        </div>
        <div>
          <button type="submit" className="primary" disabled={busy}>
            {t("import.parse")}
          </button>
        </div>
      </Form>
    </section>
  );
}
