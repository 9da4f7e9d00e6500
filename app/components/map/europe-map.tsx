// The /map's Leaflet map, loaded only in the browser and in its own chunk. The
// server and a browser without JavaScript get a note pointing to the list,
// which shows the same results.
import type { MapLayer } from "~/domain/map-data";
import { useLocale, useT } from "~/utils/i18n";
import { ClientMap, Fallback, useMapTiles } from "./small-map";
import MapView, { prefetchMapData, type EuropeMapText } from "./europe-map.client";

// Imported statically, not lazily: the classic compiler empties *.client modules
// on the server, and in the browser this puts Leaflet into the /map route's own
// chunk, which Remix preloads with the page, a round trip sooner than React.lazy.
// Pages without a map never import this file, so they carry no Leaflet.

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
  // In the browser, start loading the data while the page hydrates.
  if (typeof document !== "undefined") prefetchMapData(dataUrl);
  const text: EuropeMapText = {
    ariaLabel: t("map.ariaLabel"),
    attribution: t("map.attribution"),
    population: (n) => t("offer.population", { count: n }),
    score: (n) => t("map.score", { score: n }),
    anyTopic: t("offer.anyTopic"),
    openOffer: t("map.openOffer"),
    openProfile: t("map.openProfile"),
    loading: t("map.loading"),
    error: t("map.error"),
    yours: t("map.yours"),
    verified: t("map.verified"),
    noProfile: t("directory.noProfileShort"),
    partnership: (a, b) => t("map.partnership", { a, b }),
    cluster: (n) => t("map.cluster", { count: n }),
    zoomIn: t("map.zoomIn"),
    zoomOut: t("map.zoomOut"),
  };
  const fallback = (
    <Fallback height={height} ariaLabel={text.ariaLabel}>
      <p style={{ margin: 0 }}>{t("map.noScript")}</p>
    </Fallback>
  );
  return (
    <>
      {/* The data and the borders are fetched while the scripts load. */}
      <link rel="preload" href={dataUrl} as="fetch" crossOrigin="anonymous" />
      <link rel="preload" href="/basemap.json" as="fetch" crossOrigin="anonymous" />
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
    </>
  );
}
