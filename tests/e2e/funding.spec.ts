// Funding calls and events end to end, as each role clicks them: a visitor reads /funding
// (open calls, the archive, filters, the calendar feed); staff create a call and an event
// from the back office, with field errors first; the call then shows on /funding with its
// countdown and, for a mayor, on the offer page of the one town it fits. Staff delete what
// they created through the confirmation, and a `finally` deletes it even when an assertion
// failed, because the database is shared with the other spec files (which also see our
// call while it exists, so every check here looks for its own unique titles, not counts).
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./accounts";
import { closeAll, expectAccessible, expectNoConsoleErrors, openSession, signIn } from "./fixtures";

const EUROPE_GOES_LOCAL = "Europe Goes Local: podpora práce s mládeží na místní úrovni";
const NORWAY = "Norské fondy: druhá otevřená výzva Fondu pro bilaterální vztahy";
const EUKI = "EUKI: mezinárodní projekty na zmírnění dopadů klimatických změn";
const CLRAE = "Kongres místních a regionálních samospráv (CLRAE)";

// ---- Helpers -----------------------------------------------------------------------------------

/** YYYY-MM-DD in Prague (the app counts days there), `days` from today. */
function pragueDay(days = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Prague" }).format(new Date());
  return new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Unique per run and worker: titles never collide with a parallel test or an interrupted run. */
function stamp(): string {
  return `${Date.now()}-w${test.info().workerIndex}`;
}

function toast(page: Page, text: string): Locator {
  return page.getByRole("status").filter({ hasText: text });
}

function region(page: Page, name: RegExp | string): Locator {
  return page.getByRole("region", { name });
}

const openCalls = (page: Page) => region(page, /^Otevřené a chystané výzvy/);
const archive = (page: Page) => region(page, /^Archiv uzavřených výzev/);
const upcomingEvents = (page: Page) => region(page, "Nadcházející akce");
const pastEvents = (page: Page) =>
  page.getByRole("heading", { name: "Proběhlé akce" }).locator("xpath=following-sibling::ul[1]");

/** A call or event card by (the start of) its title. */
function card(scope: Locator, title: string): Locator {
  return scope
    .getByRole("article")
    .filter({ has: scope.page().getByRole("heading", { name: title }) });
}

/** The back office's list of calls and events, reached through the admin navigation. */
async function openFundingAdmin(page: Page): Promise<void> {
  await page.goto("/admin");
  await page
    .getByRole("navigation", { name: "Správa Svazu" })
    .getByRole("link", { name: "Výzvy a akce" })
    .click();
  await expect(page).toHaveURL(/\/admin\/funding$/);
  await expect(page.getByRole("heading", { level: 2, name: "Dotační výzvy a akce" })).toBeVisible();
}

/**
 * Cleanup that must not depend on the journey having got far: delete every call or event
 * the staff list shows under this title, by the same POST the confirmation button sends.
 */
async function deleteByTitle(page: Page, kind: "calls" | "events", title: string): Promise<void> {
  await page.goto("/admin/funding");
  // The list comes whole with the page: once its heading shows, every link is there to read.
  await expect(page.getByRole("heading", { level: 2, name: "Dotační výzvy a akce" })).toBeVisible();
  const links = page.getByRole("link", { name: title, exact: true });
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    if (!href?.startsWith(`/admin/funding/${kind}/`)) continue;
    const response = await page.request.post(href, { form: { intent: "delete" } });
    expect(response.ok(), `cleanup of ${href}`).toBe(true);
  }
}

/** Open the disclosure, read the question, confirm. */
async function confirmDelete(page: Page, label: string, title: string): Promise<void> {
  await page.getByText(`${label}…`).click();
  await expect(page.getByText(`„${title}“`)).toBeVisible();
  await page.getByRole("button", { name: label, exact: true }).click();
}

// ---- Visitors ----------------------------------------------------------------------------------

