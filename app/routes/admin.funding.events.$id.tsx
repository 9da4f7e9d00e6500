import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmDelete } from "~/components/confirm-delete";
import type { FormValues } from "~/components/form-values";
import { EventForm } from "~/components/funding-forms";
import { EUROPEAN_COUNTRIES } from "~/domain/europe";
import { EventFormSchema } from "~/domain/forms/funding.server";
import { localText, translator } from "~/i18n";
import {
  deleteEvent,
  getEvent,
  NotFoundError,
  saveEvent,
  type EventView,
} from "~/models/funding.server";
import { countryName } from "~/i18n/countries.server";
import { getDb } from "~/utils/db.server";
import { fieldErrors, formValues } from "~/utils/forms.server";
import { idOrNew, invariantResponse } from "~/utils/http";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { requirePermission } from "~/utils/permissions.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? "—"} — Spolu` },
];

const FIELDS = [
  "titleCs",
  "titleEn",
  "summaryCs",
  "summaryEn",
  "startsOn",
  "endsOn",
  "city",
  "country",
  "url",
] as const;

function toValues(event: EventView): FormValues {
  return {
    titleCs: event.title.cs,
    titleEn: event.title.en,
    summaryCs: event.summary.cs,
    summaryEn: event.summary.en,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    city: event.city,
    country: event.country,
    url: event.url ?? "",
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "update:funding:any");
  const locale = await getLocale(request);
  const id = idOrNew(params.id);
  const event = id === null ? undefined : await getEvent(getDb(), id);
  invariantResponse(id === null || event, "Not found", { status: 404 });
  return {
    id,
    title: event ? localText(event.title, locale) : translator(locale)("fundingAdmin.newEvent"),
    values: event ? toValues(event) : {},
    countries: EUROPEAN_COUNTRIES.map((code) => ({ code, name: countryName(code, locale) })).sort(
      (a, b) => a.name.localeCompare(b.name, locale),
    ),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "update:funding:any");
  const locale = await getLocale(request);
  const t = translator(locale);
  const id = idOrNew(params.id);
  const form = await request.formData();
  const db = getDb();
  if (form.get("intent") === "delete") {
    invariantResponse(id !== null && (await deleteEvent(db, id)), "Not found", { status: 404 });
    return redirectWithToast("/admin/funding", {
      type: "success",
      message: t("fundingAdmin.eventDeleted"),
    });
  }
  const values = formValues(form, FIELDS);
  const parsed = EventFormSchema.safeParse(values);
  if (!parsed.success) {
    return data({ errors: fieldErrors(parsed.error, locale), values }, { status: 400 });
  }
  try {
    await saveEvent(db, id, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) invariantResponse(false, "Not found", { status: 404 });
    throw error;
  }
  return redirectWithToast("/admin/funding", {
    type: "success",
    message: t("fundingAdmin.eventSaved"),
  });
}

export default function EventEditor() {
  const { id, title, values, countries } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <p>
        <Link to="/admin/funding">← {t("fundingAdmin.back")}</Link>
      </p>
      <h2>{id === null ? t("fundingAdmin.newEvent") : t("fundingAdmin.editEvent")}</h2>
      <EventForm
        key={id ?? "new"}
        values={result?.values ?? values}
        errors={result?.errors ?? {}}
        countries={countries}
      />
      {id !== null ? (
        <ConfirmDelete
          question={t("fundingAdmin.deleteEventQuestion", { title })}
          label={t("fundingAdmin.deleteEvent")}
        />
      ) : null}
    </>
  );
}
