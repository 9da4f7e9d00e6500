import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { Field } from "~/components/field";
import { LoginSchema } from "~/domain/forms/account.server";
import { translator } from "~/i18n";
import { verifyLogin } from "~/models/user.server";
import { getDb } from "~/utils/db.server";
import { fieldErrors, formValues } from "~/utils/forms.server";
import { safeRedirect } from "~/utils/http";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { clientKey, countAttempt, isRateLimited } from "~/utils/rate-limit.server";
import { requireAnonymous, startSession } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "Přihlášení / Sign in — Spolu" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = await getLocale(request);
  const t = translator(locale);
  const form = await request.formData();
  const values = formValues(form, ["email", "password"]);
  const parsed = LoginSchema.safeParse(values);
  if (!parsed.success) {
    return data(
      { errors: fieldErrors(parsed.error, locale), formError: null, email: values.email },
      { status: 400 },
    );
  }
  const { email, password } = parsed.data;
  // Only failed attempts count: per account (slows guessing one password) and per
  // client (slows trying many accounts). People who sign in correctly are never held up.
  const accountKey = `login:${email.toLowerCase()}`;
  const clientBucket = `login-client:${clientKey(request)}`;
  if (isRateLimited(accountKey, 10) || isRateLimited(clientBucket, 100)) {
    return data({ errors: {}, formError: t("login.tooMany"), email }, { status: 429 });
  }
  const user = await verifyLogin(getDb(), email, password);
  if (!user) {
    countAttempt(accountKey, 15 * 60_000);
    countAttempt(clientBucket, 15 * 60_000);
    return data({ errors: {}, formError: t("login.invalid"), email }, { status: 400 });
  }
  const cookie = await startSession(request, user.id);
  const to = safeRedirect(form.get("redirectTo"), user.role === "staff" ? "/admin" : "/me");
  return redirectWithToast(
    to,
    { type: "success", message: t("login.welcome", { name: user.name }) },
    [cookie],
  );
}

export default function Login() {
  const t = useT();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const submitting = useNavigation().state === "submitting";
  return (
    <section aria-labelledby="login-title">
      <h1 id="login-title">{t("login.title")}</h1>
      <Form method="post" className="form card" noValidate>
        {result?.formError ? (
          <p className="form-error" role="alert">
            {result.formError}
          </p>
        ) : null}
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <Field
          id="email"
          label={t("login.email")}
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={result?.email ?? ""}
          error={result?.errors.email}
        />
        <Field
          id="password"
          label={t("login.password")}
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          error={result?.errors.password}
        />
        <div>
          <button type="submit" className="primary" disabled={submitting}>
            {t("login.submit")}
          </button>
        </div>
        <p>
          <Link to="/forgot-password">{t("login.forgot")}</Link>
        </p>
        <p>
          {t("login.noAccount")} <Link to="/signup">{t("nav.signup")}</Link>
        </p>
      </Form>
    </section>
  );
}
