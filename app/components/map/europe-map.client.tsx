// The /map: offers, municipalities, partnerships and a mayor's matches on the
// offline basemap, clustered with supercluster so thousands of points stay
// readable and only what is in view becomes DOM. Browser-only (React.lazy in
// ./europe-map.tsx).
import L from "leaflet";
import { useEffect, useMemo, useRef, useState } from "react";
import {
  MapContainer,
  Marker,
  Polyline,
  Popup,
  Tooltip,
  useMap,
  useMapEvents,
  ZoomControl,
} from "react-leaflet";
import Supercluster from "supercluster";
import { declutter, type Target } from "./declutter";
import { nearestSegment } from "~/domain/geometry";
import { INTEREST_CODES } from "~/domain/interests";
import { KRAJE } from "~/domain/kraje";
import { countryName, formatNumber, translator, type Locale } from "~/i18n";
import {
  decodeMapData,
  MUNICIPALITY_PROFILE,
  MUNICIPALITY_VERIFIED,
  OPEN_TO_ANY_BIT,
  type MapData,
  type MapLayer,
  type MapWire,
} from "~/domain/map-data";
import {
  Accessibility,
  Attribution,
  Basemap,
  basemapReady,
  EUROPE,
  MAX_BOUNDS,
  MAX_ZOOM,
  MAX_ZOOM_TILES,
  MIN_ZOOM,
  SEA,
  type Tiles,
} from "./map-base.client";

export interface EuropeMapText {
  ariaLabel: string;
  attribution: string;
  population: (n: number) => string;
  score: (n: number) => string;
  anyTopic: string;
  openOffer: string;
  openProfile: string;
  loading: string;
  error: string;
  yours: string;
  verified: string;
  noProfile: string;
  partnership: (a: string, b: string) => string;
  cluster: (n: number) => string;
  zoomIn: string;
  zoomOut: string;
}

export interface EuropeMapProps {
  dataUrl: string;
  layers: MapLayer[];
  locale: Locale;
  height: number;
  tiles: Tiles;
  text: EuropeMapText;
}

type OfferRow = MapData["offers"][number];
type MunicipalityRow = MapData["municipalities"][number];
type Props = { kind: "offer" | "municipality"; row: number };
type FeatureProps = Partial<Props> & {
  cluster?: boolean;
  point_count?: number;
  cluster_id?: number;
};

// No levels below the map's own minimum zoom: nobody can see them. Supercluster measures its
// radius on 512-unit tiles and Leaflet's are 256 px: 100 units are 50 px on screen, about the
// largest cluster marker, so its clusters seldom touch and ./declutter.ts seldom has to merge.
const CLUSTER_OPTIONS = { radius: 100, minZoom: MIN_ZOOM, maxZoom: 8, minPoints: 3 };
/** From this zoom single markers carry their name; further out only the best matches do. */
const LABEL_ZOOM = 8;
/** One zoom level earlier, towns of at least this size already carry their name. */
const LABEL_TOWN = 10_000;
const labelled = (zoom: number, population: number) =>
  zoom >= LABEL_ZOOM || (zoom >= LABEL_ZOOM - 1 && population >= LABEL_TOWN);

function Label({ text }: { text: string }) {
  return (
    <Tooltip permanent direction="right" offset={[10, 0]} className="map-label">
      {text}
    </Tooltip>
  );
}

export function band(score: number): "high" | "mid" | "low" {
  return score >= 60 ? "high" : score >= 35 ? "mid" : "low";
}

const BAND_COLOUR = { high: "#136c32", mid: "#b26a00", low: "#6b7480" };

// divIcons: HTML markers, so shape, colour and a number can all show at once.
const iconCache = new Map<string, L.DivIcon>();
function icon(key: string, className: string, html: string, size: number): L.DivIcon {
  let cached = iconCache.get(key);
  if (!cached) {
    cached = L.divIcon({ className, html, iconSize: [size, size] });
    iconCache.set(key, cached);
  }
  return cached;
}

