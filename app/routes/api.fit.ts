import type { LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { topReasons } from "~/domain/scoring";
import { explanationText } from "~/i18n/phrases.server";
import { explainPair } from "~/models/match.server";
import { getOwnedMunicipality } from "~/models/municipality.server";
import { getPublishedOffer } from "~/models/offer.server";
import { FitQuerySchema, type FitAnswerSchema } from "~/features/open-data/app-api-schemas.server";
import { getDb } from "~/utils/db.server";
import { getLocale } from "~/utils/locale.server";
import { getOptionalUser } from "~/utils/session.server";

// GET /api/fit?offer=ID — a signed-in mayor's score for one published offer and
// its top reason, in the reader's language (the map's popups load it on open).
// 401 signed out, 403 for other roles or without a profile, 404 unknown offer.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (user.role !== "mayor") return Response.json({ error: "Mayors only." }, { status: 403 });
  const parsed = FitQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json({ errors: { offer: "offer must be a positive id" } }, { status: 400 });
  }
  const db = getDb();
  const [locale, own, offer] = await Promise.all([
    getLocale(request),
    getOwnedMunicipality(db, user.id),
    getPublishedOffer(db, parsed.data.offer),
  ]);
  if (!own) return Response.json({ error: "No municipality profile." }, { status: 403 });
  if (!offer) return Response.json({ error: "Not found." }, { status: 404 });
  const result = await explainPair(db, own, offer, "municipality");
  const [top] = topReasons(result, 1);
  const body: z.infer<typeof FitAnswerSchema> = {
    score: result.score,
    reason: top ? explanationText(top.text, locale) : "",
  };
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
