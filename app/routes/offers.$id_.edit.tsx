import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { OfferForm } from "~/components/offer-form";
import { mapLinks } from "~/components/map/small-map";
import { translator } from "~/i18n";
import { getOfferWithContact, transitionOffer, updateOffer } from "~/models/offer.server";
import { getDb } from "~/utils/db.server";
import { idParam, invariantResponse } from "~/utils/http";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { requireOfferManager } from "~/features/offers/access.server";
import { offerCountryOptions, offerToValues, parseOfferForm } from "~/features/offers/form.server";
import { redirectWithToast } from "~/utils/toast.server";

export const links = () => mapLinks;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${translator(data?.locale ?? "cs")("offerForm.titleEdit")} ${data?.town ?? ""} — Spolu`,
  },
];

const EDITABLE = ["draft", "pending", "published", "changes_requested", "expired"];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = idParam(params.id);
  const { viewer, meta } = await requireOfferManager(request, id);
  invariantResponse(EDITABLE.includes(meta.status), "This request can no longer be edited", {
    status: 409,
  });
  const locale = await getLocale(request);
  const offer = await getOfferWithContact(getDb(), id, viewer);
  invariantResponse(offer, "Not found", { status: 404 });
  return {
    locale,
    id,
    town: offer.town,
    status: offer.status,
    values: offerToValues(offer),
    countries: offerCountryOptions(locale),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = idParam(params.id);
  const { viewer, meta, isAuthor, isStaff } = await requireOfferManager(request, id);
  invariantResponse(EDITABLE.includes(meta.status), "This request can no longer be edited", {
    status: 409,
  });
  const locale = await getLocale(request);
  const t = translator(locale);
  const parsed = await parseOfferForm(await request.formData(), locale, { byStaff: isStaff });
  if (!parsed.ok) {
    return data(
      { errors: parsed.errors, values: parsed.values, formError: t("form.fixErrors") },
      { status: 400 },
    );
  }
  const db = getDb();
  let status = await updateOffer(db, id, parsed.input, viewer);
  if (parsed.intent === "submit" && (status === "draft" || status === "changes_requested")) {
    status = await transitionOffer(db, id, "submit", {
      user: viewer,
      as: isAuthor ? "author" : "staff",
    });
  }
  const message = status === "pending" ? t("offerForm.submitted") : t("offerForm.saved");
  return redirectWithToast(`/offers/${id}`, { type: "success", message });
}

export default function EditOffer() {
  const { values, countries, town, status } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>
        {t("offerForm.titleEdit")} {town}
      </h1>
      {status === "published" ? <p className="lead">{t("offerForm.editPublishedNote")}</p> : null}
      <OfferForm
        values={result?.values ?? values}
        errors={result?.errors ?? {}}
        formError={result?.formError}
        countries={countries}
        mode="edit"
        canSubmit={status === "draft" || status === "changes_requested"}
      />
    </>
  );
}
