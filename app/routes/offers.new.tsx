import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { OfferForm } from "~/components/offer-form";
import { mapLinks } from "~/components/map/small-map";
import { translator } from "~/i18n";
import { createOffer } from "~/models/offer.server";
import { getDb } from "~/utils/db.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { toViewer } from "~/features/offers/access.server";
import { newOfferValues, offerCountryOptions, parseOfferForm } from "~/features/offers/form.server";
import { userHasPermission } from "~/utils/permissions";
import { requireUser } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";
import { invariantResponse } from "~/utils/http";

export const links = () => mapLinks;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translator(data?.locale ?? "cs")("offerForm.titleNew")} — Spolu` },
];

// Foreign towns post their own requests; staff may enter one on a town's behalf.
async function requireOfferCreator(request: Request) {
  const user = await requireUser(request);
  invariantResponse(
    userHasPermission(user, "create:offer:own") || userHasPermission(user, "create:offer:any"),
    "Forbidden",
    { status: 403 },
  );
  return user;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOfferCreator(request);
  const locale = await getLocale(request);
  return { locale, values: newOfferValues(locale), countries: offerCountryOptions(locale) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireOfferCreator(request);
  const locale = await getLocale(request);
  const t = translator(locale);
  const parsed = await parseOfferForm(await request.formData(), locale, {
    byStaff: user.role === "staff",
  });
  if (!parsed.ok) {
    return data(
      { errors: parsed.errors, values: parsed.values, formError: t("form.fixErrors") },
      { status: 400 },
    );
  }
  const byStaff = user.role === "staff";
  const id = await createOffer(getDb(), parsed.input, {
    actor: toViewer(user),
    authorId: byStaff ? null : user.id,
    source: byStaff ? "news" : "self",
    sourceDate: null,
    submit: parsed.intent === "submit",
  });
  return redirectWithToast(`/offers/${id}`, {
    type: "success",
    message: parsed.intent === "submit" ? t("offerForm.submitted") : t("offerForm.savedDraft"),
  });
}

export default function NewOffer() {
  const { values, countries } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t("offerForm.titleNew")}</h1>
      <p className="lead">{t("offerForm.leadNew")}</p>
      <OfferForm
        values={result?.values ?? values}
        errors={result?.errors ?? {}}
        formError={result?.formError}
        countries={countries}
        mode="create"
        canSubmit
      />
    </>
  );
}
