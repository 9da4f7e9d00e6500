import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { Field, Honeypot } from "~/components/field";
import { passwordProblem } from "~/domain/password";
import { translator } from "~/i18n";
import { ClaimFields } from "~/components/claim-fields";
import { MunicipalityChooser, type Candidate } from "~/components/municipality-chooser";
import { CLAIM_FIELDS } from "~/domain/forms/claim";
import { MunicipalityChoice } from "~/domain/forms/claim.server";
import { SignupSchema } from "~/domain/forms/account.server";
import { ClaimError, claimMunicipality } from "~/models/claim.server";
import { getPublicMunicipality } from "~/models/municipality.server";
import { createUser, getUserByEmail, type PublicUser } from "~/models/user.server";
import { queueVerificationEmail } from "~/features/accounts/account-email.server";
import { deliverSoon } from "~/utils/mail.server";
import { getDb } from "~/utils/db.server";
import { fieldErrors, formValues, type FieldErrors } from "~/utils/forms.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { clientOf, take, tooMany } from "~/utils/throttle.server";
import { parseClaimForm, type ParsedClaim } from "~/features/accounts/claim-form.server";
import { redirectBack, requireAnonymous, startSession } from "~/utils/session.server";
import { TERMS_VERSION } from "~/domain/terms";
import { redirectWithToast } from "~/utils/toast.server";
import { metaLocale, pageMeta } from "~/utils/meta";

const FIELDS = [
  "role",
  "name",
  "organisation",
  "email",
  "password",
  "terms",
  "redirectTo",
  ...CLAIM_FIELDS,
] as const;

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(metaLocale(matches));
  return pageMeta(t("signup.title"), t("signup.lead"));
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  // "Zastupujete tuto obec?" on a municipality's page links here with it chosen.
  const params = new URL(request.url).searchParams;
  const id = MunicipalityChoice.safeParse(params.get("municipality"));
  const chosen = id.success ? await getPublicMunicipality(getDb(), id.data) : undefined;
  return {
    // Where the visitor was going ("Mám zájem" on an offer): back there once the account exists.
    redirectTo: redirectBack(params.get("redirectTo"), ""),
    role: params.get("role") === "foreign" ? ("foreign" as const) : ("mayor" as const),
    municipality:
      chosen && chosen.code !== null
        ? { id: chosen.id, name: chosen.name, okres: chosen.okres, claimed: chosen.claimed }
        : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const locale = await getLocale(request);
  const t = translator(locale);
  const form = await request.formData();
  const values = formValues(form, FIELDS);
  // Passwords are never sent back to the page.
  const echo = { ...values, password: "" };
  if (form.get("website")) {
    return data(
      { errors: {} as FieldErrors, formError: t("form.fixErrors"), values: echo },
      { status: 400 },
    );
  }
  const throttled = await take(getDb(), "sign-up-client", clientOf(context));
  if (!throttled.allowed) {
    return tooMany(
      { errors: {} as FieldErrors, formError: t("form.tooMany"), values: echo },
      throttled,
    );
  }
  const parsed = SignupSchema.safeParse(values);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error, locale);
  const problem = passwordProblem(values.password ?? "", values.email);
  if (problem && !errors.password) errors.password = t(`field.password.${problem}`);
  // Every error at once: the municipality and the claim are checked with the rest.
  let candidates: Candidate[] = [];
  let claim: Extract<ParsedClaim, { ok: true }> | null = null;
  if (values.role === "mayor") {
    const parsedClaim = await parseClaimForm(getDb(), values, locale);
    if (parsedClaim.ok) claim = parsedClaim;
    else {
      candidates = parsedClaim.candidates;
      Object.assign(errors, parsedClaim.errors);
    }
  } else if (!values.organisation?.trim() && !errors.organisation) {
    errors.organisation = t("field.required");
  }
  if (!parsed.success || Object.keys(errors).length > 0) {
    return data(
      { errors, formError: t("form.fixErrors"), values: echo, candidates },
      { status: 400 },
    );
  }
  const db = getDb();
  const municipality = claim ? await getPublicMunicipality(db, claim.municipalityId) : undefined;
  const input = {
    ...parsed.data,
    organisation: municipality?.name ?? parsed.data.organisation,
  };
  if (await getUserByEmail(db, input.email)) {
    return data(
      {
        errors: { email: t("field.emailTaken") },
        formError: t("form.fixErrors"),
        values: echo,
        candidates,
      },
      { status: 400 },
    );
  }
  let user: PublicUser;
  try {
    user = await createUser(db, {
      ...input,
      locale,
      emailVerified: false,
      termsVersion: TERMS_VERSION,
    });
  } catch (error) {
    // Two sign-ups with one e-mail at the same moment: the unique index decides.
    if (await getUserByEmail(db, input.email)) {
      return data(
        {
          errors: { email: t("field.emailTaken") },
          formError: t("form.fixErrors"),
          values: echo,
          candidates,
        },
        { status: 400 },
      );
    }
    throw error;
  }
  // The claim after the account (bcrypt is not held inside a transaction). Should it be
  // refused meanwhile (another claim won), the account stands and /me offers the choice.
  let claimed: "pending" | "conflict" | null = null;
  if (claim) {
    claimed = await claimMunicipality(db, {
      municipalityId: claim.municipalityId,
      user,
      role: claim.claim.claimantRole,
      phone: claim.claim.claimantPhone,
    }).catch((error: unknown) => {
      if (error instanceof ClaimError) return null;
      throw error;
    });
  }
  // Not in one transaction with the account: bcrypt would hold the database meanwhile.
  // Should this fail, the account stands unconfirmed and /me offers a new link.
  await db.transaction().execute((trx) => queueVerificationEmail(trx, user));
  deliverSoon();
  const cookie = await startSession(request, user.id);
  return redirectWithToast(
    redirectBack(values.redirectTo ?? null, "/me"),
    {
      type: "success",
      message:
        claimed === "conflict"
          ? `${t("signup.done")} ${t("claim.doneConflict")}`
          : t("signup.done"),
    },
    [cookie],
  );
}

