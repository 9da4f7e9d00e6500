// The partnership map (/map): clustered offers and municipalities drawn from
// /map.json, the list beside it that must always say the same, filters and
// layers in the URL, popups, a mayor's scores and match lines, the JSON's ETag,
// the page without JavaScript, Leaflet kept out of pages without a map, English.
import type { Locator, Page, Response } from "@playwright/test";
import { decodeMapData, type MapData, type MapWire } from "../../app/domain/map-data";
import { expect, test } from "./accounts";
import { expectAccessible, signIn } from "./fixtures";

type Kind = "offer" | "municipality";

/** /map.json decoded into rows (see app/domain/map-data.ts). */
type MapJson = MapData;

const POLAND = { code: "PL", name: "Polsko" };
const TOPIC = { code: "culture", name: "Kultura" };
const LOADING = "Načítám mapu…";
/** Every Czech municipality of the register has a place on the map. */
const REGISTER_SIZE = 6254;

/** A number as Czech pages write it, any space between the thousands ("4 311"). */
function czechNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, "\\s");
}

function mapContainer(page: Page): Locator {
  return page.locator(".leaflet-container");
}

/** The map has its data and the country shapes drawn. */
async function expectMapReady(page: Page): Promise<void> {
  await expect(mapContainer(page)).toHaveAttribute("data-ready", "true");
}

/** Single markers of one kind. */
function pins(page: Page, kind: Kind): Locator {
  return page.locator(`.leaflet-marker-icon.pin-${kind}`);
}

/** Cluster markers of one kind; their text is the number of points inside. */
function clusters(page: Page, kind: Kind): Locator {
  return page.locator(`.leaflet-marker-icon.cluster-${kind}`);
}

interface Markers {
  /** Single markers. */
  singles: number;
  /** The number shown in each cluster. */
  clusters: number[];
  /** Marker elements, single or clustered. */
  elements: number;
  /** Points represented: single markers plus the counts in the clusters. */
  total: number;
}

/**
 * The markers of one kind, read in one go: the map redraws after every pan and
 * zoom, so counting singles and clusters separately could straddle a redraw.
 * Meant for expect.poll, or for a map a poll has already seen settle.
 */
async function markers(page: Page, kind: Kind): Promise<Markers> {
  const seen = await page.evaluate(
    (k) => ({
      singles: document.querySelectorAll(`.leaflet-marker-icon.pin-${k}`).length,
      clusters: [...document.querySelectorAll(`.leaflet-marker-icon.cluster-${k}`)].map(
        (el) => el.textContent ?? "",
      ),
    }),
    kind,
  );
  // A cluster without its count counts as NaN: no total matches it, and a poll keeps trying.
  const counts = seen.clusters.map((text) => {
    const digits = text.replace(/\D/g, "");
    return digits === "" ? NaN : Number(digits);
  });
  return {
    singles: seen.singles,
    clusters: counts,
    elements: seen.singles + counts.length,
    total: seen.singles + counts.reduce((sum, n) => sum + n, 0),
  };
}

/** Pairs of markers whose boxes overlap, by their titles. */
function overlappingMarkers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll(".leaflet-marker-icon")].map((el) => ({
      title: el.getAttribute("title") ?? "",
      box: el.getBoundingClientRect(),
    }));
    const found: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        if (
          a.box.left < b.box.right &&
          b.box.left < a.box.right &&
          a.box.top < b.box.bottom &&
          b.box.top < a.box.bottom
        )
          found.push(`${a.title} × ${b.title}`);
    return found;
  });
}

/** How many points of one kind the map represents. */
async function represented(page: Page, kind: Kind): Promise<number> {
  return (await markers(page, kind)).total;
}

/** The list's section of offers ("Nabídky na mapě: N") or municipalities ("Obce na mapě: N"). */
function listSection(page: Page, kind: Kind): Locator {
  const name = kind === "offer" ? /^Nabídky na mapě: [\d\s]+$/ : /^Obce na mapě: [\d\s]+$/;
  return page.getByRole("region", { name });
}

/**
 * The N in the section's heading. The lists come with the page from the server: read it
 * inside expect.poll, or after page.goto once the map is ready (nothing changes it then).
 */
async function listCount(page: Page, kind: Kind): Promise<number> {
  const heading = listSection(page, kind).getByRole("heading", { level: 3 });
  const text = (await heading.textContent()) ?? "";
  return Number(text.replace(/^[^:]*:/, "").replace(/\D/g, ""));
}

/** The next /map.json the map fetches (optionally one carrying a query parameter). */
function nextMapJson(page: Page, query?: string): Promise<Response> {
  return page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === "/map.json" && (!query || url.search.includes(query));
  });
}

