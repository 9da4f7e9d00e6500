// The Leaflet map itself. Only ever loaded in the browser, through React.lazy
// in ./small-map.tsx: importing Leaflet on the server crashes (`window`).
import type {
  FitBoundsOptions,
  LatLngBoundsExpression,
  LatLngExpression,
  LeafletMouseEvent,
  Map as LeafletMap,
} from "leaflet";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  CircleMarker,
  MapContainer,
  Tooltip,
  useMap,
  useMapEvent,
  ZoomControl,
} from "react-leaflet";
import {
  Accessibility,
  Attribution,
  Basemap,
  EUROPE,
  MAX_BOUNDS,
  MAX_ZOOM,
  MAX_ZOOM_TILES,
  MIN_ZOOM,
  SEA,
  type Tiles,
} from "./map-base.client";

export type MapPoint = { lat: number; lon: number; label: string };
export type PickedPoint = { lat: number; lon: number };

export type MapViewProps = {
  points: MapPoint[];
  height: number;
  /** The closest zoom: a map of places shows them with Czechia, no closer than this. */
  zoom?: number;
  ariaLabel: string;
  attribution: string;
  /** Click-to-pick mode: each click on the map calls this. */
  onPick?: (p: PickedPoint) => void;
  tiles: Tiles;
  zoomIn: string;
  zoomOut: string;
};

const MARKER_STYLE = {
  radius: 7,
  fillColor: "#0b3d6e",
  fillOpacity: 1,
  color: "#ffffff",
  weight: 2,
  opacity: 1,
};
const SINGLE_ZOOM = 6;
const FIT_MAX_ZOOM = 7;
/** Czechia's extent: a map of places shows it beside them, for orientation. */
const CZECHIA = { south: 48.55, west: 12.09, north: 51.06, east: 18.86 };
const CZECHIA_ID = "203";
/** How far a map of places reaches past them (degrees): their surroundings. */
const AROUND = { lat: 1, lon: 1.5 };
/** Zooming in further than this past the first view would show the borders' corners. */
const LOCATOR_ZOOM_IN = 2;

// ---- Helpers ----

function validPoints(points: MapPoint[]): MapPoint[] {
  return points.filter(
    (p) =>
      Number.isFinite(p.lat) &&
      Number.isFinite(p.lon) &&
      Math.abs(p.lat) <= 90 &&
      Math.abs(p.lon) <= 180,
  );
}

type View =
  | { center: LatLngExpression; zoom: number }
  | { bounds: LatLngBoundsExpression; boundsOptions: FitBoundsOptions };

function initialView(points: MapPoint[], zoom: number | undefined): View {
  const [first] = points;
  if (points.length === 1 && first) {
    return { center: [first.lat, first.lon], zoom: zoom ?? SINGLE_ZOOM };
  }
  if (points.length > 1) {
    return {
      bounds: points.map((p): [number, number] => [p.lat, p.lon]),
      boundsOptions: { padding: [32, 32], maxZoom: zoom ?? FIT_MAX_ZOOM },
    };
  }
  return { bounds: EUROPE, boundsOptions: { padding: [8, 8] } };
}

/** A map of places (not picking one): the places with their surroundings, and Czechia. */
function locatorView(points: MapPoint[], zoom: number | undefined): View {
  const area = { ...CZECHIA };
  for (const p of points) {
    area.south = Math.min(area.south, p.lat - AROUND.lat);
    area.north = Math.max(area.north, p.lat + AROUND.lat);
    area.west = Math.min(area.west, p.lon - AROUND.lon);
    area.east = Math.max(area.east, p.lon + AROUND.lon);
  }
  return {
    bounds: [
      [area.south, area.west],
      [area.north, area.east],
    ],
    // Room for the label above a place and for the attribution along the bottom.
    boundsOptions: {
      paddingTopLeft: [12, 36],
      paddingBottomRight: [12, 44],
      maxZoom: zoom ?? FIT_MAX_ZOOM,
    },
  };
}

function setView(map: LeafletMap, points: MapPoint[], zoom: number | undefined) {
  const view = initialView(points, zoom);
  if ("center" in view) map.setView(view.center, view.zoom);
  else map.fitBounds(view.bounds, view.boundsOptions);
}