/** The smallest marker a finger or an unsteady hand can hit (WCAG 2.2, target size). */
const TARGET_PX = 24;

/** A scored offer's pin, its score inside. */
const SCORED_PX = 28;
const ME_PX = 30;

function offerIcon(score: number): L.DivIcon {
  // A small mark drawn inside a 24 px target (.pin-small in app.css).
  if (score < 0) return icon("offer", "pin pin-offer pin-small", "", TARGET_PX);
  const b = band(score);
  return icon(
    `offer-${score}`,
    `pin pin-offer pin-score pin-${b}`,
    `<span>${score}</span>`,
    SCORED_PX,
  );
}
const municipalityIcon = () =>
  icon("municipality", "pin pin-municipality pin-small", "", TARGET_PX);
// A register entry without a profile: a smaller, quieter pin.
const registerIcon = () => icon("register", "pin pin-register pin-small", "", TARGET_PX);
const meIcon = () => icon("me", "pin pin-me", "<span>★</span>", ME_PX);

const clusterSize = (count: number) =>
  count < 10 ? 30 : count < 100 ? 38 : count < 1000 ? 46 : 54;

function clusterIcon(kind: Props["kind"], count: number, label: string): L.DivIcon {
  return icon(
    `c-${kind}-${label}`,
    `cluster cluster-${kind}`,
    `<span>${label}</span>`,
    clusterSize(count),
  );
}

function topicNames(bits: number, locale: Locale, anyTopic: string): string {
  const t = translator(locale);
  const names = INTEREST_CODES.filter((_, i) => bits & (1 << i)).map((c) => t(`interest.${c}`));
  if (bits & OPEN_TO_ANY_BIT) names.unshift(anyTopic);
  return names.join(", ");
}

// The data is fetched and decoded once per URL, started as early as the page's
// code runs (prefetchMapData, called by ./europe-map.tsx), and kept a few seconds only.
const DATA_TTL_MS = 10_000;
const dataCache = new Map<string, { at: number; data: Promise<MapData> }>();

function loadMapData(url: string): Promise<MapData> {
  const hit = dataCache.get(url);
  if (hit && Date.now() - hit.at < DATA_TTL_MS) return hit.data;
  // No extra headers: the request must match the page's <link rel="preload">.
  const data = fetch(url)
    .then((res) => {
      if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
      return res.json() as Promise<MapWire>;
    })
    .then((wire) => {
      performance.mark("spolu:map-data");
      return decodeMapData(wire);
    });
  dataCache.set(url, { at: Date.now(), data });
  data.catch(() => dataCache.delete(url));
  return data;
}

/**
 * Starts loading while the page hydrates, once per URL: a render after the data went stale
 * (paging the list beside the map re-renders it) must not fetch it again for nothing; the
 * map's own effect reloads stale data when it mounts anew.
 */
export function prefetchMapData(url: string): void {
  if (!dataCache.has(url)) void loadMapData(url).catch(() => undefined);
}

function useMapData(url: string) {
  const [state, setState] = useState<{ data: MapData | null; url: string; failed: boolean }>({
    data: null,
    url: "",
    failed: false,
  });
  useEffect(() => {
    let live = true;
    loadMapData(url).then(
      (data) => live && setState({ data, url, failed: false }),
      (error: unknown) => {
        if (!live) return;
        console.warn("Map data could not be loaded:", error);
        setState((s) => ({ ...s, failed: true }));
      },
    );
    return () => {
      live = false;
    };
  }, [url]);
  return state;
}

/** The visible area, updated after every pan and zoom. */
function useView() {
  const map = useMap();
  const read = () => {
    const b = map.getBounds();
    return {
      bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [
        number,
        number,
        number,
        number,
      ],
      zoom: Math.round(map.getZoom()),
    };
  };
  const [view, setView] = useState(read);
  useMapEvents({ moveend: () => setView(read()), zoomend: () => setView(read()) });
  return view;
}

