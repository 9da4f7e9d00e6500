// Shared Playwright fixtures: sign in (a fresh person of accounts.ts, or a demo account
// where a test is about the demo data), and an accessibility check (axe, WCAG 2.1 A/AA)
// that fails on serious or critical violations.
import AxeBuilder from "@axe-core/playwright";
import {
  expect,
  test as base,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";
import { recordDocuments, recordRenderedPage } from "./documents";

/**
 * The demo accounts `npm start` seeds (db/seed.ts). Tests make their own people
 * (accounts.ts); these are for tests about the demo data itself.
 */
export const DEMO_PASSWORD = "spolu-demo-2026";
export const DEMO = {
  mayor: "mayor@spolu.example",
  foreign: "foreign@spolu.example",
  staff: "staff@spolu.example",
} as const;
export type Role = keyof typeof DEMO;

export async function expectAccessible(page: Page): Promise<void> {
  // What axe looks at goes to the Nu HTML checker too (valid-html.spec.ts).
  await recordRenderedPage(page);
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

/** What a person signs in with (a fresh person of accounts.ts is one). */
export interface Credentials {
  email: string;
  password: string;
}

/** Sign in through the real form endpoint; the browser context keeps the cookie. */
export async function signIn(page: Page, person: Credentials): Promise<void> {
  const response = await page.request.post("/login", {
    form: { email: person.email, password: person.password, redirectTo: "/me" },
  });
  expect(response.ok(), `sign in as ${person.email}`).toBe(true);
  // The form answers with a redirect to /me (followed): signed in, not the form again.
  expect(new URL(response.url()).pathname, `sign in as ${person.email}`).toBe("/me");
}

/** Sign in as a demo account (db/seed.ts), through the real form endpoint. */
export async function loginAs(page: Page, role: Role): Promise<void> {
  await signIn(page, { email: DEMO[role], password: DEMO_PASSWORD });
}

/** Console errors and uncaught exceptions of a page: a person never sees them, pages break. */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    // The browser logs the 4xx of a page we expect to fail (404/403 tests); not an app error.
    if (msg.type() === "error" && !/status of 4\d\d/.test(msg.text())) errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return errors;
}

/** One more person in a test, in a browser of their own. */
export interface Session {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions, as the fixture collects them for `page`. */
  errors: string[];
}

let clients = 0;

/**
 * An address of its own for one person (TEST-NET 10.x, unique per worker), as the trusted
 * proxy reports it: the e2e server runs with TRUST_PROXY=1, and sign-ups, sign-ins and the
 * like are throttled per client, so people of different tests count apart as people at
 * different addresses do.
 */
export function clientHeader(): Record<string, string> {
  clients += 1;
  const worker = test.info().workerIndex % 250;
  return {
    "X-Forwarded-For": `10.${worker}.${Math.floor(clients / 250) % 250}.${(clients % 250) + 1}`,
  };
}

/**
 * A browser of its own for one person (at an address of its own, see clientHeader), signed
 * in through the real form when a person (or a demo account's role) is given.
 */
export async function openSession(
  browser: Browser,
  who: Credentials | Role | null,
  options: BrowserContextOptions = {},
): Promise<Session> {
  const context = await browser.newContext({
    ...options,
    extraHTTPHeaders: { ...clientHeader(), ...options.extraHTTPHeaders },
  });
  recordDocuments(context);
  const page = await context.newPage();
  const errors = collectConsoleErrors(page);
  if (typeof who === "string") await loginAs(page, who);
  else if (who) await signIn(page, who);
  return { page, context, errors };
}

export function expectNoConsoleErrors(...sessions: Session[]): void {
  for (const s of sessions) expect(s.errors, "console errors").toEqual([]);
}

export async function closeAll(...sessions: Session[]): Promise<void> {
  for (const s of sessions) await s.context.close();
}

export const test = base.extend<{ consoleErrors: string[] }>({
  // Every document a test's pages load goes to the Nu HTML checker (valid-html.spec.ts).
  context: async ({ context }, provide) => {
    recordDocuments(context);
    await provide(context);
  },
  // Each test's own page comes from its own address (clientHeader); a file may set one.
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide) => {
    await provide({ ...clientHeader(), ...extraHTTPHeaders });
  },
  // Every test fails on console errors, the kind a person would never see but that break pages.
  consoleErrors: [
    async ({ page }, use) => {
      const errors = collectConsoleErrors(page);
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Picks a language from the header's menu, by its own name ("English", "Polski"). */
export async function chooseLanguage(page: Page, name: string): Promise<void> {
  const menu = page.locator("details.lang-menu");
  await menu.locator("summary").click();
  await menu.getByRole("link", { name, exact: true }).click();
}
