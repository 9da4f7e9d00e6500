// The /map's Leaflet map, loaded only in the browser and in its own chunk. The
// server and a browser without JavaScript get a note pointing to the list,
// which shows the same results.
import { lazy } from "react";
import { formatNumber } from "~/i18n";
import type { MapLayer } from "~/utils/map-data";
import { useLocale, useT } from "~/utils/i18n";
import { ClientMap, Fallback, TEXT, useMapTiles } from "./small-map";
import type { EuropeMapText } from "./europe-map.client";

const MapView = lazy(() => import("./europe-map.client"));

export function EuropeMap({
  dataUrl,
  layers,
  height = 560,
}: {
  dataUrl: string;
  layers: MapLayer[];
  height?: number;
}) {
  const t = useT();
  const locale = useLocale();
  const tiles = useMapTiles();
  const text: EuropeMapText = {
    ariaLabel: t("map.ariaLabel"),
    attribution: TEXT[locale].attribution,
    population: (n) => t("offer.population", { count: n }),
    score: (n) => t("map.score", { score: n }),
    anyTopic: t("offer.anyTopic"),
    openOffer: t("map.openOffer"),
    openProfile: t("map.openProfile"),
    loading: t("map.loading"),
    error: t("map.error"),
    yours: t("map.yours"),
    verified: t("map.verified"),
    partnership: (a, b) => t("map.partnership", { a, b }),
    cluster: (n) => t("map.cluster", { count: formatNumber(n, locale) }),
  };
  const fallback = (
    <Fallback height={height} ariaLabel={text.ariaLabel}>
      <p style={{ margin: 0 }}>{t("map.noScript")}</p>
    </Fallback>
  );
  return (
    <ClientMap fallback={fallback}>
      {() => (
        <MapView
          dataUrl={dataUrl}
          layers={layers}
          locale={locale}
          height={height}
          tiles={tiles}
          text={text}
        />
      )}
    </ClientMap>
  );
}
