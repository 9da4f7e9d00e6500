import { type Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";

const PAGE_SIZE = 24;

/** The offer detail links of the cards on the current list page. */
async function cardLinks(page: Page): Promise<string[]> {
  const cards = page.getByRole("main").getByRole("article");
  const hrefs: string[] = [];
  for (const card of await cards.all()) {
    const href = await card.getByRole("heading").getByRole("link").getAttribute("href");
    expect(href).toMatch(/^\/offers\/\d+$/);
    hrefs.push(href ?? "");
  }
  return hrefs;
}

/** The description (<dd>) that belongs to a term (<dt>) of a fact list. */
function fact(page: Page, term: string) {
  return page
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

test.describe("offers", () => {
  test("the list shows the count, cards and working pagination", async ({ page }) => {
    await page.goto("/offers");
    await expect(
      page.getByRole("heading", { level: 1, name: "Nabídky partnerství" }),
    ).toBeVisible();

    const countText = await page
      .getByRole("heading", { level: 2, name: /^Zveřejněné nabídky: \d+$/ })
      .textContent();
    const total = Number(countText?.match(/(\d+)$/)?.[1]);
    // The seed alone has 43 published offers; more than one page is what this test is about.
    expect(total).toBeGreaterThan(PAGE_SIZE);
    const pages = Math.ceil(total / PAGE_SIZE);

    const firstPage = await cardLinks(page);
    expect(firstPage).toHaveLength(PAGE_SIZE);
    expect(new Set(firstPage).size).toBe(PAGE_SIZE);
    const pagination = page.getByRole("navigation", { name: "Stránkování" });
    await expect(pagination).toContainText(`Strana 1 z ${pages}`);
    await expect(pagination.getByRole("link", { name: "Předchozí" })).toHaveCount(0);
    await expectAccessible(page);

    await pagination.getByRole("link", { name: "Další" }).click();
    await expect(page).toHaveURL(/\/offers\?page=2$/);
    await expect(pagination).toContainText(`Strana 2 z ${pages}`);
    const secondPage = await cardLinks(page);
    expect(secondPage).toHaveLength(Math.min(PAGE_SIZE, total - PAGE_SIZE));
    expect(secondPage.filter((href) => firstPage.includes(href))).toEqual([]);
    await expectAccessible(page);

    await pagination.getByRole("link", { name: "Předchozí" }).click();
    await expect(page).toHaveURL(/\/offers\?page=1$/);
    expect(await cardLinks(page)).toEqual(firstPage);
  });

  test("an offer detail shows the population and topics", async ({ page }) => {
    await page.goto("/offers");
    await page.getByRole("link", { name: "Wołomin", exact: true }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wołomin");
    await expect(page.getByText("Polsko · Masovian Voivodeship")).toBeVisible();
    await expect(fact(page, "Počet obyvatel")).toHaveText(/^53\s000$/);
    await expect(fact(page, "Témata")).toHaveText("Životní prostředí, Kultura, Zemědělství a půda");
    await expect(fact(page, "Pracovní jazyky")).toHaveText("polština");
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
