// npm run bench:map — how quickly /map becomes usable at national scale, and what
// its data weighs. A fresh SQLite database gets the real register of 6,254
// municipalities (40 with a published synthetic profile) and the 2,000 synthetic
// offers (./national-db.ts), the built app is served by remix-serve, and Debian's
// Chromium opens /map in fresh (cold-cache) contexts until the map says it is ready.
// Prints progress to stderr, then as its last line one JSON object with the figures.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import {
  MUNICIPALITY_PROFILE,
  decodeMapData,
  encodeMapData,
  type MapData,
  type MapWire,
} from "~/utils/map-data";
import {
  decode,
  ensureBuild,
  freePort,
  get,
  log,
  median,
  startServer,
  stopServer,
  waitForHealth,
} from "./harness";
import { fillNationalDatabase } from "./national-db";

const TARGET_READY_MS = 1_500;
const TARGET_GZIP_BYTES = 150 * 1024;
const RUNS = 5;
const WARM_UPS = 1;
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (text: string | Buffer) => zlib.gzipSync(text).length;

// ---- The data's weight -----------------------------------------------------------------

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
    "flags",
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

// ---- The browser -------------------------------------------------------------------------

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
  ensureBuild("bench:map");

  log(`bench:map: filling ${databaseFile} …`);
  const counts = await fillNationalDatabase(databaseFile, {
    say: (line) => log(`bench:map: ${line}`),
  });

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
      `${res.wire.length.toLocaleString("en")} bytes (${kb(res.wire.length)}) in ` +
      `${res.ms.toFixed(0)} ms (the first request: nothing cached yet); ` +
      `zlib.gzipSync of the body: ${localGzip.toLocaleString("en")} bytes`,
  );
  if (data.offers.length !== counts.offers || data.municipalities.length !== counts.municipalities)
    throw new Error(
      `/map.json does not carry every row inserted (${counts.offers} offers, ` +
        `${counts.municipalities} municipalities)`,
    );
  // Both kinds of municipality pin: a profile, and a register entry without one.
  const withProfile = data.municipalities.filter((m) => m[7] & MUNICIPALITY_PROFILE).length;
  log(
    `bench:map: municipalities with a profile ${withProfile}, register entries without one ` +
      `${(data.municipalities.length - withProfile).toLocaleString("en")}`,
  );
  if (withProfile !== counts.profiles)
    throw new Error(`/map.json flags ${withProfile} profiles, ${counts.profiles} were published`);
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
