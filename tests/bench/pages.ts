// npm run bench:pages — server time and throughput of the pages that read all
// 6,254 municipalities, beside a bare page (/healthz) in the same run, so that a
// busy or slow machine shows in the baseline as much as in the pages.
// A fresh SQLite database as for bench:map (./national-db.ts) plus a foreign
// account with a published offer, the built app served by remix-serve; for each
// URL, single sequential requests (the median is the page's server time as seen
// on loopback), then autocannon with 8 connections for 10 s (requests per second).
// Prints a table to stderr, then as its last line one JSON object with the figures.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createCookie } from "@remix-run/node";
import {
  BENCH_SESSION_SECRET,
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

const TARGET_MEDIAN_MS = 50;
const WARM_UPS = 10;
const SEQUENTIAL = 50;
const CONNECTIONS = 8;
const DURATION_S = 10;
const BASELINE = "/healthz";

interface Target {
  url: string;
  /** Sent with the foreign account's session cookie. */
  signedIn?: boolean;
  /** Held to the 50 ms median of the issue. */
  target?: boolean;
}

const TARGETS: Target[] = [
  { url: BASELINE },
  { url: "/municipalities", target: true },
  { url: "/municipalities?kraj=CZ-31&size=lt500&sort=population", target: true },
  { url: "/municipalities?q=lhota&profile=1", target: true },
  { url: "/municipalities?okres=3713&page=2", target: true },
  { url: "/matches", signedIn: true, target: true },
  { url: "/api/municipalities?kraj=CZ-64&per_page=100" },
  {
    url: "/api/match-preview?side=foreign&town=Wo%C5%82omin&country=PL&population=53000&interests=culture",
  },
];

interface Figures {
  url: string;
  status: number;
  bytes: number;
  firstMs: number;
  medianMs: number;
  p90Ms: number;
  serverMs: number | null;
  reqPerSec: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  failures: number;
}

// remix-serve logs each request (morgan "tiny"): "GET /healthz 200 15 - 1.234 ms". The
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

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

async function sequential(base: string, t: Target, headers: Record<string, string>) {
  const times: number[] = [];
  let first = { status: 0, bytes: 0, ms: 0 };
  serverTimes = new Map();
  for (let i = 0; i < WARM_UPS + SEQUENTIAL; i++) {
    if (i === WARM_UPS) serverTimes = new Map(); // warm-ups are not counted
    const res = await get(`${base}${t.url}`, headers);
    if (res.status !== 200)
      throw new Error(`GET ${t.url}: ${res.status} ${res.wire.toString("utf8").slice(0, 300)}`);
    if (i === 0) first = { status: res.status, bytes: res.wire.length, ms: res.ms };
    if (i >= WARM_UPS) times.push(res.ms);
  }
  // Let the last log lines arrive.
  await new Promise((r) => setTimeout(r, 100));
  const server = serverTimes.get(t.url) ?? [];
  serverTimes = null;
  return {
    first,
    medianMs: median(times),
    p90Ms: quantile(times, 0.9),
    serverMs: server.length >= SEQUENTIAL / 2 ? median(server) : null,
  };
}

async function load(base: string, t: Target, headers: Record<string, string>) {
  const result = await autocannon({
    url: `${base}${t.url}`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers,
  });
  return {
    reqPerSec: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

// ---- Main ---------------------------------------------------------------------------------

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "spolu-bench-pages-"));
const databaseFile = path.join(workDir, "bench-pages.db");
let server: ChildProcess | null = null;
let cleaning: Promise<void> | null = null;

/** Once, however it is reached (the end, an error, Ctrl-C): server, database. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    if (server) {
      log(`bench:pages: stopping the server (pid ${server.pid})`);
      await stopServer(server).catch((e: unknown) => log(`bench:pages: ${String(e)}`));
    }
    fs.rmSync(workDir, { recursive: true, force: true });
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    log(`bench:pages: ${signal}, cleaning up …`);
    void cleanUp().finally(() => process.exit(130));
  });

try {
  ensureBuild("bench:pages");
  log(`bench:pages: filling ${databaseFile} …`);
  const filled = await fillNationalDatabase(databaseFile, {
    say: (line) => log(`bench:pages: ${line}`),
    foreignAccount: true,
  });
  if (!filled.foreign) throw new Error("no foreign account was made");
  // Signed as the app signs its session cookie (app/utils/session.server.ts).
  const cookie = (
    await createCookie("spolu_session", { secrets: [BENCH_SESSION_SECRET] }).serialize(
      filled.foreign.sessionId,
    )
  ).split(";")[0]!;

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = startServer(databaseFile, port, onServerLine);
  server = started.child;
  const s0 = performance.now();
  await waitForHealth(base, started.child, started.output);
  log(
    `bench:pages: remix-serve (pid ${started.child.pid}) answers on ${base} after ` +
      `${(performance.now() - s0).toFixed(0)} ms; load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(" ")}`,
  );

  // /healthz again at the end: the baseline is the mean of both, and their difference
  // shows how much the machine's speed drifted during the run.
  const plan = [...TARGETS, TARGETS[0]!];
  const figures: Figures[] = [];
  for (const [i, t] of plan.entries()) {
    // As a browser asks (gzip); the signed-in page with the foreign account's cookie.
    const headers: Record<string, string> = {
      Accept: "text/html,application/json",
      "Accept-Encoding": "gzip",
      ...(t.signedIn ? { Cookie: cookie } : {}),
    };
    const seq = await sequential(base, t, headers);
    log(
      `bench:pages: [${i + 1}/${plan.length}] ${t.url}: first ${seq.first.ms.toFixed(1)} ms, ` +
        `median ${seq.medianMs.toFixed(1)} ms (server ${seq.serverMs?.toFixed(1) ?? "?"} ms); ` +
        `autocannon ${CONNECTIONS} connections × ${DURATION_S} s …`,
    );
    const run = await load(base, t, headers);
    if (run.failures > 0)
      throw new Error(`${t.url}: ${run.failures} non-2xx answers, errors or timeouts under load`);
    figures.push({
      url: t.url,
      status: seq.first.status,
      bytes: seq.first.bytes,
      firstMs: seq.first.ms,
      medianMs: seq.medianMs,
      p90Ms: seq.p90Ms,
      serverMs: seq.serverMs,
      ...run,
    });
  }

  const [before, ...rest] = figures;
  const after = rest.pop()!;
  const baseline = (before!.reqPerSec + after.reqPerSec) / 2;
  const pages = [{ ...before!, reqPerSec: baseline }, ...rest];
  const drift = Math.abs(before!.reqPerSec - after.reqPerSec) / baseline;

  const cols = [
    ["url", 58],
    ["KB gz", 7],
    ["first", 7],
    ["median", 7],
    ["p90", 7],
    ["server", 7],
    ["req/s", 8],
    ["ratio", 6],
    ["lat p99", 8],
  ] as const;
  const row = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(cols[i]![1]) : c.padStart(cols[i]![1]))).join(" ");
  log("");
  log(row(cols.map(([name]) => name)));
  for (const p of pages) {
    const miss = p.url !== BASELINE && TARGETS.find((t) => t.url === p.url)?.target;
    log(
      row([
        p.url.slice(0, 58),
        (p.bytes / 1024).toFixed(1),
        p.firstMs.toFixed(1),
        p.medianMs.toFixed(1) + (miss && p.medianMs > TARGET_MEDIAN_MS ? "!" : ""),
        p.p90Ms.toFixed(1),
        p.serverMs?.toFixed(1) ?? "?",
        p.reqPerSec.toFixed(0),
        (p.reqPerSec / baseline).toFixed(3),
        String(p.latencyP99Ms),
      ]),
    );
  }
  log(
    `(ms; "first" is the first request after start, nothing cached; "server" is remix-serve's ` +
      `own time; /healthz req/s is the mean of ${before!.reqPerSec.toFixed(0)} at the start and ` +
      `${after.reqPerSec.toFixed(0)} at the end, ${(drift * 100).toFixed(0)} % apart)`,
  );
  const missed = pages.filter(
    (p) => TARGETS.find((t) => t.url === p.url)?.target && p.medianMs > TARGET_MEDIAN_MS,
  );
  for (const p of missed)
    log(`WARNING: ${p.url} median ${p.medianMs.toFixed(1)} ms misses the target (≤ 50 ms)`);

  const result = {
    loadAverage: round(os.loadavg()[0]!, 2),
    baselineDrift: round(drift, 3),
    pages: Object.fromEntries(
      pages.map((p) => [
        p.url,
        {
          medianMs: round(p.medianMs),
          serverMs: p.serverMs === null ? null : round(p.serverMs),
          reqPerSec: Math.round(p.reqPerSec),
          ratio: round(p.reqPerSec / baseline, 4),
        },
      ]),
    ),
  };
  await cleanUp();
  log("bench:pages: server stopped, database deleted");
  process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (error) {
  log(`bench:pages: failed: ${error instanceof Error ? error.message : String(error)}`);
  await cleanUp();
  process.exitCode = 1;
}
