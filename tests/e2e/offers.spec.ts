import { type Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";

const PAGE_SIZE = 24;

/** The offer detail links of the cards on the current list page, read in one go (for expect.poll). */
function cardLinks(page: Page): Promise<string[]> {
  return page
    .getByRole("main")
    .getByRole("article")
    .getByRole("heading")
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

/** What cardLinks reads on a page of `count` cards, each linking to its offer. */
function offerLinks(count: number): unknown[] {
  return Array.from({ length: count }, () => expect.stringMatching(/^\/offers\/\d+$/));
}

/** The N of "Zveřejněné nabídky: N" (for expect.poll, or once the page has settled). */
async function publishedCount(page: Page): Promise<number> {
  const text = await page
    .getByRole("heading", { level: 2, name: /^Zveřejněné nabídky: \d+$/ })
    .textContent();
  return Number(text?.match(/(\d+)$/)?.[1]);
}

/** The description (<dd>) that belongs to a term (<dt>) of a fact list. */
function fact(page: Page, term: string) {
  return page
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

test.describe("offers", () => {
  // Other tests may publish offers meanwhile, so each page is checked against its own count.
  test("the list shows the count, cards and working pagination", async ({ page }) => {
    await page.goto("/offers");
    await expect(
      page.getByRole("heading", { level: 1, name: "Nabídky partnerství" }),
    ).toBeVisible();
    // The seed alone has 43 published offers; more than one page is what this test is about.
    await expect.poll(() => publishedCount(page)).toBeGreaterThan(PAGE_SIZE);
    const total = await publishedCount(page);

    await expect.poll(() => cardLinks(page)).toEqual(offerLinks(PAGE_SIZE));
    const firstPage = await cardLinks(page);
    expect(new Set(firstPage).size).toBe(PAGE_SIZE);
    const pagination = page.getByRole("navigation", { name: "Stránkování" });
    await expect(pagination).toHaveText(
      new RegExp(`^Strana 1 z ${Math.ceil(total / PAGE_SIZE)}\\s*Další$`),
    );
    // The accessibility of the list pages is checked by the test below.

    await pagination.getByRole("link", { name: "Další" }).click();
    await expect(page).toHaveURL(/\/offers\?page=2$/);
    // The second page is shown (its count, cards and pagination come in one render): read it.
    await expect(pagination).toContainText(/Strana 2 z \d+/);
    const totalNow = await publishedCount(page);
    await expect(pagination).toContainText(`Strana 2 z ${Math.ceil(totalNow / PAGE_SIZE)}`);
    await expect(pagination.getByRole("link", { name: "Předchozí" })).toBeVisible();
    await expect
      .poll(() => cardLinks(page))
      .toEqual(offerLinks(Math.min(PAGE_SIZE, totalNow - PAGE_SIZE)));
    const secondPage = await cardLinks(page);
    // Only offers published in between can push a card from page 1 onto page 2.
    const repeated = secondPage.filter((href) => firstPage.includes(href));
    expect(repeated.length).toBeLessThanOrEqual(totalNow - total);

    await pagination.getByRole("link", { name: "Předchozí" }).click();
    await expect(page).toHaveURL(/\/offers\?page=1$/);
    await expect(pagination).toContainText("Strana 1 z");
    await expect.poll(() => cardLinks(page)).toEqual(offerLinks(PAGE_SIZE));
  });

  test("resetting the filters clears the form as well as the list", async ({ page }) => {
    await page.goto("/offers");
    const filters = page.getByRole("form", { name: "Filtry" });
    await filters.getByLabel("Hledat").fill("Wołomin");
    await filters.getByRole("checkbox", { name: /^Polsko/ }).check();
    await filters.getByRole("button", { name: "Použít filtry" }).click();
    await expect(page).toHaveURL(/country=PL/);
    // import.spec.ts may publish a second Wołomin meanwhile.
    await expect(
      page.getByRole("main").getByRole("link", { name: "Wołomin" }).first(),
    ).toBeVisible();

    await page.getByRole("link", { name: "Zrušit filtry" }).click();
    await expect(page).toHaveURL(/\/offers$/);
    // The fields forget the old choice, so the next "apply" does not bring it back.
    await expect(filters.getByLabel("Hledat")).toHaveValue("");
    await expect(filters.getByRole("checkbox", { name: /^Polsko/ })).not.toBeChecked();
  });

  // Every card title is a link next to badge text (WCAG 1.4.1 link-in-text-block).
  test("the list pages pass the accessibility check", async ({ page }) => {
    test.slow(); // several pages, each checked with axe
    for (const path of ["/offers", "/offers?page=2"]) {
      await page.goto(path);
      await expect(page.getByRole("main").getByRole("article").first()).toBeVisible();
      await expectAccessible(page);
    }
  });

  test("an offer detail shows the population and topics", async ({ page }) => {
    await page.goto("/offers");
    // .first(): another test may publish a second Wołomin from the same announcement.
    await page.getByRole("link", { name: "Wołomin", exact: true }).first().click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wołomin");
    // The first: the page's own lead (similar requests below name their countries too).
    await expect(page.getByText(/^Polsko\b/).first()).toBeVisible();
    await expect(fact(page, "Počet obyvatel")).toHaveText(/^53\s000$/);
    await expect(fact(page, "Témata")).toHaveText("Životní prostředí, Kultura, Zemědělství a půda");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Zpět na nabídky" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Nabídky partnerství" }),
    ).toBeVisible();
  });

  test("an offer open to any topic says so, with the partner size sought", async ({ page }) => {
    await page.goto("/offers");
    await page.getByRole("link", { name: "Montefranco", exact: true }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Montefranco");
    await expect(fact(page, "Počet obyvatel")).toHaveText(/^1\s300$/);
    await expect(fact(page, "Témata")).toHaveText("Otevřeno všem tématům");
    await expect(fact(page, "Hledaná velikost partnera")).toHaveText(/^1\s000–5\s000 obyvatel$/);
    await expect(fact(page, "Pracovní jazyky")).toHaveText("italština");
    await expectAccessible(page);
  });

  for (const path of ["/offers/999999", "/offers/abc"]) {
    test(`${path} is a human 404 page`, async ({ page }) => {
      const response = await page.goto(path);

      expect(response?.status()).toBe(404);
      await expect(
        page.getByRole("heading", { level: 1, name: "Stránka nenalezena" }),
      ).toBeVisible();
      await expect(page.getByRole("link", { name: "Zpět na úvod" })).toBeVisible();
      await expectAccessible(page);
    });
  }
});
