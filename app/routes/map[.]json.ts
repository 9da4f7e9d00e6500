import crypto from "node:crypto";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { selectForMap, toMapData } from "~/models/map.server";
import { getDb } from "~/utils/db.server";
import { getLocale } from "~/utils/locale.server";
import { parseMapParams } from "~/utils/map-params.server";
import { getOptionalUser } from "~/utils/session.server";

// GET /map.json?country=&topic=&population=&size=&q=&min=&layer=… — only what the
// markers and popups need, as arrays (see MapData). A signed-in mayor's copy
// carries their scores, so it is private; the ETag spares the download when
// nothing changed. Bad filters: 400 {"errors":{…}}.
export async function loader({ request }: LoaderFunctionArgs) {
  const [user, locale] = await Promise.all([getOptionalUser(request), getLocale(request)]);
  const isMayor = user?.role === "mayor";
  const params = new URL(request.url).searchParams;
  const { filters, minScore, layers, errors } = parseMapParams(params, locale, isMayor);
  const problems = Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== null));
  if (Object.keys(problems).length > 0) {
    return Response.json({ errors: problems }, { status: 400 });
  }
  const selection = await selectForMap(getDb(), {
    filters,
    minScore,
    layers,
    mayorId: isMayor && user ? user.id : null,
  });
  const body = JSON.stringify(toMapData(selection));
  const etag = `"${crypto.createHash("sha1").update(body).digest("base64url")}"`;
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "private, no-cache",
    Vary: "Cookie",
    ETag: etag,
  };
  if (request.headers.get("If-None-Match") === etag) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { headers });
}
