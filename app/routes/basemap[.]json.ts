// GET /basemap.json: country shapes for the offline map (no tile server).
// Built once per process from Natural Earth 1:50m (world-atlas), with Crimea
// drawn as part of Ukraine, cut down to the countries a Europe map can show.
// GET /basemap.json?bbox=west,south,east,north: only that area, cut to it and with
// the detail a map of its size can show, for a small map of one place (a few KB
// where the whole basemap is ~170 KB gzip).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import fs from "node:fs";
import { createRequire } from "node:module";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import type * as GeoJSON from "geojson";
import {
  boxesOverlap,
  boxInside,
  clipRing,
  ringBox,
  simplifyLine,
  type Box,
} from "~/domain/geometry";

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

type Country = GeoJSON.Feature<GeoJSON.MultiPolygon, CountryProps>;
type Basemap = { body: string; gzipped: ArrayBuffer; etag: string };

let countries: Country[] | null = null;
let world: Basemap | null = null;
// Small maps ask for a few areas each (whole degrees around a place): keep the latest.
const regions = new Map<string, Basemap>();
const MAX_REGIONS = 200;

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
function roundRing(ring: GeoJSON.Position[], decimals = 3): GeoJSON.Position[] {
  const scale = 10 ** decimals;
  const out: GeoJSON.Position[] = [];
  for (const [x = 0, y = 0] of ring) {
    const p = [Math.round(x * scale) / scale, Math.round(y * scale) / scale];
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

function buildCountries(): Country[] {
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
    (boxInside(ringBox(outer), CRIMEA_BOX) ? crimeaArcs : russiaArcs).push(arcs);
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

  const features: Country[] = [];
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
    if (!polygons.some((rings) => rings[0] && boxesOverlap(ringBox(rings[0]), WINDOW))) continue;
    features.push({
      type: "Feature",
      ...(id ? { id } : {}),
      properties: { name: g.properties?.name ?? "" },
      geometry: { type: "MultiPolygon", coordinates: polygons },
    });
  }
  return features;
}

function encode(features: Country[]): Basemap {
  const body = JSON.stringify({ type: "FeatureCollection", features });
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  // Compressed once: gzip of ~750 KB per request would hold up every other response.
  const gz = gzipSync(body, { level: 9 });
  const gzipped = gz.buffer.slice(gz.byteOffset, gz.byteOffset + gz.byteLength) as ArrayBuffer;
  return { body, gzipped, etag };
}

function getCountries(): Country[] {
  countries ??= buildCountries();
  return countries;
}

function getWorld(): Basemap {
  world ??= encode(getCountries());
  return world;
}

/**
 * The countries reaching into `box`, cut to it, with the points a map of the box's
 * size can tell apart: ~1/2000 of its larger side (0.01° for a 20° area), about half
 * a pixel in a small map's first view and two when zoomed in as far as it goes.
 */
function buildRegion(box: Box): Basemap {
  const tolerance = Math.max(box.east - box.west, box.north - box.south) / 2000;
  const decimals = tolerance >= 0.005 ? 2 : 3;
  const cut = (ring: GeoJSON.Position[]) =>
    roundRing(simplifyLine(clipRing(ring, box), tolerance), decimals);
  const features: Country[] = [];
  for (const country of getCountries()) {
    const polygons: GeoJSON.Position[][][] = [];
    for (const [outer, ...holes] of country.geometry.coordinates) {
      if (!outer || !boxesOverlap(ringBox(outer), box)) continue;
      const shape = cut(outer);
      if (shape.length < 4) continue;
      polygons.push([shape, ...holes.map(cut).filter((ring) => ring.length >= 4)]);
    }
    if (polygons.length === 0) continue;
    features.push({ ...country, geometry: { type: "MultiPolygon", coordinates: polygons } });
  }
  return encode(features);
}

function getRegion(box: Box): Basemap {
  const key = `${box.west},${box.south},${box.east},${box.north}`;
  let region = regions.get(key);
  if (region)
    regions.delete(key); // to the end: the most recently used
  else region = buildRegion(box);
  regions.set(key, region);
  if (regions.size > MAX_REGIONS) regions.delete(regions.keys().next().value!);
  return region;
}

const DEGREES = /^-?\d{1,3}(\.\d+)?$/;

/** ?bbox=west,south,east,north, widened to whole degrees; null when absent, "bad" when unusable. */
function parseBox(value: string | null): Box | null | "bad" {
  if (value === null) return null;
  const parts = value.split(",");
  if (parts.length !== 4 || !parts.every((p) => DEGREES.test(p.trim()))) return "bad";
  const [west = 0, south = 0, east = 0, north = 0] = parts.map(Number);
  const box = {
    west: Math.max(-180, Math.floor(west)),
    south: Math.max(-90, Math.floor(south)),
    east: Math.min(180, Math.ceil(east)),
    north: Math.min(90, Math.ceil(north)),
  };
  return box.west < box.east && box.south < box.north ? box : "bad";
}

export function loader({ request }: LoaderFunctionArgs) {
  const box = parseBox(new URL(request.url).searchParams.get("bbox"));
  if (box === "bad") {
    return new Response("bbox: west,south,east,north in degrees, west < east, south < north", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { body, gzipped, etag } = box ? getRegion(box) : getWorld();
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