export default function Signup() {
  const t = useT();
  const start = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  const values = result?.values;
  const errors: FieldErrors = result?.errors ?? {};
  const [role, setRole] = useState(values?.role || start.role);
  // Without JavaScript both parts are shown (the radio buttons cannot hide one); once
  // the page runs, only the chosen role's part.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const candidates: Candidate[] = result && "candidates" in result ? result.candidates : [];
  return (
    <section aria-labelledby="signup-title">
      <h1 id="signup-title">{t("signup.title")}</h1>
      <p className="lead">{t("signup.lead")}</p>
      <Form method="post" className="form card" noValidate>
        {result?.formError ? (
          <p className="form-error" role="alert">
            {result.formError}
          </p>
        ) : null}
        <fieldset aria-describedby={errors.role ? "role-error" : undefined}>
          <legend>{t("signup.role")}</legend>
          <label className="radio">
            <input
              type="radio"
              name="role"
              value="mayor"
              checked={role === "mayor"}
              onChange={() => setRole("mayor")}
            />
            {t("signup.roleMayor")}
          </label>
          <label className="radio">
            <input
              type="radio"
              name="role"
              value="foreign"
              checked={role === "foreign"}
              onChange={() => setRole("foreign")}
            />
            {t("signup.roleForeign")}
          </label>
          <p className="field-error" id="role-error">
            {errors.role ?? ""}
          </p>
        </fieldset>
        <fieldset hidden={hydrated && role !== "mayor"}>
          <legend>{t("signup.municipalityLegend")}</legend>
          <p className="field-hint">{t("signup.municipalityLead")}</p>
          <MunicipalityChooser
            candidates={candidates}
            error={errors.municipality}
            typed={values?.municipalityName}
            chosen={start.municipality}
          />
          {start.municipality?.claimed ? (
            <p className="field-hint">
              {t("claim.leadClaimed", { name: start.municipality.name })}
            </p>
          ) : null}
          <ClaimFields values={values} errors={errors} />
        </fieldset>
        <fieldset hidden={hydrated && role !== "foreign"}>
          <legend>{t("signup.foreignLegend")}</legend>
          <Field
            id="organisation"
            label={t("signup.organisation")}
            hint={t("signup.organisationHint")}
            autoComplete="organization"
            maxLength={160}
            defaultValue={values?.organisation}
            error={errors.organisation}
          />
        </fieldset>
        <Field
          id="name"
          label={t("signup.name")}
          autoComplete="name"
          required
          maxLength={120}
          defaultValue={values?.name}
          error={errors.name}
        />
        <Field
          id="email"
          label={t("signup.email")}
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={values?.email}
          error={errors.email}
        />
        <Field
          id="password"
          label={t("signup.password")}
          hint={t("signup.passwordHint")}
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          maxLength={200}
          error={errors.password}
        />
        <div className="field">
          <label className="check">
            <input
              type="checkbox"
              name="terms"
              required
              defaultChecked={values?.terms === "on"}
              aria-invalid={errors.terms ? true : undefined}
              aria-describedby={errors.terms ? "terms-hint terms-error" : "terms-hint"}
            />
            {t("signup.terms")}
          </label>
          <p className="field-hint" id="terms-hint">
            {t("signup.termsHint")} <Link to="/terms">{t("signup.termsLink")}</Link> ·{" "}
            <Link to="/privacy">{t("signup.privacyLink")}</Link>
          </p>
          <p className="field-error" id="terms-error">
            {errors.terms ?? ""}
          </p>
        </div>
        <input type="hidden" name="redirectTo" value={values?.redirectTo ?? start.redirectTo} />
        <Honeypot />
        <div>
          <button type="submit" className="primary" disabled={submitting}>
            {t("signup.submit")}
          </button>
        </div>
        <p>
          {t("signup.haveAccount")}{" "}
          <Link
            to={
              start.redirectTo
                ? `/login?${new URLSearchParams({ redirectTo: start.redirectTo })}`
                : "/login"
            }
          >
            {t("nav.login")}
          </Link>
        </p>
      </Form>
    </section>
  );
}
