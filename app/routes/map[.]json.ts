import crypto from "node:crypto";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { gzipSync } from "node:zlib";
import {
  cachedForMap,
  mapCacheKey,
  selectForMap,
  toMapData,
  type NameTown,
} from "~/models/map.server";
import { getDb } from "~/utils/db.server";
import { encodeMapData } from "~/domain/map-data";
import { getLocale } from "~/utils/locale.server";
import { parseMapParams } from "~/features/map/params.server";
import { foreignTownName } from "~/i18n/place-names.server";
import { getOptionalUser } from "~/utils/session.server";

// GET /map.json?country=&topic=&population=&size=&q=&min=&layer=… — only what the
// markers and popups need, as arrays (see MapData). A signed-in mayor's copy
// carries their scores, so it is private; the ETag spares the download when
// nothing changed. Bad filters: 400 {"errors":{…}}.
export async function loader({ request }: LoaderFunctionArgs) {
  const [user, locale] = await Promise.all([getOptionalUser(request), getLocale(request)]);
  const isMayor = user?.role === "mayor";
  const params = new URL(request.url).searchParams;
  const { filters, minScore, layers, profilesOnly, errors } = parseMapParams(
    params,
    locale,
    isMayor,
  );
  const problems = Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== null));
  if (Object.keys(problems).length > 0) {
    return Response.json({ errors: problems }, { status: 400 });
  }
  const db = getDb();
  const input = {
    filters,
    minScore,
    layers,
    profilesOnly,
    mayorId: isMayor && user ? user.id : null,
  };
  const key = mapCacheKey(input);
  // Foreign towns are named in the reader's language, so each language has its own copy.
  const { body, gzipped, etag } = await cachedForMap(db, `json|${locale}|${key}`, async () => {
    const selection = await cachedForMap(db, `selection|${key}`, () => selectForMap(db, input));
    const nameTown: NameTown = (town) => foreignTownName(town, locale);
    const json = JSON.stringify(encodeMapData(toMapData(selection, nameTown)));
    const gz = gzipSync(json);
    return {
      body: json,
      gzipped: gz.buffer.slice(gz.byteOffset, gz.byteOffset + gz.byteLength) as ArrayBuffer,
      etag: `"${crypto.createHash("sha1").update(json).digest("base64url")}"`,
    };
  });
  const headers: Record<string, string> = {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "private, no-cache",
    Vary: "Cookie, Accept-Language, Accept-Encoding",
    ETag: etag,
  };
  if (request.headers.get("If-None-Match") === etag) {
    return new Response(null, { status: 304, headers });
  }
  // Compressed once per version, not per request (the cache keeps both).
  if (/\bgzip\b/.test(request.headers.get("Accept-Encoding") ?? "")) {
    return new Response(gzipped, { headers: { ...headers, "Content-Encoding": "gzip" } });
  }
  return new Response(body, { headers });
}