function index(rows: { lat: number; lon: number }[], kind: Props["kind"]) {
  const cluster = new Supercluster<Props>(CLUSTER_OPTIONS);
  cluster.load(
    rows.map((r, row) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [r.lon, r.lat] },
      properties: { kind, row },
    })),
  );
  return cluster;
}

/** Marks the map ready once the data and the country shapes are drawn (tests, benchmark). */
function ReadyFlag({ ready, count }: { ready: boolean; count: number }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    if (!ready) {
      el.removeAttribute("data-ready");
      return;
    }
    let live = true;
    void basemapReady().then(() => {
      if (!live) return;
      requestAnimationFrame(() => {
        el.setAttribute("data-ready", "true");
        el.setAttribute("data-markers", String(count));
        performance.mark("spolu:map-ready");
      });
    });
    return () => {
      live = false;
    };
  }, [map, ready, count]);
  return null;
}

/** A mayor first sees their town together with their best matches. */
function FitOwnTown({ me, points }: { me: MapData["me"]; points: [number, number][] }) {
  const map = useMap();
  const done = useRef(false);
  useEffect(() => {
    if (!me || done.current) return;
    done.current = true;
    map.fitBounds([[me.lat, me.lon], ...points], { padding: [40, 40], maxZoom: 6 });
  }, [map, me, points]);
  return null;
}

