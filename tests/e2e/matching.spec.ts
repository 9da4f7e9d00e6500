// Matching (issue 4): the visitor's try-it preview on the home page and its JSON
// API, the ranked and explained lists at /matches for each role, the "your fit"
// panel of an offer page, and the staff's score weights with preview and history.
import type { Locator, Page } from "@playwright/test";
import { expect, test, type Accounts, type Mayor, type OfferOptions } from "./accounts";
import { chooseLanguage, expectAccessible, signIn } from "./fixtures";
import { signUpMayor, uniqueEmail, VILLAGES } from "./register";

/**
 * A fresh mayor like the demo's Slavonice: a small South Bohemian town on the Austrian
 * border with a published profile (topics, languages, wished countries and partner size).
 */
function newMayor(accounts: Accounts): Promise<Mayor> {
  return accounts.newMayor({
    kraj: "CZ-31",
    population: [1_000, 5_000],
    profile: {
      interests: ["heritage", "tourism", "youth", "culture"],
      languages: ["cs", "de", "en"],
      seeksCountries: ["IT", "AT", "SI", "SK"],
      seeksAnyCountry: false,
      partnerMin: 1_000,
      partnerMax: 5_000,
    },
  });
}
/** The partner size newMayor's profile wishes for, as the reasons write it. */
const PARTNER_SIZE = /1\s000–5\s000 obyvateli/;

/**
 * An offer that fits the mayor well: the mayor's topics and languages, the mayor's size and
 * kraj wished for, close by, published today.
 */
function newFittingOffer(accounts: Accounts, mayor: Mayor, options: OfferOptions = {}) {
  const own = mayor.municipality;
  return accounts.newOfferWithoutAccount({
    town: "Litschau",
    country: "AT",
    region: "Niederösterreich",
    population: own.population,
    lat: own.lat + 0.05,
    lon: own.lon + 0.05,
    topics: ["heritage", "tourism", "youth", "culture"],
    languages: ["de", "cs", "en"],
    preferredKraje: [own.kraj],
    partnerMin: 1_000,
    partnerMax: 5_000,
    ...options,
  });
}

