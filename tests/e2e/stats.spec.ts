// Staff statistics: reached from the back office's navigation, charts that are
// images with names, the numbers in captioned tables, a CSV that Excel reads
// with Czech letters; a mayor gets no further than 403. Only reads, besides each
// test's own fresh account (accounts.ts): the shared database stays as it was.
import fs from "node:fs";
import { expect, test } from "./accounts";
import { expectAccessible, signIn } from "./fixtures";

const BOM = [0xef, 0xbb, 0xbf];

test.describe("union staff", () => {
  test("open the statistics from the back office and read charts and tables", async ({
    page,
    accounts,
  }) => {
    test.slow(); // a long page checked with axe
    await signIn(page, await accounts.newStaff());
    await page.goto("/admin");
    await page
      .getByRole("navigation", { name: "Správa Svazu" })
      .getByRole("link", { name: "Statistiky" })
      .click();
    await expect(page).toHaveURL(/\/admin\/stats$/);
    await expect(
      page.getByRole("heading", { level: 2, name: "Statistiky a exporty" }),
    ).toBeVisible();
    await expect(page.getByText("žádné kontaktní osoby, e-maily, telefony")).toBeVisible();

    // The demo data has published offers and recorded partnerships: those charts are drawn.
    for (const name of [
      "Nabídky podle stavu",
      "Partnerství podle země partnera",
      "Partnerství podle roku podpisu",
    ]) {
      const chart = page.getByRole("img", { name, exact: true });
      await expect(chart, name).toBeVisible();
      // Figures with a thousands separator: the public lists give about 1,100 partnerships.
      await expect(chart).toHaveAccessibleDescription(
        /^Celkem \d[\d\s]*\. Nejvíce: .+ \(\d[\d\s]*\)\.$/,
      );
      await expect(chart.locator("rect"), `${name} has bars`).not.toHaveCount(0);
      await expect(page.getByRole("table", { name: `${name}: čísla` })).toBeVisible();
    }
    const offers = page.getByRole("table", { name: "Nabídky podle stavu: čísla" });
    // Every status has a row, zeros too.
    await expect(offers.getByRole("row")).toHaveCount(8);
    const published = offers.getByRole("row", { name: /^Zveřejněno \d+$/ });
    await expect(published.getByRole("cell")).toHaveText(/^\s*[1-9]\d*\s*$/);

    // Contacts depend on what other tests do meanwhile: a chart, or the empty state.
    for (const section of ["Kontakty podle stavu", "Doba odezvy"]) {
      const region = page.getByRole("region", { name: section });
      await expect(
        region
          .getByRole("img", { name: section })
          .or(region.getByText("Za zvolené období tu nejsou žádná data.")),
      ).toBeVisible();
    }
    await expect(page.getByRole("region", { name: "Doba odezvy" })).toContainText(
      "od odeslání projevu zájmu po první rozhodnutí Svazu",
    );
    await expectAccessible(page);
  });

  test("download a CSV with the BOM and stable column names", async ({ page, accounts }) => {
    await signIn(page, await accounts.newStaff());
    await page.goto("/admin/stats");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page
        .getByRole("region", { name: "Nabídky podle stavu" })
        .getByRole("link", { name: "Stáhnout CSV – Nabídky podle stavu" })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe("spolu-offers-by-status-all.csv");
    const bytes = fs.readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe("status,label,count");
    expect(lines).toContainEqual(expect.stringMatching(/^pending,Čeká na schválení,\d+$/));

    const [rows] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Stáhnout CSV – Partnerství", exact: true }).click(),
    ]);
    const text = fs.readFileSync(await rows.path()).toString("utf8");
    expect(text.startsWith("\uFEFFid,municipality_id,municipality,municipality_country,")).toBe(
      true,
    );
    // A demo municipality with its partnerships, Czech letters intact.
    expect(text).toContain(",Hradec Králové,CZ,Wrocław,PL,");
  });

  test("choose a year: the page and its downloads follow it", async ({ page, accounts }) => {
    await signIn(page, await accounts.newStaff());
    await page.goto("/admin/stats");
    const year = String(new Date().getUTCFullYear());
    await page.getByLabel("Období").selectOption(year);
    await page.getByRole("button", { name: "Zobrazit" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/stats\\?year=${year}$`));
    await expect(page.getByLabel("Období")).toHaveValue(year);
    await expect(
      page.getByRole("link", { name: "Stáhnout CSV – Kontakty", exact: true }),
    ).toHaveAttribute("href", `/admin/stats/contacts.csv?year=${year}`);
  });
});

test.describe("a mayor", () => {
  test("cannot reach the statistics or any of their files", async ({ page, accounts }) => {
    await signIn(page, await accounts.newMayor());
    const response = await page.goto("/admin/stats");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Přístup odepřen" })).toBeVisible();
    await expect(page.getByRole("img", { name: "Nabídky podle stavu" })).toHaveCount(0);
    for (const name of ["offers-by-status", "contacts", "partnerships"]) {
      const file = await page.request.get(`/admin/stats/${name}.csv`);
      expect(file.status(), name).toBe(403);
      expect(await file.text()).not.toContain("status,");
    }
    await expectAccessible(page);
  });
});
