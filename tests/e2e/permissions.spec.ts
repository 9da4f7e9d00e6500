import { type Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, loginAs, test } from "./fixtures";

const GOOD_PASSWORD = "svaz-pomaha-obcim-2026";

function uniqueEmail(label: string): string {
  const random = Math.random().toString(36).slice(2, 8);
  return `${label}-${Date.now()}-w${test.info().workerIndex}-${random}@e2e.example`;
}

function mainNav(page: Page) {
  return page.getByRole("navigation", { name: "Hlavní navigace" });
}

async function submitForStatus(page: Page, button: string): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  return response.status();
}

async function publishedCount(page: Page): Promise<number> {
  const text = await page
    .getByRole("heading", { level: 2, name: /^Zveřejněné nabídky: \d+$/ })
    .textContent();
  return Number(text?.match(/(\d+)$/)?.[1]);
}

/** The number shown on an overview card of the back office. */
async function statValue(page: Page, label: string): Promise<number> {
  const card = page
    .getByRole("region", { name: "Přehled" })
    .getByRole("listitem")
    .filter({ hasText: label });
  const text = (await card.textContent()) ?? "";
  const digits = text.replace(label, "").replace(/\s/g, "");
  expect(digits, `value of "${label}"`).toMatch(/^\d+$/);
  return Number(digits);
}

test.describe("anonymous visitors", () => {
  for (const path of ["/admin", "/me"]) {
    test(`opening ${path} asks them to sign in first`, async ({ page }) => {
      await page.goto(path);

      await expect(page).toHaveURL(`/login?redirectTo=${encodeURIComponent(path)}`);
      await expect(page.getByRole("heading", { level: 1, name: "Přihlášení" })).toBeVisible();
      await expectAccessible(page);
    });
  }
});

