import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { NewStaffSchema, UserPageSchema } from "~/domain/forms/account.server";
import { Field } from "~/components/field";
import { Pagination } from "~/components/pagination";
import { passwordProblem } from "~/domain/password";
import { formatDate, translator } from "~/i18n";
import { countUsers, createUser, getUserByEmail, listUsers } from "~/models/user.server";
import { getDb } from "~/utils/db.server";
import { fieldErrors, formValues, type FieldErrors } from "~/utils/forms.server";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { metaLocale, pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/permissions.server";
import { redirectWithToast } from "~/utils/toast.server";

const PAGE_SIZE = 50;
const ROLES = ["mayor", "foreign", "staff"] as const;

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(translator(metaLocale(matches))("admin.users"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:user:any");
  const url = new URL(request.url);
  const role = ROLES.find((r) => r === url.searchParams.get("role"));
  const page = UserPageSchema.parse(url.searchParams.get("page") ?? 1);
  const db = getDb();
  const [users, total] = await Promise.all([
    listUsers(db, { role, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    countUsers(db, role),
  ]);
  return { users, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), role: role ?? "" };
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "create:user:any");
  const locale = await getLocale(request);
  const t = translator(locale);
  const values = formValues(await request.formData(), ["name", "email", "password"]);
  const echo = { ...values, password: "" };
  const parsed = NewStaffSchema.safeParse(values);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error, locale);
  const problem = passwordProblem(values.password ?? "", values.email);
  if (problem && !errors.password) errors.password = t(`field.password.${problem}`);
  if (!parsed.success || Object.keys(errors).length > 0)
    return data({ errors, values: echo }, { status: 400 });
  const db = getDb();
  if (await getUserByEmail(db, parsed.data.email)) {
    return data(
      { errors: { email: t("field.emailTaken") } as FieldErrors, values: echo },
      { status: 400 },
    );
  }
  const user = await createUser(db, {
    ...parsed.data,
    role: "staff",
    organisation: "Svaz měst a obcí ČR",
    locale,
  });
  return redirectWithToast("/admin/users?role=staff", {
    type: "success",
    message: t("admin.usersCreated", { email: user.email }),
  });
}

export default function AdminUsers() {
  const { users, total, page, pages, role } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <section aria-labelledby="users-title">
        <h2 id="users-title">
          {t("admin.users")} ({total})
        </h2>
        <Form method="get" className="actions">
          <div className="field">
            <label htmlFor="role-filter">{t("admin.usersFilter")}</label>
            <select id="role-filter" name="role" defaultValue={role}>
              <option value="">{t("admin.usersAll")}</option>
              <option value="mayor">{t("role.mayor")}</option>
              <option value="foreign">{t("role.foreign")}</option>
              <option value="staff">{t("role.staff")}</option>
            </select>
          </div>
          <div>
            <button type="submit" className="secondary">
              {t("admin.usersShow")}
            </button>
          </div>
        </Form>
        {users.length === 0 ? (
          <p>{t("admin.usersEmpty")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.usersName")}</th>
                <th scope="col">{t("admin.usersEmail")}</th>
                <th scope="col">{t("admin.usersRole")}</th>
                <th scope="col">{t("admin.usersCreatedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>{t(`role.${u.role}`)}</td>
                  <td>{formatDate(u.created_at, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination page={page} pages={pages} />
      </section>
      <section aria-labelledby="new-staff-title">
        <h2 id="new-staff-title">{t("admin.usersNew")}</h2>
        <p>{t("admin.usersLead")}</p>
        <Form method="post" className="form card" noValidate>
          <Field
            id="name"
            label={t("admin.usersName")}
            required
            maxLength={120}
            defaultValue={result?.values.name}
            error={result?.errors.name}
          />
          <Field
            id="email"
            label={t("admin.usersEmail")}
            type="email"
            required
            maxLength={254}
            defaultValue={result?.values.email}
            error={result?.errors.email}
          />
          <Field
            id="password"
            label={t("signup.password")}
            hint={t("signup.passwordHint")}
            type="password"
            autoComplete="new-password"
            required
            maxLength={200}
            error={result?.errors.password}
          />
          <div>
            <button type="submit" className="primary" disabled={submitting}>
              {t("admin.usersCreate")}
            </button>
          </div>
        </Form>
      </section>
    </>
  );
}