test.describe("visitors", () => {
  test("find open calls, the archive, filters and the calendar from the main navigation", async ({
    page,
  }) => {
    test.slow(); // several filtered pages and axe
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Hlavní navigace" })
      .getByRole("link", { name: "Dotace a akce" })
      .click();
    await expect(page).toHaveURL(/\/funding$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Dotační výzvy a akce" }),
    ).toBeVisible();

    // Europe Goes Local has no deadline: open. The other three seed calls closed in 2020.
    const egl = card(openCalls(page), EUROPE_GOES_LOCAL);
    await expect(egl).toContainText("Otevřeno bez pevného termínu (do vyčerpání prostředků).");
    await expect(card(archive(page), EUROPE_GOES_LOCAL)).toHaveCount(0);
    const norway = card(archive(page), NORWAY);
    await expect(norway).toContainText("Uzavřeno: termín byl 25. června 2020.");
    await expect(norway).toContainText("Země žadatele: Česko. Země partnerů: Norsko.");
    await expect(card(openCalls(page), NORWAY)).toHaveCount(0);
    for (const title of [EUKI, CLRAE]) await expect(card(archive(page), title)).toHaveCount(1);
    await expectAccessible(page);

    // Partner country Norway: EUKI covers other regions, CLRAE is for individuals.
    const filters = page.getByRole("form", { name: "Filtry" });
    await filters.getByLabel("Země").selectOption({ label: "Norsko" });
    await filters.getByRole("button", { name: "Použít filtry" }).click();
    await expect(page).toHaveURL(/[?&]country=NO(&|$)/);
    await expect(card(archive(page), EUKI)).toHaveCount(0);
    await expect(card(archive(page), CLRAE)).toHaveCount(0);
    await expect(card(archive(page), NORWAY)).toHaveCount(1);
    await expect(card(openCalls(page), EUROPE_GOES_LOCAL)).toHaveCount(1);

    // And the topic climate: Europe Goes Local is about youth; Norway Grants take any topic.
    await filters.getByLabel("Témata").selectOption({ label: "Klima a energie" });
    await filters.getByRole("button", { name: "Použít filtry" }).click();
    await expect(page).toHaveURL(/[?&]topic=climate_energy(&|$)/);
    await expect(card(openCalls(page), EUROPE_GOES_LOCAL)).toHaveCount(0);
    await expect(card(archive(page), NORWAY)).toHaveCount(1);

    // Only the topic: EUKI is back (a climate call), CLRAE is not (youth and administration).
    await filters.getByLabel("Země").selectOption({ label: "Jakákoli" });
    await filters.getByRole("button", { name: "Použít filtry" }).click();
    await expect(page).toHaveURL(/\/funding\?country=&topic=climate_energy$/);
    await expect(card(archive(page), EUKI)).toHaveCount(1);
    await expect(card(archive(page), NORWAY)).toHaveCount(1);
    await expect(card(archive(page), CLRAE)).toHaveCount(0);

    // The calendar feed: a calendar app gets text/calendar with the seed deadlines in it.
    const feed = page.getByRole("link", { name: "Termíny do kalendáře (iCalendar)" });
    await expect(feed).toHaveAttribute("href", "/funding.ics");
    const ics = await page.request.get("/funding.ics");
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toMatch(/^text\/calendar\b/);
    const body = (await ics.text()).replace(/\r\n[ \t]/g, "");
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body).toContain(`SUMMARY:Uzávěrka: ${NORWAY}`);
    expect(body).toContain("DTSTART;VALUE=DATE:20200625");
  });

  // The form's fields are filled from the URL; after "Zrušit filtry" they must show "any"
  // again, or the next "Použít filtry" silently brings the old country back.
  test("clearing the filters clears the form as well as the lists", async ({ page }) => {
    await page.goto("/funding");
    const filters = page.getByRole("form", { name: "Filtry" });
    await filters.getByLabel("Země").selectOption({ label: "Norsko" });
    await filters.getByLabel("Témata").selectOption({ label: "Mládež" });
    await filters.getByRole("button", { name: "Použít filtry" }).click();
    await expect(page).toHaveURL(/country=NO&topic=youth$/);
    await expect(card(archive(page), EUKI)).toHaveCount(0);

    await filters.getByRole("link", { name: "Zrušit filtry" }).click();
    await expect(page).toHaveURL(/\/funding$/);
    await expect(card(archive(page), EUKI)).toHaveCount(1);
    await expect(filters.getByLabel("Země")).toHaveValue("");
    await expect(filters.getByLabel("Témata")).toHaveValue("");

    // Choosing only a topic now filters by that topic alone.
    await filters.getByLabel("Témata").selectOption({ label: "Klima a energie" });
    await filters.getByRole("button", { name: "Použít filtry" }).click();
    await expect(page).toHaveURL(/\/funding\?country=&topic=climate_energy$/);
    await expect(card(archive(page), EUKI)).toHaveCount(1);
  });

  test("read the page in English", async ({ page }) => {
    await page.goto("/funding?lang=en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(
      page.getByRole("heading", { level: 1, name: "Funding calls and events" }),
    ).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", {
        name: "Funding and events",
      }),
    ).toBeVisible();
    const open = region(page, /^Open and upcoming calls/);
    await expect(
      card(open, "Europe Goes Local: supporting youth work at local level"),
    ).toContainText("Open with no fixed deadline (until the money runs out).");
    const norway = card(
      region(page, /^Archive of closed calls/),
      "Norway Grants: second open call of the Fund for Bilateral Relations",
    );
    await expect(norway).toContainText("Closed: the deadline was 25 June 2020.");
    await expect(norway).toContainText("Applicant from Czechia. Partners from Norway.");
    await expect(
      page.getByRole("link", { name: "Dates for your calendar (iCalendar)" }),
    ).toBeVisible();
    await expect(page.getByText("Uzavřeno: termín byl")).toHaveCount(0);
  });
});

