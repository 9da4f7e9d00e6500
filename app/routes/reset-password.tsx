import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Field } from "~/components/field";
import { ResetPasswordSchema } from "~/domain/forms/account.server";
import { passwordProblem } from "~/domain/password";
import { translator } from "~/i18n";
import { findUsableToken, resetPasswordWithToken } from "~/models/user-token.server";
import { getDb } from "~/utils/db.server";
import { fieldErrors, formValues, type FieldErrors } from "~/utils/forms.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { metaLocale, pageMeta } from "~/utils/meta";
import { clientOf, take, tooMany } from "~/utils/throttle.server";
import { endSession } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(translator(metaLocale(matches))("reset.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const usable = await findUsableToken(getDb(), token, "reset_password");
  // The e-mail only for password managers (the hidden username field); the link's owner knows it.
  return usable ? { token, email: usable.email } : { token: null, email: "" };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const locale = await getLocale(request);
  const t = translator(locale);
  const throttled = await take(getDb(), "reset-password-client", clientOf(context));
  if (!throttled.allowed) {
    return tooMany(
      { errors: {} as FieldErrors, formError: t("form.tooMany"), dead: false },
      throttled,
    );
  }
  const values = formValues(await request.formData(), ["token", "password", "confirm"]);
  const db = getDb();
  const owner = await findUsableToken(db, values.token ?? "", "reset_password");
  if (!owner)
    return data({ errors: {} as FieldErrors, formError: null, dead: true }, { status: 400 });

  const parsed = ResetPasswordSchema.safeParse(values);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error, locale);
  // The same rule as at sign-up, against the account's own e-mail.
  const problem = passwordProblem(values.password ?? "", owner.email);
  if (problem && !errors.password) errors.password = t(`field.password.${problem}`);
  if (!errors.password && !errors.confirm && values.password !== values.confirm) {
    errors.confirm = t("reset.mismatch");
  }
  if (!parsed.success || Object.keys(errors).length > 0) {
    return data({ errors, formError: t("form.fixErrors"), dead: false }, { status: 400 });
  }
  // The token is spent here, atomically: a second submission with it finds it dead.
  const userId = await resetPasswordWithToken(db, parsed.data.token, parsed.data.password);
  if (userId === undefined) {
    return data({ errors: {} as FieldErrors, formError: null, dead: true }, { status: 400 });
  }
  // Every session of the account is gone; drop this browser's cookie as well.
  const cookie = await endSession(request);
  return redirectWithToast("/login", { type: "success", message: t("reset.done") }, [cookie]);
}

export default function ResetPassword() {
  const { token, email } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  const t = useT();
  const errors: FieldErrors = result?.errors ?? {};
  return (
    <section aria-labelledby="reset-title">
      <h1 id="reset-title">{t("reset.title")}</h1>
      {!token || result?.dead ? (
        <div className="card">
          <p className="form-error" role="alert">
            {t("reset.invalid")}
          </p>
          <p>
            <Link to="/forgot-password">{t("reset.askAgain")}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t("reset.lead")}</p>
          <Form method="post" className="form card" noValidate>
            {result?.formError ? (
              <p className="form-error" role="alert">
                {result.formError}
              </p>
            ) : null}
            <input type="hidden" name="token" value={token} />
            <input type="text" autoComplete="username" value={email} readOnly hidden />
            <Field
              id="password"
              label={t("reset.password")}
              hint={t("signup.passwordHint")}
              type="password"
              autoComplete="new-password"
              required
              minLength={10}
              maxLength={200}
              error={errors.password}
            />
            <Field
              id="confirm"
              label={t("reset.confirm")}
              type="password"
              autoComplete="new-password"
              required
              maxLength={200}
              error={errors.confirm}
            />
            <div>
              <button type="submit" className="primary" disabled={submitting}>
                {t("reset.submit")}
              </button>
            </div>
          </Form>
        </>
      )}
    </section>
  );
}
