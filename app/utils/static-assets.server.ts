// The built browser assets (Remix's public/build): file names carry a content hash, so a
// file never changes while the server runs. Each is read and gzipped once, on its first
// request, and then answered from memory in one write. A page loads some forty of them
// through the browser's six connections; streaming each through the file system and
// zlib (express.static behind compression) took several event-loop turns per file, which
// queued up behind other work on a busy machine (docs/benchmarks.md, bench:map).
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import express, { type NextFunction, type Request, type Response } from "express";

interface Asset {
  type: string;
  etag: string;
  raw: Buffer;
  /** Null when gzip would not make it smaller (images, tiny files). */
  gzip: Buffer | null;
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|xml)|image\/svg)/;
const MAX_AGE = "public, max-age=31536000, immutable";

function load(file: string): Asset {
  const raw = fs.readFileSync(file);
  const type = express.static.mime.lookup(file);
  const gzipped = COMPRESSIBLE.test(type) ? gzipSync(raw, { level: 9 }) : null;
  return {
    type:
      type.startsWith("text/") || type === "application/javascript"
        ? `${type}; charset=utf-8`
        : type,
    // The name's hash already identifies the content; the size makes a cheap validator.
    etag: `"${raw.length.toString(16)}-${path.basename(file)}"`,
    raw,
    gzip: gzipped && gzipped.length < raw.length ? gzipped : null,
  };
}

/** Serves `directory`'s files for a year from memory; anything else goes on to `next`. */
export function immutableAssets(directory: string) {
  const root = path.resolve(directory);
  const cache = new Map<string, Asset>();
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    let asset = cache.get(relative);
    if (!asset) {
      const file = path.join(root, relative);
      // Nothing outside the build directory, no directories, no dot files.
      if (!file.startsWith(root + path.sep) || relative.includes("\0")) return next();
      if (relative.split("/").some((part) => part.startsWith("."))) return next();
      try {
        if (!fs.statSync(file).isFile()) return next();
        asset = load(file);
      } catch {
        return next();
      }
      cache.set(relative, asset);
    }
    res.setHeader("Cache-Control", MAX_AGE);
    res.setHeader("ETag", asset.etag);
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("Content-Type", asset.type);
    if (req.headers["if-none-match"] === asset.etag) return void res.status(304).end();
    const body = asset.gzip && req.acceptsEncodings("gzip") ? asset.gzip : asset.raw;
    if (body === asset.gzip) res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Content-Length", body.length);
    res.end(req.method === "HEAD" ? undefined : body);
  };
}
