import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { Field, Honeypot } from "~/components/field";
import { passwordProblem } from "~/domain/password";
import { translator } from "~/i18n";
import { createUser, getUserByEmail, type PublicUser } from "~/models/user.server";
import { queueVerificationEmail } from "~/utils/account-email.server";
import { deliverSoon } from "~/utils/mail.server";
import { getDb } from "~/utils/db.server";
import { fieldErrors, formValues, type FieldErrors } from "~/utils/forms.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { clientKey, hitRateLimit } from "~/utils/rate-limit.server";
import { requireAnonymous, startSession } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";

// Staff accounts are never created here: only by staff (/admin/users) or the CLI.
const SignupSchema = z.object({
  role: z.enum(["mayor", "foreign"], { message: "field.role" }),
  name: z.string().trim().min(1, "field.required").max(120, "field.tooLong:120"),
  organisation: z.string().trim().min(1, "field.required").max(160, "field.tooLong:160"),
  email: z
    .string()
    .trim()
    .min(1, "field.required")
    .max(254, "field.tooLong:254")
    .pipe(z.email("field.email")),
  password: z.string().min(1, "field.required"),
});

const FIELDS = ["role", "name", "organisation", "email", "password"] as const;

export const meta: MetaFunction = () => [{ title: "Registrace / Sign up — Spolu" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
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
  if (hitRateLimit(`signup:${clientKey(request)}`, 20, 60 * 60_000)) {
    return data(
      { errors: {} as FieldErrors, formError: t("form.tooMany"), values: echo },
      { status: 429 },
    );
  }
  const parsed = SignupSchema.safeParse(values);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error, locale);
  const problem = passwordProblem(values.password ?? "", values.email);
  if (problem && !errors.password) errors.password = t(`field.password.${problem}`);
  if (!parsed.success || Object.keys(errors).length > 0) {
    return data({ errors, formError: t("form.fixErrors"), values: echo }, { status: 400 });
  }
  const input = parsed.data;
  const db = getDb();
  if (await getUserByEmail(db, input.email)) {
    return data(
      { errors: { email: t("field.emailTaken") }, formError: t("form.fixErrors"), values: echo },
      { status: 400 },
    );
  }
  let user: PublicUser;
  try {
    user = await createUser(db, { ...input, locale, emailVerified: false });
  } catch (error) {
    // Two sign-ups with one e-mail at the same moment: the unique index decides.
    if (await getUserByEmail(db, input.email)) {
      return data(
        { errors: { email: t("field.emailTaken") }, formError: t("form.fixErrors"), values: echo },
        { status: 400 },
      );
    }
    throw error;
  }
  // Not in one transaction with the account: bcrypt would hold the database meanwhile.
  // Should this fail, the account stands unconfirmed and /me offers a new link.
  await db.transaction().execute((trx) => queueVerificationEmail(trx, user));
  deliverSoon();
  const cookie = await startSession(request, user.id);
  return redirectWithToast("/me", { type: "success", message: t("signup.done") }, [cookie]);
}

export default function Signup() {
  const t = useT();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  const values = result?.values;
  const errors: FieldErrors = result?.errors ?? {};
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
              defaultChecked={(values?.role ?? "mayor") === "mayor"}
            />
            {t("signup.roleMayor")}
          </label>
          <label className="radio">
            <input
              type="radio"
              name="role"
              value="foreign"
              defaultChecked={values?.role === "foreign"}
            />
            {t("signup.roleForeign")}
          </label>
          <p className="field-error" id="role-error">
            {errors.role ?? ""}
          </p>
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
          id="organisation"
          label={t("signup.organisation")}
          autoComplete="organization"
          required
          maxLength={160}
          defaultValue={values?.organisation}
          error={errors.organisation}
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
        <Honeypot />
        <div>
          <button type="submit" className="primary" disabled={submitting}>
            {t("signup.submit")}
          </button>
        </div>
        <p>
          {t("signup.haveAccount")} <Link to="/login">{t("nav.login")}</Link>
        </p>
      </Form>
    </section>
  );
}
