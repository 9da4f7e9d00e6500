import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { krajByCode } from "~/domain/kraje";
import { formatDate, formatNumber, translator } from "~/i18n";
import { countMunicipalities, listPendingMunicipalities } from "~/models/municipality.server";
import { countPublishedOffers, listPendingOffers } from "~/models/offer.server";
import { countPlaces } from "~/models/place.server";
import { countUsers } from "~/models/user.server";
import { countryName } from "~/i18n/countries.server";
import { getDb } from "~/utils/db.server";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { metaLocale, pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/permissions.server";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(translator(metaLocale(matches))("admin.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:admin:any");
  const db = getDb();
  const locale = await getLocale(request);
  const [offers, municipalities, profiles, users, places, pendingOffers, pendingProfiles] =
    await Promise.all([
      countPublishedOffers(db),
      countMunicipalities(db),
      countMunicipalities(db, { profilesOnly: true }),
      countUsers(db),
      countPlaces(db),
      listPendingOffers(db),
      listPendingMunicipalities(db),
    ]);
  return {
    counts: { offers, municipalities, profiles, users, places },
    pendingOffers: pendingOffers.map((o) => ({
      ...o,
      countryName: countryName(o.country, locale),
    })),
    pendingProfiles: pendingProfiles.map((m) => ({
      ...m,
      krajName: krajByCode(m.kraj)?.cs ?? m.kraj,
    })),
  };
}

export default function AdminHome() {
  const { counts, pendingOffers, pendingProfiles } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const items = [
    [t("admin.statsOffers"), counts.offers],
    [t("admin.statsRegister"), counts.municipalities],
    [t("admin.statsMunicipalities"), counts.profiles],
    [t("admin.statsUsers"), counts.users],
    [t("admin.statsPlaces"), counts.places],
  ] as const;
  return (
    <>
      <section aria-labelledby="queue-title">
        <h2 id="queue-title">{t("admin.queue")}</h2>
        <p>{t("admin.queueLead")}</p>
        <h3>
          {t("admin.queueOffers")} ({pendingOffers.length})
        </h3>
        {pendingOffers.length === 0 ? (
          <p className="empty">{t("admin.queueEmpty")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("offerForm.townName")}</th>
                <th scope="col">{t("offer.country")}</th>
                <th scope="col">{t("admin.queueAuthor")}</th>
                <th scope="col">{t("admin.queueSince")}</th>
              </tr>
            </thead>
            <tbody>
              {pendingOffers.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link to={`/offers/${o.id}`}>{o.town}</Link>
                  </td>
                  <td>{o.countryName}</td>
                  <td>{o.authorName ?? t("admin.queueStaffEntered")}</td>
                  <td>{formatDate(o.waitingSince, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>
          {t("admin.queueProfiles")} ({pendingProfiles.length})
        </h3>
        {pendingProfiles.length === 0 ? (
          <p className="empty">{t("admin.queueEmpty")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("profile.name")}</th>
                <th scope="col">{t("profile.kraj")}</th>
                <th scope="col">{t("admin.queueAuthor")}</th>
                <th scope="col">{t("admin.queueSince")}</th>
              </tr>
            </thead>
            <tbody>
              {pendingProfiles.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link to={`/municipalities/${m.id}`}>{m.name}</Link>
                  </td>
                  <td>{m.krajName}</td>
                  <td>{m.ownerName ?? "—"}</td>
                  <td>{formatDate(m.waitingSince, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="stats-title">
        <h2 id="stats-title">{t("admin.stats")}</h2>
        <ul className="stats">
          {items.map(([label, value]) => (
            <li key={label} className="card">
              <span className="stat-value">{formatNumber(value, locale)}</span>
              {label}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
