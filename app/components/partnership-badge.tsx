import { useT } from "~/utils/i18n";

/** "Ověřeno obcí" / "Ověřeno Svazem" / "Z veřejných seznamů, neověřeno". */
export function PartnershipBadge({
  confirmedBy,
}: {
  confirmedBy: "municipality" | "union" | null;
}) {
  const t = useT();
  if (confirmedBy === null)
    return <span className="badge unverified">{t("registry.badge.unverified")}</span>;
  return <span className="badge verified">{t(`registry.badge.${confirmedBy}`)}</span>;
}

/** Where a row came from; an imported one links the public list(s), as their licence asks. */
export function PartnershipSource({
  source,
  urls,
}: {
  source: "existing" | "spolu" | "public_list";
  urls: string[];
}) {
  const t = useT();
  if (source !== "public_list" || urls.length === 0)
    return <>{t(`partnerships.source.${source}`)}</>;
  return (
    <>
      {t("partnerships.source.public_list")}:{" "}
      {urls.map((url, i) => (
        <span key={url}>
          {i > 0 ? ", " : ""}
          <a href={url} rel="noopener noreferrer external" target="_blank">
            {listName(url)}
          </a>
        </span>
      ))}
    </>
  );
}

/** "List_of_twin_towns_and_sister_cities_in_Poland" → "Wikipedia: … in Poland". */
function listName(url: string): string {
  const page = decodeURIComponent(url.split("/").pop() ?? url).replace(/_/g, " ");
  const place = page.match(/ in (?:the )?(.+)$/)?.[1];
  return place ? `Wikipedia (${place})` : "Wikipedia";
}
