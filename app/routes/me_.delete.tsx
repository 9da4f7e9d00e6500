// /me/delete: what deleting the account would do, and the confirmed POST that does it.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Field } from "~/components/field";
import { DeleteAccountSchema } from "~/domain/forms/account.server";
import { translator } from "~/i18n";
import {
  AccountDeletionError,
  deleteAccount,
  deletionPreview,
} from "~/models/account-deletion.server";
import { verifyPassword } from "~/models/user.server";
import { getDb } from "~/utils/db.server";
import { fieldErrors } from "~/utils/forms.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { requirePermission } from "~/utils/permissions.server";
import { peek, take, tooMany } from "~/utils/throttle.server";
import { endSession } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translator(data?.locale ?? "cs")("myData.delete.title")} — Spolu` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "delete:user:own");
  const [locale, preview] = await Promise.all([getLocale(request), deletionPreview(getDb(), user)]);
  return { locale, preview };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "delete:user:own");
  const locale = await getLocale(request);
  const t = translator(locale);
  const form = await request.formData();
  const parsed = DeleteAccountSchema.safeParse({
    password: form.get("password") ?? "",
    confirm: form.get("confirm") ?? undefined,
  });
  if (!parsed.success) {
    return data({ errors: fieldErrors(parsed.error, locale), formError: null }, { status: 400 });
  }
  // Like sign-in: a stolen session must not be able to guess its way to deleting the account.
  const db = getDb();
  const attempts = String(user.id);
  const throttled = await peek(db, "delete-account-user", attempts);
  if (!throttled.allowed) {
    return tooMany({ errors: {}, formError: t("myData.delete.tooMany") }, throttled);
  }
  if (!(await verifyPassword(db, user.id, parsed.data.password))) {
    await take(db, "delete-account-user", attempts);
    return data(
      { errors: { password: t("myData.delete.passwordWrong") }, formError: null },
      { status: 400 },
    );
  }
  try {
    await deleteAccount(db, user.id);
  } catch (error) {
    if (!(error instanceof AccountDeletionError) || error.code === "not_found") throw error;
    return data(
      {
        errors: {},
        formError: t(
          error.code === "last_staff" ? "myData.delete.lastStaff" : "myData.delete.demo",
        ),
      },
      { status: error.code === "last_staff" ? 409 : 403 },
    );
  }
  // The sessions are gone already; this clears the cookie in this browser.
  const cookie = await endSession(request);
  return redirectWithToast("/", { type: "success", message: t("myData.delete.done") }, [cookie]);
}

export default function DeleteAccount() {
  const { preview } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> = result?.errors ?? {};
  const submitting = useNavigation().state === "submitting";
  const t = useT();
  return (
    <>
      <h1>{t("myData.delete.title")}</h1>
      <p>
        {t("myData.delete.lead")} <a href="/me/data">{t("myData.download")}</a>
      </p>

      <section className="card" aria-labelledby="erased-title">
        <h2 id="erased-title">{t("myData.delete.erasedTitle")}</h2>
        <ul>
          <li>{t("myData.delete.erasedAccount")}</li>
          {preview.municipality ? (
            <li>{t("myData.delete.erasedMunicipality", { name: preview.municipality.name })}</li>
          ) : null}
          {preview.offersToClose.length + preview.offersKept.length > 0 ? (
            <li>{t("myData.delete.erasedOffers")}</li>
          ) : null}
        </ul>
      </section>

      {preview.offersToClose.length + preview.offersKept.length > 0 ? (
        <section className="card" aria-labelledby="offers-close-title">
          <h2 id="offers-close-title">{t("myData.delete.offersTitle")}</h2>
          {preview.offersToClose.length === 0 ? (
            <p>{t("myData.delete.offersNone")}</p>
          ) : (
            <table>
              <caption>{t("myData.delete.offersCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("myData.delete.town")}</th>
                  <th scope="col">{t("myData.delete.status")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.offersToClose.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link to={`/offers/${o.id}`}>{o.town}</Link>
                    </td>
                    <td>{t(`status.${o.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}

      <section className="card" aria-labelledby="contacts-end-title">
        <h2 id="contacts-end-title">{t("myData.delete.contactsTitle")}</h2>
        <p>
          {preview.openContacts > 0
            ? t("myData.delete.contactsOpen", { count: preview.openContacts })
            : t("myData.delete.contactsNone")}
        </p>
        {preview.activeContacts > 0 ? (
          <p>{t("myData.delete.contactsActive", { count: preview.activeContacts })}</p>
        ) : null}
      </section>

      <section className="card" aria-labelledby="kept-title">
        <h2 id="kept-title">{t("myData.delete.keptTitle")}</h2>
        <p>{t("myData.delete.kept")}</p>
      </section>

      <section className="card" aria-labelledby="confirm-title">
        <h2 id="confirm-title">{t("myData.delete.formTitle")}</h2>
        {/* Refused on the server too; the form is not offered when it could only fail. */}
        {preview.lastStaff ? (
          <p className="notice">{t("myData.delete.lastStaff")}</p>
        ) : preview.isDemo ? (
          <p className="notice">{t("myData.delete.demo")}</p>
        ) : (
          <Form method="post" className="form" noValidate>
            {result?.formError ? (
              <p className="form-error" role="alert">
                {result.formError}
              </p>
            ) : null}
            <Field
              id="password"
              label={t("myData.delete.password")}
              type="password"
              autoComplete="current-password"
              required
              maxLength={200}
              error={errors.password}
            />
            <div className="field">
              <label className="check">
                <input
                  type="checkbox"
                  id="confirm"
                  name="confirm"
                  value="1"
                  required
                  aria-invalid={errors.confirm ? true : undefined}
                  aria-describedby={errors.confirm ? "confirm-error" : undefined}
                />
                {t("myData.delete.confirm")}
              </label>
              <p className="field-error" id="confirm-error">
                {errors.confirm ?? ""}
              </p>
            </div>
            <div>
              <button type="submit" className="danger" disabled={submitting}>
                {t("myData.delete.submit")}
              </button>{" "}
              <Link to="/me">{t("myData.delete.cancel")}</Link>
            </div>
          </Form>
        )}
      </section>
    </>
  );
}
