// GET /basemap.json: country shapes for the offline map (no tile server).
// Built once per process from Natural Earth 1:50m (world-atlas), with Crimea
// drawn as part of Ukraine, cut down to the countries a Europe map can show.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import fs from "node:fs";
import { createRequire } from "node:module";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import type * as GeoJSON from "geojson";

type CountryProps = { name: string };
type CountryGeometry = (Polygon<CountryProps> | MultiPolygon<CountryProps>) & {
  id?: string | number;
};
type WorldTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;

const RUSSIA = "643";
const UKRAINE = "804";
const CYPRUS = "196";
// Natural Earth puts Crimea inside Russia; its polygon lies within this box.
const CRIMEA_BOX = { west: 32.4, south: 44.3, east: 36.7, north: 46.3 };
// A country is kept when any of its polygons reaches into this window.
const WINDOW = { west: -30, south: 25, east: 60, north: 75 };

type Box = { west: number; south: number; east: number; north: number };
type Basemap = { body: string; gzipped: ArrayBuffer; etag: string };

let cached: Basemap | null = null;

function ringBox(ring: GeoJSON.Position[]): Box {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const [x = 0, y = 0] of ring) {
    box.west = Math.min(box.west, x);
    box.east = Math.max(box.east, x);
    box.south = Math.min(box.south, y);
    box.north = Math.max(box.north, y);
  }
  return box;
}

const inside = (a: Box, b: Box) =>
  a.west >= b.west && a.east <= b.east && a.south >= b.south && a.north <= b.north;
const overlaps = (a: Box, b: Box) =>
  a.west <= b.east && a.east >= b.west && a.south <= b.north && a.north >= b.south;

function polygonsOf(geometry: GeoJSON.Geometry): GeoJSON.Position[][][] {
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  return [];
}

// Rings that cross the antimeridian (Chukotka) jump from +180 to -180 and
// would be drawn as a band across the whole map: move their west part east.
function unwrapRing(ring: GeoJSON.Position[]): GeoJSON.Position[] {
  let crosses = false;
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180) crosses = true;
  }
  if (!crosses) return ring;
  return ring.map(([x = 0, y = 0]) => [x < 0 ? x + 360 : x, y]);
}

// Three decimals (~100 m) is finer than the 1:50m data; drop the repeats.
function roundRing(ring: GeoJSON.Position[]): GeoJSON.Position[] {
  const out: GeoJSON.Position[] = [];
  for (const [x = 0, y = 0] of ring) {
    const p = [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function cleanPolygons(polygons: GeoJSON.Position[][][]): GeoJSON.Position[][][] {
  return polygons
    .map((rings) => rings.map((ring) => roundRing(unwrapRing(ring))).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0);
}

function buildBasemap(): Basemap {
  const require = createRequire(import.meta.url);
  const file = require.resolve("world-atlas/countries-50m.json");
  const topology = JSON.parse(fs.readFileSync(file, "utf8")) as WorldTopology;
  const geometries = topology.objects.countries.geometries as CountryGeometry[];

  const russia = geometries.find((g) => String(g.id) === RUSSIA);
  const ukraine = geometries.find((g) => String(g.id) === UKRAINE);
  if (russia?.type !== "MultiPolygon" || !ukraine) {
    throw new Error("basemap: Russia or Ukraine missing from world-atlas");
  }
  // Split Russia's polygons into Crimea and the rest (same order as its arcs).
  const crimeaArcs: number[][][] = [];
  const russiaArcs: number[][][] = [];
  for (const arcs of russia.arcs) {
    const shape = feature(topology, { type: "Polygon", arcs });
    const outer = polygonsOf(shape.geometry)[0]?.[0] ?? [];
    (inside(ringBox(outer), CRIMEA_BOX) ? crimeaArcs : russiaArcs).push(arcs);
  }
  if (crimeaArcs.length === 0) throw new Error("basemap: Crimea not found in Russia's geometry");
  // merge() joins Crimea to mainland Ukraine and drops the border line between them.
  const ukraineShape = merge(topology, [
    ukraine as Polygon | MultiPolygon,
    { type: "MultiPolygon", arcs: crimeaArcs },
  ]);
  const russiaShape = feature(topology, { type: "MultiPolygon", arcs: russiaArcs }).geometry;
  // Natural Earth draws "N. Cyprus" as a country; the Czech Republic recognises one Cyprus.
  const cyprus = geometries.find((g) => String(g.id) === CYPRUS);
  const northCyprus = geometries.find((g) => g.properties?.name === "N. Cyprus");
  if (!cyprus || !northCyprus) throw new Error("basemap: Cyprus missing from world-atlas");
  const cyprusShape = merge(topology, [
    cyprus as Polygon | MultiPolygon,
    northCyprus as Polygon | MultiPolygon,
  ]);

  const features: GeoJSON.Feature<GeoJSON.MultiPolygon, CountryProps>[] = [];
  for (const g of geometries) {
    if (g === northCyprus) continue;
    const id = g.id === undefined ? undefined : String(g.id);
    const geometry =
      id === UKRAINE
        ? ukraineShape
        : id === RUSSIA
          ? russiaShape
          : id === CYPRUS
            ? cyprusShape
            : feature(topology, g as MultiPolygon<CountryProps>).geometry;
    const polygons = cleanPolygons(polygonsOf(geometry));
    if (!polygons.some((rings) => rings[0] && overlaps(ringBox(rings[0]), WINDOW))) continue;
    features.push({
      type: "Feature",
      ...(id ? { id } : {}),
      properties: { name: g.properties?.name ?? "" },
      geometry: { type: "MultiPolygon", coordinates: polygons },
    });
  }
  const body = JSON.stringify({ type: "FeatureCollection", features });
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  // Compressed once: gzip of ~750 KB per request would hold up every other response.
  const gz = gzipSync(body, { level: 9 });
  const gzipped = gz.buffer.slice(gz.byteOffset, gz.byteOffset + gz.byteLength) as ArrayBuffer;
  return { body, gzipped, etag };
}

function getBasemap(): Basemap {
  cached ??= buildBasemap();
  return cached;
}

export function loader({ request }: LoaderFunctionArgs) {
  const { body, gzipped, etag } = getBasemap();
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    ETag: etag,
    "Cache-Control": "public, max-age=86400",
    Vary: "Accept-Encoding",
  };
  // If-None-Match uses the weak comparison: a proxy may have added "W/".
  const tags = (request.headers.get("If-None-Match") ?? "")
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""));
  if (tags.includes(etag) || tags.includes("*")) {
    return new Response(null, { status: 304, headers });
  }
  if (/\bgzip\b/.test(request.headers.get("Accept-Encoding") ?? "")) {
    return new Response(gzipped, { headers: { ...headers, "Content-Encoding": "gzip" } });
  }
  return new Response(body, { headers });
}
