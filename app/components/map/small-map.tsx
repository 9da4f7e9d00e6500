// Small offline map for pages and forms. Leaflet is loaded only in the browser,
// in its own chunk; the server (and a browser without JavaScript) gets a box
// of the same size with the coordinates as text.
//
//   export const links: LinksFunction = () => [...mapLinks];
//   <SmallMap points={[{ lat, lon, label: name }]} ariaLabel={t("…")} />
import type { LinkDescriptor } from "@remix-run/node";
import leafletCss from "leaflet/dist/leaflet.css";
import { Component, lazy, Suspense, type ReactNode } from "react";
import { useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "~/root";
import { useLocale, useT } from "~/utils/i18n";
import type { Tiles } from "./map-base.client";
import { ClientOnly } from "./client-only";

type Locale = ReturnType<typeof useLocale>;

const MapView = lazy(() => import("./small-map.client"));

/** Add to the `links` of every route that shows a map. */
export const mapLinks: LinkDescriptor[] = [{ rel: "stylesheet", href: leafletCss }];

export type MapPoint = { lat: number; lon: number; label: string };

const DEFAULT_HEIGHT = 300;

const isCoordinate = (lat: number | null, lon: number | null) =>
  lat !== null &&
  lon !== null &&
  Number.isFinite(lat) &&
  Number.isFinite(lon) &&
  Math.abs(lat) <= 90 &&
  Math.abs(lon) <= 180;

/** "50,088° s. š., 14,421° v. d." (cs, sk), otherwise "50.088° N, 14.421° E". */
export function formatCoordinates(lat: number, lon: number, locale: Locale): string {
  const czechStyle = locale === "cs" || locale === "sk";
  const n = (v: number) => {
    const s = Math.abs(v).toFixed(3);
    return czechStyle ? s.replace(".", ",") : s;
  };
  return czechStyle
    ? `${n(lat)}° ${lat < 0 ? "j. š." : "s. š."}, ${n(lon)}° ${lon < 0 ? "z. d." : "v. d."}`
    : `${n(lat)}° ${lat < 0 ? "S" : "N"}, ${n(lon)}° ${lon < 0 ? "W" : "E"}`;
}

function boxStyle(height: number) {
  return {
    height,
    border: "1px solid var(--border, #cfd6df)",
    borderRadius: "var(--radius, 8px)",
  } as const;
}

/** What the server and a browser without JavaScript show: same size, text only. */
export function Fallback({
  height,
  ariaLabel,
  children,
}: {
  height: number;
  ariaLabel: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={ariaLabel}
      style={{
        ...boxStyle(height),
        background: "var(--bg, #f6f8fb)",
        color: "var(--muted, #4a5666)",
        padding: "0.75rem 1rem",
        overflow: "hidden",
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
      }}
    >
      {children}
    </div>
  );
}

/** The optional online tile layer (MAP_TILE_URL), from the root loader. */
export function useMapTiles(): Tiles {
  return useRouteLoaderData<typeof rootLoader>("root")?.mapTiles ?? null;
}

/** If the map chunk cannot load (offline, new deploy), keep the text fallback. */
class MapErrorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    console.warn("Map could not be shown:", error);
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function ClientMap({
  fallback,
  children,
}: {
  fallback: ReactNode;
  children: () => ReactNode;
}) {
  return (
    <ClientOnly fallback={fallback}>
      {() => (
        <MapErrorBoundary fallback={fallback}>
          <Suspense fallback={fallback}>{children()}</Suspense>
        </MapErrorBoundary>
      )}
    </ClientOnly>
  );
}

/** A map of Europe with one or more labelled points. */
export function SmallMap(props: {
  points: MapPoint[];
  height?: number;
  zoom?: number;
  ariaLabel: string;
}) {
  const { points, zoom, ariaLabel } = props;
  const height = props.height ?? DEFAULT_HEIGHT;
  const locale = useLocale();
  const t = useT();
  const tiles = useMapTiles();
  const fallback = (
    <Fallback height={height} ariaLabel={ariaLabel}>
      {points.length === 1 && points[0] ? (
        <p style={{ margin: 0 }}>
          {points[0].label}: {formatCoordinates(points[0].lat, points[0].lon, locale)}
        </p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: "1.25rem" }}>
          {points.map((p, i) => (
            <li key={i}>
              {p.label}: {formatCoordinates(p.lat, p.lon, locale)}
            </li>
          ))}
        </ul>
      )}
    </Fallback>
  );
  return (
    <ClientMap fallback={fallback}>
      {() => (
        <MapView
          points={points}
          height={height}
          zoom={zoom}
          ariaLabel={ariaLabel}
          attribution={t("map.attribution")}
          tiles={tiles}
          zoomIn={t("map.zoomIn")}
          zoomOut={t("map.zoomOut")}
        />
      )}
    </ClientMap>
  );
}

/**
 * Click the map to choose a place. Render it next to plain lat/lon number
 * inputs bound to the same state: those are the keyboard and no-JS way.
 */
export function LocationPicker(props: {
  lat: number | null;
  lon: number | null;
  onPick: (p: { lat: number; lon: number }) => void;
  ariaLabel: string;
  height?: number;
}) {
  const { lat, lon, onPick, ariaLabel } = props;
  const height = props.height ?? DEFAULT_HEIGHT;
  const locale = useLocale();
  const t = useT();
  const tiles = useMapTiles();
  const has = isCoordinate(lat, lon);
  const fallback = (
    <Fallback height={height} ariaLabel={ariaLabel}>
      <p style={{ margin: 0 }}>
        {has ? formatCoordinates(lat as number, lon as number, locale) : t("map.noLocation")}
      </p>
    </Fallback>
  );
  return (
    <ClientMap fallback={fallback}>
      {() => (
        <MapView
          points={has ? [{ lat: lat as number, lon: lon as number, label: "" }] : []}
          height={height}
          ariaLabel={ariaLabel}
          attribution={t("map.attribution")}
          onPick={onPick}
          tiles={tiles}
          zoomIn={t("map.zoomIn")}
          zoomOut={t("map.zoomOut")}
        />
      )}
    </ClientMap>
  );
}
