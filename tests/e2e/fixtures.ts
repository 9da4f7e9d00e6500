// Shared Playwright fixtures: sign in as a role, and an accessibility check
// (axe, WCAG 2.1 A/AA) that fails on serious or critical violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "spolu-demo-2026";
export const DEMO = {
  mayor: "mayor@spolu.example",
  foreign: "foreign@spolu.example",
  staff: "staff@spolu.example",
} as const;
export type Role = keyof typeof DEMO;

export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    `accessibility violations on ${page.url()}`,
  ).toEqual([]);
}

/** Sign in through the real form endpoint; the browser context keeps the cookie. */
export async function loginAs(page: Page, role: Role): Promise<void> {
  const response = await page.request.post("/login", {
    form: { email: DEMO[role], password: DEMO_PASSWORD, redirectTo: "/me" },
  });
  expect(response.ok(), `login as ${role}`).toBe(true);
}

export const test = base.extend<{ consoleErrors: string[] }>({
  // Every test fails on console errors, the kind a person would never see but that break pages.
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        // The browser logs the 4xx of a page we expect to fail (404/403 tests); not an app error.
        if (msg.type() === "error" && !/status of 4\d\d/.test(msg.text())) errors.push(msg.text());
      });
      page.on("pageerror", (err) => errors.push(err.message));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
