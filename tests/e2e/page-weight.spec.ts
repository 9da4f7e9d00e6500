// What a browser downloads: the home page's scripts within 120 KB gzip, zod kept on
// the server (no page's scripts carry it), and the offer page's small map drawn
// from its area of the basemap rather than the whole ~170 KB of it.
import { gzipSync } from "node:zlib";
import type { Page, Response } from "@playwright/test";
import { expect, test } from "./accounts";
import { expectAccessible, signIn } from "./fixtures";

/** The budget for the scripts of the first page (entry, root, home route, messages). */
const HOME_BUDGET = 120 * 1024;
/** The same for a signed-in person's start page, which loads every message. */
const SIGNED_IN_HOME_BUDGET = 140 * 1024;
/** zod's own class names survive minification. */
const ZOD = /\$ZodType|ZodError/;

interface Script {
  url: string;
  text: string;
  gzip: number;
}

/** Every script `open` makes the page load, until the network is quiet. */
async function scriptsOf(page: Page, open: () => Promise<unknown>): Promise<Script[]> {
  const pending: Promise<Script | null>[] = [];
  const onResponse = (response: Response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith(".js")) return;
    pending.push(
      response.body().then(
        (body) => ({ url: url.pathname, text: body.toString("utf8"), gzip: gzipSync(body).length }),
        () => null,
      ),
    );
  };
  page.on("response", onResponse);
  try {
    await open();
    await page.waitForLoadState("networkidle");
  } finally {
    page.off("response", onResponse);
  }
  return (await Promise.all(pending)).filter((s): s is Script => s !== null);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A seed offer (Montefranco, Italy: far enough from Czechia to need a wide map). */
const TOWN = "Montefranco";
async function offerUrl(page: Page): Promise<string> {
  await page.goto(`/offers?q=${TOWN}`);
  const link = page.getByRole("main").getByRole("link", { name: TOWN, exact: true }).first();
  await expect(link).toHaveAttribute("href", /^\/offers\/\d+$/);
  return (await link.getAttribute("href"))!;
}

test.describe("page weight", () => {
  for (const visit of [
    { who: "a visitor", path: "/", role: null },
    { who: "a visitor in English", path: "/?lang=en", role: null },
    // Cyrillic takes two bytes a letter: the heaviest messages.
    { who: "a visitor in Ukrainian", path: "/?lang=uk", role: null },
  ] as const) {
    test(`the home page's scripts stay within 120 KB gzip for ${visit.who}`, async ({ page }) => {
      const scripts = await scriptsOf(page, () => page.goto(visit.path));
      const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
      const list = scripts.map((s) => `${s.url} ${kb(s.gzip)}`).join("\n");
      test.info().annotations.push({ type: "scripts (gzip)", description: kb(total) });
      expect(total, `scripts of ${visit.path}:\n${list}`).toBeLessThanOrEqual(HOME_BUDGET);
      // The page is usable: hydrated with its own language.
      await expect(page.locator("html")).toHaveAttribute("data-messages", "core");
      expect(
        scripts.filter((s) => /^\/i18n\/[a-z]{2}-more\.js$/.test(s.url)).map((s) => s.url),
        "the home page needs only the core messages (app/i18n/<language>/core.ts)",
      ).toEqual([]);
      expect(scripts.filter((s) => /leaflet/i.test(s.text)).map((s) => s.url)).toEqual([]);
      await expectAccessible(page);
    });
  }

  // Signed in, / is the person's start page: its texts are not core, so it loads every
  // message as the person's other pages do (one module, cached for them all).
  test("a mayor's start page stays within 140 KB gzip of scripts, without the map", async ({
    page,
    accounts,
  }) => {
    await signIn(page, await accounts.newMayor());
    const scripts = await scriptsOf(page, () => page.goto("/"));
    const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
    const list = scripts.map((s) => `${s.url} ${kb(s.gzip)}`).join("\n");
    test.info().annotations.push({ type: "scripts (gzip)", description: kb(total) });
    expect(total, `scripts of /:\n${list}`).toBeLessThanOrEqual(SIGNED_IN_HOME_BUDGET);
    await expect(page.locator("html")).toHaveAttribute("data-messages", "all");
    await expect(page.getByRole("heading", { level: 1, name: /^Dobrý den, / })).toBeVisible();
    expect(scripts.filter((s) => /leaflet/i.test(s.text)).map((s) => s.url)).toEqual([]);
    await expectAccessible(page);
  });

  test("no page loads zod, for a visitor or a mayor", async ({ page, accounts }) => {
    test.slow(); // a dozen pages
    const offer = await offerUrl(page);
    const visitorPages = ["/", "/offers", offer, "/municipalities", "/map", "/funding", "/login"];
    const mayorPages = ["/matches", "/me", "/contacts", "/notifications"];
    const withZod: string[] = [];
    const check = async (path: string) => {
      const scripts = await scriptsOf(page, () => page.goto(path));
      expect(scripts.length, `scripts of ${path}`).toBeGreaterThan(0);
      for (const s of scripts) if (ZOD.test(s.text)) withZod.push(`${path}: ${s.url}`);
    };
    for (const path of visitorPages) await check(path);
    await signIn(page, await accounts.newMayor());
    for (const path of mayorPages) await check(path);
    expect(withZod, "scripts with zod").toEqual([]);
  });

  test("the offer page's map draws its area of the basemap, not all of it", async ({ page }) => {
    const offer = await offerUrl(page);
    const basemaps: { search: string; gzip: number }[] = [];
    page.on("response", async (response) => {
      const url = new URL(response.url());
      if (url.pathname !== "/basemap.json") return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      basemaps.push({ search: url.search, gzip: gzipSync(body).length });
    });
    await page.goto(offer);
    const map = page.getByRole("region", { name: `Poloha: ${TOWN}` });
    await expect(map).toHaveClass(/leaflet-container/);
    // The country shapes are drawn on the map's canvas once they have arrived.
    await expect(map.locator(".leaflet-basemap-pane canvas")).toHaveCount(1);
    await page.waitForLoadState("networkidle");
    // Each response is recorded once its body has been read: poll rather than read once.
    await expect
      .poll(() => basemaps.map((b) => b.search))
      .toEqual([expect.stringMatching(/^\?bbox=-?\d+,-?\d+,-?\d+,-?\d+$/)]);
    expect(basemaps[0]!.gzip, "the area's basemap, gzip").toBeLessThan(40 * 1024);
    // Zoomed out as far as its area allows: the edge of the area is never in view.
    await expect(map.getByRole("button", { name: "Oddálit" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await expectAccessible(page);
  });
});
