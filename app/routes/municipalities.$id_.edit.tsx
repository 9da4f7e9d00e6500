import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { mapLinks } from "~/components/map/small-map";
import { pickOfficial } from "~/components/official-facts";
import { ProfileForm } from "~/components/profile-form";
import { translator } from "~/i18n";
import { getMunicipalityWithContact, saveMunicipality } from "~/models/municipality.server";
import { getDb } from "~/utils/db.server";
import { idParam, invariantResponse } from "~/utils/http";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { offerCountryOptions } from "~/features/offers/form.server";
import { requirePermission } from "~/utils/permissions.server";
import { parseProfileForm, profileToValues } from "~/features/municipalities/profile-form.server";
import { redirectWithToast } from "~/utils/toast.server";

export const links = () => mapLinks;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.name ?? ""} — Spolu` },
];

// Staff edit a profile on the owner's behalf (recorded as such); owners use /me.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = idParam(params.id);
  const user = await requirePermission(request, "update:municipality:any");
  const locale = await getLocale(request);
  const m = await getMunicipalityWithContact(getDb(), id, user);
  invariantResponse(m, "Not found", { status: 404 });
  return {
    locale,
    id,
    name: m.name,
    official: pickOfficial(m),
    values: profileToValues(m),
    countries: offerCountryOptions(locale),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = idParam(params.id);
  const user = await requirePermission(request, "update:municipality:any");
  const locale = await getLocale(request);
  const t = translator(locale);
  const db = getDb();
  const m = await getMunicipalityWithContact(db, id, user);
  invariantResponse(m, "Not found", { status: 404 });
  const parsed = parseProfileForm(await request.formData(), locale);
  if (!parsed.ok) {
    return data(
      { errors: parsed.errors, values: parsed.values, formError: t("form.fixErrors") },
      { status: 400 },
    );
  }
  await saveMunicipality(db, id, parsed.input, user);
  return redirectWithToast(`/municipalities/${id}`, {
    type: "success",
    message: t("profile.savedOnBehalf"),
  });
}

export default function EditMunicipality() {
  const { name, official, values, countries } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>
        {t("profile.editOnBehalf")}: {name}
      </h1>
      <ProfileForm
        official={official}
        values={result?.values ?? values}
        errors={result?.errors ?? {}}
        formError={result?.formError}
        countries={countries}
        submitLabel={t("profile.save")}
      />
    </>
  );
}
