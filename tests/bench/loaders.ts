// npm run bench:loaders [-- /path …]
//
// Where a page's server time goes, without HTTP or rendering: each page's loader
// called in this process, on the same national-scale SQLite database as bench:http
// (./national-db.ts, 2,500 profiles), as a visitor or signed in. For each page: the
// median and p90 of 30 calls after 5 warm-ups, and the SQL statements that took
// the most time per call (better-sqlite3's statements timed one by one). What a
// page spends beyond its loader (rendering, compression) shows as the difference
// to bench:http's times. Paths on the command line pick pages by prefix.
// Prints a report to stderr and, as its last stdout line, one JSON object.
// For a CPU profile of the same calls: node --cpu-prof --import tsx tests/bench/loaders.ts
import fs from "node:fs";
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createCookie } from "@remix-run/node";
import { BENCH_SESSION_SECRET, log, median } from "./harness";
import { fillNationalDatabase } from "./national-db";

// Route modules import stylesheets, which only the Remix compiler understands.
register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(s, c, next) {
        return s.endsWith(".css") ? { url: "data:text/javascript,export default ''", shortCircuit: true } : next(s, c);
      }`,
    ),
);

const WARM_UPS = 5;
const CALLS = 30;
const PROFILES = 2_500;

type As = "visitor" | "mayor" | "foreign" | "staff";
interface Page {
  route: string;
  path: (ids: { municipality: number; offer: number }) => string;
  as: As;
}

const PAGES: Page[] = [
  { route: "root", path: () => "/", as: "visitor" },
  { route: "_index", path: () => "/", as: "visitor" },
  { route: "offers._index", path: () => "/offers", as: "visitor" },
  { route: "offers.$id", path: (ids) => `/offers/${ids.offer}`, as: "visitor" },
  { route: "municipalities._index", path: () => "/municipalities", as: "visitor" },
  {
    route: "municipalities.$id",
    path: (ids) => `/municipalities/${ids.municipality}`,
    as: "visitor",
  },
  { route: "matches", path: () => "/matches", as: "mayor" },
  { route: "matches", path: () => "/matches", as: "foreign" },
  { route: "matches", path: () => "/matches", as: "staff" },
  { route: "me", path: () => "/me", as: "mayor" },
  { route: "contacts._index", path: () => "/contacts", as: "staff" },
  { route: "admin._index", path: () => "/admin", as: "staff" },
  { route: "admin.stats", path: () => "/admin/stats", as: "staff" },
];

/** Times every statement better-sqlite3 runs, by its SQL. */
const statements = new Map<string, { calls: number; ms: number }>();
function timeStatements(): void {
  const proto = (Database as unknown as { prototype: { prepare: (sql: string) => unknown } })
    .prototype;
  const prepare = proto.prepare;
  proto.prepare = function (this: unknown, sql: string) {
    const statement = prepare.call(this, sql) as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ["all", "get", "run", "iterate"]) {
      const original = statement[method]!;
      statement[method] = function (this: unknown, ...args: unknown[]) {
        const started = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          const entry = statements.get(sql) ?? { calls: 0, ms: 0 };
          entry.calls++;
          entry.ms += performance.now() - started;
          statements.set(sql, entry);
        }
      };
    }
    return statement;
  } as typeof proto.prepare;
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "spolu-bench-loaders-"));
try {
  const allStatements = process.argv.includes("--all-statements");
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  const file = path.join(workDir, "loaders.db");
  log(`bench:loaders: filling ${file} …`);
  const filled = await fillNationalDatabase(file, {
    say: (line) => log(`bench:loaders: ${line}`),
    profiles: PROFILES,
  });
  const sign = async (id: string) =>
    (await createCookie("spolu_session", { secrets: [BENCH_SESSION_SECRET] }).serialize(id)).split(
      ";",
    )[0]!;
  const cookies: Record<As, string | null> = {
    visitor: null,
    mayor: await sign(filled.mayor.sessionId),
    foreign: await sign(filled.foreign.sessionId),
    staff: await sign(filled.staff.sessionId),
  };
  // The app reads its settings on first use: set before any app module loads.
  Object.assign(process.env, {
    DATABASE_URL: file,
    SPOLU_JOBS: "off",
    SESSION_SECRET: BENCH_SESSION_SECRET,
    NODE_ENV: "production",
  });
  timeStatements();
  const ids = { municipality: filled.mayor.municipalityId, offer: filled.foreign.offerId };
  const results = [];
  for (const page of PAGES) {
    const url = page.path(ids);
    if (only.length > 0 && !only.some((p) => (p === "/" ? url === p : url.startsWith(p)))) continue;
    const mod = (await (page.route === "root"
      ? import("~/root")
      : import(`~/routes/${page.route}.tsx`))) as {
      loader: (args: unknown) => Promise<unknown>;
    };
    const params = /\/(\d+)$/.exec(url) ? { id: /\/(\d+)$/.exec(url)![1]! } : {};
    const cookie = cookies[page.as];
    const call = async () => {
      const request = new Request(`http://localhost${url}`, {
        headers: cookie ? { Cookie: cookie } : {},
      });
      const started = performance.now();
      await mod.loader({ request, params, context: {} });
      return performance.now() - started;
    };
    for (let i = 0; i < WARM_UPS; i++) await call();
    statements.clear();
    const times: number[] = [];
    for (let i = 0; i < CALLS; i++) times.push(await call());
    times.sort((a, b) => a - b);
    const sqlMs = [...statements.values()].reduce((sum, s) => sum + s.ms, 0) / CALLS;
    // Each statement is a round trip to PostgreSQL, where they cost more than here.
    const perCall = [...statements.values()].reduce((sum, s) => sum + s.calls, 0) / CALLS;
    const row = {
      route: page.route,
      path: url,
      as: page.as,
      medianMs: Number(median(times).toFixed(2)),
      p90Ms: Number(times[Math.floor(0.9 * CALLS)]!.toFixed(2)),
      sqlMs: Number(sqlMs.toFixed(2)),
      statements: Number(perCall.toFixed(1)),
    };
    results.push(row);
    log(
      `${`${page.route} ${url} (${page.as})`.padEnd(48)} median ${row.medianMs.toFixed(2).padStart(6)} ms, ` +
        `p90 ${row.p90Ms.toFixed(2).padStart(6)} ms, SQL ${row.sqlMs.toFixed(2).padStart(6)} ms/call ` +
        `in ${row.statements} statements`,
    );
    for (const [sql, s] of [...statements]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, allStatements ? undefined : 3))
      log(
        `    ${(s.ms / CALLS).toFixed(2).padStart(6)} ms × ${(s.calls / CALLS).toFixed(0)}  ` +
          sql.replace(/\s+/g, " ").slice(0, 140),
      );
  }
  process.stdout.write(
    `${JSON.stringify({ loadAverage: Number(os.loadavg()[0]!.toFixed(2)), pages: results })}\n`,
  );
} finally {
  fs.rmSync(workDir, { recursive: true, force: true });
}
process.exit(process.exitCode ?? 0);
