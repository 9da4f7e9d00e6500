// npm run bench:http [-- --quick] [--profiles N] [--db postgres://user@host:port/db]
//
// The server-rendered pages and APIs at national scale, each beside a bare page in
// the same run, so that a busy or slow machine shows in the baseline as much as in
// the pages. It builds the app if needed and fills a private database
// (./national-db.ts: the places, the real register of 6,254 municipalities, 2,500
// published profiles, 2,000 offers, about 3,000 contacts, the public lists'
// partnerships and 200 made through Spolu, a mayor, a foreign town and staff with a
// session each) in a temporary SQLite file, or with --db in a database of its own
// created on that PostgreSQL server and dropped at the end. Then remix-serve serves
// the build as in production (SPOLU_JOBS=off, SPOLU_BENCH=1 for /bench/bare).
// For each page, as a visitor or signed in: warm-ups, then sequential requests (the
// median time to the last byte, and the median of remix-serve's own request log),
// then autocannon with 8 connections for 10 s (requests per second, latency p50 and
// p99). The bare page is measured first and last; the mean is the baseline. The
// server's memory (VmRSS at start, VmHWM at the end) is read from /proc.
// Targets (issue 15), marked in the table and in WARNING lines: every page ≤ 50 ms
// median alone (staff's /matches ≤ 100 ms), public pages ≥ 0.5 of the bare page's
// requests per second, the server under 400 MB. Any non-2xx answer fails the run.
// --quick: six pages, 2 s of load and 15 sequential requests each (under a minute).
// Prints progress and a table to stderr, then as its last stdout line one JSON object.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createCookie } from "@remix-run/node";
import type { DatabaseTarget } from "../../db/dialect";
import {
  BENCH_SESSION_SECRET,
  createPrivatePostgres,
  decode,
  ensureBuild,
  freePort,
  get,
  log,
  median,
  serverMemoryMb,
  startServer,
  stopServer,
  waitForHealth,
} from "./harness";
import { NATIONAL_PROFILES, fillNationalDatabase, type NationalDatabase } from "./national-db";

const NAME = "bench:http";
const CONNECTIONS = 8;
const FULL = { warmUps: 10, sequential: 50, durationS: 10 };
const QUICK = { warmUps: 3, sequential: 15, durationS: 2 };
const TARGET_MEDIAN_MS = 50;
const TARGET_STAFF_MATCHES_MS = 100;
const TARGET_RATIO = 0.5;
const MEMORY_LIMIT_MB = 400;
const BARE = "/bench/bare";
const MATCH_PREVIEW =
  "/api/match-preview?side=foreign&town=Wo%C5%82omin&country=PL&population=53000&interests=culture";

type As = "visitor" | "mayor" | "foreign" | "staff";

interface Row {
  path: string;
  as: As;
  /** Part of --quick. */
  quick?: boolean;
  /** Text the page must contain (a search that finds something). */
  expect?: string;
}

interface Measured extends Row {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  aloneMedianMs: number;
  serverMedianMs: number | null;
  /** Server RSS after the row, MB. */
  rssMb: number | null;
}

// ---- The command line ----------------------------------------------------------------------

