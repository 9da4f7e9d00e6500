import { type Page } from "@playwright/test";
import { expect, test } from "./accounts";
import { closeAll, expectAccessible, openSession, signIn } from "./fixtures";

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

/** The count in the heading of the public list of offers, once the page shows it. */
async function publishedCount(page: Page): Promise<number> {
  const heading = page.getByRole("heading", { level: 2, name: /^Zveřejněné nabídky: [\d\s]+$/ });
  await expect(heading).toBeVisible();
  return Number((await heading.textContent())?.replace(/\D/g, ""));
}

/** The number shown on an overview card of the back office, once the card shows one. */
async function statValue(page: Page, label: string): Promise<number> {
  const value = page
    .getByRole("region", { name: "Přehled" })
    .getByRole("listitem")
    .filter({ hasText: label })
    .locator(".stat-value");
  await expect(value, `value of "${label}"`).toHaveText(/^\d[\d\s]*$/);
  return Number((await value.textContent())?.replace(/\D/g, ""));
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
    test(`${role} gets 403 in the back office and no link to it`, async ({ page, accounts }) => {
      test.slow(); // several pages, each checked with axe
      await signIn(
        page,
        role === "mayor" ? await accounts.newMayor() : await accounts.newForeignTown(),
      );

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
  // A forged staff-account form posted by a mayor needs no browser: see
  // tests/integration/machine-endpoints.test.ts.
});

test.describe("union staff", () => {
  test("see the back office link and the overview counts", async ({ page, accounts }) => {
    test.slow(); // several pages, each checked with axe
    // This test's own accounts: staff, a mayor with a published profile, a town with an offer.
    const staff = await accounts.newStaff();
    await accounts.newMayor();
    await accounts.newForeignTown();
    await signIn(page, staff);
    await page.goto("/offers");
    const publishedBefore = await publishedCount(page);

    await mainNav(page)
      .getByRole("link", { name: /^Správa\b/ })
      .click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Správa Svazu" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Přehled" })).toBeVisible();
    const published = await statValue(page, "Zveřejněné nabídky");
    // This test's mayor's profile at least.
    expect(await statValue(page, "Profily obcí")).toBeGreaterThanOrEqual(1);
    // This test's three accounts at least.
    expect(await statValue(page, "Uživatelské účty")).toBeGreaterThanOrEqual(3);
    expect(await statValue(page, "Místa (GeoNames)")).toBeGreaterThan(0);
    await expectAccessible(page);

    // The same number as the public list (other tests may publish offers meanwhile).
    await page.goto("/offers");
    expect(published).toBeGreaterThanOrEqual(publishedBefore);
    expect(published).toBeLessThanOrEqual(await publishedCount(page));
  });

  test("create a staff account that can then sign in", async ({ page, browser, accounts }) => {
    test.slow(); // several pages, each checked with axe
    const email = uniqueEmail("staff");
    const name = `Nová Pracovnice ${Date.now()}`;
    // A mayor's account, which the filter by role must leave out.
    const mayor = await accounts.newMayor();
    await signIn(page, await accounts.newStaff());
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
    await expect(page.getByRole("cell", { name: mayor.email })).toHaveCount(0);
    await expectAccessible(page);

    const newcomer = await openSession(browser, null);
    try {
      const newPage = newcomer.page;
      await newPage.goto("/login");
      await newPage.getByLabel("E-mail").fill(email);
      await newPage.getByLabel("Heslo", { exact: true }).fill(GOOD_PASSWORD);
      await newPage.getByRole("button", { name: "Přihlásit se" }).click();
      await expect(newPage).toHaveURL(/\/admin$/);
      await expect(newPage.getByRole("status")).toHaveText(`Vítejte, ${name}.`);
    } finally {
      await closeAll(newcomer);
    }
  });

  test("the staff account form shows field errors", async ({ page, request, accounts }) => {
    // An e-mail that already has an account: a mayor's.
    const mayor = await accounts.newMayor();
    await signIn(page, await accounts.newStaff());
    await page.goto("/admin/users");

    await page.getByLabel("Jméno").fill("Zdvojený Účet");
    await page.getByLabel("E-mail").fill(mayor.email);
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

    const attempt = await request.post("/login", { form: { email, password: "krátké" } });
    expect(attempt.status()).toBe(400);
  });
});
