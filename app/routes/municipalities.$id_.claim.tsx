import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ClaimFields } from "~/components/claim-fields";
import { OfficialFacts, pickOfficial } from "~/components/official-facts";
import { ClaimFormSchema } from "~/domain/forms/claim.server";
import { translator, type MessageKey } from "~/i18n";
import { ClaimError, claimMunicipality } from "~/models/claim.server";
import { getPublicMunicipality } from "~/models/municipality.server";
import { getDb } from "~/utils/db.server";
import { fieldErrors, formValues } from "~/utils/forms.server";
import { idParam, invariantResponse } from "~/utils/http";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { getOptionalUser, requireUser } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translator(data?.locale ?? "cs")("claim.title")} — Spolu` },
];

const FIELDS = ["claimantRole", "claimantPhone", "confirm"] as const;

/** The register entry being claimed (a profile not tied to the register cannot be). */
async function registerEntry(id: number) {
  const m = await getPublicMunicipality(getDb(), id);
  invariantResponse(m && m.code !== null, "Not found", { status: 404 });
  return m;
}

// A mayor's account claims a municipality of the register: it owns it at once (and
// writes the profile) while staff verify the claim; a claimed one goes to staff as a
// conflict. Visitors sign up with the municipality chosen.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = idParam(params.id);
  const user = await getOptionalUser(request);
  if (!user) throw redirect(`/signup?municipality=${id}`);
  const m = await registerEntry(id);
  return {
    locale: await getLocale(request),
    role: user.role,
    municipality: { id: m.id, name: m.name, claimed: m.claimed, official: pickOfficial(m) },
  };
}

const STATUS: Record<ClaimError["code"], number> = {
  not_found: 404,
  not_mayor: 403,
  already_owner: 409,
  already_claimed: 409,
  claim_pending: 409,
};

export async function action({ request, params }: ActionFunctionArgs) {
  const id = idParam(params.id);
  const user = await requireUser(request);
  const locale = await getLocale(request);
  const t = translator(locale);
  const form = await request.formData();
  const values = formValues(form, FIELDS);
  const parsed = ClaimFormSchema.safeParse(values);
  if (!parsed.success) {
    return data(
      { values, errors: fieldErrors(parsed.error, locale) as Record<string, string> },
      { status: 400 },
    );
  }
  try {
    const status = await claimMunicipality(getDb(), {
      municipalityId: id,
      user,
      role: parsed.data.claimantRole,
      phone: parsed.data.claimantPhone,
    });
    return redirectWithToast("/me", {
      type: status === "pending" ? "success" : "info",
      message: t(status === "pending" ? "claim.done" : "claim.doneConflict"),
    });
  } catch (error) {
    if (!(error instanceof ClaimError)) throw error;
    return data(
      { values, errors: { form: t(`claim.error.${error.code}` as MessageKey) } },
      { status: STATUS[error.code] },
    );
  }
}

export default function ClaimPage() {
  const { municipality: m, role } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const busy = useNavigation().state !== "idle";
  const t = useT();
  return (
    <article className="narrow">
      <h1>{t("claim.titleFor", { name: m.name })}</h1>
      <OfficialFacts official={m.official} />
      {role !== "mayor" ? (
        <p className="staff-comment" role="status">
          {t("claim.error.not_mayor")}
        </p>
      ) : (
        <Form method="post" className="form card" noValidate>
          <p>{m.claimed ? t("claim.leadClaimed", { name: m.name }) : t("claim.formLead")}</p>
          <p className="field-hint">{t("claim.howVerified")}</p>
          {errors.form ? (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          ) : null}
          <ClaimFields values={result?.values} errors={errors} />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {m.claimed ? t("claim.submitConflict") : t("claim.submit")}
            </button>
            <Link to={`/municipalities/${m.id}`}>{t("form.cancel")}</Link>
          </div>
        </Form>
      )}
    </article>
  );
}
