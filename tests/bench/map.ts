// npm run bench:map — how quickly /map becomes usable at national scale, and what
// it weighs. A fresh SQLite database gets the national data of ./national-db.ts (the
// real register of 6,254 municipalities, 40 with a published synthetic profile, the
// 2,000 synthetic offers, and whatever partnerships it holds), the built app is served
// by remix-serve, the page's HTML and /map.json are weighed and timed on the server,
// and Debian's Chromium opens /map, every layer on (a visitor's default, checked on
// the page), in fresh (cold-cache) contexts until the map says it is ready.
// Prints progress to stderr, then as its last line one JSON object with the figures.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { createDatabase, toCount } from "../../db/dialect";
import {
  MUNICIPALITY_PROFILE,
  decodeMapData,
  encodeMapData,
  type MapData,
  type MapWire,
} from "~/domain/map-data";
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
const TARGET_HTML_BYTES = 100 * 1024;
const TARGET_HTML_MS = 50;
/** A visitor's first view: every layer a visitor may see is on (checked in each run). */
const PAGE = "/map";
const VISITOR_LAYERS = ["offers", "municipalities", "partnerships"];
const HTML_RUNS = 30;
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

/** `--profile FILE`: a CPU profile of the page's main thread in one more run, not counted. */
const PROFILE_FILE = fileOption("--profile");
/** `--trace FILE`: Chromium's performance trace of that run (DevTools' Performance panel). */
const TRACE_FILE = fileOption("--trace");

function fileOption(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const file = process.argv[at + 1];
  if (!file || file.startsWith("--")) throw new Error(`${name} needs a file name`);
  return file;
}

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

// ---- The page's HTML: the list beside the map pages, the map reads /map.json ----------

interface PageWeight {
  /** The largest HTML of the pages weighed, uncompressed, and its gzip size. */
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Median server time of a request for the page, gzip accepted, one at a time. */
  htmlServerMs: number;
}

/**
 * `/map` as a visitor first sees it, with a later page of each list, and in English:
 * HTML bytes and server time (after one request fills the caches).
 */