test.describe("municipalities and foreign towns", () => {
  for (const role of ["mayor", "foreign"] as const) {
    test(`${role} gets 403 in the back office and no link to it`, async ({ page }) => {
      test.slow(); // several pages, each checked with axe
      await loginAs(page, role);

      for (const path of ["/admin", "/admin/users"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(
          page.getByRole("heading", { level: 1, name: "Přístup odepřen" }),
        ).toBeVisible();
        await expect(page.getByRole("heading", { name: "Správa Svazu" })).toHaveCount(0);
        // Signed in (so the missing link is about the role, not about being anonymous).
        await expect(mainNav(page).getByRole("link", { name: "Můj účet" })).toBeVisible();
        await expect(mainNav(page).getByRole("link", { name: /^Správa\b/ })).toHaveCount(0);
        await expectAccessible(page);
      }
    });
  }

  test("a mayor cannot create a staff account by posting the form", async ({ page, request }) => {
    await loginAs(page, "mayor");
    const email = uniqueEmail("forged-staff");

    const response = await page.request.post("/admin/users", {
      form: { name: "Podvržený Pracovník", email, password: GOOD_PASSWORD },
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("Přístup odepřen");

    // `request` has its own cookies: an anonymous sign-in attempt with the forged account.
    const signIn = await request.post("/login", { form: { email, password: GOOD_PASSWORD } });
    expect(signIn.status()).toBe(400);
    expect(await signIn.text()).toContain("E-mail nebo heslo nesouhlasí.");
  });
});

test.describe("union staff", () => {
  test("see the back office link and the overview counts", async ({ page }) => {
    test.slow(); // several pages, each checked with axe
    await loginAs(page, "staff");
    await page.goto("/offers");
    const publishedBefore = await publishedCount(page);

    await mainNav(page)
      .getByRole("link", { name: /^Správa\b/ })
      .click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Správa Svazu" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Přehled" })).toBeVisible();
    const published = await statValue(page, "Zveřejněné nabídky");
    // The demo mayor's Slavonice at least.
    expect(await statValue(page, "Profily obcí")).toBeGreaterThanOrEqual(1);
    // The three demo accounts at least.
    expect(await statValue(page, "Uživatelské účty")).toBeGreaterThanOrEqual(3);
    expect(await statValue(page, "Místa (GeoNames)")).toBeGreaterThan(0);
    await expectAccessible(page);

    // The same number as the public list (other tests may publish offers meanwhile).
    await page.goto("/offers");
    expect(published).toBeGreaterThanOrEqual(publishedBefore);
    expect(published).toBeLessThanOrEqual(await publishedCount(page));
  });

  test("create a staff account that can then sign in", async ({ page, browser }) => {
    test.slow(); // several pages, each checked with axe
    const email = uniqueEmail("staff");
    const name = `Nová Pracovnice ${Date.now()}`;
    await loginAs(page, "staff");
    await page.goto("/admin");
    await page
      .getByRole("navigation", { name: "Správa Svazu" })
      .getByRole("link", { name: "Účty" })
      .click();
    await expect(page.getByRole("heading", { name: "Nový účet pracovníka Svazu" })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Jméno").fill(name);
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Heslo", { exact: true }).fill(GOOD_PASSWORD);
    await page.getByRole("button", { name: "Vytvořit účet" }).click();
    await expect(page.getByRole("status")).toHaveText(`Účet ${email} byl vytvořen.`);

    await page.goto("/admin/users");
    await page.getByLabel("Filtrovat podle role").selectOption({ label: "Svaz měst a obcí" });
    await page.getByRole("button", { name: "Zobrazit" }).click();
    await expect(page).toHaveURL(/\/admin\/users\?role=staff$/);
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row.getByRole("cell")).toHaveText([name, email, "Svaz měst a obcí", /\d/]);
    // The filter really filters: no row of another role.
    await expect(page.getByRole("cell", { name: "Česká obec", exact: true })).toHaveCount(0);
    await expect(page.getByRole("cell", { name: DEMO.mayor })).toHaveCount(0);
    await expectAccessible(page);

    const newcomer = await browser.newContext();
    try {
      const newPage = await newcomer.newPage();
      await newPage.goto("/login");
      await newPage.getByLabel("E-mail").fill(email);
      await newPage.getByLabel("Heslo", { exact: true }).fill(GOOD_PASSWORD);
      await newPage.getByRole("button", { name: "Přihlásit se" }).click();
      await expect(newPage).toHaveURL(/\/admin$/);
      await expect(newPage.getByRole("status")).toHaveText(`Vítejte, ${name}.`);
    } finally {
      await newcomer.close();
    }
  });

  test("the staff account form shows field errors", async ({ page, request }) => {
    await loginAs(page, "staff");
    await page.goto("/admin/users");

    await page.getByLabel("Jméno").fill("Zdvojený Účet");
    await page.getByLabel("E-mail").fill(DEMO.mayor);
    await page.getByLabel("Heslo", { exact: true }).fill(GOOD_PASSWORD);
    expect(await submitForStatus(page, "Vytvořit účet")).toBe(400);
    const emailField = page.getByLabel("E-mail");
    await expect(emailField).toHaveAttribute("aria-invalid", "true");
    await expect(emailField).toHaveAccessibleDescription(
      "Účet s tímto e-mailem už existuje. Přihlaste se nebo použijte jiný e-mail.",
    );
    await expectAccessible(page);

    const email = uniqueEmail("weak-staff");
    await emailField.fill(email);
    await page.getByLabel("Heslo", { exact: true }).fill("krátké");
    expect(await submitForStatus(page, "Vytvořit účet")).toBe(400);
    const password = page.getByLabel("Heslo", { exact: true });
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription(/Heslo musí mít alespoň 10 znaků\.$/);
    await expect(emailField).not.toHaveAttribute("aria-invalid", "true");

    const signIn = await request.post("/login", { form: { email, password: "krátké" } });
    expect(signIn.status()).toBe(400);
  });
});