/** Apply the filter form and wait until the map has fetched its data for the new URL. */
async function applyFilters(page: Page, query?: string): Promise<MapJson> {
  const loaded = nextMapJson(page, query);
  await filters(page).getByRole("button", { name: "Použít filtry" }).click();
  const response = await loaded;
  expect(response.status()).toBe(200);
  return decodeMapData((await response.json()) as MapWire);
}

function filters(page: Page): Locator {
  return page.getByRole("form", { name: "Filtry" });
}

/** A URL query parameter with exactly this value. */
function param(name: string, value: string): RegExp {
  return new RegExp(`[?&]${name}=${value}(?:[&#]|$)`);
}

/** An offer page's title: the town, with a "Ukázka" badge on demo offers. */
function offerHeading(town: string): RegExp {
  return new RegExp(`^${town.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*(Ukázka)?\\s*$`);
}

/**
 * The number on every single offer marker (read in one go); null for a marker
 * without a score, NaN for one whose text is not a whole number of 1–3 digits.
 * Meant for expect.poll.
 */
async function pinScores(page: Page): Promise<(number | null)[]> {
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll(".leaflet-marker-icon.pin-offer")].map((el) =>
      el.classList.contains("pin-score") ? (el.textContent ?? "") : null,
    ),
  );
  return texts.map((text) => {
    if (text === null) return null;
    return /^\d{1,3}$/.test(text.trim()) ? Number(text) : NaN;
  });
}

