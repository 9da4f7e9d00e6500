import { expect, test } from "./accounts";
import { expectAccessible, signIn } from "./fixtures";

// The machine endpoints (/healthz, /api/places) need no browser:
// tests/integration/machine-endpoints.test.ts checks them.

test.describe("pages", () => {
  test("an unknown URL is a 404 page in Czech, and in English with ?lang=en", async ({ page }) => {
    test.slow(); // several pages, each checked with axe
    const response = await page.goto("/tahle-stranka-neexistuje");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "cs");
    await expect(page.getByRole("heading", { level: 1, name: "Stránka nenalezena" })).toBeVisible();
    await expectAccessible(page);

    const english = await page.goto("/tahle-stranka-neexistuje?lang=en");
    expect(english?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the home page" })).toBeVisible();
    await expectAccessible(page);
  });

  test("opening the logout URL (GET) does not sign you out", async ({ page, accounts }) => {
    test.slow(); // several pages, each checked with axe
    await signIn(page, await accounts.newForeignTown());

    await page.goto("/logout");
    await expect(page).toHaveURL(/\/$/);
    const nav = page.getByRole("navigation", { name: "Hlavní navigace" });
    await expect(nav.getByRole("button", { name: "Odhlásit se" })).toBeVisible();
    await expectAccessible(page);

    await page.goto("/me");
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole("heading", { level: 1, name: "Můj účet" })).toBeVisible();
    await expectAccessible(page);
  });

  test("pages carry a nonce-based CSP and nosniff", async ({ page }) => {
    const response = await page.goto("/");
    const headers = response?.headers() ?? {};

    expect(headers["x-content-type-options"]).toBe("nosniff");
    const csp = headers["content-security-policy"] ?? "";
    const nonce = csp.match(/script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
    expect(nonce, `nonce in CSP: ${csp}`).toBeTruthy();
    expect(csp).not.toMatch(/script-src [^;]*'unsafe-inline'/);
    // The page's own scripts carry the header's nonce, so they run under the policy.
    const scriptNonces = await page.evaluate(() => [...document.scripts].map((s) => s.nonce));
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
    await expectAccessible(page);

    // A nonce is only worth something if it changes with every response.
    const again = await page.request.get("/");
    expect(again.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
  });

  test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context, accounts }) => {
    const person = await accounts.newForeignTown();
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(person.email);
    await page.getByLabel("Heslo", { exact: true }).fill(person.password);
    await page.getByRole("button", { name: "Přihlásit se" }).click();
    await expect(page).toHaveURL(/\/me$/);

    const session = (await context.cookies()).find((c) => c.name === "spolu_session");
    expect(session, "spolu_session cookie").toBeDefined();
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(session?.value).not.toBe("");
    // Scripts cannot read it.
    await expect.poll(() => page.evaluate(() => document.cookie)).not.toContain("spolu_session");
  });
});
