import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { Field, Honeypot } from "~/components/field";
import { ForgotPasswordSchema } from "~/domain/forms/account.server";
import { translator } from "~/i18n";
import { getUserByEmail, normalizeEmail } from "~/models/user.server";
import { queuePasswordResetEmail } from "~/features/accounts/account-email.server";
import { deliverSoon } from "~/utils/mail.server";
import { getDb } from "~/utils/db.server";
import { fieldErrors, formValues, type FieldErrors } from "~/utils/forms.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { clientOf, take, tooMany } from "~/utils/throttle.server";
import { redirectWithToast } from "~/utils/toast.server";
import { metaLocale, pageMeta } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(metaLocale(matches));
  return pageMeta(t("forgot.title"), t("meta.forgot"));
};

export async function action({ request, context }: ActionFunctionArgs) {
  const locale = await getLocale(request);
  const t = translator(locale);
  const form = await request.formData();
  const values = formValues(form, ["email"]);
  if (form.get("website")) {
    return data(
      { errors: {} as FieldErrors, formError: t("form.fixErrors"), values },
      { status: 400 },
    );
  }
  const db = getDb();
  const byClient = await take(db, "forgot-password-client", clientOf(context));
  if (!byClient.allowed)
    return tooMany({ errors: {} as FieldErrors, formError: t("form.tooMany"), values }, byClient);
  const parsed = ForgotPasswordSchema.safeParse(values);
  if (!parsed.success) {
    return data(
      { errors: fieldErrors(parsed.error, locale), formError: t("form.fixErrors"), values },
      { status: 400 },
    );
  }
  const user = await getUserByEmail(db, parsed.data.email);
  // Per address, silently: a few links an hour are enough, and flooding someone's
  // mailbox through this form should not work. The answer is the same either way.
  const byAddress = await take(db, "forgot-password-address", normalizeEmail(parsed.data.email));
  if (user && byAddress.allowed) {
    await db.transaction().execute((trx) => queuePasswordResetEmail(trx, user));
    deliverSoon();
  }
  // Whether or not the account exists: the page must not tell which e-mails have one.
  return redirectWithToast("/login", { type: "info", message: t("forgot.sent") });
}

export default function ForgotPassword() {
  const t = useT();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  return (
    <section aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t("forgot.title")}</h1>
      <p className="lead">{t("forgot.lead")}</p>
      <Form method="post" className="form card" noValidate>
        {result?.formError ? (
          <p className="form-error" role="alert">
            {result.formError}
          </p>
        ) : null}
        <Field
          id="email"
          label={t("forgot.email")}
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={result?.values.email ?? ""}
          error={result?.errors.email}
        />
        <Honeypot />
        <div>
          <button type="submit" className="primary" disabled={submitting}>
            {t("forgot.submit")}
          </button>
        </div>
        <p>
          <Link to="/login">{t("forgot.backToLogin")}</Link>
        </p>
      </Form>
    </section>
  );
}
