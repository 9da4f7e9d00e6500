import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { Field } from "~/components/field";
import { LoginSchema } from "~/domain/forms/account.server";
import { translator } from "~/i18n";
import { normalizeEmail, verifyLogin } from "~/models/user.server";
import { fieldErrors, formValues } from "~/utils/forms.server";
import { safeRedirect } from "~/utils/http";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { type Db, getDb } from "~/utils/db.server";
import { clientOf, forget, peek, seen, take, tooMany, type Verdict } from "~/utils/throttle.server";
import { requireAnonymous, startSession } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";
import { metaLocale, pageMeta } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(metaLocale(matches));
  return pageMeta(t("login.title"), t("meta.login"));
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
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
  const db = getDb();
  // Only failed attempts count (app/utils/throttle.server.ts). A throttled attempt is
  // refused before the password is hashed, so guessing costs the server nothing.
  const client = clientOf(context);
  const account = normalizeEmail(email);
  const refused = await signInRefused(db, client, account);
  if (refused) {
    return tooMany(
      { errors: {}, formError: t("login.tooMany", { minutes: minutes(refused) }), email },
      refused,
    );
  }
  const user = await verifyLogin(db, email, password);
  if (!user) {
    await Promise.all([
      take(db, "sign-in-client", client),
      take(db, "sign-in-account-client", `${account} ${client}`),
      take(db, "sign-in-account", account),
    ]);
    return data({ errors: {}, formError: t("login.invalid"), email }, { status: 400 });
  }
  await Promise.all([
    forget(db, "sign-in-account-client", `${account} ${client}`),
    take(db, "sign-in-known", `${account} ${client}`),
  ]);
  const cookie = await startSession(request, user.id);
  const to = safeRedirect(form.get("redirectTo"), user.role === "staff" ? "/admin" : "/me");
  return redirectWithToast(
    to,
    { type: "success", message: t("login.welcome", { name: user.name }) },
    [cookie],
  );
}

/**
 * Why this client may not try this account now, if it may not: too many failures from the
 * client, or in a row on this account from it, or on the account from anywhere, unless the
 * account signed in from this client lately (a stranger cannot lock the owner out).
 */
async function signInRefused(db: Db, client: string, account: string): Promise<Verdict | null> {
  const [byClient, inARow, byAccount] = await Promise.all([
    peek(db, "sign-in-client", client),
    peek(db, "sign-in-account-client", `${account} ${client}`),
    peek(db, "sign-in-account", account),
  ]);
  for (const verdict of [byClient, inARow]) if (!verdict.allowed) return verdict;
  if (!byAccount.allowed && !(await seen(db, "sign-in-known", `${account} ${client}`)))
    return byAccount;
  return null;
}

const minutes = (verdict: Verdict) =>
  verdict.allowed ? 1 : Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60));

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
          {t("login.noAccount")}{" "}
          <Link
            to={
              searchParams.get("redirectTo")
                ? `/signup?${new URLSearchParams({ redirectTo: searchParams.get("redirectTo") ?? "" })}`
                : "/signup"
            }
          >
            {t("nav.signup")}
          </Link>
        </p>
      </Form>
    </section>
  );
}
