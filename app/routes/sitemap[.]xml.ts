import type { LoaderFunctionArgs } from "@remix-run/node";
import { listPublicMunicipalityStamps } from "~/models/municipality.server";
import { listPublicOfferStamps } from "~/models/offer.server";
import { xmlText } from "~/features/open-data/atom";
import { getDb } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";

/** The public pages that are not one record's (each linked from the header or the footer). */
const PAGES = [
  "/",
  "/offers",
  "/municipalities",
  "/map",
  "/partnerships",
  "/funding",
  "/open-data",
  "/about",
  "/help",
  "/privacy",
  "/terms",
];

// GET /sitemap.xml — every page a visitor may read, for search engines (sitemaps.org 0.9):
// the lists, each published offer and each municipality of the register (about 8,300
// addresses at national scale, under the protocol's 50,000). An offer's or municipality's
// <lastmod> is its last change. Addresses are the app's own (APP_URL), as the pages'
// canonical links are; the languages are linked from each page (hreflang).
export async function loader(_: LoaderFunctionArgs) {
  const db = getDb();
  const origin = appUrl();
  const [offers, municipalities] = await Promise.all([
    listPublicOfferStamps(db),
    listPublicMunicipalityStamps(db),
  ]);
  const url = (path: string, lastmod?: string) =>
    `<url><loc>${xmlText(`${origin}${path}`)}</loc>${
      lastmod ? `<lastmod>${xmlText(lastmod.slice(0, 10))}</lastmod>` : ""
    }</url>`;
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...PAGES.map((path) => url(path)),
    ...offers.map((o) => url(`/offers/${o.id}`, o.updatedAt)),
    ...municipalities.map((m) => url(`/municipalities/${m.id}`, m.updatedAt)),
    "</urlset>",
  ].join("\n");
  return new Response(`${xml}\n`, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    },
  });
}
