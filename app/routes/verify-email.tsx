import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { VerifyEmailSchema } from "~/domain/forms/account.server";
import { translator } from "~/i18n";
import { findUsableToken, verifyEmailWithToken } from "~/models/user-token.server";
import { getDb } from "~/utils/db.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { clientOf, take, tooMany } from "~/utils/throttle.server";
import { getOptionalUser } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";

// Opening the e-mailed link only shows a button: mail scanners that fetch every
// link must not confirm an address on the owner's behalf (and GET changes nothing).

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translator(data?.locale ?? "cs")("verifyEmail.title")} — Spolu` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const [locale, user, usable] = await Promise.all([
    getLocale(request),
    getOptionalUser(request),
    findUsableToken(getDb(), token, "verify_email"),
  ]);
  return {
    locale,
    token: usable ? token : null,
    signedIn: !!user,
    verified: !!user?.email_verified_at,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const t = translator(await getLocale(request));
  const throttled = await take(getDb(), "verify-email-client", clientOf(context));
  if (!throttled.allowed) return tooMany({ formError: t("form.tooMany") }, throttled);
  const parsed = VerifyEmailSchema.safeParse({ token: (await request.formData()).get("token") });
  const userId = parsed.success
    ? await verifyEmailWithToken(getDb(), parsed.data.token)
    : undefined;
  if (userId === undefined) return data({ formError: t("verifyEmail.invalid") }, { status: 400 });
  const user = await getOptionalUser(request);
  return user?.id === userId
    ? redirectWithToast("/me", { type: "success", message: t("verifyEmail.done") })
    : redirectWithToast("/login", { type: "success", message: t("verifyEmail.doneSignIn") });
}

export default function VerifyEmail() {
  const { token, signedIn, verified } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  const t = useT();
  const usable = token && !result;
  return (
    <section aria-labelledby="verify-title">
      <h1 id="verify-title">{t("verifyEmail.title")}</h1>
      {usable ? (
        <Form method="post" className="form card">
          <p>{t("verifyEmail.lead")}</p>
          <input type="hidden" name="token" value={token} />
          <div>
            <button type="submit" className="primary" disabled={submitting}>
              {t("verifyEmail.submit")}
            </button>
          </div>
        </Form>
      ) : (
        <div className="card">
          <p className="form-error" role="alert">
            {result?.formError ?? t("verifyEmail.invalid")}
          </p>
          {signedIn && verified ? (
            <p>
              {t("verifyEmail.alreadyVerified")} <Link to="/me">{t("verifyEmail.toAccount")}</Link>
            </p>
          ) : signedIn ? (
            // One handler for new links: the banner on /me posts there too.
            <Form method="post" action="/me">
              <p>
                <button type="submit" name="intent" value="resend-verification" className="primary">
                  {t("verifyEmail.resend")}
                </button>
              </p>
            </Form>
          ) : (
            <p>
              {t("verifyEmail.signInForNew")}{" "}
              <Link to="/login?redirectTo=%2Fme">{t("nav.login")}</Link>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
