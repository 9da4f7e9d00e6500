// What every Leaflet map of Spolu shares: the offline basemap (Natural Earth
// borders served by the app, Crimea drawn in Ukraine), an optional tile layer
// for online deployments (MAP_TILE_URL), the screen-reader name and the
// attribution. Browser-only: imported by the *.client modules.
import type * as GeoJSON from "geojson";
import L, { type LatLngBoundsExpression, type PathOptions, type StyleFunction } from "leaflet";
import { useEffect, useMemo, useState } from "react";
import { GeoJSON as GeoJSONLayer, Pane, TileLayer, useMap } from "react-leaflet";

/** An online tile layer (MAP_TILE_URL); null keeps the embedded basemap alone. */
export type Tiles = { url: string; attribution: string } | null;

export const SEA = "#dbe8f4";
export const LAND_STYLE = {
  fillColor: "#eef2ec",
  fillOpacity: 1,
  color: "#9aa5b1",
  weight: 0.6,
  opacity: 1,
};
/** The border of the country a small map is oriented by (Czechia). */
export const EMPHASIS_STYLE = { color: "#4a5666", weight: 1.4 };
// What is shown when there is nothing to show: Europe from Portugal to Ukraine.
export const EUROPE: LatLngBoundsExpression = [
  [36, -10],
  [60, 34],
];
// Panning stops a little outside the area the basemap covers.
export const MAX_BOUNDS = { south: 15, west: -50, north: 82, east: 90 };
export const MIN_ZOOM = 3;
// Natural Earth 1:50m gets visibly coarse beyond this.
export const MAX_ZOOM = 9;
/** Tiles carry detail the borders lack: allow closer zoom with them. */
export const MAX_ZOOM_TILES = 14;

// ---- Basemap: fetched once per page load and URL, shared by every map on the page ----

/** The whole basemap: Europe and its neighbours. A small map asks for its area only. */
export const WORLD_BASEMAP = "/basemap.json";

type Basemap = GeoJSON.FeatureCollection;
const basemaps = new Map<string, { data: Basemap | null; promise: Promise<Basemap> }>();

function loadBasemap(url: string): Promise<Basemap> {
  const known = basemaps.get(url);
  if (known) return known.promise;
  const entry: { data: Basemap | null; promise: Promise<Basemap> } = {
    data: null,
    promise: fetch(url)
      .then((res) => {
        if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
        return res.json() as Promise<Basemap>;
      })
      .then((data) => {
        if (url === WORLD_BASEMAP) performance.mark("spolu:basemap-data");
        return (entry.data = data);
      })
      .catch((error: unknown) => {
        basemaps.delete(url); // let the next map try again
        throw error;
      }),
  };
  basemaps.set(url, entry);
  return entry.promise;
}

/** Resolves once the country shapes are loaded (or failed): the map is drawn. */
export function basemapReady(url = WORLD_BASEMAP): Promise<unknown> {
  return loadBasemap(url).catch(() => undefined);
}

export function Basemap({
  tiles,
  url = WORLD_BASEMAP,
  emphasis,
}: {
  tiles: Tiles;
  url?: string;
  /** A country (ISO numeric id, "203" for Czechia) drawn with a stronger border. */
  emphasis?: string;
}) {
  const [loaded, setLoaded] = useState<{ url: string; data: Basemap } | null>(() => {
    const data = basemaps.get(url)?.data;
    return data ? { url, data } : null;
  });
  // Thousands of border polygons draw several times faster on one canvas than as SVG paths.
  const [renderer] = useState(() => L.canvas({ padding: 0.5, pane: "basemap" }));
  useEffect(() => {
    let live = true;
    loadBasemap(url).then(
      (data) => live && setLoaded((now) => (now?.data === data ? now : { url, data })),
      (error: unknown) => console.warn("Map without country shapes:", error),
    );
    return () => {
      live = false;
    };
  }, [url]);
  const style = useMemo((): PathOptions | StyleFunction => {
    const land = tiles ? { ...LAND_STYLE, fillOpacity: 0 } : LAND_STYLE;
    if (!emphasis) return land;
    return (f) => (String(f?.id) === emphasis ? { ...land, ...EMPHASIS_STYLE } : land);
  }, [tiles, emphasis]);
  // Their own panes below the overlay pane (400), so markers always stay on top.
  // With tiles the borders are drawn over them, unfilled, so Crimea stays Ukrainian.
  return (
    <>
      {tiles ? (
        <Pane name="tiles" style={{ zIndex: 200 }}>
          <TileLayer url={tiles.url} attribution={tiles.attribution} />
        </Pane>
      ) : null}
      <Pane name="basemap" style={{ zIndex: 250 }}>
        {loaded?.url === url ? (
          <GeoJSONLayer
            // A new area is a new layer: GeoJSON layers do not follow their data.
            key={url}
            data={loaded.data}
            style={style}
            interactive={false}
            // Passed on to every polygon; react-leaflet's types omit it.
            {...{ renderer }}
          />
        ) : null}
      </Pane>
    </>
  );
}

/** Names the map for screen readers (MapContainer passes no aria props). */
export function Accessibility({ label, picking = false }: { label: string; picking?: boolean }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute("role", "region");
    el.setAttribute("aria-label", label);
    if (picking) el.style.cursor = "crosshair";
  }, [map, label, picking]);
  return null;
}

export function Attribution({ text }: { text: string }) {
  const map = useMap();
  useEffect(() => {
    const control = map.attributionControl;
    control.addAttribution(text);
    return () => {
      control.removeAttribution(text);
    };
  }, [map, text]);
  return null;
}