function maxBounds(points: MapPoint[]): LatLngBoundsExpression {
  const b = { ...MAX_BOUNDS };
  for (const p of points) {
    b.south = Math.min(b.south, p.lat - 5);
    b.north = Math.max(b.north, p.lat + 5);
    b.west = Math.min(b.west, p.lon - 10);
    b.east = Math.max(b.east, p.lon + 10);
  }
  return [
    [b.south, b.west],
    [b.north, b.east],
  ];
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

// ---- Small behaviours, each a child of MapContainer ----

/** Follows changes of the points after the first render. */
function FollowPoints({
  points,
  zoom,
  picking,
}: {
  points: MapPoint[];
  zoom: number | undefined;
  picking: boolean;
}) {
  const map = useMap();
  const key = points.map((p) => `${p.lat},${p.lon}`).join(";");
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    map.setMaxBounds(maxBounds(points));
    const [first] = points;
    if (picking) {
      // A click keeps the view; a typed point out of sight brings it into view.
      if (first && !map.getBounds().contains([first.lat, first.lon])) {
        map.setView([first.lat, first.lon], Math.max(map.getZoom(), SINGLE_ZOOM));
      }
      return;
    }
    setView(map, points, zoom);
    // `points` is represented by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, key, zoom, picking]);
  return null;
}

/**
 * The basemap of a map of places: only the area around the first view (a quarter of
 * a view more on each side, in whole degrees), 5–20 KB gzip where the whole basemap
 * is ~170 KB. The view stays inside that area: no zooming out, no panning past it.
 */
function LocatorBasemap({ tiles }: { tiles: Tiles }) {
  const map = useMap();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const around = map.getBounds().pad(0.25);
    const west = Math.max(-180, Math.floor(around.getWest()));
    const south = Math.max(-85, Math.floor(around.getSouth()));
    const east = Math.min(180, Math.ceil(around.getEast()));
    const north = Math.min(85, Math.ceil(around.getNorth()));
    map.options.maxBoundsViscosity = 1;
    map.setMaxBounds([
      [south, west],
      [north, east],
    ]);
    map.setMinZoom(map.getZoom());
    if (!tiles) map.setMaxZoom(Math.min(MAX_ZOOM, map.getZoom() + LOCATOR_ZOOM_IN));
    setUrl(`/basemap.json?bbox=${west},${south},${east},${north}`);
  }, [map, tiles]);
  return url ? <Basemap tiles={tiles} url={url} emphasis={CZECHIA_ID} /> : null;
}

function PickOnClick({ onPick }: { onPick: (p: PickedPoint) => void }) {
  const latest = useRef(onPick);
  useEffect(() => {
    latest.current = onPick;
  }, [onPick]);
  useMapEvent(
    "click",
    useCallback((e: LeafletMouseEvent) => {
      const p = e.latlng.wrap();
      latest.current({ lat: round4(Math.max(-90, Math.min(90, p.lat))), lon: round4(p.lng) });
    }, []),
  );
  return null;
}

// ---- The map ----

export default function MapView(props: MapViewProps) {
  const { height, zoom, ariaLabel, attribution, onPick, tiles, zoomIn, zoomOut } = props;
  const points = validPoints(props.points);
  const picking = onPick !== undefined;
  const single = points.length === 1;
  // Picking a place needs all of Europe; showing places needs their surroundings only.
  const locator = !picking && points.length > 0;
  return (
    <MapContainer
      // A map of other places is a new map (its own view and basemap area).
      key={locator ? points.map((p) => `${p.lat},${p.lon}`).join(";") : "picker"}
      {...(locator ? locatorView(points, zoom) : initialView(points, zoom))}
      style={{
        height,
        background: SEA,
        border: "1px solid var(--border, #cfd6df)",
        borderRadius: "var(--radius, 8px)",
      }}
      // Half steps: a place far from Czechia still gets a view that is not mostly sea.
      zoomSnap={locator ? 0.5 : 1}
      minZoom={MIN_ZOOM}
      maxZoom={tiles ? MAX_ZOOM_TILES : MAX_ZOOM}
      maxBounds={maxBounds(points)}
      maxBoundsViscosity={0.8}
      worldCopyJump={false}
      // A small map inside a page: the wheel scrolls the page, not the map.
      scrollWheelZoom={false}
      doubleClickZoom={!picking}
      zoomControl={false}
    >
      <ZoomControl position="topleft" zoomInTitle={zoomIn} zoomOutTitle={zoomOut} />
      <Accessibility label={ariaLabel} picking={picking} />
      <Attribution text={attribution} />
      {locator ? <LocatorBasemap tiles={tiles} /> : <Basemap tiles={tiles} />}
      {points.map((p, i) => (
        <CircleMarker
          // `permanent` cannot change on a live tooltip: remount when it would.
          key={`${i}:${single}`}
          center={[p.lat, p.lon]}
          pathOptions={MARKER_STYLE}
          radius={MARKER_STYLE.radius}
          interactive={!picking}
          bubblingMouseEvents
        >
          {p.label ? (
            <Tooltip permanent={single} direction="top" offset={[0, -8]}>
              {p.label}
            </Tooltip>
          ) : null}
        </CircleMarker>
      ))}
      {locator ? null : <FollowPoints points={points} zoom={zoom} picking={picking} />}
      {onPick ? <PickOnClick onPick={onPick} /> : null}
    </MapContainer>
  );
}
