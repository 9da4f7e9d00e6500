// The pages about the service, reached as a visitor reaches them: from the footer of any
// page, in Czech and in English, each with one h1, its title and no accessibility
// violations; /help hands out its model documents as downloads.
import fs from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";

/** Follows a link of the footer's navigation and waits for the page's heading. */
async function viaFooter(page: Page, navigation: string, link: string, heading: string) {
  await page
    .getByRole("contentinfo")
    .getByRole("navigation", { name: navigation })
    .getByRole("link", { name: link, exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
}

async function downloadText(page: Page, link: ReturnType<Page["getByRole"]>) {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const bytes = await fs.readFile(await download.path());
  return { name: download.suggestedFilename(), text: bytes.toString("utf8") };
}

test.describe("the pages about the service", () => {
  test("in Czech: from the footer to each page, and a template downloaded", async ({ page }) => {
    test.slow(); // four pages, each checked with axe
    await page.goto("/offers");

    await viaFooter(page, "Informace o službě", "O Spolu", "O Spolu");
    await expect(page).toHaveTitle("O Spolu — Spolu");
    await expect(page.getByRole("main")).toContainText("Svaz měst a obcí České republiky");
    await expect(page.getByRole("main")).toContainText("63113074");
    await expect(
      page.getByRole("main").getByRole("link", { name: "info@smocr.cz" }).first(),
    ).toHaveAttribute("href", "mailto:info@smocr.cz");
    await expectAccessible(page);

    await viaFooter(page, "Informace o službě", "Nápověda", "Jak na partnerství obcí");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      "content",
      /zastupitelstvem/,
    );
    await expect(page.getByRole("main")).toContainText("§ 84 odst. 2 zákona č. 128/2000 Sb.");
    await expectAccessible(page);
    const agreement = page.getByRole("region", { name: "Vzor smlouvy o partnerství a spolupráci" });
    const czech = await downloadText(page, agreement.getByRole("link", { name: "Čeština (.txt)" }));
    expect(czech.name).toBe("spolu-partnership-agreement-cs.txt");
    expect(czech.text).toContain("SMLOUVA O PARTNERSTVÍ A SPOLUPRÁCI");
    expect(czech.text).toContain("[NÁZEV ČESKÉ OBCE]");
    const resolution = page.getByRole("region", { name: "Vzor usnesení zastupitelstva" });
    const council = await downloadText(
      page,
      resolution.getByRole("link", { name: "Čeština (.txt)" }),
    );
    expect(council.text).toContain("[ČÍSLO USNESENÍ]");

    await viaFooter(page, "Informace o službě", "Ochrana osobních údajů", "Ochrana osobních údajů");
    const cookies = page.getByRole("table", { name: "Cookies, které Spolu ukládá" });
    // The sign-in's 30 days come with the page's data (hydration must not lose them).
    await expect(cookies.getByRole("cell", { name: "30 dní nebo do odhlášení" })).toBeVisible();
    await expect(page.getByRole("link", { name: "www.uoou.gov.cz" })).toBeVisible();
    await expectAccessible(page);

    await viaFooter(page, "Informace o službě", "Podmínky užívání", "Podmínky užívání");
    await expect(page.getByRole("heading", { level: 2, name: "Otevřená data" })).toBeVisible();
    await expectAccessible(page);
  });

  test("in English: the same pages, and the agreement in Czech and English", async ({ page }) => {
    test.slow(); // four pages, each checked with axe
    await page.goto("/?lang=en");

    await viaFooter(page, "About the service", "Privacy", "Privacy");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveTitle("Privacy — Spolu");
    await expect(page.getByRole("heading", { level: 2, name: "Your rights" })).toBeVisible();
    await expectAccessible(page);

    await viaFooter(page, "About the service", "Terms of use", "Terms of use");
    await expectAccessible(page);

    await viaFooter(page, "About the service", "About Spolu", "About Spolu");
    await expect(
      page.getByRole("heading", { level: 2, name: "How the match score works" }),
    ).toBeVisible();
    await expectAccessible(page);

    await viaFooter(page, "About the service", "Help", "How town twinning works");
    await expectAccessible(page);
    const agreement = page.getByRole("region", {
      name: "Model partnership and cooperation agreement",
    });
    const bilingual = await downloadText(
      page,
      agreement.getByRole("link", { name: "Czech and English (.txt)" }),
    );
    expect(bilingual.name).toBe("spolu-partnership-agreement-cs-en.txt");
    expect(bilingual.text).toContain("[NÁZEV ČESKÉ OBCE]");
    expect(bilingual.text).toContain("[NAME OF THE CZECH MUNICIPALITY]");
    expect(bilingual.text.indexOf("Článek 1")).toBeLessThan(bilingual.text.indexOf("Article 1"));
  });
});
