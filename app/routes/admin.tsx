import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { requirePermission } from "~/utils/permissions.server";
import { useT } from "~/utils/i18n";

// Every /admin page is staff-only; children check again for their own actions.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:admin:any");
  return null;
}

export default function AdminLayout() {
  const t = useT();
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <nav aria-label={t("admin.title")} className="pagination">
        <NavLink to="/admin" end>
          {t("admin.queue")}
        </NavLink>
        <NavLink to="/admin/claims">{t("claimsAdmin.nav")}</NavLink>
        <NavLink to="/admin/contacts">{t("adminContacts.title")}</NavLink>
        <NavLink to="/admin/import">{t("admin.import")}</NavLink>
        <NavLink to="/admin/users">{t("admin.users")}</NavLink>
        <NavLink to="/admin/scoring">{t("scoring.nav")}</NavLink>
        <NavLink to="/admin/funding">{t("fundingAdmin.nav")}</NavLink>
        <NavLink to="/admin/outbox">{t("outbox.title")}</NavLink>
        <NavLink to="/admin/stats">{t("stats.nav")}</NavLink>
      </nav>
      <Outlet />
    </>
  );
}
