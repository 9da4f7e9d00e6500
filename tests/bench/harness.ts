// What the benchmarks that serve the built app share: an up-to-date build, a free
// port, remix-serve started (and stopped) by its own PID, its memory, raw GETs, and
// a private PostgreSQL database for a run.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import zlib from "node:zlib";
import pg from "pg";
import { serveCommand } from "../support/serve-command";

export const log = (line: string) => process.stderr.write(`${line}\n`);

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The signing secret the benchmark servers run with (never a real one). */
export const BENCH_SESSION_SECRET = "bench-only-secret-not-for-production";

// ---- An up-to-date build ------------------------------------------------------------------

/** The newest modification time under the sources a build depends on. */
function newestSource(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (entry === path.join("public", "build")) return 0; // the output itself
  return Math.max(0, ...fs.readdirSync(entry).map((c) => newestSource(path.join(entry, c))));
}

/** Runs `remix build` when build/index.js is missing or older than app/, public/ or remix.config.js. */
export function ensureBuild(name: string): void {
  const output = "build/index.js";
  const sources = Math.max(...["app", "public", "remix.config.js"].map(newestSource));
  if (fs.existsSync(output) && fs.statSync(output).mtimeMs >= sources) {
    log(`${name}: ${output} is newer than app/, public/ and remix.config.js: no build`);
    return;
  }
  log(
    fs.existsSync(output)
      ? `${name}: ${output} is older than the sources: running remix build …`
      : `${name}: no ${output}: running remix build …`,
  );
  const started = performance.now();
  // The build's own output goes to stderr too: stdout carries only the result.
  const result = spawnSync(path.resolve("node_modules/.bin/remix"), ["build"], {
    stdio: ["ignore", 2, 2],
  });
  if (result.status !== 0) throw new Error("remix build failed (see above).");
  log(`${name}: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// ---- The server ------------------------------------------------------------------------------

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Fetched {
  status: number;
  headers: http.IncomingHttpHeaders;
  wire: Buffer;
  /** From sending the request to the last byte of the body. */
  ms: number;
}

/** One GET with the raw bytes as sent (node:http does not decompress). */
export function get(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
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

export function decode(res: Fetched): Buffer {
  const encoding = res.headers["content-encoding"];
  if (encoding === "gzip") return zlib.gunzipSync(res.wire);
  if (encoding === "br") return zlib.brotliDecompressSync(res.wire);
  if (encoding === "deflate") return zlib.inflateSync(res.wire);
  return res.wire;
}

/**
 * The built app served as `npm start` serves it, without scheduled jobs.
 * `databaseUrl` is a SQLite file or a postgres:// URL; `onLine` sees every line it
 * prints (its request log among them); `env` adds settings (SPOLU_BENCH=1).
 */
export function startServer(
  databaseUrl: string,
  port: number,
  onLine?: (line: string) => void,
  env: Record<string, string> = {},
): { child: ChildProcess; output: string[] } {
  const output: string[] = [];
  // package.json's "serve", as `npm start` runs it; through `exec`, so the PID held is
  // the server's own.
  const child = spawn("sh", ["-c", `exec ${serveCommand()}`], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      SPOLU_JOBS: "off",
      SESSION_SECRET: BENCH_SESSION_SECRET,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The last lines are kept for the error message if the server fails.
  let partial = "";
  const keep = (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      if (!line) continue;
      onLine?.(line);
      output.push(line);
    }
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, output };
}

export async function waitForHealth(base: string, server: ChildProcess, output: string[]) {
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

export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  process.kill(server.pid, "SIGTERM");
  const timer = setTimeout(() => server.pid && process.kill(server.pid, "SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * The server's resident memory now and its peak so far (VmRSS and VmHWM of
 * /proc/<pid>/status, in MB); null where /proc is missing or the process is gone.
 */
export function serverMemoryMb(pid: number): { rss: number; peak: number } | null {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return null;
  }
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1]);
  const rss = kb("VmRSS");
  const peak = kb("VmHWM");
  return Number.isFinite(rss) && Number.isFinite(peak)
    ? { rss: rss / 1024, peak: peak / 1024 }
    : null;
}

// ---- A private PostgreSQL database ------------------------------------------------------------

function onDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty database `name` on the server of `url` (whose own database is used
 * only to create and drop it), and how to drop it again with whatever is still
 * connected to it.
 */
export async function createPrivatePostgres(
  url: string,
  name: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  await adminQuery(url, `CREATE DATABASE ${name}`);
  return {
    url: onDatabase(url, name),
    drop: () => adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