interface Options {
  quick: boolean;
  profiles: number;
  /** postgres://… of a server to create the run's database on; null: SQLite. */
  postgres: string | null;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { quick: false, profiles: NATIONAL_PROFILES, postgres: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--quick") options.quick = true;
    else if (arg === "--profiles") {
      options.profiles = Number(argv[++i]);
      if (!Number.isInteger(options.profiles) || options.profiles < 5 || options.profiles > 6254)
        throw new Error("--profiles needs a whole number from 5 to 6254");
    } else if (arg === "--db") {
      options.postgres = argv[++i] ?? "";
      if (!/^postgres(ql)?:\/\//.test(options.postgres))
        throw new Error(
          "--db needs a postgres:// URL, e.g. --db postgres://spolu@127.0.0.1:5432/postgres",
        );
    } else throw new Error(`unknown argument ${arg}; use --quick, --profiles N, --db postgres://…`);
  }
  return options;
}

// ---- What is measured ----------------------------------------------------------------------

function plan(filled: NationalDatabase, quick: boolean): Row[] {
  const town = filled.foreign.town;
  const rows: Row[] = [
    { path: "/", as: "visitor", quick: true },
    { path: "/offers", as: "visitor", quick: true },
    {
      path: `/offers?q=${encodeURIComponent(town)}&country=${filled.foreign.country}`,
      as: "visitor",
      expect: town,
    },
    { path: `/offers/${filled.foreign.offerId}`, as: "visitor" },
    { path: "/municipalities", as: "visitor" },
    { path: `/municipalities/${filled.mayor.municipalityId}`, as: "visitor" },
    { path: "/map", as: "visitor", quick: true },
    { path: "/map.json", as: "visitor" },
    { path: "/api/offers", as: "visitor" },
    { path: "/api/municipalities", as: "visitor", quick: true },
    { path: MATCH_PREVIEW, as: "visitor" },
    { path: "/feed.xml", as: "visitor" },
    { path: "/matches", as: "mayor", quick: true },
    { path: "/matches", as: "foreign" },
    { path: "/matches", as: "staff", quick: true },
    { path: "/me", as: "mayor" },
    { path: "/contacts", as: "mayor" },
    { path: "/contacts", as: "staff" },
    { path: "/admin", as: "staff" },
    { path: "/admin/stats", as: "staff" },
  ];
  const bare: Row = { path: BARE, as: "visitor" };
  return [bare, ...rows.filter((r) => !quick || r.quick), bare];
}

/** Signed as the app signs its session cookie (app/utils/session.server.ts). */
async function sessionCookies(filled: NationalDatabase): Promise<Record<As, string | null>> {
  const cookie = createCookie("spolu_session", { secrets: [BENCH_SESSION_SECRET] });
  const sign = async (sessionId: string) => (await cookie.serialize(sessionId)).split(";")[0]!;
  return {
    visitor: null,
    mayor: await sign(filled.mayor.sessionId),
    foreign: await sign(filled.foreign.sessionId),
    staff: await sign(filled.staff.sessionId),
  };
}

// remix-serve logs each request (morgan "tiny"): "GET /offers 200 15 - 1.234 ms". The
// time is the server's own, from the request's arrival to its response headers.
const REQUEST_LINE = /^GET (\S+) (\d{3}) \S* - ([\d.]+) ms$/;
let serverTimes: Map<string, number[]> | null = null;
function onServerLine(line: string) {
  const m = REQUEST_LINE.exec(line);
  if (!m || !serverTimes) return;
  const times = serverTimes.get(m[1]!) ?? [];
  times.push(Number(m[3]));
  serverTimes.set(m[1]!, times);
}

const describe = (r: Row) => `GET ${r.path} as ${r.as}`;
const ok = (status: number) => status >= 200 && status < 300;

/** The page alone: sequential requests after warm-ups, on loopback and in the server's log. */
async function alone(base: string, row: Row, headers: Record<string, string>, counts: typeof FULL) {
  const times: number[] = [];
  serverTimes = new Map();
  for (let i = 0; i < counts.warmUps + counts.sequential; i++) {
    if (i === counts.warmUps) serverTimes = new Map(); // warm-ups are not counted
    const res = await get(`${base}${row.path}`, headers);
    if (!ok(res.status))
      throw new Error(
        `${describe(row)}: ${res.status} ${decode(res).toString("utf8").slice(0, 300)}`,
      );
    if (i === 0 && row.expect && !decode(res).toString("utf8").includes(row.expect))
      throw new Error(`${describe(row)}: the answer does not contain "${row.expect}"`);
    if (i >= counts.warmUps) times.push(res.ms);
  }
  // Let the last log lines arrive.
  await new Promise((r) => setTimeout(r, 100));
  const server = serverTimes.get(row.path) ?? [];
  serverTimes = null;
  return {
    aloneMedianMs: median(times),
    serverMedianMs: server.length >= counts.sequential / 2 ? median(server) : null,
  };
}

async function underLoad(base: string, row: Row, headers: Record<string, string>, seconds: number) {
  const result = await autocannon({
    url: `${base}${row.path}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers,
  });
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0)
    throw new Error(
      `${describe(row)} under load: ${result.non2xx} non-2xx answers, ${result.errors} errors, ` +
        `${result.timeouts} timeouts (of ${result.requests.total})`,
    );
  return {
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}

// ---- Targets and the report ------------------------------------------------------------------

/** The targets this page misses, as short phrases. */
function misses(p: Measured, baseline: number): string[] {
  const found: string[] = [];
  const limit =
    p.path === "/matches" && p.as === "staff" ? TARGET_STAFF_MATCHES_MS : TARGET_MEDIAN_MS;
  if (p.aloneMedianMs > limit)
    found.push(`median alone ${p.aloneMedianMs.toFixed(1)} ms > ${limit} ms`);
  if (p.as === "visitor" && p.reqPerSec / baseline < TARGET_RATIO)
    found.push(`ratio ${(p.reqPerSec / baseline).toFixed(3)} < ${TARGET_RATIO}`);
  return found;
}

const COLUMNS = [
  ["page", 46],
  ["as", 8],
  ["req/s", 7],
  ["p50", 5],
  ["p99", 5],
  ["ratio", 6],
  ["alone", 7],
  ["server", 7],
  ["RSS MB", 7],
  ["misses", 0],
] as const;

function tableRow(cells: string[]): string {
  return cells
    .map((c, i) => {
      const width = COLUMNS[i]![1];
      return i <= 1 ? c.padEnd(width) : c.padStart(width);
    })
    .join(" ");
}

function printTable(rows: Measured[], baseline: number, bareFirst: Measured, bareLast: Measured) {
  log("");
  log(tableRow(COLUMNS.map(([name]) => name)));
  for (const p of rows) {
    const missed = p.path === BARE ? [] : misses(p, baseline);
    const shown = decodeURIComponent(p.path);
    log(
      tableRow([
        shown.length > 46 ? `${shown.slice(0, 45)}…` : shown,
        p.as,
        p.reqPerSec.toFixed(0),
        String(p.p50Ms),
        String(p.p99Ms),
        (p.reqPerSec / baseline).toFixed(3),
        p.aloneMedianMs.toFixed(1),
        p.serverMedianMs?.toFixed(1) ?? "?",
        p.rssMb?.toFixed(0) ?? "?",
        missed.length > 0 ? `! ${missed.join("; ")}` : "",
      ]),
    );
  }
  const drift = Math.abs(bareFirst.reqPerSec - bareLast.reqPerSec) / baseline;
  log(
    `(req/s with ${CONNECTIONS} connections, p50 and p99 its latency in ms; ratio to the bare ` +
      `page; "alone" the median ms to the last byte of sequential requests, "server" ` +
      `remix-serve's own; the bare page's req/s is the mean of ${bareFirst.reqPerSec.toFixed(0)} ` +
      `at the start and ${bareLast.reqPerSec.toFixed(0)} at the end, ${(drift * 100).toFixed(0)} % apart)`,
  );
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

// ---- Main ----------------------------------------------------------------------------------

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "spolu-bench-http-"));
let server: ChildProcess | null = null;
/** The server's last lines, shown when a page fails (its error is among them). */
let serverOutput: string[] = [];
let dropDatabase: (() => Promise<void>) | null = null;
let cleaning: Promise<void> | null = null;

/** Once, however it is reached (the end, an error, Ctrl-C): server, database, files. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    if (server) {
      log(`${NAME}: stopping the server (pid ${server.pid})`);
      await stopServer(server).catch((e: unknown) => log(`${NAME}: ${String(e)}`));
    }
    if (dropDatabase) {
      log(`${NAME}: dropping the run's PostgreSQL database`);
      await dropDatabase().catch((e: unknown) => log(`${NAME}: ${String(e)}`));
    }
    fs.rmSync(workDir, { recursive: true, force: true });
  })();
  return cleaning;
}

