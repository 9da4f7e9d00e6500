import { appUrl } from "~/utils/env.server";

/** Pages that belong to one signed-in person or to staff: nothing for a search engine. */
const PRIVATE = [
  "/admin",
  "/contacts",
  "/matches",
  "/me",
  "/notifications",
  "/offers/new",
  "/*/edit",
  "/*/claim",
];

// GET /robots.txt — everything public may be crawled; where the sitemap is.
export function loader() {
  const lines = [
    "User-agent: *",
    ...PRIVATE.map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${appUrl()}/sitemap.xml`,
  ];
  return new Response(`${lines.join("\n")}\n`, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    },
  });
}
