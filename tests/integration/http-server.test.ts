// The server around Remix (app/utils/http-server.server.ts), with a stand-in for the
// Remix build that reports what it was given: the client's address, the URL's scheme,
// and cookies it was asked to set.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BODY_LIMIT_BYTES,
  createServer,
  isCrossSite,
  type FetchHandler,
} from "~/utils/http-server.server";

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body as sent (gzip stays gzip). */
  bytes: Buffer;
}

/** One raw request: every header as given (Host, Origin, X-Forwarded-* included). */
function request(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method: options.method ?? "GET",
        path: options.path ?? "/",
        // A body's length is declared, as browsers do, unless the test sends it chunked.
        headers:
          options.body !== undefined &&
          !Object.keys(options.headers ?? {}).some((h) =>
            /^(content-length|transfer-encoding)$/i.test(h),
          )
            ? { ...options.headers, "Content-Length": String(Buffer.byteLength(options.body)) }
            : options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const bytes = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: bytes.toString("utf8"),
            bytes,
          });
        });
      },
    );
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

// What the stand-in saw, as JSON; with ?cookie it sets one, as signing in does.
const echo: FetchHandler = async (req, context) => {
  const url = new URL(req.url);
  const body = req.method === "POST" ? await req.text() : "";
  // As app/entry.server.tsx does on pages: the server must not send it twice.
  const headers = new Headers({
    "Content-Type": "application/json",
    "X-Content-Type-Options": "nosniff",
  });
  if (url.searchParams.has("cookie"))
    headers.append("Set-Cookie", "spolu_toast=x; Path=/; HttpOnly");
  if (url.searchParams.has("cache")) headers.set("Cache-Control", "public, max-age=60");
  if (url.searchParams.has("html")) headers.set("Content-Type", "text/html; charset=utf-8");
  return new Response(
    JSON.stringify({ client: context.clientAddress, url: req.url, body, bodyLength: body.length }),
    { headers },
  );
};

