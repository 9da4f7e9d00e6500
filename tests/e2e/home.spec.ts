import { expect, test } from "./accounts";
import { chooseLanguage, expectAccessible } from "./fixtures";

test.describe("home page", () => {
  // The newest offers are whatever was published last, by this test or any other running
  // beside it: the test publishes its own and looks for that one.
  test("is in Czech by default with the newest offers and the data attribution", async ({
    page,
    accounts,
  }) => {
    const { offer } = await accounts.newForeignTown({ town: "Nysa" });
    await page.goto("/");

    await expect(page.locator("html")).toHaveAttribute("lang", "cs");
    await expect(
      page.getByRole("heading", { level: 1, name: "Najděte partnerské město v zahraničí" }),
    ).toBeVisible();
    const latest = page.getByRole("region", { name: "Nejnovější nabídky partnerství" });
    await expect(latest.getByRole("link", { name: offer.town, exact: true })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText(
      "Data o místech © GeoNames (CC BY 4.0) · Hranice: Natural Earth",
    );
    await expectAccessible(page);
  });

  test("switching to English sticks when following a link", async ({ page }) => {
    test.slow(); // several pages, each checked with axe
    await page.goto("/");
    await chooseLanguage(page, "English");

    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(
      page.getByRole("heading", { level: 1, name: "Find a partner town abroad" }),
    ).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText(
      "Place data © GeoNames (CC BY 4.0) · Borders: Natural Earth",
    );
    await expectAccessible(page);

    await page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Partnership requests" })
      .click();
    await expect(page).toHaveURL(/\/offers$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Partnership requests" }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectAccessible(page);

    // A full page load without ?lang= must still be English: the cookie holds the choice.
    await page.reload();
    await expect(
      page.getByRole("heading", { level: 1, name: "Partnership requests" }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("?lang=en gives English on a first visit", async ({ page }) => {
    await page.goto("/?lang=en");

    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(
      page.getByRole("heading", { level: 1, name: "Find a partner town abroad" }),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "Latest partnership requests" })).toBeVisible();
    await expectAccessible(page);
  });

  test("switching back to Czech works", async ({ page }) => {
    test.slow(); // several pages, each checked with axe
    await page.goto("/?lang=en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await chooseLanguage(page, "Čeština");

    await expect(page.locator("html")).toHaveAttribute("lang", "cs");
    await expect(
      page.getByRole("heading", { level: 1, name: "Najděte partnerské město v zahraničí" }),
    ).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText("Hranice: Natural Earth");
    await expectAccessible(page);

    await page.goto("/offers");
    await expect(
      page.getByRole("heading", { level: 1, name: "Nabídky partnerství" }),
    ).toBeVisible();
  });

  // WCAG 2.5.3 Label in Name: speech-input users say what they see ("Čeština").
  test("the language menu lists the six languages by their own names", async ({ page }) => {
    await page.goto("/");
    const menu = page.locator("details.lang-menu");
    const summary = menu.locator("summary");
    await expect(summary).toHaveText("Jazyk stránek: Čeština");
    await expect(summary).toHaveAccessibleName(/Čeština/);
    await summary.click();
    const links = menu.getByRole("link");
    await expect(links).toHaveText([
      "Čeština",
      "English",
      "Deutsch",
      "Polski",
      "Slovenčina",
      "Українська",
    ]);
    await expect(menu.getByRole("link", { name: "Čeština" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await expect(menu.getByRole("link", { name: "Polski" })).toHaveAttribute("hreflang", "pl");
    await expect(menu.getByRole("link", { name: "Polski" })).toHaveAttribute("lang", "pl");
    await expectAccessible(page);
    await menu.getByRole("link", { name: "Polski" }).click();
    await expect(page).toHaveURL(/\?lang=pl$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.locator("details.lang-menu summary")).toHaveText(/Polski$/);
  });

  test("an offer card opens the offer's detail page", async ({ page, accounts }) => {
    const { offer } = await accounts.newForeignTown({ town: "Opole" });
    await page.goto("/");
    await page
      .getByRole("region", { name: "Nejnovější nabídky partnerství" })
      .getByRole("link", { name: offer.town, exact: true })
      .click();

    await expect(page).toHaveURL(`/offers/${offer.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(offer.town);
    await expectAccessible(page);
  });
});

test.describe("in the partners' languages", () => {
  // The browser asks for Polish, as a Polish town hall's would.
  test.use({ locale: "pl-PL" });

  test("a Polish browser gets Polish pages; switching to Ukrainian is remembered", async ({
    page,
  }) => {
    test.slow(); // four pages, each checked with axe
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(
      page.getByRole("heading", { level: 1, name: "Znajdź miasto partnerskie za granicą" }),
    ).toBeVisible();
    await expect(page.locator('link[rel="alternate"][hreflang="uk"]')).toHaveAttribute(
      "href",
      /\/\?lang=uk$/,
    );
    await expectAccessible(page);
    await page
      .getByRole("navigation", { name: "Nawigacja główna" })
      .getByRole("link", { name: "Oferty partnerstwa" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Oferty partnerstwa" })).toBeVisible();
    await expectAccessible(page);

    await chooseLanguage(page, "Українська");
    await expect(page).toHaveURL(/\/offers\?lang=uk$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(
      page.getByRole("heading", { level: 1, name: "Запити на партнерство" }),
    ).toBeVisible();
    await expectAccessible(page);
    // The choice outlives the link: the cookie now wins over the browser's Polish.
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(
      page.getByRole("heading", { level: 1, name: "Знайдіть місто-партнера за кордоном" }),
    ).toBeVisible();
    await expectAccessible(page);
  });
});