function FitPopup({ offerId, text }: { offerId: number; text: EuropeMapText }) {
  const [reason, setReason] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/fit?offer=${offerId}`, { signal: controller.signal })
      .then((res) => (res.ok ? (res.json() as Promise<{ reason: string }>) : Promise.reject()))
      .then((body) => setReason(body.reason))
      .catch(() => !controller.signal.aborted && setFailed(true));
    return () => controller.abort();
  }, [offerId]);
  if (failed) return null;
  return <p className="popup-reason">{reason ?? text.loading}</p>;
}

const LINES_PANE = "partnerships";

/**
 * About 1,100 lines from the public lists meet at Czechia. They are one Leaflet path
 * of many segments, made once per data, with one popup for the segment nearest to a
 * click: as a path each they took a tenth of a second to make and add, and as React
 * components, with a popup apiece, longer still and were all redrawn after every pan
 * and zoom. Thin and translucent, so that the busy centre stays readable. The
 * container's data-partnership-lines says how many are drawn (tests, benchmark).
 */
function PartnershipLines({
  rows,
  label,
}: {
  rows: MapData["partnerships"];
  label: (row: MapData["partnerships"][number]) => string;
}) {
  const map = useMap();
  // The newest wording without redrawing the lines when only the page around them changed.
  const labelRef = useRef(label);
  useEffect(() => {
    labelRef.current = label;
  });
  useEffect(() => {
    // Their own pane under the markers and a mayor's match lines (the overlay pane, 400).
    if (!map.getPane(LINES_PANE)) map.createPane(LINES_PANE).style.zIndex = "390";
    const popup = L.popup();
    const lines = L.polyline(
      rows.map((p): L.LatLngTuple[] => [
        [p[1], p[2]],
        [p[3], p[4]],
      ]),
      {
        pane: LINES_PANE,
        color: "#334155",
        weight: 1.5,
        dashArray: "6 5",
        opacity: rows.length > 200 ? 0.45 : 0.8,
        className: "line-partnership",
      },
    ).on("click", (e: L.LeafletMouseEvent) => {
      const screen = (lat: number, lon: number) => {
        const { x, y } = map.latLngToLayerPoint([lat, lon]);
        return [x, y];
      };
      const { x, y } = map.latLngToLayerPoint(e.latlng);
      const hit =
        rows[
          nearestSegment(
            [x, y],
            rows.map((p): [number[], number[]] => [screen(p[1], p[2]), screen(p[3], p[4])]),
          )
        ];
      if (!hit) return;
      // Text, never HTML: the names come from public lists.
      const content = document.createElement("span");
      content.textContent = labelRef.current(hit);
      popup.setLatLng(e.latlng).setContent(content).openOn(map);
    });
    lines.addTo(map);
    const container = map.getContainer();
    container.setAttribute("data-partnership-lines", String(rows.length));
    return () => {
      container.removeAttribute("data-partnership-lines");
      popup.remove();
      lines.remove();
    };
  }, [map, rows]);
  return null;
}

function Layers({
  ready,
  data,
  layers,
  locale,
  text,
}: Omit<EuropeMapProps, "dataUrl" | "height" | "tiles"> & { data: MapData; ready: boolean }) {
  const map = useMap();
  const view = useView();
  const show = (l: MapLayer) => layers.includes(l);
  const offerRows = useMemo(() => data.offers.map((o) => ({ lat: o[1], lon: o[2] })), [data]);
  const offers = useMemo(() => index(offerRows, "offer"), [offerRows]);
  const municipalities = useMemo(
    () =>
      index(
        data.municipalities.map((m) => ({ lat: m[1], lon: m[2] })),
        "municipality",
      ),
    [data],
  );
  const byId = useMemo(() => new Map(data.offers.map((o) => [o[0], o])), [data]);
  const topIds = useMemo(() => new Set(data.me?.top ?? []), [data]);
  const showOffers = show("offers") || show("matches");
  // Cluster features carry no properties of their points: tag each with its layer.
  const features = [
    ...(showOffers ? offers.getClusters(view.bbox, view.zoom) : []).map((f) => ({
      f,
      kind: "offer" as const,
    })),
    ...(show("municipalities") ? municipalities.getClusters(view.bbox, view.zoom) : []).map(
      (f) => ({ f, kind: "municipality" as const }),
    ),
  ];
  const featureProps = (i: number) => features[i]!.f.properties as FeatureProps;
  const pointOf = (i: number): [number, number] => {
    const [lon, lat] = features[i]!.f.geometry.coordinates as [number, number];
    return [lat, lon];
  };
  // No marker may cover part of another (./declutter.ts): in screen pixels, after clustering.
  const targets: Target<Props["kind"] | "me">[] = features.map(({ kind }, i) => {
    const props = featureProps(i);
    const { x, y } = map.latLngToContainerPoint(pointOf(i));
    const count = props.cluster ? (props.point_count ?? 0) : 1;
    const scored =
      kind === "offer" && show("matches") && (data.offers[props.row ?? 0] as OfferRow)[7] >= 0;
    const size = props.cluster ? clusterSize(count) : scored ? SCORED_PX : TARGET_PX;
    return { x, y, kind, weight: count, size };
  });
  if (data.me) {
    const { x, y } = map.latLngToContainerPoint([data.me.lat, data.me.lon]);
    // The heaviest: the own town keeps its place and the others move aside.
    targets.push({ x, y, kind: "me", weight: Number.MAX_SAFE_INTEGER, size: ME_PX });
  }
  const placed = declutter(targets, clusterSize);
  const atMaxZoom = view.zoom >= map.getMaxZoom();
  const keyOf = (i: number) => {
    const props = featureProps(i);
    if (props.cluster) return `c-${features[i]!.kind}-${props.cluster_id}`;
    const row = props.row ?? 0;
    return features[i]!.kind === "offer"
      ? `o${(data.offers[row] as OfferRow)[0]}`
      : `m${(data.municipalities[row] as MunicipalityRow)[0]}`;
  };
  /** A single point's name and page (a group at the closest zoom lists them). */
  const linkOf = (i: number) => {
    const row = featureProps(i).row ?? 0;
    if (features[i]!.kind === "offer") {
      const o = data.offers[row] as OfferRow;
      return { name: o[6], href: `/offers/${o[0]}` };
    }
    const m = data.municipalities[row] as MunicipalityRow;
    return { name: m[6], href: `/municipalities/${m[0]}` };
  };

  /** Markers a finger could not tell apart, as one: zooms in, or lists them when it cannot. */
  function groupMarker(
    kind: Props["kind"],
    count: number,
    members: number[],
    x: number,
    y: number,
  ) {
    const points = members.map(pointOf);
    const links = atMaxZoom ? members.filter((i) => !featureProps(i).cluster).map(linkOf) : [];
    return (
      <Marker
        key={`g-${keyOf(members[0]!)}`}
        position={map.containerPointToLatLng([x, y])}
        icon={clusterIcon(kind, count, formatNumber(count, locale))}
        title={atMaxZoom ? links.map((l) => l.name).join(", ") : text.cluster(count)}
        keyboard
        eventHandlers={
          atMaxZoom
            ? undefined
            : {
                click: () => {
                  // Close enough for its parts to come apart: a cluster's own expansion zoom,
                  // single points' bounds; centred on the heaviest part when it is a cluster.
                  const bounds = L.latLngBounds(points);
                  const source = kind === "offer" ? offers : municipalities;
                  const apart = Math.min(
                    ...members.map((i) => {
                      const props = featureProps(i);
                      return props.cluster
                        ? source.getClusterExpansionZoom(props.cluster_id ?? 0)
                        : map.getBoundsZoom(bounds);
                    }),
                  );
                  const zoom = Math.min(Math.max(view.zoom + 1, apart), map.getMaxZoom());
                  const heaviest = members[0]!;
                  map.setView(
                    featureProps(heaviest).cluster ? pointOf(heaviest) : bounds.getCenter(),
                    zoom,
                  );
                },
              }
        }
      >
        {atMaxZoom ? (
          <Popup>
            <ul className="map-popup map-group">
              {links.map((l) => (
                <li key={l.href}>
                  <a href={l.href}>{l.name}</a>
                </li>
              ))}
            </ul>
          </Popup>
        ) : null}
      </Marker>
    );
  }

  return (
    <>
      {show("partnerships") ? (
        <PartnershipLines
          rows={data.partnerships}
          label={(p) => text.partnership(p[5], `${p[6]} (${countryName(p[7], locale)})`)}
        />
      ) : null}
      {show("matches") && data.me
        ? data.me.top.map((id) => {
            const o = byId.get(id);
            if (!o || !data.me) return null;
            return (
              <Polyline
                key={`m${id}`}
                positions={[
                  [data.me.lat, data.me.lon],
                  [o[1], o[2]],
                ]}
                pathOptions={{ color: BAND_COLOUR[band(o[7])], weight: 3, opacity: 0.9 }}
                className="line-match"
              />
            );
          })
        : null}
      {placed.map(({ kind, weight, members, x, y }) => {
        if (kind === "me") return null;
        if (members.length > 1) return groupMarker(kind, weight, members, x, y);
        const i = members[0]!;
        const [lat, lon] = pointOf(i);
        const props = featureProps(i);
        const target = targets[i]!;
        // Where it was moved aside to, if it was.
        const position: L.LatLngExpression =
          x === target.x && y === target.y ? [lat, lon] : map.containerPointToLatLng([x, y]);
        if (props.cluster) {
          const count = props.point_count ?? 0;
          const source = kind === "offer" ? offers : municipalities;
          return (
            <Marker
              key={`c-${kind}-${props.cluster_id}`}
              position={position}
              icon={clusterIcon(kind, count, formatNumber(count, locale))}
              title={text.cluster(count)}
              keyboard
              eventHandlers={{
                click: () =>
                  map.setView(
                    [lat, lon],
                    Math.min(source.getClusterExpansionZoom(props.cluster_id ?? 0), MAX_ZOOM),
                  ),
              }}
            />
          );
        }
        if (kind === "offer") {
          const o = data.offers[props.row ?? 0] as OfferRow;
          const score = show("matches") ? o[7] : -1;
          const named = labelled(view.zoom, o[3]) || (show("matches") && topIds.has(o[0]));
          return (
            <Marker
              key={`o${o[0]}`}
              position={position}
              icon={offerIcon(score)}
              title={o[6]}
              keyboard
            >
              {named ? <Label text={o[6]} /> : null}
              <Popup>
                <div className="map-popup">
                  <strong>{o[6]}</strong>
                  <br />
                  {countryName(o[4], locale)} · {text.population(o[3])}
                  <br />
                  <span className="popup-topics">{topicNames(o[5], locale, text.anyTopic)}</span>
                  {o[7] >= 0 ? (
                    <>
                      <p className="popup-score">{text.score(o[7])}</p>
                      <FitPopup offerId={o[0]} text={text} />
                    </>
                  ) : null}
                  <a href={`/offers/${o[0]}`}>{text.openOffer}</a>
                </div>
              </Popup>
            </Marker>
          );
        }
        const m = data.municipalities[props.row ?? 0] as MunicipalityRow;
        const kraj = KRAJE[m[4]];
        return (
          <Marker
            key={`m${m[0]}`}
            position={position}
            icon={m[7] & MUNICIPALITY_PROFILE ? municipalityIcon() : registerIcon()}
            title={m[6]}
            keyboard
          >
            {labelled(view.zoom, m[3]) ? <Label text={m[6]} /> : null}
            <Popup>
              <div className="map-popup">
                <strong>{m[6]}</strong>
                {m[7] & MUNICIPALITY_VERIFIED ? (
                  <span className="badge verified">{text.verified}</span>
                ) : null}
                {m[7] & MUNICIPALITY_PROFILE ? null : (
                  <>
                    <br />
                    <span className="muted">{text.noProfile}</span>
                  </>
                )}
                <br />
                {kraj ? kraj.cs : ""} · {text.population(m[3])}
                <br />
                <span className="popup-topics">{topicNames(m[5], locale, text.anyTopic)}</span>
                <br />
                <a href={`/municipalities/${m[0]}`}>{text.openProfile}</a>
              </div>
            </Popup>
          </Marker>
        );
      })}
      {data.me ? (
        <Marker
          position={[data.me.lat, data.me.lon]}
          icon={meIcon()}
          title={data.me.name}
          keyboard
          // Under the offers: a best match next door (Weitra by Slavonice) must stay clickable.
          zIndexOffset={-1000}
        >
          <Label text={data.me.name} />
          <Popup>
            <strong>{data.me.name}</strong>
            <br />
            {text.yours}
          </Popup>
        </Marker>
      ) : null}
      <ReadyFlag ready={ready} count={placed.length - (data.me ? 1 : 0)} />
      <FitOwnTown
        me={show("matches") ? data.me : null}
        points={(data.me?.top ?? []).flatMap((id) => {
          const o = byId.get(id);
          return o ? [[o[1], o[2]] as [number, number]] : [];
        })}
      />
    </>
  );
}

performance.mark("spolu:map-module");

export default function EuropeMap(props: EuropeMapProps) {
  const { dataUrl, height, tiles, text } = props;
  const { data, url, failed } = useMapData(dataUrl);
  const current = url === dataUrl;
  return (
    <div className="europe-map">
      <MapContainer
        bounds={EUROPE}
        boundsOptions={{ padding: [8, 8] }}
        style={{ height, background: SEA }}
        minZoom={MIN_ZOOM}
        maxZoom={tiles ? MAX_ZOOM_TILES : MAX_ZOOM}
        maxBounds={[
          [MAX_BOUNDS.south, MAX_BOUNDS.west],
          [MAX_BOUNDS.north, MAX_BOUNDS.east],
        ]}
        maxBoundsViscosity={0.8}
        worldCopyJump={false}
        zoomControl={false}
      >
        <ZoomControl position="topleft" zoomInTitle={text.zoomIn} zoomOutTitle={text.zoomOut} />
        <Accessibility label={text.ariaLabel} />
        <Attribution text={text.attribution} />
        <Basemap tiles={tiles} />
        {data ? (
          <Layers
            data={data}
            ready={current}
            layers={props.layers}
            locale={props.locale}
            text={text}
          />
        ) : null}
      </MapContainer>
      {!current || failed ? (
        <p className="map-status" role="status">
          {failed ? text.error : text.loading}
        </p>
      ) : null}
    </div>
  );
}