async function listen(trustProxy: number) {
  const server = createServer({ handler: echo, trustProxy }).listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

describe("the server without a proxy (TRUST_PROXY=0, the default)", () => {
  let s: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    s = await listen(0);
  });
  afterAll(() => new Promise<void>((resolve) => s.server.close(() => resolve())));

  it("takes the client from the socket, whatever X-Forwarded-For says", async () => {
    const answer = await request(s.port, { headers: { "X-Forwarded-For": "203.0.113.9" } });
    expect(JSON.parse(answer.body).client).toBe("127.0.0.1");
  });

  it("believes no forwarded scheme: no HSTS, no Secure added, an http URL", async () => {
    const answer = await request(s.port, {
      path: "/?cookie",
      headers: { "X-Forwarded-Proto": "https" },
    });
    expect(JSON.parse(answer.body).url).toMatch(/^http:\/\//);
    expect(answer.headers["strict-transport-security"]).toBeUndefined();
    expect(answer.headers["set-cookie"]?.[0]).not.toMatch(/Secure/i);
  });

  it("sends nosniff on every answer, once", async () => {
    const answer = await request(s.port, {});
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    const refused = await request(s.port, { method: "POST", headers: { Origin: "null" } });
    expect(refused.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("keeps a public answer cacheable for a visitor", async () => {
    const answer = await request(s.port, { path: "/?cache" });
    expect(answer.headers["cache-control"]).toBe("public, max-age=60");
  });

  it("tells caches that a page's language depends on Accept-Language and the cookie", async () => {
    const page = await request(s.port, { path: "/?html" });
    expect(page.headers.vary).toMatch(/Accept-Language, Cookie/);
    const data = await request(s.port, { path: "/" });
    expect(data.headers.vary ?? "").not.toMatch(/Accept-Language/);
  });

  it("lets no cache keep what answers a signed-in request, or sets a cookie", async () => {
    const signedIn = await request(s.port, {
      path: "/?cache",
      headers: { Cookie: "lang=cs; spolu_session=abc" },
    });
    expect(signedIn.headers["cache-control"]).toBe("private, no-store");
    const cookie = await request(s.port, { path: "/?cookie&cache" });
    expect(cookie.headers["cache-control"]).toBe("private, no-store");
    // A cookie merely ending in the name is not a session.
    const other = await request(s.port, {
      path: "/?cache",
      headers: { Cookie: "x_spolu_session=1" },
    });
    expect(other.headers["cache-control"]).toBe("public, max-age=60");
  });

  it("accepts a form post from its own pages", async () => {
    const answer = await request(s.port, {
      method: "POST",
      headers: {
        Host: `127.0.0.1:${s.port}`,
        Origin: `http://127.0.0.1:${s.port}`,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "a=1",
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).bodyLength).toBe(3);
  });

  it("refuses a form post from another site with a 403 page, never a 500", async () => {
    const attempts: Record<string, string>[] = [
      { Origin: "https://evil.example" },
      { Origin: "null" },
      { "Sec-Fetch-Site": "cross-site" },
    ];
    for (const headers of attempts) {
      const answer = await request(s.port, {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
        body: "a=1",
      });
      expect(answer.status).toBe(403);
      expect(answer.body).toContain("z jiného webu");
      expect(answer.body).toContain("from another site");
    }
  });

  it("answers a body over 1 MB with 413, without reading it", async () => {
    const answer = await request(s.port, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": String(BODY_LIMIT_BYTES + 1),
      },
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("1 MB");
  });

  it("takes form data only (415 for anything else)", async () => {
    for (const type of ["text/plain", "application/json", "multipart/form-data; boundary=x"]) {
      const answer = await request(s.port, {
        method: "POST",
        headers: { "Content-Type": type },
        body: "a=1",
      });
      expect(answer.status).toBe(415);
    }
  });

  it("strips control characters from every form field and query parameter, keeping lines", async () => {
    const fields = new URLSearchParams({
      name: "Kło\u0000dzko\u0007",
      text: "první řádek\r\ndruhý\tsloupec\u000b",
      "k\u0001ey": "x",
    });
    const answer = await request(s.port, {
      method: "POST",
      path: "/offers?q=a%00b%1Bc&country=PL",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: fields.toString(),
    });
    expect(answer.status).toBe(200);
    const seen = JSON.parse(answer.body) as { url: string; body: string };
    expect(Object.fromEntries(new URLSearchParams(seen.body))).toEqual({
      name: "Kłodzko",
      text: "první řádek\r\ndruhý\tsloupec",
      key: "x",
    });
    expect(Object.fromEntries(new URL(seen.url).searchParams)).toEqual({ q: "abc", country: "PL" });
  });

  it("passes clean text on as it came", async () => {
    const answer = await request(s.port, {
      method: "POST",
      path: "/offers?q=Wo%C5%82omin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "town=Wo%C5%82omin&note=a+b",
    });
    const seen = JSON.parse(answer.body) as { url: string; body: string };
    expect(seen.body).toBe("town=Wo%C5%82omin&note=a+b");
    expect(seen.url).toMatch(/\?q=Wo%C5%82omin$/);
  });

  it("answers a body of unknown length with 411", async () => {
    const answer = await request(s.port, {
      method: "POST",
      headers: { "Transfer-Encoding": "chunked", "Content-Type": "text/plain" },
      body: "a=1",
    });
    expect(answer.status).toBe(411);
  });

  it("takes a body of exactly 1 MB", async () => {
    const body = `a=${"b".repeat(BODY_LIMIT_BYTES - 2)}`;
    const answer = await request(s.port, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body,
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).bodyLength).toBe(BODY_LIMIT_BYTES);
  });
});

describe("the server behind one proxy (TRUST_PROXY=1)", () => {
  let s: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    s = await listen(1);
  });
  afterAll(() => new Promise<void>((resolve) => s.server.close(() => resolve())));

  it("takes the client the proxy saw: the last X-Forwarded-For entry, not one the client made up", async () => {
    const answer = await request(s.port, {
      headers: { "X-Forwarded-For": "10.0.0.1, 203.0.113.9" },
    });
    expect(JSON.parse(answer.body).client).toBe("203.0.113.9");
  });

  it("over https: an https URL, HSTS, and Secure on every cookie", async () => {
    const answer = await request(s.port, {
      path: "/?cookie",
      headers: { "X-Forwarded-Proto": "https", "X-Forwarded-Host": "spolu.example" },
    });
    expect(JSON.parse(answer.body).url).toBe("https://spolu.example/?cookie");
    expect(answer.headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    expect(answer.headers["set-cookie"]?.[0]).toMatch(/; Secure$/);
  });

  it("over http: no HSTS", async () => {
    const answer = await request(s.port, { headers: { "X-Forwarded-Proto": "http" } });
    expect(answer.headers["strict-transport-security"]).toBeUndefined();
  });
});

describe("isCrossSite", () => {
  it("compares the Origin's host with the forwarded host, else the Host", () => {
    expect(isCrossSite({ origin: "https://spolu.example", host: "spolu.example" })).toBe(false);
    expect(isCrossSite({ origin: "https://evil.example", host: "spolu.example" })).toBe(true);
    expect(
      isCrossSite({
        origin: "https://spolu.example",
        host: "127.0.0.1:3000",
        forwardedHost: "spolu.example",
      }),
    ).toBe(false);
    expect(isCrossSite({ origin: "not a url", host: "spolu.example" })).toBe(true);
    expect(isCrossSite({ host: "spolu.example" })).toBe(false);
    expect(isCrossSite({ host: "spolu.example", fetchSite: "same-origin" })).toBe(false);
  });
});

describe("the built assets, served from memory", () => {
  let dir: string;
  let s: { server: http.Server; port: number };
  const script = `export const greeting = "${"ahoj ".repeat(400)}";\n`;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "spolu-assets-"));
    fs.mkdirSync(path.join(dir, "_shared"));
    fs.writeFileSync(path.join(dir, "_shared", "chunk-ABC.js"), script);
    fs.writeFileSync(path.join(dir, ".hidden.js"), "SECRET-CONTENT");
    fs.writeFileSync(
      path.join(dir, "..", `spolu-outside-${path.basename(dir)}.js`),
      "OUTSIDE-CONTENT",
    );
    const server = createServer({
      handler: echo,
      trustProxy: 0,
      assets: { publicPath: "/build/", directory: dir },
    }).listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => server.once("listening", resolve));
    s = { server, port: (server.address() as AddressInfo).port };
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => s.server.close(() => resolve()));
    fs.rmSync(path.join(dir, "..", `spolu-outside-${path.basename(dir)}.js`), { force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("answers gzipped, cached for a year, with the same content every time", async () => {
    const raw = await request(s.port, {
      path: "/build/_shared/chunk-ABC.js",
      headers: {
        "Accept-Encoding": "gzip",
      },
    });
    expect(raw.status).toBe(200);
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(raw.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(raw.headers["content-type"]).toMatch(/^application\/javascript; charset=utf-8/);
    expect(raw.headers["x-content-type-options"]).toBe("nosniff");
    expect(Number(raw.headers["content-length"])).toBe(raw.bytes.length);
    expect(zlib.gunzipSync(raw.bytes).toString("utf8")).toBe(script);
    const plain = await request(s.port, { path: "/build/_shared/chunk-ABC.js" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it("answers a known version with 304 and nothing", async () => {
    const first = await request(s.port, { path: "/build/_shared/chunk-ABC.js" });
    const again = await request(s.port, {
      path: "/build/_shared/chunk-ABC.js",
      headers: {
        "If-None-Match": String(first.headers.etag),
      },
    });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
  });

  it("serves nothing outside the directory, no dot file, and passes unknown paths on", async () => {
    for (const p of [
      `/build/../spolu-outside-${path.basename(dir)}.js`,
      `/build/%2e%2e/spolu-outside-${path.basename(dir)}.js`,
      "/build/.hidden.js",
      "/build/_shared/nope.js",
    ]) {
      const answer = await request(s.port, { path: p });
      expect(answer.body, p).not.toMatch(/OUTSIDE-CONTENT|SECRET-CONTENT/);
      // The stand-in for Remix answered (its 404 page in the app).
      expect(answer.headers["content-type"], p).toMatch(/application\/json/);
    }
  });
});
