import type { MetaFunction } from "@remix-run/node";
import { getEnv } from "~/utils/env.server";

// GET /bench/bare — the baseline of `npm run bench:http`: a page in the normal layout
// (the root loader, the header and footer, the document) whose own loader reads no
// data, so that each page's throughput can be set against it in the same run. Only
// the benchmark's server sets SPOLU_BENCH=1; everywhere else this is an unknown URL.
export async function loader() {
  if (getEnv().SPOLU_BENCH !== "1") throw new Response("Not found", { status: 404 });
  return null;
}

export const meta: MetaFunction = () => [
  { title: "Měření — Spolu" },
  { name: "robots", content: "noindex" },
];

export default function BenchBare() {
  return (
    <article>
      <h1>Měření</h1>
      <p>Stránka bez dat, se kterou měření výkonu porovnává ostatní stránky.</p>
    </article>
  );
}
