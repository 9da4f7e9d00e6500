// What every Leaflet map of Spolu shares: the offline basemap (Natural Earth
// borders served by the app, Crimea drawn in Ukraine), an optional tile layer
// for online deployments (MAP_TILE_URL), the screen-reader name and the
// attribution. Browser-only: imported by the *.client modules.
import type * as GeoJSON from "geojson";
import L, { type LatLngBoundsExpression } from "leaflet";
import { useEffect, useState } from "react";
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

// ---- Basemap: fetched once per page load, shared by every map on the page ----

// Thousands of border polygons draw several times faster on one canvas than as SVG paths.
let landRenderer: L.Canvas | undefined;

type Basemap = GeoJSON.FeatureCollection;
let basemapData: Basemap | null = null;
let basemapPromise: Promise<Basemap> | null = null;

function loadBasemap(): Promise<Basemap> {
  basemapPromise ??= fetch("/basemap.json")
    .then((res) => {
      if (!res.ok) throw new Error(`GET /basemap.json: ${res.status}`);
      return res.json() as Promise<Basemap>;
    })
    .then((data) => {
      performance.mark("spolu:basemap-data");
      return (basemapData = data);
    })
    .catch((error: unknown) => {
      basemapPromise = null; // let the next map try again
      throw error;
    });
  return basemapPromise;
}

/** Resolves once the country shapes are loaded (or failed): the map is drawn. */
export function basemapReady(): Promise<unknown> {
  return loadBasemap().catch(() => undefined);
}

export function Basemap({ tiles }: { tiles: Tiles }) {
  const [data, setData] = useState<Basemap | null>(basemapData);
  useEffect(() => {
    if (data) return;
    let live = true;
    loadBasemap().then(
      (d) => live && setData(d),
      (error: unknown) => console.warn("Map without country shapes:", error),
    );
    return () => {
      live = false;
    };
  }, [data]);
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
        {data ? (
          <GeoJSONLayer
            data={data}
            style={tiles ? { ...LAND_STYLE, fillOpacity: 0 } : LAND_STYLE}
            interactive={false}
            // Passed on to every polygon; react-leaflet's types omit it.
            {...{ renderer: (landRenderer ??= L.canvas({ padding: 0.5, pane: "basemap" })) }}
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