// Ctrl-C reaches this process twice (from the terminal and relayed by tsx), and the
// measuring goes on failing while the server stops: one message, then exit.
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    // Dropping the database cuts the fill's connections if it is still running: their
    // errors are expected now, not a crash to report.
    process.on("uncaughtException", () => undefined);
    log(`${NAME}: ${signal}, cleaning up …`);
    void cleanUp().finally(() => process.exit(130));
  });

/** The run's own database: a file in the work directory, or a new database on the server. */
async function privateDatabase(postgres: string | null): Promise<DatabaseTarget> {
  if (!postgres) return { kind: "sqlite", file: path.join(workDir, "bench-http.db") };
  const created = await createPrivatePostgres(postgres, `spolu_bench_${process.pid}`);
  dropDatabase = created.drop;
  return { kind: "postgres", url: created.url };
}

async function reportFailure(error: unknown) {
  log(`${NAME}: failed: ${error instanceof Error ? error.message : String(error)}`);
  const said = serverOutput.filter((line) => !REQUEST_LINE.test(line)).slice(-30);
  if (said.length > 0) log(`${NAME}: the server's last words:\n${said.join("\n")}`);
  await cleanUp();
}

try {
  const options = parseOptions(process.argv.slice(2));
  const counts = options.quick ? QUICK : FULL;
  ensureBuild(NAME);
  const target = await privateDatabase(options.postgres);
  const databaseUrl = target.kind === "sqlite" ? target.file : target.url;
  log(`${NAME}: filling ${target.kind === "sqlite" ? databaseUrl : "a PostgreSQL database"} …`);
  const filled = await fillNationalDatabase(target, {
    say: (line) => log(`${NAME}: ${line}`),
    profiles: options.profiles,
  });
  const cookies = await sessionCookies(filled);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = startServer(databaseUrl, port, onServerLine, { SPOLU_BENCH: "1" });
  server = started.child;
  serverOutput = started.output;
  const pid = started.child.pid!;
  const s0 = performance.now();
  await waitForHealth(base, started.child, started.output);
  const startMemory = serverMemoryMb(pid);
  log(
    `${NAME}: remix-serve (pid ${pid}) answers on ${base} after ` +
      `${(performance.now() - s0).toFixed(0)} ms with ${startMemory?.rss.toFixed(0) ?? "?"} MB; ` +
      `load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(" ")}`,
  );

  const rows = plan(filled, options.quick);
  const measured: Measured[] = [];
  for (const [i, row] of rows.entries()) {
    // As a browser asks (gzip), with the session cookie of the role.
    const cookie = cookies[row.as];
    const headers: Record<string, string> = {
      Accept: "text/html,application/json",
      "Accept-Encoding": "gzip",
      ...(cookie ? { Cookie: cookie } : {}),
    };
    const seq = await alone(base, row, headers, counts);
    log(
      `${NAME}: [${i + 1}/${rows.length}] ${describe(row)}: median ${seq.aloneMedianMs.toFixed(1)} ms ` +
        `(server ${seq.serverMedianMs?.toFixed(1) ?? "?"} ms); autocannon ${CONNECTIONS} connections × ` +
        `${counts.durationS} s …`,
    );
    const load = await underLoad(base, row, headers, counts.durationS);
    const rssMb = serverMemoryMb(pid)?.rss ?? null;
    log(
      `${NAME}:   ${load.reqPerSec.toFixed(0)} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms; ` +
        `server RSS ${rssMb?.toFixed(0) ?? "?"} MB`,
    );
    measured.push({ ...row, ...seq, ...load, rssMb });
  }
  const peakMemory = serverMemoryMb(pid);

  const bareFirst = measured[0]!;
  const bareLast = measured[measured.length - 1]!;
  const pages = measured.slice(1, -1);
  const baseline = (bareFirst.reqPerSec + bareLast.reqPerSec) / 2;
  printTable(measured, baseline, bareFirst, bareLast);
  log(
    `${NAME}: ${filled.municipalities.toLocaleString("en")} municipalities, ` +
      `${filled.profiles.toLocaleString("en")} profiles, ${filled.offers.toLocaleString("en")} offers, ` +
      `${filled.contacts.toLocaleString("en")} contacts, ` +
      `${filled.partnerships.toLocaleString("en")} partnerships on ${target.kind}; server memory ` +
      `${startMemory?.rss.toFixed(0) ?? "?"} MB at start, peak ${peakMemory?.peak.toFixed(0) ?? "?"} MB`,
  );
  for (const p of pages)
    for (const miss of misses(p, baseline)) log(`WARNING: ${describe(p)}: ${miss}`);
  if (peakMemory && peakMemory.peak > MEMORY_LIMIT_MB)
    log(
      `WARNING: the server's memory peaked at ${peakMemory.peak.toFixed(0)} MB (limit ${MEMORY_LIMIT_MB} MB)`,
    );

  const result = {
    scale: {
      municipalities: filled.municipalities,
      offers: filled.offers,
      profiles: filled.profiles,
      contacts: filled.contacts,
      partnerships: filled.partnerships,
    },
    db: target.kind,
    bare: {
      reqPerSec: Math.round(baseline),
      p50Ms: round((bareFirst.p50Ms + bareLast.p50Ms) / 2),
      p99Ms: round((bareFirst.p99Ms + bareLast.p99Ms) / 2),
    },
    memoryMb: {
      start: startMemory ? round(startMemory.rss) : null,
      peak: peakMemory ? round(peakMemory.peak) : null,
    },
    pages: pages.map((p) => ({
      path: p.path,
      as: p.as,
      reqPerSec: Math.round(p.reqPerSec),
      p50Ms: p.p50Ms,
      p99Ms: p.p99Ms,
      ratio: round(p.reqPerSec / baseline, 3),
      aloneMedianMs: round(p.aloneMedianMs),
      serverMedianMs: p.serverMedianMs === null ? null : round(p.serverMedianMs),
    })),
  };
  await cleanUp();
  log(`${NAME}: server stopped, database deleted`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (error) {
  if (interrupted) await cleanUp();
  else await reportFailure(error);
  process.exitCode = 1;
}
