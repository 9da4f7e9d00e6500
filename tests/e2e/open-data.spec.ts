import fs from "node:fs/promises";
import { csvRecords } from "../support/csv";
import { expect, expectAccessible, test } from "./fixtures";

test.describe("open data", () => {
  test("a visitor downloads the filtered list as CSV for Excel", async ({ page }) => {
    await page.goto("/offers?country=PL");
    const link = page.getByRole("link", { name: "Stáhnout CSV" });
    await expect(link).toHaveAttribute("href", "/offers.csv?country=PL");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^spolu-offers-\d{4}-\d{2}-\d{2}\.csv$/);

    const bytes = await fs.readFile(await download.path());
    // The BOM makes Excel read UTF-8; without it Czech and Polish letters turn to junk.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = csvRecords(bytes.subarray(3).toString("utf8"));
    const towns = records.map((r) => r.town);
    expect(towns).toContain("Wołomin");
    expect(towns).toContain("Kłodzko");
    expect(new Set(records.map((r) => r.country))).toEqual(new Set(["PL"]));
    // The seed's request, not the copy import.spec.ts may have published meanwhile.
    const wolomin = records
      .filter((r) => r.town === "Wołomin")
      .sort((a, b) => Number(a.id) - Number(b.id))[0]!;
    expect(wolomin.description_cs).toContain("životního prostředí");
    expect(wolomin.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/offers\/\d+$/);
  });

  test("browsers find the Atom feed, and it parses as XML", async ({ page }) => {
    await page.goto("/offers");
    const discovery = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(discovery).toHaveAttribute("href", "/feed.xml");
    await expect(discovery).toHaveAttribute("title", "Spolu — nové nabídky partnerství");
    await expect(page.getByRole("link", { name: "Odebírat nové nabídky (Atom)" })).toHaveAttribute(
      "href",
      "/feed.xml",
    );

    const response = await page.request.get("/feed.xml");
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    // The browser's own XML parser: a real, strict one.
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "application/xml");
      const atom = "http://www.w3.org/2005/Atom";
      const titles = [...doc.getElementsByTagNameNS(atom, "entry")].map(
        (e) => e.getElementsByTagNameNS(atom, "title")[0]?.textContent ?? "",
      );
      return {
        errors: doc.getElementsByTagName("parsererror").length,
        root: doc.documentElement.localName,
        namespace: doc.documentElement.namespaceURI,
        updated: doc.documentElement.getElementsByTagNameNS(atom, "updated")[0]?.textContent,
        titles,
      };
    }, xml);
    expect(parsed.errors).toBe(0);
    expect(parsed).toMatchObject({ root: "feed", namespace: "http://www.w3.org/2005/Atom" });
    expect(parsed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(parsed.titles.length).toBeGreaterThan(20);
    expect(parsed.titles).toContain("Wołomin (Polsko) hledá partnerskou obec");
  });

  test("the API answers JSON that any site may read", async ({ page }) => {
    const response = await page.request.get("/api/offers?country=PL&per_page=50");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const body = (await response.json()) as { data: { town: string }[]; total: number };
    expect(body.data.map((o) => o.town)).toContain("Wołomin");
    expect(body.total).toBe(body.data.length);

    const bad = await page.request.get("/api/offers?per_page=1000");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({ errors: { per_page: expect.stringMatching(/100/) } });
  });

  test("the footer leads to the open-data page", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("contentinfo")
      .getByRole("link", { name: /Otevřená data/ })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Otevřená data" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Adresy otevřených dat" })).toBeVisible();
    await expect(page.getByRole("link", { name: "/api/offers", exact: true })).toBeVisible();
    await expectAccessible(page);
  });
});
