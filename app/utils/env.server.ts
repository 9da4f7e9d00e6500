// Every setting Spolu reads, parsed once at start-up so a typo fails loudly
// instead of at the first request that needs it. README lists them all.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const EnvSchema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("development"),
  DATABASE_URL: z.string().max(2000).optional(),
  /** Comma-separated; the first signs new cookies, the rest still verify (rotation). */
  SESSION_SECRET: z.string().max(2000).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The address the server listens on (0.0.0.0: every interface). */
  HOST: z.string().max(255).default("0.0.0.0"),
  /**
   * How many proxies in front of the app to believe (X-Forwarded-For, -Proto, -Host).
   * 0 (the default): none; the client is the socket's address.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Demo accounts and sample requests; unset: seeded except in production (db/seed.ts). */
  SEED_DEMO: flag.optional(),
  /** Force the Secure cookie flag; by default it follows the request's scheme. */
  COOKIE_SECURE: flag.optional(),
  /**
   * An online tile layer under the maps, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png
   * (only with the provider's permission). Unset: the embedded offline basemap alone.
   */
  MAP_TILE_URL: z
    .string()
    .max(500)
    .refine(
      (u) =>
        /^https:\/\/[^/\s]+\/\S*$/.test(u) && ["{z}", "{x}", "{y}"].every((p) => u.includes(p)),
      "must be an https URL with {z}, {x} and {y}",
    )
    .optional(),
  /** The tile provider's required credit, shown in the map corner. */
  MAP_TILE_ATTRIBUTION: z.string().max(300).default("© OpenStreetMap contributors"),
  /**
   * smtp://user:pass@host:587 or smtps://…:465. Unset: e-mails stay in the outbox
   * table (shown at /admin/outbox) instead of being sent.
   */
  SMTP_URL: z
    .string()
    .max(2000)
    .regex(/^smtps?:\/\/\S+$/, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().max(300).default("Spolu <noreply@spolu.example>"),
  /** Where e-mailed links point, e.g. https://spolu.smocr.cz (default: this machine's port). */
  APP_URL: z
    .string()
    .max(500)
    .regex(/^https?:\/\/[^/\s]+\/?$/, "must be http(s)://host[:port] without a path")
    .optional(),
  /** off: no scheduled jobs in this process (tests, one-off scripts). */
  SPOLU_JOBS: z.enum(["on", "off"]).default("on"),
  /** 1: serve /bench/bare, the baseline page of `npm run bench:http` (only its server sets it). */
  SPOLU_BENCH: z.enum(["0", "1"]).default("0"),
});

/** The absolute base of links in e-mails, without a trailing slash. */
export function appUrl(env: Env = getEnv()): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}

/** The optional online tile layer, as the maps take it. */
export function mapTiles(env: Env = getEnv()): { url: string; attribution: string } | null {
  return env.MAP_TILE_URL ? { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION } : null;
}

/** The tile server's origin, for the Content-Security-Policy (img-src). */
export function tileOrigin(env: Env): string | null {
  return env.MAP_TILE_URL ? new URL(env.MAP_TILE_URL.replace(/\{[a-z]\}/g, "0")).origin : null;
}

export type Env = z.infer<typeof EnvSchema> & { sessionSecrets: string[] };

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  cached = { ...parsed.data, sessionSecrets: sessionSecrets(parsed.data.SESSION_SECRET) };
  return cached;
}

/**
 * Without SESSION_SECRET a random secret is generated once and kept in
 * data/session-secret, so `npm start` works on a fresh machine and sign-ins
 * survive restarts. Deployments with several instances must set it.
 */
function sessionSecrets(configured: string | undefined): string[] {
  const secrets = (configured ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (secrets.length > 0) return secrets;
  const file = path.resolve("data/session-secret");
  if (fs.existsSync(file)) return [fs.readFileSync(file, "utf8").trim()];
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return [secret];
}
