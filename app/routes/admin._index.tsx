import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatNumber } from "~/i18n";
import { countMunicipalities } from "~/models/municipality.server";
import { countPublishedOffers } from "~/models/offer.server";
import { countPlaces } from "~/models/place.server";
import { countUsers } from "~/models/user.server";
import { getDb } from "~/utils/db.server";
import { useLocale, useT } from "~/utils/i18n";
import { requirePermission } from "~/utils/permissions.server";

export const meta: MetaFunction = () => [{ title: "Správa / Back office — Spolu" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:admin:any");
  const db = getDb();
  const [offers, municipalities, users, places] = await Promise.all([
    countPublishedOffers(db),
    countMunicipalities(db),
    countUsers(db),
    countPlaces(db),
  ]);
  return { offers, municipalities, users, places };
}

export default function AdminHome() {
  const counts = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const items = [
    [t("admin.statsOffers"), counts.offers],
    [t("admin.statsMunicipalities"), counts.municipalities],
    [t("admin.statsUsers"), counts.users],
    [t("admin.statsPlaces"), counts.places],
  ] as const;
  return (
    <section aria-labelledby="stats-title">
      <h2 id="stats-title">{t("admin.stats")}</h2>
      <p>{t("admin.lead")}</p>
      <ul className="stats">
        {items.map(([label, value]) => (
          <li key={label} className="card">
            <span className="stat-value">{formatNumber(value, locale)}</span>
            {label}
          </li>
        ))}
      </ul>
    </section>
  );
}