test.describe("the map for a visitor", () => {
  test("opens from the main navigation; markers, list and /map.json agree on the offers", async ({
    page,
  }) => {
    test.slow(); // the map, its data and an axe check
    await page.goto("/");
    let data = nextMapJson(page);
    await page
      .getByRole("navigation", { name: "Hlavní navigace" })
      .getByRole("link", { name: "Mapa", exact: true })
      .click();
    await expect(page).toHaveURL(/\/map$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mapa partnerství");
    let json!: MapData;
    // Other specs publish offers meanwhile (the database is shared): the list (the page)
    // and the points (/map.json, fetched after it) must agree within one load, so when an
    // offer arrived in between, the check loads the page again.
    let loads = 0;
    await expect(async () => {
      if (loads++ > 0) {
        data = nextMapJson(page);
        await page.reload();
      }
      json = decodeMapData((await (await data).json()) as MapWire);
      await expectMapReady(page);
      expect(json.offers.length, "the seed publishes offers with coordinates").toBeGreaterThan(0);
      expect(await listCount(page, "offer"), "list count = map.json rows").toBe(json.offers.length);
    }).toPass();
    await expect(mapContainer(page)).toHaveAttribute("role", "region");
    await expect(mapContainer(page)).toHaveAttribute(
      "aria-label",
      "Mapa Evropy s nabídkami, obcemi a partnerstvími",
    );
    await expect(page.getByText(LOADING)).toHaveCount(0);

    const listed = json.offers.length;
    await expect.poll(() => represented(page, "offer"), { message: "offer points" }).toBe(listed);
    await expect
      .poll(() => pins(page, "offer").count(), { message: "most offers stand alone" })
      .toBeGreaterThan(0);
    const municipalities = json.municipalities.length;
    await expect.poll(() => listCount(page, "municipality")).toBe(municipalities);
    await expect.poll(() => represented(page, "municipality")).toBe(municipalities);
    // Partnership lines: one per listed partnership.
    const partnerships = page.getByRole("heading", { level: 3, name: /^Partnerství na mapě: / });
    const partnershipCount = json.partnerships.length;
    expect(partnershipCount).toBeGreaterThan(0);
    await expect(partnerships).toHaveText(
      new RegExp(`^Partnerství na mapě: ${czechNumber(partnershipCount)}$`),
    );
    await expect(page.locator(".leaflet-container")).toHaveAttribute(
      "data-partnership-lines",
      String(partnershipCount),
    );
    await expect(page.locator("path.line-partnership")).toHaveCount(1);

    const legend = page.getByRole("region", { name: "Legenda" });
    await expect(legend).toBeVisible();
    await expect(legend.getByRole("listitem")).toHaveText([
      "Nabídka zahraničního města (modrý kruh)",
      "Česká obec s profilem (fialový čtverec)",
      "Obec bez profilu (úřední údaje)",
      "Skupina blízkých bodů s jejich počtem (kruh: nabídky, čtverec: obce); kliknutím přiblížíte",
      "Existující partnerství (tmavá přerušovaná čára)",
    ]);
    const attribution = page.locator(".leaflet-control-attribution");
    await expect(attribution).toContainText("Natural Earth");
    await expect(attribution).toContainText("GeoNames (CC BY 4.0)");
    // Every Czech municipality is the register's: its source is named as its licence asks.
    await expect(attribution).toContainText("ČÚZK RÚIAN (CC BY 4.0)");

    await expectAccessible(page);

    // Paging the list (20 a page) leaves the map alone: no new data, the same points.
    const offers = listSection(page, "offer");
    await expect(offers.getByRole("listitem")).toHaveCount(Math.min(20, listed));
    const pages = Math.ceil(listed / 20);
    if (pages > 1) {
      const refetched: string[] = [];
      page.on("request", (r) => {
        if (new URL(r.url()).pathname === "/map.json") refetched.push(r.url());
      });
      await offers
        .getByRole("navigation", { name: "Stránkování" })
        .getByRole("link", { name: "Další" })
        .click();
      await expect(page).toHaveURL(param("page", "2"));
      await expect(offers.getByText(`Strana 2 z ${pages}`)).toBeVisible();
      await expect(offers.getByRole("listitem")).toHaveCount(Math.min(20, listed - 20));
      // The list is read again from the server: another spec may have published an offer
      // meanwhile (the database is shared), never removed one. The map keeps its data.
      await expect.poll(() => listCount(page, "offer")).toBeGreaterThanOrEqual(listed);
      await expect.poll(() => represented(page, "offer")).toBe(listed);
      expect(refetched, "paging the list does not reload the map").toEqual([]);
    }
  });

  test("nearby municipalities cluster at Europe zoom; clicking a cluster zooms in", async ({
    page,
  }) => {
    await page.goto("/map");
    await expectMapReady(page);
    await expect.poll(() => listCount(page, "municipality")).toBeGreaterThan(1);
    const total = await listCount(page, "municipality");
    await expect.poll(() => represented(page, "municipality")).toBe(total);

    // Read once the poll above has seen every municipality drawn.
    const start = await markers(page, "municipality");
    // No marker covers part of another, whatever their kinds (a finger must hit each one).
    expect(await overlappingMarkers(page)).toEqual([]);
    const biggest = Math.max(0, ...start.clusters);
    expect(biggest, "Czech towns collapse into a cluster").toBeGreaterThan(1);
    expect(start.elements, "fewer markers than municipalities").toBeLessThan(total);

    // Every municipality of the register is on the map: counts run into thousands ("4 311").
    const label = czechNumber(biggest);
    const cluster = clusters(page, "municipality")
      .filter({ hasText: new RegExp(`^${label}$`) })
      .first();
    await expect(cluster).toHaveAttribute(
      "title",
      new RegExp(`^${label} míst, kliknutím přiblížíte$`),
    );
    // Another spec's fresh offers may cluster on top of part of it: the click goes to
    // the group itself, as a click on its visible part would.
    await cluster.dispatchEvent("click");
    // More, smaller groups or single markers; every municipality still counted once.
    await expect
      .poll(
        async () => {
          const now = await markers(page, "municipality");
          return now.elements > start.elements && Math.max(0, ...now.clusters) < biggest;
        },
        { message: "more, smaller clusters after zooming in" },
      )
      .toBe(true);
    await expect
      .poll(() => represented(page, "municipality"), {
        message: "every municipality still on the map",
      })
      .toBe(total);
  });

  test("a country and a topic filter the map and the list together", async ({ page }) => {
    await page.goto("/map");
    await expectMapReady(page);
    const all = await listCount(page, "offer");

    await filters(page).getByLabel("Země").selectOption({ label: POLAND.name });
    const polish = await applyFilters(page, `country=${POLAND.code}`);
    await expect(page).toHaveURL(param("country", POLAND.code));
    // The list comes with the page's loader, the points with /map.json just after: another
    // spec may publish a Polish town in between, never remove one.
    await expect.poll(() => listCount(page, "offer")).toBeGreaterThan(0);
    const count = await listCount(page, "offer");
    expect(count).toBeLessThan(all);
    expect(count).toBeLessThanOrEqual(polish.offers.length);
    expect(polish.offers.every((o) => o[4] === POLAND.code)).toBe(true);
    const items = listSection(page, "offer").getByRole("listitem");
    await expect(items).toHaveCount(count);
    for (const item of await items.all()) await expect(item).toContainText(`· ${POLAND.name} ·`);
    await expect
      .poll(() => represented(page, "offer"), { message: "Polish offer points" })
      .toBe(polish.offers.length);
    // The choice stays in the form.
    await expect(filters(page).getByLabel("Země")).toHaveValue(POLAND.code);

    await filters(page).getByLabel("Země").selectOption({ label: "Jakákoli" });
    await filters(page).getByLabel("Témata").selectOption({ label: TOPIC.name });
    const topical = await applyFilters(page, `topic=${TOPIC.code}`);
    await expect(page).toHaveURL(param("topic", TOPIC.code));
    await expect(page).not.toHaveURL(/[?&]country=PL/);
    await expect.poll(() => listCount(page, "offer")).toBe(topical.offers.length);
    const topicCount = await listCount(page, "offer");
    expect(topicCount).toBeGreaterThan(0);
    expect(topicCount).toBeLessThan(all);
    expect(topical.offers.length).toBe(topicCount);
    await expect
      .poll(() => represented(page, "offer"), { message: "offer points of a topic" })
      .toBe(topicCount);
    // Municipalities are filtered by the topic too, on both sides.
    const municipalities = topical.municipalities.length;
    await expect.poll(() => listCount(page, "municipality")).toBe(municipalities);
    await expect.poll(() => represented(page, "municipality")).toBe(municipalities);
  });

  test("a marker's popup names the town and links to its offer", async ({ page, accounts }) => {
    // A Polish town of this test's own, found by name: other specs' fresh towns may stand
    // near any other pin and cluster with it. Offers only: a municipality cluster near the
    // Czech border could cover a Polish town.
    const offer = await accounts.newOfferWithoutAccount({ country: POLAND.code });
    const town = offer.town;
    await page.goto(`/map?q=${encodeURIComponent(town)}&layers=1&layer=offers`);
    await expectMapReady(page);
    await expect(listSection(page, "offer").getByRole("listitem")).toHaveCount(1);
    const marker = pins(page, "offer").and(page.locator(`[title="${town}"]`));
    await expect(marker).toBeVisible();
    // By keyboard, as markers are focusable.
    await marker.focus();
    await page.keyboard.press("Enter");

    const popup = page.locator(".leaflet-popup");
    await expect(popup).toBeVisible();
    await expect(popup.locator("strong")).toHaveText(town);
    await expect(popup).toContainText(POLAND.name);
    await expect(popup).toContainText(/[\d\s]+ obyvatel/);
    // A visitor has no scores.
    await expect(popup).not.toContainText("Skóre shody");
    const href = `/offers/${offer.id}`;
    const listed = listSection(page, "offer").getByRole("link", { name: town, exact: true });
    await expect(listed).toHaveAttribute("href", href);
    const link = popup.getByRole("link", { name: "Otevřít nabídku" });
    await expect(link).toHaveAttribute("href", href);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(offerHeading(town));
  });

  test("the municipalities and partnerships lists page on their own; the map keeps its data", async ({
    page,
  }) => {
    // The browser's clock, to page later than the map data stays fresh (10 s).
    await page.clock.install();
    await page.goto("/map");
    await expectMapReady(page);
    const refetched: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/map.json") refetched.push(r.url());
    });
    const municipalities = listSection(page, "municipality");
    const partnerships = page.getByRole("region", { name: /^Partnerství na mapě: [\d\s]+$/ });
    const countOf = async (section: Locator) =>
      Number((await section.getByRole("heading", { level: 3 }).textContent())?.replace(/\D/g, ""));
    const next = (section: Locator) =>
      section.getByRole("navigation", { name: "Stránkování" }).getByRole("link", { name: "Další" });
    await expect
      .poll(() => countOf(municipalities), { message: "every municipality of the register" })
      .toBeGreaterThanOrEqual(REGISTER_SIZE);
    await expect
      .poll(() => countOf(partnerships), { message: "the partnerships of the public lists" })
      .toBeGreaterThan(20);
    await expect(municipalities.getByRole("listitem")).toHaveCount(20);
    await expect(partnerships.getByRole("listitem")).toHaveCount(20);
    // Each list's page navigation is named after its list: a screen reader lists them apart.
    await expect(page.getByRole("navigation", { name: /^Stránkování Obce na mapě/ })).toHaveCount(
      1,
    );
    await expect(
      page.getByRole("navigation", { name: /^Stránkování Partnerství na mapě/ }),
    ).toHaveCount(1);
    // Single pins are at least 24 px targets (WCAG 2.2), however small the mark inside.
    const smallest = await page
      .locator(".leaflet-marker-icon.pin-small")
      .evaluateAll((pins) =>
        pins.map((pin) =>
          Math.min(pin.getBoundingClientRect().width, pin.getBoundingClientRect().height),
        ),
      );
    expect(smallest.length, "single pins on the first view").toBeGreaterThan(0);
    expect(Math.min(...smallest)).toBeGreaterThanOrEqual(24);
    // Both lists are on the page now, and nothing changes them until a click.
    const mCount = await countOf(municipalities);
    const mPages = Math.ceil(mCount / 20);
    const pPages = Math.ceil((await countOf(partnerships)) / 20);
    const firstTown = await municipalities.getByRole("listitem").first().textContent();
    const firstPartnership = await partnerships.getByRole("listitem").first().textContent();

    // However long a busy machine took to get here, the map's data is stale by now.
    await page.clock.fastForward("00:11");
    await next(municipalities).click();
    await expect(page).toHaveURL(param("mpage", "2"));
    await expect(municipalities.getByText(`Strana 2 z ${mPages}`)).toBeVisible();
    await expect(municipalities.getByRole("listitem")).toHaveCount(20);
    await expect(municipalities.getByRole("listitem").first()).not.toHaveText(firstTown ?? "");
    // The other lists stay where they were.
    await expect(partnerships.getByRole("listitem").first()).toHaveText(firstPartnership ?? "");

    await next(partnerships).click();
    await expect(page).toHaveURL(param("ppage", "2"));
    await expect(page).toHaveURL(param("mpage", "2"));
    await expect(partnerships.getByText(`Strana 2 z ${pPages}`)).toBeVisible();
    await expect(partnerships.getByRole("listitem").first()).not.toHaveText(firstPartnership ?? "");
    await expect(municipalities.getByText(`Strana 2 z ${mPages}`)).toBeVisible();
    expect(refetched, "paging the lists does not reload the map's data").toEqual([]);

    // The last page by its URL; one past it shows the last.
    await page.goto(`/map?mpage=${mPages + 1}`);
    await expect(municipalities.getByText(`Strana ${mPages} z ${mPages}`)).toBeVisible();
    await expect(municipalities.getByRole("listitem")).toHaveCount(mCount - 20 * (mPages - 1));
    await expect(next(municipalities)).toHaveCount(0);
  });

  test("a partnership line opens a popup naming both towns", async ({ page }) => {
    await page.goto("/map?layers=1&layer=partnerships");
    await expectMapReady(page);
    // All the lines are one path of many segments ("M x y L x y" each).
    const lines = page.locator("path.line-partnership");
    await expect(lines).toHaveCount(1);
    // The longest segment: its middle lies far from the crowd of lines around Czechia.
    const middle = await lines.evaluate((path: SVGPathElement) => {
      const numbers = (path.getAttribute("d") ?? "").match(/-?[\d.]+/g)?.map(Number) ?? [];
      let best = { length: -1, x: 0, y: 0 };
      for (let i = 0; i + 3 < numbers.length; i += 4) {
        const [x1, y1, x2, y2] = numbers.slice(i, i + 4) as [number, number, number, number];
        const length = Math.hypot(x2 - x1, y2 - y1);
        if (length > best.length) best = { length, x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
      }
      // From the path's own coordinates to the page's.
      const point = new DOMPoint(best.x, best.y).matrixTransform(path.getScreenCTM()!);
      return { x: point.x, y: point.y };
    });
    await page.mouse.click(middle.x, middle.y);
    const popup = page.locator(".leaflet-popup-content");
    await expect(popup).toBeVisible();
    await expect(popup).toHaveText(/^\S.* ↔ .+ \(.+\)$/);
    // The names are text, never markup.
    await expect(popup.locator("*")).toHaveCount(1);
  });

  test("layers can be switched off, one or all", async ({ page }) => {
    await page.goto("/map");
    await expectMapReady(page);
    const offers = await listCount(page, "offer");
    await expect
      .poll(async () => (await markers(page, "municipality")).elements)
      .toBeGreaterThan(0);

    const form = filters(page);
    await form.getByRole("checkbox", { name: "České obce" }).uncheck();
    await applyFilters(page, "layer=");
    await expect(page).toHaveURL(param("layer", "offers"));
    await expect(page).not.toHaveURL(/layer=municipalities/);
    await expect.poll(async () => (await markers(page, "municipality")).elements).toBe(0);
    await expect(listSection(page, "municipality")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /^Obce na mapě/ })).toHaveCount(0);
    // The other layers stay: every offer counted before (other specs may publish more
    // meanwhile, never remove one), and the list and the map say the same.
    await expect
      .poll(async () => {
        const listed = await listCount(page, "offer");
        return listed >= offers && listed === (await represented(page, "offer"));
      })
      .toBe(true);
    await expect(page.locator("path.line-partnership").first()).toBeAttached();
    await expect(form.getByRole("checkbox", { name: "České obce" })).not.toBeChecked();

    await form.getByRole("checkbox", { name: "Nabídky zahraničních měst" }).uncheck();
    await form.getByRole("checkbox", { name: "Existující partnerství" }).uncheck();
    await applyFilters(page, "layers=1");
    await expect(page).not.toHaveURL(/[?&]layer=/);
    await expectMapReady(page);
    await expect(page.locator(".leaflet-marker-icon")).toHaveCount(0);
    await expect(page.locator("path.line-partnership")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 3 })).toHaveCount(0);
    // The page still works: the map, the legend, the form.
    await expect(page.getByRole("heading", { level: 2, name: "Seznam" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Legenda" })).toBeVisible();
    await expect(page.getByText(/nepodařilo načíst/)).toHaveCount(0);
    for (const box of await form.getByRole("checkbox").all()) await expect(box).not.toBeChecked();
    await form.getByRole("checkbox", { name: "Nabídky zahraničních měst" }).check();
    await applyFilters(page, "layer=offers");
    // Every offer counted at the start is back (others may have come since), on the list
    // and the map alike.
    await expect
      .poll(async () => {
        const listed = await listCount(page, "offer");
        return listed >= offers && listed === (await represented(page, "offer"));
      })
      .toBe(true);
  });
});

