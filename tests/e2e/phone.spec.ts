// A phone and a wide screen (issue 18): at 390 × 844 the header's links are behind a menu
// button and a list's filters fold, so the first result is on the first screen; at 1280 px
// the signed-in header keeps its main links on one line, in every language.
import { type Locator, type Page } from "@playwright/test";
import { expect, test } from "./accounts";
import { expectAccessible, loginAs, type Role } from "./fixtures";

const PHONE = { width: 390, height: 844 };

function mainNav(page: Page, name = "Hlavní navigace"): Locator {
  return page.getByRole("navigation", { name });
}

/** How many lines a list's items take (items whose tops are apart by more than a few px). */
function lineCount(items: Locator): Promise<number> {
  return items.evaluateAll((elements) => {
    const tops = elements.map((e) => e.getBoundingClientRect().top).sort((a, b) => a - b);
    return tops.filter((top, i) => i === 0 || top - (tops[i - 1] ?? top) > 8).length;
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("the menu button opens the navigation and a link can be followed", async ({ page }) => {
    await page.goto("/");
    const nav = mainNav(page);
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toHaveAttribute("aria-controls", "site-nav");
    await expect(nav.getByRole("link", { name: "Obce", exact: true })).toBeHidden();
    // The language menu stays in sight beside the button.
    await expect(page.locator("details.lang-menu summary")).toBeVisible();

    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav).toHaveAttribute("id", "site-nav");
    await expect(nav.getByRole("link", { name: "Přihlásit se" })).toBeVisible();
    await expectAccessible(page);

    await nav.getByRole("link", { name: "Obce", exact: true }).click();
    await expect(page).toHaveURL(/\/municipalities$/);
    await expect(page.getByRole("heading", { level: 1, name: "Obce v Česku" })).toBeVisible();
    // Following a link closes the menu.
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: "Mapa", exact: true })).toBeHidden();
  });

  test("Escape closes the menu and gives the focus back to its button", async ({ page }) => {
    await page.goto("/offers");
    const menu = page.getByRole("button", { name: "Menu" });
    await menu.click();
    const map = mainNav(page).getByRole("link", { name: "Mapa", exact: true });
    await expect(map).toBeVisible();
    await map.focus();
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(map).toBeHidden();
  });

  test("the offers' filters fold, the first offer is on the first screen; a filter keeps them open with its count", async ({
    page,
    accounts,
  }) => {
    // An offer of its own, so the list is not empty whatever else has run.
    await accounts.newForeignTown({ town: "Nysa" });
    await page.goto("/offers");
    const filters = page.getByRole("form", { name: "Filtry" });
    const toggle = filters.getByText("Možnosti filtrování");
    await expect(toggle).toHaveText("Možnosti filtrování");
    await expect(filters.getByLabel("Hledat")).toBeHidden();
    const first = page.getByRole("main").getByRole("article").first();
    await expect(first).toBeVisible();
    await expect.poll(async () => (await first.boundingBox())?.y).toBeLessThan(PHONE.height);
    await expectAccessible(page);

    await toggle.click();
    const culture = filters.getByRole("checkbox", { name: /^Kultura/ });
    await culture.check();
    await filters.getByRole("button", { name: "Použít filtry" }).click();
    await expect(page).toHaveURL(/\/offers\?.*topic=culture/);
    await expect(culture).toBeVisible();
    await expect(culture).toBeChecked();
    await expect(filters.locator("summary")).toHaveText("Možnosti filtrování (1 aktivní)");

    // A shared link with a filter opens them from the server too.
    await page.reload();
    await expect(culture).toBeVisible();
    await expect(filters.locator("summary")).toHaveText("Možnosti filtrování (1 aktivní)");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the filters and the menu open as disclosures", async ({ page }) => {
      await page.goto("/offers");
      const filters = page.getByRole("form", { name: "Filtry" });
      await expect(filters.getByLabel("Hledat")).toBeHidden();
      await filters.getByText("Možnosti filtrování").click();
      await expect(filters.getByLabel("Hledat")).toBeVisible();

      const nav = mainNav(page);
      await expect(nav.getByRole("link", { name: "Obce", exact: true })).toBeHidden();
      await page.locator("summary", { hasText: "Menu" }).click();
      await nav.getByRole("link", { name: "Obce", exact: true }).click();
      await expect(page).toHaveURL(/\/municipalities$/);
    });
  });
});

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  const NAV_LABEL = {
    cs: "Hlavní navigace",
    en: "Main navigation",
    de: "Hauptnavigation",
    pl: "Nawigacja główna",
    sk: "Hlavná navigácia",
    uk: "Головна навігація",
  };

  // Demo accounts, only read: staff have the most links, a foreign town "new request".
  for (const role of ["staff", "mayor", "foreign"] satisfies Role[]) {
    test(`signed in as ${role}, the header's links keep to their lines in every language`, async ({
      page,
    }) => {
      await loginAs(page, role);
      for (const [lang, label] of Object.entries(NAV_LABEL)) {
        await page.goto(`/offers?lang=${lang}`);
        const header = page.getByRole("banner").locator(".header-row");
        const nav = mainNav(page, label);
        const [account, main] = [nav.getByRole("list").first(), nav.getByRole("list").last()];
        await expect(main.getByRole("link").first()).toBeVisible();
        await expect(account.getByRole("button")).toBeVisible();
        await expect(page.locator("details.lang-menu summary")).toBeVisible();
        await expect.poll(() => lineCount(main.getByRole("listitem")), `main, ${lang}`).toBe(1);
        await expect.poll(() => lineCount(account.getByRole("listitem")), lang).toBe(1);
        // Brand (with the account's links and the language) and the main links: two lines.
        await expect
          .poll(async () => (await header.boundingBox())?.height, `header, ${lang}`)
          .toBeLessThan(130);
      }
    });
  }
});
