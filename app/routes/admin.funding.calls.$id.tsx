import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmDelete } from "~/components/confirm-delete";
import { CallForm } from "~/components/funding-forms";
import { formToObject } from "~/domain/forms/common.server";
import { CALL_LIST_FIELDS, FundingCallFormSchema } from "~/domain/forms/funding.server";
import { localText, translator } from "~/i18n";
import {
  deleteFundingCall,
  getFundingCall,
  NotFoundError,
  saveFundingCall,
  type FundingCallView,
} from "~/models/funding.server";
import type { FormValues } from "~/components/form-values";
import { getDb } from "~/utils/db.server";
import { fieldErrors } from "~/utils/forms.server";
import { idOrNew, invariantResponse } from "~/utils/http";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { requirePermission } from "~/utils/permissions.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? "—"} — Spolu` },
];

function toValues(call: FundingCallView): FormValues {
  return {
    programme: call.programme,
    titleCs: call.title.cs,
    titleEn: call.title.en,
    summaryCs: call.summary.cs,
    summaryEn: call.summary.en,
    url: call.url ?? "",
    opensOn: call.opensOn ?? "",
    deadline: call.deadline ?? "",
    themes: call.themes,
    applicantTypes: call.rules.applicantTypes,
    leadCountries: call.rules.leadCountries.join(", "),
    partnerCountries: call.rules.partnerCountries.join(", "),
    euMember: call.rules.euMember ? "on" : "",
    regions: call.rules.regions,
    minCountries: call.rules.minCountries > 1 ? String(call.rules.minCountries) : "",
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "update:funding:any");
  const locale = await getLocale(request);
  const id = idOrNew(params.id);
  const call = id === null ? undefined : await getFundingCall(getDb(), id);
  invariantResponse(id === null || call, "Not found", { status: 404 });
  return {
    id,
    title: call ? localText(call.title, locale) : translator(locale)("fundingAdmin.newCall"),
    values: call ? toValues(call) : { applicantTypes: ["municipality"] },
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
    invariantResponse(id !== null && (await deleteFundingCall(db, id)), "Not found", {
      status: 404,
    });
    return redirectWithToast("/admin/funding", {
      type: "success",
      message: t("fundingAdmin.deleted"),
    });
  }
  const values = formToObject(form, CALL_LIST_FIELDS);
  const parsed = FundingCallFormSchema.safeParse(values);
  if (!parsed.success) {
    return data({ errors: fieldErrors(parsed.error, locale), values }, { status: 400 });
  }
  try {
    await saveFundingCall(db, id, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) invariantResponse(false, "Not found", { status: 404 });
    throw error;
  }
  return redirectWithToast("/admin/funding", { type: "success", message: t("fundingAdmin.saved") });
}

export default function CallEditor() {
  const { id, title, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <p>
        <Link to="/admin/funding">← {t("fundingAdmin.back")}</Link>
      </p>
      <h2>{id === null ? t("fundingAdmin.newCall") : t("fundingAdmin.editCall")}</h2>
      <CallForm
        key={id ?? "new"}
        values={(result?.values as FormValues | undefined) ?? values}
        errors={result?.errors ?? {}}
      />
      {id !== null ? (
        <ConfirmDelete
          question={t("fundingAdmin.deleteCallQuestion", { title })}
          label={t("fundingAdmin.deleteCall")}
        />
      ) : null}
    </>
  );
}