/** A population as the Czech pages write it, its thousands separated by a space. */
function population(n: number): RegExp {
  return new RegExp(String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\\s"));
}
// Thousands are written with a space: a foreign town ranks all 6 254 municipalities.
const RESULTS = /^Výsledků: \d[\d\s]*$/;
const BEST_PAIRS = /^Nejlepší dvojice: \d+ \(ukazujeme nejvýše 500\)$/;
const POPULATION_ERROR = /^Zadejte celé číslo od 1 do 50\s000\s000\.$/;
const MIN_SCORE_ERROR = "Zadejte celé číslo od 0 do 100.";
const WEIGHT_ERROR = "Váha musí být celé číslo od 0 do 100.";

/**
 * The score badges of the cards in scope, in page order. The badge is plain text
 * (number + "ze 100 · dobrá shoda"), so its number is read from its own element.
 */
async function scoresIn(scope: Locator): Promise<number[]> {
  const texts = await scope.getByRole("article").locator(".score-value").allTextContents();
  return texts.map((text) => {
    expect(text.trim(), "a score is a whole number").toMatch(/^\d{1,3}$/);
    return Number(text);
  });
}

/** The score of one card, once its badge shows a whole number. */
async function scoreOf(card: Locator): Promise<number> {
  const badge = card.locator(".score-value");
  await expect(badge, "a score is a whole number").toHaveText(/^\s*\d{1,3}\s*$/);
  return Number((await badge.textContent())?.trim());
}

/** An offer page's title: the town, with a "Ukázka" badge on demo offers (a space on others). */
function offerHeading(town: string): RegExp {
  return new RegExp(`^${town.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s*Ukázka)?\\s*$`);
}

/** A URL query parameter with exactly this value (the form may add a #fragment). */
function param(name: string, value: string): RegExp {
  return new RegExp(`[?&]${name}=${value}(?:[&#]|$)`);
}

function expectRanked(scores: number[]): void {
  expect(scores.length, "at least one ranked result").toBeGreaterThan(0);
  for (const score of scores) {
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
  }
  expect(scores, "best first").toEqual([...scores].sort((a, b) => b - a));
}

/**
 * Waits until the cards in scope show ranked scores (and pass `check`, if given), then
 * returns them: the list may still be the previous page's, or half drawn, when first read.
 */
async function expectRankedCards(
  scope: Locator,
  check: (scores: number[]) => void | Promise<void> = () => {},
): Promise<number[]> {
  let scores: number[] = [];
  await expect(async () => {
    scores = await scoresIn(scope);
    expectRanked(scores);
    await check(scores);
  }).toPass({ timeout: 10_000 });
  return scores;
}

/** The number in the "Výsledků: N" heading of the ranked list (for expect.poll, or once settled). */
async function resultCount(page: Page, name: RegExp = RESULTS): Promise<number> {
  const text = await page.getByRole("heading", { level: 2, name }).textContent();
  // The first number, its thousands separated by a space ("6 254").
  return Number(text?.match(/\d[\d\s]*/)?.[0].replace(/\s/g, ""));
}

/** The ranked list of /matches: the region named by its "Výsledků: N" heading. */
function rankedList(page: Page, name: RegExp = RESULTS): Locator {
  return page.getByRole("region", { name });
}

/** The try-it section of the home page. */
function tryIt(page: Page): Locator {
  return page.getByRole("region", { name: "Vyzkoušejte, s kým by se vaše obec shodla" });
}

test.describe("try-it preview on the home page", () => {
  test("a visitor enters a size, topics and a language and gets ranked, explained offers", async ({
    page,
  }) => {
    test.slow(); // two pages and an axe check
    await page.goto("/");
    const preview = tryIt(page);
    await preview.getByLabel("Počet obyvatel").fill("2400");
    await preview.getByRole("checkbox", { name: "Kultura", exact: true }).check();
    await preview.getByRole("checkbox", { name: "Cestovní ruch" }).check();
    await preview.getByRole("checkbox", { name: "angličtina" }).check();
    await preview.getByRole("button", { name: "Ukázat shody" }).click();

    await expect(page).toHaveURL(param("population", "2400"));
    const heading = preview.getByRole("heading", {
      level: 3,
      name: /^Nejlepší shody pro obec s 2\s400 obyvateli$/,
    });
    await expect(heading).toBeVisible();
    const cards = preview.getByRole("article");
    await expect(cards.first()).toBeVisible();
    await expect.poll(() => cards.count()).toBeLessThanOrEqual(5);
    await expectRankedCards(preview);
    for (const card of await cards.all()) {
      const reasons = card.getByRole("list", { name: "Hlavní důvody" }).getByRole("listitem");
      await expect(reasons, "each result explains itself").not.toHaveCount(0);
      await expect(reasons.first()).toHaveText(/^(\+\d+|0|−\d+)\s*(\/\s*\d+)?\s*\S.*:/);
    }
    // What was asked stays filled in.
    await expect(preview.getByLabel("Počet obyvatel")).toHaveValue("2400");
    await expect(preview.getByRole("checkbox", { name: "Cestovní ruch" })).toBeChecked();
    await expectAccessible(page);

    const first = cards.first();
    const townHeading = first.getByRole("heading", { level: 4 });
    await expect(townHeading).toHaveText(/\S/);
    const town = (await townHeading.textContent())?.trim() ?? "";
    await first.getByRole("link", { name: town, exact: true }).click();
    await expect(page).toHaveURL(/\/offers\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(offerHeading(town));
  });

  test("picking the town from the suggestions fills in its population", async ({ page }) => {
    await page.goto("/");
    const preview = tryIt(page);
    await preview.getByRole("combobox", { name: "Vaše obec (nepovinné)" }).fill("Slavon");
    // Czech municipalities come from the register, told apart by their okres.
    const option = page.getByRole("option", {
      name: /^Slavonice — okres Jindřichův Hradec · 2\s229 obyvatel$/,
    });
    await expect(option).toBeVisible();
    await option.click();
    await expect(preview.getByRole("combobox", { name: "Vaše obec (nepovinné)" })).toHaveValue(
      "Slavonice",
    );
    await expect(preview.getByLabel("Počet obyvatel")).toHaveValue("2229");
    await preview.getByRole("checkbox", { name: "Kulturní dědictví" }).check();
    await preview.getByRole("button", { name: "Ukázat shody" }).click();

    // The place's kraj and position travel with the question.
    await expect(page).toHaveURL(param("population", "2229"));
    await expect(page).toHaveURL(param("kraj", "CZ-31"));
    await expect(
      preview.getByRole("heading", { name: /^Nejlepší shody pro obec s 2\s229 obyvateli$/ }),
    ).toBeVisible();
    await expectRankedCards(preview);
  });

  test("a population that is not a number is a 400 with the error at the field", async ({
    page,
  }) => {
    await page.goto("/");
    const preview = tryIt(page);
    await preview.getByLabel("Počet obyvatel").fill("abc");
    const answer = page.waitForResponse((r) => r.url().includes("population=abc"));
    await preview.getByRole("button", { name: "Ukázat shody" }).click();
    expect((await answer).status()).toBe(400);

    const field = preview.getByLabel("Počet obyvatel");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(POPULATION_ERROR);
    await expect(field).toHaveValue("abc");
    await expect(preview.getByRole("article")).toHaveCount(0);
    // The rest of the page still works.
    await expect(
      page.getByRole("heading", { level: 2, name: "Nejnovější nabídky partnerství" }),
    ).toBeVisible();

    // The same question as a shared link answers 400, not a crash.
    const direct = await page.goto("/?population=abc");
    expect(direct?.status()).toBe(400);
    await expect(preview.getByText(POPULATION_ERROR)).toBeVisible();
  });
});

interface PreviewJson {
  results: {
    offer: { id: number; town: string; country: string; population: number };
    score: number;
    reasons: { factor: string; points: number; max: number; text: string }[];
  }[];
}

test.describe("GET /api/match-preview", () => {
  test("answers the best offers first, each with reasons that add up to the score", async ({
    request,
  }) => {
    const response = await request.get(
      "/api/match-preview?population=2400&interests=culture,tourism&languages=cs,en&limit=3",
    );
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = (await response.json()) as PreviewJson;
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(3);
    expectRanked(body.results.map((r) => r.score));
    for (const { offer, score, reasons } of body.results) {
      expect(offer).toEqual({
        id: expect.any(Number),
        town: expect.any(String),
        country: expect.stringMatching(/^[A-Z]{2}$/),
        population: expect.any(Number),
      });
      expect(reasons.length).toBeGreaterThan(0);
      expect(
        reasons.reduce((sum, r) => sum + r.points, 0),
        `reasons of ${offer.town}`,
      ).toBe(score);
      for (const reason of reasons) {
        // In the reader's language, every placeholder filled.
        expect(reason.text).toMatch(/^[^{}]+$/);
      }
    }
    // The best offer is the one the page shows first.
    const best = body.results[0];
    const offerPage = await request.get(`/offers/${best?.offer.id}`);
    expect(offerPage.status()).toBe(200);
    expect(await offerPage.text()).toContain(best?.offer.town);
  });

  test("bad parameters are a 400 with an error per field", async ({ request }) => {
    const bad = await request.get("/api/match-preview?population=-5&interests=nope");
    expect(bad.status()).toBe(400);
    const body = (await bad.json()) as { errors: Record<string, string> };
    expect(body.errors.population).toEqual(expect.any(String));
    expect(body.errors.interests).toEqual(expect.any(String));
    expect(body).not.toHaveProperty("results");

    const empty = await request.get("/api/match-preview");
    expect(empty.status()).toBe(400);
    expect(((await empty.json()) as { errors: Record<string, string> }).errors).toHaveProperty(
      "population",
    );
  });
});

test.describe("a mayor", () => {
  test("finds ranked offers with reasons about their municipality", async ({ page, accounts }) => {
    test.slow(); // an axe check of a long page
    const mayor = await newMayor(accounts);
    const own = mayor.municipality;
    // One offer that surely fits: its size reason quotes the mayor's own figures.
    await newFittingOffer(accounts, mayor);
    await signIn(page, mayor);
    await page.goto("/me");
    await page
      .getByRole("navigation", { name: "Hlavní navigace" })
      .getByRole("link", { name: "Shody" })
      .click();

    await expect(page).toHaveURL(/\/matches$/);
    await expect(page.getByRole("heading", { level: 1, name: "Doporučené shody" })).toBeVisible();
    await expect(
      page.getByText(`seřazené podle toho, jak se hodí k obci ${own.name}`),
    ).toBeVisible();
    // The seed alone has 43 published offers.
    await expect.poll(() => resultCount(page)).toBeGreaterThan(20);
    const total = await resultCount(page);
    // Long Czech pages used to carry stray NUL bytes from React 18's stream (react#31134).
    const html = await (await page.request.get("/matches")).text();
    expect(html).toContain("Doporučené shody");
    expect(html).not.toContain("\u0000");
    const list = rankedList(page);
    await expectRankedCards(list, (scores) => expect(scores).toHaveLength(20));
    await expect(page.getByRole("navigation", { name: "Stránkování" })).toContainText(
      `Strana 1 z ${Math.ceil(total / 20)}`,
    );
    // The size reasons quote the municipality's own figures.
    const sizeReasons = list
      .getByRole("list", { name: "Hlavní důvody" })
      .getByRole("listitem")
      .filter({ hasText: "Velikost:" });
    await expect(sizeReasons.filter({ hasText: population(own.population) }).first()).toBeVisible();
    await expect(sizeReasons.filter({ hasText: PARTNER_SIZE }).first()).toBeVisible();
    // Every reason, not only the top ones, is one click away.
    const first = list.getByRole("article").first();
    await first.getByText(/^Všechny důvody \(\d+\)$/).click();
    await expect(first.getByRole("list", { name: "Proč toto skóre" })).toBeVisible();
    await expectAccessible(page);
  });

  test("filters by country and minimum score; a bad minimum is a 400", async ({
    page,
    accounts,
  }) => {
    const mayor = await newMayor(accounts);
    // A Slovak town that fits the mayor, so that the Slovak list has scores of 60 and more.
    await newFittingOffer(accounts, mayor, {
      town: "Skalica",
      country: "SK",
      region: "Trnavský kraj",
      languages: ["sk", "cs", "en"],
    });
    await signIn(page, mayor);
    await page.goto("/matches");
    const country = page.getByLabel("Země", { exact: true });
    await country.selectOption({ label: "Slovensko" });
    await page.getByRole("button", { name: "Použít filtry" }).click();
    await expect(page).toHaveURL(param("country", "SK"));
    // The Slovak list is the one shown: a card, each of them (the meta line) from Slovakia.
    const metas = rankedList(page).getByRole("article").locator(".offer-meta");
    await expect(metas.first()).toBeVisible();
    await expect(metas.filter({ hasNotText: /^Slovensko · / })).toHaveCount(0);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    const allSlovak = await resultCount(page);

    await page.getByLabel("Nejnižší skóre").fill("60");
    await page.getByRole("button", { name: "Použít filtry" }).click();
    await expect(page).toHaveURL(param("min", "60"));
    await expect(country).toHaveValue("SK");
    await expect(page.getByLabel("Nejnižší skóre")).toHaveValue("60");
    const list = rankedList(page);
    const scores = await expectRankedCards(list, async (shown) => {
      expect(Math.min(...shown)).toBeGreaterThanOrEqual(60);
      expect(await resultCount(page)).toBe(shown.length);
    });
    expect(scores.length).toBeLessThanOrEqual(allSlovak);
    // The meta line (the card's first paragraph) starts with the offer's country.
    for (const card of await list.getByRole("article").all()) {
      await expect(card.getByRole("paragraph").first()).toHaveText(/^Slovensko · /);
    }

    await page.getByLabel("Nejnižší skóre").fill("abc");
    const answer = page.waitForResponse((r) => r.url().includes("min=abc"));
    await page.getByRole("button", { name: "Použít filtry" }).click();
    expect((await answer).status()).toBe(400);
    const min = page.getByLabel("Nejnižší skóre");
    await expect(min).toHaveAttribute("aria-invalid", "true");
    await expect(min).toHaveAccessibleDescription(`0–100 ${MIN_SCORE_ERROR}`);
    await expect(page.getByText(MIN_SCORE_ERROR)).toBeVisible();

    const direct = await page.goto("/matches?min=abc");
    expect(direct?.status()).toBe(400);
    await expect(page.getByText(MIN_SCORE_ERROR)).toBeVisible();
  });

  test("reads the matches in English", async ({ page, accounts }) => {
    await signIn(page, await newMayor(accounts));
    await page.goto("/matches");
    await chooseLanguage(page, "English");

    await expect(page).toHaveURL(/\/matches\?lang=en$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Recommended matches" }),
    ).toBeVisible();
    const list = rankedList(page, /^Results: \d+$/);
    await expectRankedCards(list);
    const reasons = list.getByRole("list", { name: "Main reasons" }).first();
    await expect(reasons).toContainText(/Size:|Topics:|Language:/);
    await expect(list).toContainText(/inhabitants/);
    await expect(list).toContainText(/topics/);
    await expect(list).not.toContainText("obyvatel");
  });

  test("opens an offer and sees the same score in its fit panel", async ({ page, accounts }) => {
    const mayor = await newMayor(accounts);
    await signIn(page, mayor);
    await page.goto("/matches");
    const list = rankedList(page);
    // The third card, so that the test does not just follow the single best offer.
    const card = list.getByRole("article").nth(2);
    const score = await scoreOf(card);
    const link = card.getByRole("link", { name: /^Otevřít nabídku / });
    await expect(link).toHaveAttribute("aria-label", /^Otevřít nabídku \S/);
    const town = ((await link.getAttribute("aria-label")) ?? "").replace("Otevřít nabídku ", "");
    await link.click();

    await expect(page).toHaveURL(/\/offers\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(offerHeading(town));
    const fit = page.getByRole("region", { name: "Jak se hodí vaší obci" });
    await expect(fit).toBeVisible();
    await expect(fit).toContainText(`Skóre ${score} ze 100 pro obec ${mayor.municipality.name}.`);
    await expect(fit.getByRole("list", { name: "Proč toto skóre" })).toBeVisible();
    await fit.getByRole("link", { name: "Všechny doporučené shody" }).click();
    await expect(page).toHaveURL(/\/matches$/);
  });

  // A new mayor's municipality comes from the register: it is ranked on its official size
  // and place at once, and the mayor is asked for the topics that sharpen the ranking.
  test("sees where it stands with each request: partners already, a contact under way, or a button to write", async ({
    page,
    accounts,
  }) => {
    test.slow(); // three pages with axe, a form sent
    const mayor = await newMayor(accounts);
    // Iceland: no seeded request is there, so the country filter shows only these two.
    const partner = await newFittingOffer(accounts, mayor, { town: "Hveragerði", country: "IS" });
    const fresh = await newFittingOffer(accounts, mayor, { town: "Húsavík", country: "IS" });
    await signIn(page, mayor);
    const cardOf = (town: string) =>
      rankedList(page).getByRole("article").filter({ hasText: town });

    await test.step("the mayor lists Hveragerði among the municipality's partnerships", async () => {
      await page.goto(`/municipalities/${mayor.municipality.id}/partnerships`);
      const add = page.getByRole("region", { name: "Doplnit chybějící partnerství" });
      await add.getByLabel("Partnerské město").fill(partner.town);
      await add.getByLabel("Země").selectOption({ label: "Island" });
      await add.getByLabel("Od roku").fill("2012");
      await add.getByRole("button", { name: "Přidat partnerství" }).click();
      await expect(
        page.getByRole("status").filter({ hasText: "Partnerství přidáno." }),
      ).toBeVisible();
    });

    await test.step("/matches marks the partner town and offers to write to the other", async () => {
      await page.goto("/matches?country=IS");
      await expect(rankedList(page).getByRole("article")).toHaveCount(2);
      await expect(cardOf(partner.town).getByText("Už jste partnerská města")).toBeVisible();
      await expect(cardOf(partner.town).getByRole("link", { name: /^Projevit zájem/ })).toHaveCount(
        0,
      );
      await expectAccessible(page);
      await cardOf(fresh.town)
        .getByRole("link", { name: `Projevit zájem: ${fresh.town}` })
        .click();
    });

    let contactUrl = "";
    await test.step("the interest is written and sent", async () => {
      await expect(page).toHaveURL(new RegExp(`/contacts/new\\?offer=${fresh.id}$`));
      await page
        .getByRole("group", { name: "Společná témata, o kterých chcete mluvit" })
        .getByRole("checkbox", { name: "Kulturní dědictví" })
        .check();
      await page
        .getByLabel("Zpráva", { exact: true })
        .fill(
          `Dobrý den, obec ${mayor.municipality.name} by ráda spolupracovala v péči o památky.`,
        );
      await page.getByRole("button", { name: "Odeslat projev zájmu" }).click();
      await expect(page).toHaveURL(/\/contacts\/\d+$/);
      contactUrl = new URL(page.url()).pathname;
    });

    await test.step("back at /matches the town's card leads to the contact instead", async () => {
      await page.goto("/matches?country=IS");
      const card = cardOf(fresh.town);
      const link = card.getByRole("link", { name: "Kontakt: Čeká na kontrolu Svazu" });
      await expect(link).toHaveAttribute("href", contactUrl);
      await expect(card.getByRole("link", { name: /^Projevit zájem/ })).toHaveCount(0);
      await expectAccessible(page);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${contactUrl}$`));
    });
  });

  test("without topics in the profile is ranked on the register's data and asked for them", async ({
    page,
  }) => {
    test.slow(); // sign-up, two pages, an axe check
    await signUpMayor(page, {
      village: VILLAGES.matchesWithoutProfile,
      name: "Petr Bezprofilu",
      email: uniqueEmail("matches", test.info().workerIndex),
      password: "dlouhé heslo starosty 2026",
    });

    await page
      .getByRole("navigation", { name: "Hlavní navigace" })
      .getByRole("link", { name: "Shody" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Doporučené shody" })).toBeVisible();
    await expect(
      page.getByText(/^Ve vašem profilu chybí témata spolupráce\. Doplňte je a shody se zpřesní\./),
    ).toBeVisible();
    await expectRankedCards(rankedList(page));
    await expectAccessible(page);
    await page.getByRole("link", { name: "Vyplnit profil obce" }).click();
    await expect(page).toHaveURL(/\/me#profile$/);
    const profile = page.getByRole("region", { name: "Profil obce: Rácovice" });
    await expect(profile.getByRole("group", { name: "Témata spolupráce" })).toBeVisible();
    await expect(
      profile.getByRole("button", { name: "Vytvořit profil a odeslat ke schválení" }),
    ).toBeVisible();
  });
});

test.describe("a foreign town", () => {
  test("sees Czech municipalities ranked for its request, without their contacts", async ({
    page,
    accounts,
  }) => {
    // A fresh town and its published request.
    const foreign = await accounts.newForeignTown({ town: "Kłodzko" });
    const { town } = foreign.offer;
    await signIn(page, foreign);
    await page.goto("/matches");
    await expect(page.getByRole("heading", { level: 1, name: "Doporučené shody" })).toBeVisible();
    await expect(
      page.getByText(/^Všechny české obce seřazené podle toho, jak se hodí k vaší nabídce/),
    ).toBeVisible();
    // The town's request is chosen (by its name) and the list follows it.
    const chosen = page.getByRole("combobox", { name: "Nabídka" });
    await expect(chosen.getByRole("option", { name: town })).toHaveCount(1);
    await chosen.selectOption({ label: town });
    await page.getByRole("button", { name: "Použít filtry" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]offer=${foreign.offer.id}(?:[&#]|$)`));
    await expect(chosen.locator("option:checked")).toHaveText(town);

    const list = rankedList(page);
    // The reasons speak about the town's request: the list is its own.
    await expect(list).toContainText(town);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    await expectRankedCards(list);
    for (const card of (await list.getByRole("article").all()).slice(0, 5)) {
      await expect(card.getByRole("link", { name: /^Otevřít profil obce / })).toBeVisible();
      await expect(card.getByRole("paragraph").first()).toHaveText(/^\S.* · [\d\s]+ obyvatel$/);
    }
    // Public profile data only: the contacts (demo and e2e) are …@….example and +420 numbers.
    await expect(list).not.toContainText("@");
    await expect(list).not.toContainText(".example");
    await expect(list).not.toContainText(/\+420/);
    await expect.poll(() => page.content()).not.toMatch(/@[a-z0-9-]+\.example|\+420 \d/);
  });
});

test.describe("union staff", () => {
  test("see the best pairs across the platform, page by page", async ({ page, accounts }) => {
    await signIn(page, await accounts.newStaff());
    await page.goto("/matches");
    await expect(page.getByRole("heading", { level: 1, name: "Doporučené shody" })).toBeVisible();
    await expect(page.getByText(/^Nejlepší dvojice obcí a nabídek/)).toBeVisible();
    await expect.poll(() => resultCount(page, BEST_PAIRS)).toBeGreaterThan(20);
    const total = await resultCount(page, BEST_PAIRS);
    expect(total).toBeLessThanOrEqual(500);
    const list = rankedList(page, BEST_PAIRS);
    const firstPage = await expectRankedCards(list, (scores) => expect(scores).toHaveLength(20));
    for (const heading of await list.getByRole("article").getByRole("heading").all()) {
      await expect(heading).toHaveText(/^\S.* ↔ \S.*$/);
    }

    const pagination = page.getByRole("navigation", { name: "Stránkování" });
    await expect(pagination).toContainText(`Strana 1 z ${Math.ceil(total / 20)}`);
    await pagination.getByRole("link", { name: "Další" }).click();
    await expect(page).toHaveURL(/\/matches\?page=2$/);
    await expect(pagination).toContainText("Strana 2 z");
    await expectRankedCards(list, (secondPage) =>
      expect(secondPage[0]).toBeLessThanOrEqual(firstPage[firstPage.length - 1] ?? 100),
    );
  });

  test("preview new score weights, save them with a note, and see the history", async ({
    page,
    accounts,
  }) => {
    test.slow(); // several pages, one axe check
    const staff = await accounts.newStaff();
    await signIn(page, staff);
    await page.goto("/admin");
    await page
      .getByRole("navigation", { name: "Správa Svazu" })
      .getByRole("link", { name: "Váhy skóre" })
      .click();
    await expect(page).toHaveURL(/\/admin\/scoring$/);
    await expect(page.getByRole("heading", { name: "Váhy skóre shody" })).toBeVisible();

    // The weights in force before this test, to put back afterwards: other specs share
    // the database and any ranking they check must not depend on this test.
    const original = await weightsInForce(page);
    const size = page.getByLabel("Velikost", { exact: true });
    await expect(size).toHaveValue(String(original.population));
    try {
      const note = `e2e: velikost víc váží ${Date.now().toString(36)}`;
      await size.fill("60");
      await page.getByRole("button", { name: "Ukázat náhled" }).click();

      await expect(page).toHaveURL(param("population", "60"));
      await expect(page).toHaveURL(param("topics", "\\d+"));
      const preview = page.getByRole("region", { name: /^Prvních 10 shod pro obec / });
      await expect(preview.getByRole("heading", { level: 4, name: "Platné" })).toBeVisible();
      await expect(preview.getByRole("heading", { level: 4, name: "Navržené" })).toBeVisible();
      const lists = preview.getByRole("list");
      await expect(lists).toHaveCount(2);
      await expect(lists.nth(0).getByRole("listitem")).toHaveCount(10);
      await expect(lists.nth(1).getByRole("listitem")).toHaveCount(10);
      // Each proposed row says how it moved against the weights in force.
      for (const row of await lists.nth(1).getByRole("listitem").all()) {
        await expect(row).toHaveText(
          /— \d+\s+(beze změny|o \d+ výš|o \d+ níž|nově v první desítce)$/,
        );
      }
      // Previewing saved nothing.
      await expect.poll(() => weightsInForce(page)).toEqual(original);
      await expect(size).toHaveValue("60");
      await expectAccessible(page);

      await page.getByLabel("Poznámka ke změně").fill(note);
      await page.getByRole("button", { name: "Uložit váhy" }).click();
      await expect(
        page.getByRole("status").filter({ hasText: "Váhy jsou uložené a platí od teď." }),
      ).toBeVisible();
      await expect(page).toHaveURL(/\/admin\/scoring$/);
      await expect.poll(() => weightsInForce(page)).toEqual({ ...original, population: 60 });
      const history = page.getByRole("region", { name: "Historie změn" });
      const newest = history.getByRole("row").nth(1);
      await expect(newest).toContainText(note);
      await expect(newest).toContainText("Velikost 60");
      await expect(newest).toContainText(staff.name);
    } finally {
      await restoreWeights(page, original);
    }
    await page.goto("/admin/scoring");
    await expect.poll(() => weightsInForce(page)).toEqual(original);
  });

  test("a weight above 100 is refused at its field and nothing is saved", async ({
    page,
    accounts,
  }) => {
    await signIn(page, await accounts.newStaff());
    await page.goto("/admin/scoring");
    const original = await weightsInForce(page);
    const history = page.getByRole("region", { name: "Historie změn" });
    // The page came whole from the server and its weights are shown: the history is complete.
    await expect(history).toBeVisible();
    const versions = await history.getByRole("row").count();

    await page.getByLabel("Velikost", { exact: true }).fill("150");
    await page.getByLabel("Poznámka ke změně").fill("e2e: tohle se nesmí uložit");
    const answer = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Uložit váhy" }).click();
    expect((await answer).status()).toBe(400);

    const field = page.getByLabel("Velikost", { exact: true });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(new RegExp(`${WEIGHT_ERROR}$`));
    await expect(field).toHaveValue("150");
    await page.goto("/admin/scoring");
    await expect.poll(() => weightsInForce(page)).toEqual(original);
    await expect(history.getByRole("row")).toHaveCount(versions);
    await expect(page.getByText("e2e: tohle se nesmí uložit")).toHaveCount(0);

    // The preview refuses it too, with a 400.
    const direct = await page.goto(
      `/admin/scoring?${new URLSearchParams({ ...stringify(original), population: "150" })}`,
    );
    expect(direct?.status()).toBe(400);
    await expect(page.getByText(WEIGHT_ERROR)).toBeVisible();
  });

  test("a mayor cannot open the score weights", async ({ page, accounts }) => {
    await signIn(page, await accounts.newMayor());
    const response = await page.goto("/admin/scoring");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Přístup odepřen" })).toBeVisible();
    await expect(page.getByLabel("Velikost", { exact: true })).toHaveCount(0);
  });
});

const WEIGHT_LABELS = {
  topics: "Témata",
  population: "Velikost",
  language: "Jazyk",
  preferences: "Země a kraje",
  distance: "Vzdálenost",
  proximity: "Blízkost",
  freshness: "Čerstvost",
  saturation: "Nasycení",
} as const;
type Weights = Record<keyof typeof WEIGHT_LABELS, number>;

/** The "Platné" column of the weights table, once each of its cells shows a whole number. */
async function weightsInForce(page: Page): Promise<Weights> {
  const table = page.getByRole("table").first();
  const weights = {} as Weights;
  for (const [key, label] of Object.entries(WEIGHT_LABELS) as [keyof Weights, string][]) {
    const row = table.getByRole("row").filter({ has: page.getByLabel(label, { exact: true }) });
    const cell = row.getByRole("cell").first();
    await expect(cell, `weight in force for ${label}`).toHaveText(/^\s*\d+\s*$/);
    weights[key] = Number((await cell.textContent())?.trim());
  }
  return weights;
}

function stringify(weights: Weights): Record<string, string> {
  return Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, String(v)]));
}

/** Saves the given weights again through the staff form's endpoint. */
async function restoreWeights(page: Page, weights: Weights): Promise<void> {
  const response = await page.request.post("/admin/scoring", {
    form: { ...stringify(weights), note: "e2e: původní váhy zpět" },
  });
  expect(response.ok(), "restoring the weights").toBe(true);
}