test.describe("the map for a mayor", () => {
  test("shows the own town, scored offers and lines to the best matches", async ({
    page,
    accounts,
  }) => {
    test.slow(); // sign-in, two map loads and the reasons
    // A fresh mayor, and a town across the border that fits them (shared topics and
    // languages, their kraj preferred, a similar size, close by): a good match to find.
    const mayor = await accounts.newMayor({ kraj: "CZ-31", population: [1_000, 5_000] });
    const own = mayor.municipality;
    await accounts.newForeignTown({
      town: "Litschau",
      country: "AT",
      region: "Niederösterreich",
      population: own.population,
      lat: own.lat + 0.05,
      lon: own.lon + 0.05,
      topics: ["culture", "heritage", "youth"],
      preferredKraje: [own.kraj],
      languages: ["de", "cs", "en"],
    });
    await signIn(page, mayor);
    const data = nextMapJson(page);
    await page.goto("/map");
    const json = decodeMapData((await (await data).json()) as MapWire);
    await expectMapReady(page);
    expect(json.me?.name).toBe(own.name);
    expect(json.me?.top).toHaveLength(5);

    const me = page.locator(".leaflet-marker-icon.pin-me");
    await expect(me).toHaveCount(1);
    await expect(me).toHaveAttribute("title", own.name);
    await expect(
      page.locator(".leaflet-tooltip.map-label", {
        hasText: new RegExp(`^${own.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
      }),
    ).toBeVisible();
    await expect(page.locator("path.line-match")).toHaveCount(5);
    // Every single offer marker carries its score, a whole number up to 100.
    await expect
      .poll(
        async () => {
          const shown = await pinScores(page);
          return shown.length > 0 && shown.every((s) => s !== null && s <= 100);
        },
        { message: "single offer markers, every one with its score" },
      )
      .toBe(true);
    // Read once the poll above has seen every marker scored.
    const scores = (await pinScores(page)).filter((s): s is number => s !== null);
    // The mayor's legend explains the star and the colours.
    const legend = page.getByRole("region", { name: "Legenda" });
    const entries = legend.getByRole("listitem");
    await expect(entries.filter({ hasText: "Vaše obec (zlatá hvězda)" })).toHaveCount(1);
    await expect(entries.filter({ hasText: /^Skóre shody: zelená 60 a víc/ })).toHaveCount(1);
    await expect(
      entries.filter({ hasText: /^Čára k jedné z vašich pěti nejlepších shod/ }),
    ).toHaveCount(1);

    // The best match: its popup gives the score and, once loaded, the main reason.
    const best = Math.max(...scores);
    const marker = page
      .locator(".leaflet-marker-icon.pin-score")
      .filter({ hasText: new RegExp(`^${best}$`) })
      .first();
    const fit = page.waitForResponse((r) => r.url().includes("/api/fit?offer="));
    // By keyboard: a neighbouring pin or cluster may overlap it.
    await marker.focus();
    await page.keyboard.press("Enter");
    const popup = page.locator(".leaflet-popup");
    await expect(popup).toBeVisible();
    await expect(popup.locator(".popup-score")).toHaveText(`Skóre shody ${best} ze 100`);
    const answer = await fit;
    expect(answer.status()).toBe(200);
    const body = (await answer.json()) as { score: number; reason: string };
    expect(body.score, "the popup's score is the one /api/fit explains").toBe(best);
    const reason = popup.locator(".popup-reason");
    await expect(reason).not.toHaveText(LOADING);
    await expect(reason).toHaveText(body.reason);
    expect(body.reason.length, "a reason sentence").toBeGreaterThan(10);
    await expect(popup.getByRole("link", { name: "Otevřít nabídku" })).toHaveAttribute(
      "href",
      /^\/offers\/\d+$/,
    );

    // A minimum score: only good matches remain, on the map and in the list.
    await filters(page).getByLabel("Nejnižší skóre").fill("60");
    const good = await applyFilters(page, "min=60");
    await expect(page).toHaveURL(param("min", "60"));
    const count = good.offers.length;
    expect(count).toBeGreaterThan(0);
    // The list came with the page, just before /map.json: never more than its data.
    await expect.poll(() => listCount(page, "offer")).toBeGreaterThan(0);
    expect(await listCount(page, "offer")).toBeLessThanOrEqual(count);
    await expect
      .poll(async () => (await pinScores(page)).every((s) => s !== null && s >= 60), {
        message: "only scores of 60 and more on the map",
      })
      .toBe(true);
    // The mayor's view is centred on the own town; zoomed out, the points drawn are some of
    // those offers (other specs' fresh towns lie anywhere, some beyond the view), never more.
    await page.locator(".leaflet-control-zoom-out").click();
    await expect
      .poll(() => represented(page, "offer"), { message: "offer points ≥ 60" })
      .toBeGreaterThan(0);
    expect(await represented(page, "offer")).toBeLessThanOrEqual(count);
    await expect
      .poll(
        async () => {
          const after = await pinScores(page);
          return after.length > 0 && after.every((s) => s !== null && s >= 60);
        },
        { message: "single offer markers, all scored 60 or more" },
      )
      .toBe(true);
    const listed = listSection(page, "offer").locator(".score-value");
    await expect
      .poll(async () => (await listed.allTextContents()).filter((s) => !(Number(s) >= 60)), {
        message: "listed scores under 60",
      })
      .toEqual([]);
  });
});

test.describe("GET /map.json", () => {
  test("has an ETag, answers 304 when unchanged and 400 for a bad filter", async ({ request }) => {
    const first = await request.get("/map.json");
    expect(first.status()).toBe(200);
    expect(first.headers()["content-type"]).toContain("application/json");
    const etag = first.headers()["etag"];
    expect(etag, "an ETag").toMatch(/^"[^"]+"$/);
    const wire = (await first.json()) as MapWire;
    expect(wire.v).toBe(3);
    expect(Array.isArray(wire.offers.id), "columns, not rows").toBe(true);
    expect(Array.isArray(wire.partnerships.id), "partnerships in columns too").toBe(true);
    const body = decodeMapData(wire);
    expect(body.offers.length).toBeGreaterThan(0);
    expect(body.me).toBeNull();

    const again = await request.get("/map.json", { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status()).toBe(304);
    expect(again.headers()["etag"]).toBe(etag);
    expect(await again.body()).toHaveLength(0);
    // Other filters, other data, another ETag.
    const polish = await request.get(`/map.json?country=${POLAND.code}`, {
      headers: { "If-None-Match": etag ?? "" },
    });
    expect(polish.status()).toBe(200);
    expect(polish.headers()["etag"]).not.toBe(etag);

    const bad = await request.get("/map.json?population=abc");
    expect(bad.status()).toBe(400);
    expect(bad.headers()["content-type"]).toContain("application/json");
    const errors = ((await bad.json()) as { errors: Record<string, string> }).errors;
    expect(errors.population).toEqual(expect.any(String));
    expect(errors.population?.length).toBeGreaterThan(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the list shows everything and the filters still work", async ({ page }) => {
    const response = await page.goto("/map");
    expect(response?.status()).toBe(200);
    await expect(
      page.getByText("Mapa potřebuje JavaScript. Stejné výsledky najdete v seznamu pod ní."),
    ).toBeVisible();
    await expect(page.locator(".leaflet-container")).toHaveCount(0);
    const offers = listSection(page, "offer");
    await expect(offers.getByRole("link", { name: /./ }).first()).toHaveAttribute(
      "href",
      /^\/offers\/\d+$/,
    );
    // Every municipality of the register, those with a profile first.
    const municipalities = listSection(page, "municipality");
    await expect.poll(() => listCount(page, "municipality")).toBe(REGISTER_SIZE);
    await expect(municipalities.getByRole("link").first()).toHaveAttribute(
      "href",
      /^\/municipalities\/\d+$/,
    );
    const all = await listCount(page, "offer");

    await filters(page).getByLabel("Země").selectOption({ label: POLAND.name });
    await filters(page).getByRole("checkbox", { name: "Jen obce s profilem na Spolu" }).check();
    await filters(page).getByRole("button", { name: "Použít filtry" }).click();
    await expect(page).toHaveURL(param("country", POLAND.code));
    await expect(page).toHaveURL(param("profiles", "1"));
    // The new page may still be arriving: wait for its counts, then read them.
    await expect.poll(() => listCount(page, "municipality")).toBeLessThan(REGISTER_SIZE);
    const profiled = await listCount(page, "municipality");
    expect(profiled, "the seed publishes profiles").toBeGreaterThan(0);
    await expect.poll(() => listCount(page, "offer")).toBeLessThan(all);
    const count = await listCount(page, "offer");
    expect(count).toBeGreaterThan(0);
    const items = listSection(page, "offer").getByRole("listitem");
    await expect(items).toHaveCount(count);
    for (const item of await items.all()) await expect(item).toContainText(`· ${POLAND.name} ·`);
  });
});

test.describe("Leaflet only where there is a map", () => {
  /** Every script and stylesheet the page loads, with its text. */
  function collectAssets(page: Page): Promise<{ url: string; text: string }>[] {
    const assets: Promise<{ url: string; text: string }>[] = [];
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (!/\.(js|css)$/.test(url.pathname)) return;
      assets.push(
        response
          .text()
          .then((text) => ({ url: url.pathname, text }))
          .catch(() => ({ url: url.pathname, text: "" })),
      );
    });
    return assets;
  }

  test("the home page loads no Leaflet; the map page does", async ({ page }) => {
    const assets = collectAssets(page);
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    const home = await Promise.all(assets);
    expect(
      home.some((a) => a.url.endsWith(".js")),
      "the home page has scripts",
    ).toBe(true);
    const scripts = home.filter((a) => a.url.endsWith(".js") && /leaflet/i.test(a.text));
    expect(
      scripts.map((a) => a.url),
      "scripts with Leaflet on /",
    ).toEqual([]);
    // The app's own stylesheet styles the map's markers (.leaflet-marker-icon.pin); Leaflet's
    // stylesheet itself (its panes, controls) must not load.
    const styles = home.filter(
      (a) => a.url.endsWith(".css") && (/leaflet/i.test(a.url) || a.text.includes(".leaflet-pane")),
    );
    expect(
      styles.map((a) => a.url),
      "Leaflet's stylesheet on /",
    ).toEqual([]);

    assets.length = 0;
    await page
      .getByRole("navigation", { name: "Hlavní navigace" })
      .getByRole("link", { name: "Mapa", exact: true })
      .click();
    await expectMapReady(page);
    const map = await Promise.all(assets);
    expect(
      map.some((a) => a.url.endsWith(".js") && /leaflet/i.test(a.text)),
      "a script with Leaflet on /map",
    ).toBe(true);
    expect(
      map.some((a) => a.url.endsWith(".css") && a.text.includes(".leaflet-pane")),
      "Leaflet's stylesheet on /map",
    ).toBe(true);
  });
});

test.describe("in English", () => {
  test("the title, the legend and the list speak English", async ({ page }) => {
    await page.goto("/map?lang=en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partnership map");
    await expectMapReady(page);
    const legend = page.getByRole("region", { name: "Legend" });
    await expect(legend).toBeVisible();
    await expect(legend.getByRole("listitem")).toHaveText([
      "Request from a town abroad (blue circle)",
      "Czech municipality with a profile (purple square)",
      "Municipality without a profile (official data)",
      "A group of nearby points with their number (circle: requests, square: municipalities); click to zoom in",
      "Existing partnership (dark dashed line)",
    ]);
    await expect(page.locator(".leaflet-control-attribution")).toContainText(
      "Borders: Natural Earth · Municipalities: ČÚZK RÚIAN (CC BY 4.0) · Places: GeoNames (CC BY 4.0) · Slovak municipalities: ŠÚ SR (CC BY 4.0)",
    );
    await expect(mapContainer(page)).toHaveAttribute(
      "aria-label",
      "Map of Europe with requests, municipalities and partnerships",
    );
    const offers = page.getByRole("heading", { level: 3, name: /^Requests on the map: \d+$/ });
    await expect(offers).toBeVisible();
    await expect(page.getByRole("group", { name: "Layers" })).toBeVisible();
    await expect(
      page.getByRole("checkbox", { name: "Czech municipalities", exact: true }),
    ).toBeChecked();
    // The heading came with the page and is shown (above): its number is the settled one.
    // The points come from /map.json just after, so another spec's new offer may be among them.
    const count = Number((await offers.textContent())?.replace(/\D/g, ""));
    await expect.poll(() => represented(page, "offer")).toBeGreaterThanOrEqual(count);
  });
});