async function weighPage(base: string): Promise<PageWeight> {
  const urls = [PAGE, `${PAGE}?page=50&mpage=150&ppage=30`, `${PAGE}?lang=en`];
  let htmlBytes = 0;
  let htmlGzipBytes = 0;
  for (const url of urls) {
    const res = await get(`${base}${url}`, { "Accept-Encoding": "gzip" });
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`);
    const html = decode(res);
    log(
      `bench:map: GET ${url}: ${html.length.toLocaleString("en")} bytes of HTML ` +
        `(${kb(html.length)}), ${kb(res.wire.length)} on the wire`,
    );
    if (html.length > htmlBytes) [htmlBytes, htmlGzipBytes] = [html.length, res.wire.length];
  }
  const timings: number[] = [];
  for (let i = 0; i < HTML_RUNS; i++)
    timings.push(
      (
        await get(`${base}${PAGE}?mpage=${i + 1}&ppage=${(i % 5) + 1}`, {
          "Accept-Encoding": "gzip",
        })
      ).ms,
    );
  const htmlServerMs = median(timings);
  log(
    `bench:map: GET ${PAGE} (another page of the lists each time) answered in ` +
      `${htmlServerMs.toFixed(1)} ms (median of ${HTML_RUNS}; ` +
      `${Math.min(...timings).toFixed(1)}–${Math.max(...timings).toFixed(1)} ms)`,
  );
  return { htmlBytes, htmlGzipBytes, htmlServerMs };
}

/** Partnerships others may see, as the database holds them (with a place or not). */
async function partnershipsInDatabase(file: string): Promise<number> {
  const db = createDatabase({ kind: "sqlite", file });
  try {
    const row = await db
      .selectFrom("partnerships")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("removed_at", "is", null)
      .executeTakeFirstOrThrow();
    return toCount(row.n);
  } finally {
    await db.destroy();
  }
}

// ---- The browser -------------------------------------------------------------------------

interface Run {
  readyMs: number;
  source: "mark" | "wall clock";
  markers: number;
  icons: number;
  /** Partnership lines drawn, and the layers ticked in the page's form. */
  lines: number;
  layers: string[];
  dataEnd: number | null;
  /** The page's own marks: the map's module ran, its data decoded. */
  moduleMark: number | null;
  /** Every "spolu:" mark of the page, in order: "name ms, …". */
  marks: string;
  dataMark: number | null;
  dcl: number | null;
  basemapEnd: number | null;
  transferred: number;
  /** What happened when, for the progress output: [what, start, first byte, end, bytes]. */
  /** What, start, sent (after any queueing in the browser), first byte, end, bytes. */
  waterfall: [string, number, number, number, number, number][];
  errors: string[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Self time per function (and per script) of a CPU profile, the largest first. */
function summariseProfile(profile: {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000),
  );
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) continue;
    const script = frame.url ? new URL(frame.url, "http://x").pathname : "(native)";
    const name = `${frame.functionName || "(anonymous)"} ${script}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  log("    CPU by script (self time, ms):");
  for (const [script, ms] of top(byScript, 8)) log(`      ${ms.toFixed(0).padStart(5)}  ${script}`);
  log("    CPU by function (self time, ms):");
  for (const [name, ms] of top(byFunction, 15)) log(`      ${ms.toFixed(0).padStart(5)}  ${name}`);
}

async function measure(browser: Browser, base: string, analyse = false): Promise<Run> {
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
    const cdp = analyse && PROFILE_FILE ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
    }
    if (analyse && TRACE_FILE)
      await browser.startTracing(page, {
        path: TRACE_FILE,
        screenshots: false,
        categories: [
          "devtools.timeline",
          "v8",
          "v8.execute",
          "disabled-by-default-devtools.timeline",
          "blink.user_timing",
          "loading",
        ],
      });
    const started = performance.now();
    await page.goto(`${base}${PAGE}`, { waitUntil: "commit" });
    await page
      .locator('.leaflet-container[data-ready="true"]')
      .waitFor({ state: "attached", timeout: READY_TIMEOUT_MS })
      .catch((error: unknown) => {
        // What the page said is usually the reason it never got ready.
        throw new Error(
          `${error instanceof Error ? error.message : String(error)}\npage errors: ` +
            (errors.join("\n") || "none"),
        );
      });
    const wall = performance.now() - started;
    if (analyse && TRACE_FILE) {
      await browser.stopTracing();
      log(`    Chromium's trace of this run written to ${TRACE_FILE}`);
    }
    if (cdp && PROFILE_FILE) {
      const { profile } = await cdp.send("Profiler.stop");
      fs.writeFileSync(PROFILE_FILE, JSON.stringify(profile));
      log(`    CPU profile of this run written to ${PROFILE_FILE} (open it in Chrome's DevTools)`);
      summariseProfile(profile as Parameters<typeof summariseProfile>[0]);
    }
    // No named functions inside: tsx's __name helper does not exist in the page.
    const info = await page.evaluate(() => {
      const mark = performance.getEntriesByName("spolu:map-ready")[0];
      const moduleMark = performance.getEntriesByName("spolu:map-module")[0];
      const dataMark = performance.getEntriesByName("spolu:map-data")[0];
      const el = document.querySelector(".leaflet-container");
      const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const nav = performance.getEntriesByType("navigation")[0] as
        PerformanceNavigationTiming | undefined;
      return {
        mark: mark ? mark.startTime : null,
        moduleMark: moduleMark ? moduleMark.startTime : null,
        marks: performance
          .getEntriesByType("mark")
          .filter((m) => m.name.startsWith("spolu:"))
          .map((m) => `${m.name.slice(6)} ${m.startTime.toFixed(0)}`)
          .join(", "),
        dataMark: dataMark ? dataMark.startTime : null,
        markers: Number(el?.getAttribute("data-markers") ?? "0"),
        icons: document.querySelectorAll(".leaflet-marker-icon").length,
        lines: Number(el?.getAttribute("data-partnership-lines") ?? "0"),
        layers: [...document.querySelectorAll<HTMLInputElement>('input[name="layer"]')]
          .filter((box) => box.checked)
          .map((box) => box.value),
        resources: resources.map((r) => ({
          path: new URL(r.name).pathname,
          start: r.startTime,
          sent: r.requestStart,
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
      lines: info.lines,
      layers: info.layers,
      dataEnd: end("/map.json"),
      moduleMark: info.moduleMark,
      marks: info.marks,
      dataMark: info.dataMark,
      dcl: info.document ? info.document.dcl : null,
      basemapEnd: end("/basemap.json"),
      transferred: info.resources.reduce((s, r) => s + r.transfer, 0),
      waterfall: [
        ...(info.document
          ? [
              [
                "/map (document)",
                0,
                0,
                info.document.firstByte,
                info.document.end,
                info.document.transfer,
              ] as Run["waterfall"][number],
            ]
          : []),
        ...info.resources.map(
          (r) =>
            [r.path, r.start, r.sent, r.firstByte, r.end, r.transfer] as Run["waterfall"][number],
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
  // The partnerships layer: every partnership of the database whose partner has a place.
  const listed = await partnershipsInDatabase(databaseFile);
  log(
    `bench:map: partnerships: ${listed.toLocaleString("en")} in the database, ` +
      `${data.partnerships.length.toLocaleString("en")} on the map (both towns placed)`,
  );
  if (listed > 0 && data.partnerships.length === 0)
    throw new Error("the database has partnerships, /map.json draws none");
  if (listed === 0) log("WARNING: no partnerships in the database: the map's lines go unmeasured");

  // Server time alone, for comparison with the browser's waterfall; the page's HTML.
  for (const url of ["/map.json", PAGE]) {
    const timings: number[] = [];
    for (let i = 0; i < 5; i++)
      timings.push((await get(`${base}${url}`, { "Accept-Encoding": "gzip" })).ms);
    log(`bench:map: GET ${url} answered in ${median(timings).toFixed(0)} ms (median of 5)`);
  }
  const html = await weighPage(base);
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
  // A profiled or traced run is slower: one more run, after the measured ones, not counted.
  const analysed = PROFILE_FILE || TRACE_FILE ? WARM_UPS + RUNS : -1;
  for (let i = 0; i < WARM_UPS + RUNS + (analysed >= 0 ? 1 : 0); i++) {
    const run = await measure(browser, base, i === analysed);
    const label =
      i === analysed ? "analysed" : i < WARM_UPS ? "warm-up" : `run ${i - WARM_UPS + 1}`;
    const at = (ms: number | null) => (ms === null ? "?" : `${ms.toFixed(0)} ms`);
    log(
      `  ${label.padEnd(7)} ready ${run.readyMs.toFixed(0)} ms (${run.source}); ` +
        `/map.json done ${at(run.dataEnd)}, /basemap.json done ${at(run.basemapEnd)}, ` +
        `map module ran ${at(run.moduleMark)}, data decoded ${at(run.dataMark)}; ` +
        `${run.markers} markers (${run.icons} icons) for ${points.toLocaleString("en")} points, ` +
        `${run.lines.toLocaleString("en")} partnership lines; ${kb(run.transferred)} transferred`,
    );
    log(`    marks (ms): ${run.marks}`);
    for (const e of run.errors) log(`    page error: ${e}`);
    if (i === WARM_UPS) {
      log(
        "    where the time went (ms from navigation start: start → sent → first byte → end, bytes):",
      );
      // Entries without a response (firstByte 0) are Remix's modulepreload hints, which
      // the CSP ('strict-dynamic', no nonce on the hints) blocks; the modules appear later.
      const hints = run.waterfall.filter(([, , , firstByte, , bytes]) => firstByte === 0 && !bytes);
      for (const [what, start, sent, firstByte, end, bytes] of run.waterfall) {
        if (hints.some((h) => h[0] === what && h[1] === start)) continue;
        log(
          `      ${start.toFixed(0).padStart(5)} → ${sent.toFixed(0).padStart(5)} → ` +
            `${firstByte.toFixed(0).padStart(5)} → ` +
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
    const off = VISITOR_LAYERS.filter((layer) => !run.layers.includes(layer));
    if (off.length > 0) throw new Error(`${PAGE} opened with layers off: ${off.join(", ")}`);
    if (run.lines !== data.partnerships.length)
      throw new Error(`${run.lines} partnership lines drawn for ${data.partnerships.length}`);
    if (i >= WARM_UPS && i !== analysed) runs.push(run);
  }

  const result = {
    readyMs: Math.round(median(runs.map((r) => r.readyMs))),
    dataGzipBytes,
    partnerships: data.partnerships.length,
    htmlBytes: html.htmlBytes,
    htmlGzipBytes: html.htmlGzipBytes,
    htmlServerMs: Math.round(html.htmlServerMs * 10) / 10,
  };
  log(
    `bench:map: readyMs ${result.readyMs} (median of ${RUNS}; target < ${TARGET_READY_MS}), ` +
      `dataGzipBytes ${result.dataGzipBytes} (${kb(result.dataGzipBytes)}; target ≤ ${TARGET_GZIP_BYTES}), ` +
      `htmlBytes ${result.htmlBytes} (target ≤ ${TARGET_HTML_BYTES}), ` +
      `htmlServerMs ${result.htmlServerMs} (target ≤ ${TARGET_HTML_MS})`,
  );
  if (result.htmlBytes > TARGET_HTML_BYTES)
    log(`WARNING: htmlBytes ${result.htmlBytes} misses the target (≤ ${TARGET_HTML_BYTES})`);
  if (result.htmlServerMs > TARGET_HTML_MS)
    log(`WARNING: htmlServerMs ${result.htmlServerMs} misses the target (≤ ${TARGET_HTML_MS} ms)`);
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
