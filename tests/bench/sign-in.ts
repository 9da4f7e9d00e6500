// npm run bench:sign-in [-- --seconds N] [--connections N]
//
// What failed sign-ins cost everyone else: a page's time alone, then the same page while
// N connections post wrong passwords for unknown e-mails, each from an address of its own
// (the server runs behind a pretend proxy, TRUST_PROXY=1, so the per-client limit does
// not stop a spread-out attack and every attempt is checked against a password hash).
// The figure: 16 such connections took /offers from 19 ms to 3.4 s median.
// Both measurements come from the same server in the same run; the ratio is the point.
// It builds the app if needed and sets up a private demo database (db/setup.ts) in a
// temporary directory. Progress and a table go to stderr, one JSON line to stdout.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import {
  ensureBuild,
  freePort,
  get,
  log,
  median,
  startServer,
  stopServer,
  waitForHealth,
} from "./harness";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const PAGE = "/offers";

/** One failed sign-in from a new address, as the attack sends them: its time to the last byte. */
function failedSignIn(base: string, n: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = `email=alone-${n}%40bench.example&password=wrong`;
    const started = performance.now();
    const req = http.request(
      `${base}/login`,
      {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
          origin: base,
          "x-forwarded-for": `198.51.100.${n % 250}`,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () =>
          res.statusCode === 400
            ? resolve(performance.now() - started)
            : reject(new Error(`a failed sign-in answered ${res.statusCode}`)),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Sequential GETs of the page until `until` resolves (or `count` of them): their times. */
async function timePage(base: string, until: Promise<unknown> | null, count = 40) {
  const times: number[] = [];
  let done = false;
  void until?.then(() => (done = true));
  while (until ? !done : times.length < count) {
    const res = await get(`${base}${PAGE}`, { "X-Forwarded-For": "192.0.2.1" });
    if (res.status !== 200) throw new Error(`${PAGE}: ${res.status}`);
    times.push(res.ms);
  }
  return times;
}

async function main() {
  ensureBuild("bench:sign-in");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spolu-bench-sign-in-"));
  const databaseUrl = path.join(dir, "spolu.db");
  log(`bench:sign-in: setting up a demo database in ${dir}`);
  const setup = spawnSync("npx", ["tsx", "db/setup.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (setup.status !== 0) throw new Error("db/setup.ts failed");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(databaseUrl, port, undefined, { TRUST_PROXY: "1" });
  try {
    await waitForHealth(base, server.child, server.output);
    await timePage(base, null, 10); // warm-up
    const alone = median(await timePage(base, null));
    const signIns: number[] = [];
    for (let n = 1; n <= 15; n++) signIns.push(await failedSignIn(base, n));
    const signInAlone = median(signIns);
    log(
      `bench:sign-in: ${PAGE} alone ${alone.toFixed(1)} ms; now ${CONNECTIONS} connections of failed sign-ins for ${SECONDS} s`,
    );

    let attempt = 0;
    const statuses = new Map<number, number>();
    let instance: autocannon.Instance | undefined;
    const attack = new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon(
        {
          url: `${base}/login`,
          connections: CONNECTIONS,
          duration: SECONDS,
          requests: [
            {
              method: "POST",
              setupRequest: (req) => {
                attempt += 1;
                return {
                  ...req,
                  headers: {
                    "content-type": "application/x-www-form-urlencoded",
                    origin: base,
                    // A new address for each attempt: a botnet, not one client.
                    "x-forwarded-for": `10.${(attempt >> 16) & 255}.${(attempt >> 8) & 255}.${attempt & 255}`,
                  },
                  body: `email=nobody-${attempt}%40bench.example&password=wrong-${attempt}`,
                };
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    });
    instance?.on("response", (_client, statusCode) =>
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1),
    );
    const during = await timePage(base, attack);
    const result = await attack;
    const underAttack = median(during);
    const summary = {
      page: PAGE,
      aloneMs: Number(alone.toFixed(1)),
      signInAloneMs: Number(signInAlone.toFixed(1)),
      underAttackMs: Number(underAttack.toFixed(1)),
      slowdown: Number((underAttack / alone).toFixed(2)),
      pageRequests: during.length,
      signInsPerSec: Number(result.requests.average.toFixed(1)),
      signInP50Ms: result.latency.p50,
      statuses: Object.fromEntries(statuses),
    };
    log("");
    log(
      `| ${PAGE} alone | ${PAGE} under attack | slowdown | one failed sign-in alone | failed sign-ins/s | their p50 |`,
    );
    log("|---:|---:|---:|---:|---:|---:|");
    log(
      `| ${summary.aloneMs} ms | ${summary.underAttackMs} ms | ${summary.slowdown}× | ${summary.signInAloneMs} ms | ${summary.signInsPerSec} | ${summary.signInP50Ms} ms |`,
    );
    log(`answers to the sign-ins: ${JSON.stringify(summary.statuses)}`);
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } finally {
    await stopServer(server.child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log(String(error instanceof Error ? (error.stack ?? error.message) : error));
  process.exit(1);
});