// ---- Staff, visitors and a mayor ---------------------------------------------------------------

test.describe("union staff", () => {
  test("create a call that shows on /funding and on the offer page of the pair it fits, then delete it", async ({
    page,
    browser,
    request,
    accounts,
  }) => {
    test.slow(); // four people, many pages
    const id = stamp();
    const titleCs = `E2E výzva pro Polsko ${id}`;
    const titleEn = `E2E call for Poland ${id}`;
    // A fresh mayor of a Czech municipality: the call's applicant country is theirs.
    const mayorOf = await accounts.newMayor();
    const town = mayorOf.municipality.name;
    await signIn(page, await accounts.newStaff());
    const visitor = await openSession(browser, null);
    const mayor = await openSession(browser, mayorOf);
    try {
      await test.step("Staff open the new call form", async () => {
        await openFundingAdmin(page);
        await page.getByRole("link", { name: "Nová výzva" }).click();
        await expect(page).toHaveURL(/\/admin\/funding\/calls\/new$/);
      });

      const { czechTitle, lead } =
        await test.step("A first attempt without a Czech title and with an unknown country is refused", async () => {
          // First attempt: no Czech title and an unknown country code.
          await page.getByLabel("Program").fill("E2E Programme");
          await page.getByLabel("Název anglicky").fill(titleEn);
          await page.getByLabel("Země žadatele").fill("CZ, XX");
          const [response] = await Promise.all([
            page.waitForResponse((r) => r.request().method() === "POST"),
            page.getByRole("button", { name: "Uložit" }).click(),
          ]);
          expect(response.status()).toBe(400);
          const czechTitle = page.getByLabel("Název česky");
          await expect(czechTitle).toHaveAttribute("aria-invalid", "true");
          await expect(czechTitle).toHaveAccessibleDescription("Vyplňte toto pole.");
          const lead = page.getByLabel("Země žadatele");
          await expect(lead).toHaveAttribute("aria-invalid", "true");
          await expect(page.locator("#leadCountries-error")).toHaveText(
            "Zadejte dvoupísmenné kódy evropských zemí oddělené čárkou, např. CZ, NO, IS.",
          );
          await expect(lead).toHaveAttribute("aria-describedby", /\bleadCountries-error\b/);
          // What was typed is still there, and fields without errors are not marked.
          await expect(page.getByLabel("Název anglicky")).toHaveValue(titleEn);
          await expect(page.getByLabel("Program")).not.toHaveAttribute("aria-invalid");
          await expect(page).toHaveURL(/\/admin\/funding\/calls\/new$/);
          await expectAccessible(page);
          // Nothing was created: the English page does not know the title.
          expect(await (await request.get("/funding?lang=en")).text()).not.toContain(titleEn);
          return { czechTitle, lead };
        });

      await test.step("A valid call is saved: open since yesterday, deadline in 20 days, CZ + PL", async () => {
        // Second attempt: a valid call, open since yesterday, deadline in 20 days, CZ + PL.
        await czechTitle.fill(titleCs);
        await lead.fill("CZ");
        await page.getByLabel("Země partnerů").fill("PL");
        await page.getByLabel("Vyhlášeno dne").fill(pragueDay(-1));
        await page.getByLabel("Uzávěrka").fill(pragueDay(20));
        await page
          .getByRole("group", { name: /^Témata/ })
          .getByLabel("Kultura", { exact: true })
          .check();
        await page.getByRole("button", { name: "Uložit" }).click();
        await expect(page).toHaveURL(/\/admin\/funding$/);
        await expect(toast(page, "Výzva je uložena.")).toBeVisible();
        const row = page.getByRole("row").filter({ hasText: titleCs });
        await expect(row).toContainText("otevřená");
      });

      await test.step("A visitor sees it among the open calls, counted down, with its conditions", async () => {
        // A visitor sees it among the open calls, counted down, with its conditions.
        await visitor.page.goto("/funding");
        const mine = card(openCalls(visitor.page), titleCs);
        // 20 days, or 19 if Prague's midnight fell between saving and looking.
        await expect(mine).toContainText(/Otevřeno do .+: zbývá (20|19) dní\./);
        await expect(mine).toContainText("Země žadatele: Česko. Země partnerů: Polsko.");
        await expect(mine).toContainText("Kultura");
        await expect(card(archive(visitor.page), titleCs)).toHaveCount(0);
        // The partner-country filter: Poland yes, Norway no.
        await visitor.page.goto("/funding?country=PL");
        await expect(card(openCalls(visitor.page), titleCs)).toHaveCount(1);
        await visitor.page.goto("/funding?country=NO");
        await expect(card(openCalls(visitor.page), titleCs)).toHaveCount(0);
        // Its deadline is in the calendar feed.
        const ics = (await (await visitor.page.request.get("/funding.ics")).text()).replace(
          /\r\n[ \t]/g,
          "",
        );
        expect(ics).toContain(`SUMMARY:Uzávěrka: ${titleCs}\r\n`);
        expect(ics).toContain(`DTSTART;VALUE=DATE:${pragueDay(20).replaceAll("-", "")}\r\n`);
        // A visitor on Wołomin's offer sees it for any Czech municipality and Wołomin.
        await visitor.page.goto("/offers");
        await visitor.page.getByRole("link", { name: "Wołomin", exact: true }).first().click();
        const generic = region(visitor.page, "Výzvy pro tuto dvojici");
        await expect(generic).toContainText("Česká obec + Wołomin");
        await expect(generic.getByRole("listitem").filter({ hasText: titleCs })).toContainText(
          "Wołomin (PL): partner ze země Polsko, podmínka splněna.",
        );
      });

      const { wolomin } =
        await test.step("On Wołomin's offer (PL) the call fits the mayor's municipality, with reasons", async () => {
          // The mayor (a Czech municipality) on Wołomin's offer (PL): the call fits, with reasons.
          await mayor.page.goto("/offers");
          await mayor.page.getByRole("link", { name: "Wołomin", exact: true }).first().click();
          await expect(mayor.page.getByRole("heading", { level: 1 })).toHaveText("Wołomin");
          const wolomin = mayor.page.url();
          const fits = region(mayor.page, "Výzvy pro tuto dvojici");
          await expect(fits).toContainText(`${town} + Wołomin`);
          const fit = fits.getByRole("listitem").filter({ hasText: titleCs });
          await expect(fit).toContainText(/zbývá (20|19) dní/);
          await expect(fit.getByRole("list", { name: "Proč výzva sedí" })).toContainText(
            "Wołomin (PL): partner ze země Polsko, podmínka splněna.",
          );
          await expect(fit).toContainText(
            `${town} (CZ) může podat žádost (země žadatele: Česko): podmínka splněna.`,
          );
          // Lutsk (Luck to a Czech reader) is in Ukraine: the call is not for that pair.
          await mayor.page.goto("/offers");
          await mayor.page.getByRole("link", { name: "Luck (Луцьк)", exact: true }).first().click();
          await expect(mayor.page.getByRole("heading", { level: 1 })).toHaveText("Luck (Луцьк)");
          const lutskFits = region(mayor.page, "Výzvy pro tuto dvojici");
          await expect(lutskFits).toContainText(`${town} + Luck`);
          await expect(lutskFits).toContainText("Europe Goes Local");
          await expect(lutskFits).not.toContainText(titleCs);
          return { wolomin };
        });

      await test.step("Staff delete it, confirming first", async () => {
        // Staff delete it: the disclosure first, then the confirmation.
        await page.getByRole("link", { name: titleCs, exact: true }).click();
        await expect(page.getByRole("heading", { level: 2, name: "Upravit výzvu" })).toBeVisible();
        await expect(page.getByLabel("Země partnerů")).toHaveValue("PL");
        await expectAccessible(page);
        await confirmDelete(page, "Smazat výzvu", titleCs);
        await expect(page).toHaveURL(/\/admin\/funding$/);
        await expect(toast(page, "Výzva je smazána.")).toBeVisible();
        await expect(page.getByRole("link", { name: titleCs })).toHaveCount(0);

        await visitor.page.goto("/funding");
        await expect(card(openCalls(visitor.page), EUROPE_GOES_LOCAL)).toHaveCount(1);
        await expect(visitor.page.getByText(titleCs)).toHaveCount(0);
        await mayor.page.goto(wolomin);
        await expect(region(mayor.page, "Výzvy pro tuto dvojici")).toContainText(
          `${town} + Wołomin`,
        );
        await expect(mayor.page.getByText(titleCs)).toHaveCount(0);
      });
      expectNoConsoleErrors(visitor, mayor);
    } finally {
      await deleteByTitle(page, "calls", titleCs);
      await closeAll(visitor, mayor);
    }
  });

  for (const when of ["upcoming", "past"] as const) {
    test(`create and delete an event in the ${when === "upcoming" ? "future" : "past"}`, async ({
      page,
      browser,
      accounts,
    }) => {
      test.slow();
      const id = stamp();
      const titleCs = `E2E fórum ${when === "upcoming" ? "budoucí" : "minulé"} ${id}`;
      const [startsOn, endsOn] =
        when === "upcoming" ? [pragueDay(30), pragueDay(32)] : [pragueDay(-40), pragueDay(-38)];
      await signIn(page, await accounts.newStaff());
      const visitor = await openSession(browser, null);
      try {
        await openFundingAdmin(page);
        await page.getByRole("link", { name: "Nová akce" }).click();
        await expect(page).toHaveURL(/\/admin\/funding\/events\/new$/);

        // Ends before it starts, and no country: errors beside the two fields.
        await page.getByLabel("Název česky").fill(titleCs);
        await page.getByLabel("Název anglicky").fill(`E2E forum ${when} ${id}`);
        await page.getByLabel("Začátek").fill(endsOn);
        await page.getByLabel("Konec").fill(startsOn);
        await page.getByLabel("Město").fill("Graz");
        await page.getByRole("button", { name: "Uložit" }).click();
        await expect(page.getByLabel("Konec")).toHaveAttribute("aria-invalid", "true");
        await expect(page.getByLabel("Konec")).toHaveAccessibleDescription(
          "Konec akce nesmí být dřív než její začátek.",
        );
        await expect(page.getByLabel("Země", { exact: true })).toHaveAttribute(
          "aria-invalid",
          "true",
        );
        await expect(page).toHaveURL(/\/admin\/funding\/events\/new$/);

        await page.getByLabel("Začátek").fill(startsOn);
        await page.getByLabel("Konec").fill(endsOn);
        await page.getByLabel("Země", { exact: true }).selectOption({ label: "Rakousko" });
        await page.getByRole("button", { name: "Uložit" }).click();
        await expect(page).toHaveURL(/\/admin\/funding$/);
        await expect(toast(page, "Akce je uložena.")).toBeVisible();
        await expect(page.getByRole("row").filter({ hasText: titleCs })).toContainText(
          "Graz, Rakousko",
        );

        // Under the right heading on /funding, and only there.
        await visitor.page.goto("/funding");
        const [right, wrong] =
          when === "upcoming"
            ? [upcomingEvents(visitor.page), pastEvents(visitor.page)]
            : [pastEvents(visitor.page), upcomingEvents(visitor.page)];
        await expect(card(right, titleCs)).toContainText("Graz, Rakousko");
        await expect(card(wrong, titleCs)).toHaveCount(0);

        await page.getByRole("link", { name: titleCs, exact: true }).click();
        await expect(page.getByRole("heading", { level: 2, name: "Upravit akci" })).toBeVisible();
        await confirmDelete(page, "Smazat akci", titleCs);
        await expect(toast(page, "Akce je smazána.")).toBeVisible();
        await expect(page.getByRole("link", { name: titleCs })).toHaveCount(0);
        await visitor.page.reload();
        await expect(visitor.page.getByText(titleCs)).toHaveCount(0);
        expectNoConsoleErrors(visitor);
      } finally {
        await deleteByTitle(page, "events", titleCs);
        await closeAll(visitor);
      }
    });
  }
});
