// Czech municipalities of the official register (db/data/czech-municipalities.csv) that
// e2e tests claim, and the mayor's sign-up that claims one.
//
// A municipality is claimed once per database (its first account owns it; later ones are
// conflicts for staff), and every spec of a run shares one database. So each entry below is
// claimed by one test only: small villages, each with a name no other municipality starts
// with, none of them a demo town (db/seed-data/demo.ts). Add a new one for a new test.
import type { Page } from "@playwright/test";
import { expect, expectAccessible } from "./fixtures";

export interface Village {
  name: string;
  okres: string;
  /** Register code (RÚIAN). */
  code: string;
}

export const VILLAGES = {
  // auth.spec.ts
  signUpMayor: { name: "Čichalov", okres: "Karlovy Vary", code: "506621" },
  badEmail: { name: "Doňov", okres: "Jindřichův Hradec", code: "507610" },
  // account-email.spec.ts
  verifyEmail: { name: "Pleše", okres: "Jindřichův Hradec", code: "507628" },
  emailPreferences: { name: "Arneštovice", okres: "Pelhřimov", code: "509388" },
  // contacts.spec.ts
  englishEmails: { name: "Vimperk", okres: "Prachatice", code: "550647" },
  // matching.spec.ts
  matchesWithoutProfile: { name: "Rácovice", okres: "Třebíč", code: "511307" },
  // profile.spec.ts
  profileFilled: { name: "Oslavička", okres: "Žďár nad Sázavou", code: "511412" },
  profileForged: { name: "Bezuchov", okres: "Přerov", code: "512401" },
  profileRefused: { name: "Drnek", okres: "Kladno", code: "512991" },
  // municipalities.spec.ts (Kozlovice: the issue's own example; Zblovice gets no account)
  kozlovice: { name: "Kozlovice", okres: "Plzeň-jih", code: "540200" },
  conflict: { name: "Dománovice", okres: "Kolín", code: "513181" },
  novaVesNoJs: { name: "Nová Ves", okres: "Strakonice", code: "560201" },
  // partnerships.spec.ts (two partners in Poland on the public lists)
  registry: { name: "Adršpach", okres: "Náchod", code: "547786" },
} as const satisfies Record<string, Village>;

/** Zblovice (okres Znojmo, 37 inhabitants): never claimed, a foreign town writes to it. */
export const UNCLAIMED_VILLAGE = { name: "Zblovice", okres: "Znojmo", code: "595161" } as const;

export function uniqueEmail(label: string, index: number): string {
  const random = Math.random().toString(36).slice(2, 8);
  return `${label}-${Date.now()}-w${index}-${random}@obec.example`;
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The suggestion for a municipality: "Kozlovice — okres Plzeň-jih · 101 obyvatel". */
export function suggestion(page: Page, village: Village) {
  return page.getByRole("option", {
    name: new RegExp(`^${escapeRegex(village.name)} — okres ${escapeRegex(village.okres)} · `),
  });
}

/** Chooses the municipality in a register combobox by typing its name and picking the okres. */
export async function chooseMunicipality(page: Page, village: Village): Promise<void> {
  await page.getByRole("combobox", { name: "Obec", exact: true }).fill(village.name);
  // A retrying check first: a click would wait for the suggestion as long as the test may.
  await expect(suggestion(page, village)).toBeVisible();
  await suggestion(page, village).click();
  await expect(page.getByRole("combobox", { name: "Obec", exact: true })).toHaveValue(village.name);
}

/** The claimant's office and the promise to speak for the municipality (sign-up, /me, claim). */
export async function fillClaim(page: Page, office = "starosta"): Promise<void> {
  await page.getByLabel("Vaše funkce na obci").fill(office);
  await page
    .getByRole("checkbox", { name: "Potvrzuji, že jsem oprávněn(a) za obec jednat." })
    .check();
}

/**
 * A new mayor's account through the sign-up form, speaking for `village` (its e-mail not
 * yet verified). Lands on /me.
 */
export async function signUpMayor(
  page: Page,
  input: {
    village: Village;
    name: string;
    email: string;
    password: string;
    office?: string;
    /** Run axe on the filled form and on /me. */
    checkAccessible?: boolean;
  },
): Promise<void> {
  await page.goto("/signup");
  await page.getByRole("radio", { name: /^Česká obec/ }).check();
  await chooseMunicipality(page, input.village);
  await fillClaim(page, input.office);
  await page.getByLabel("Vaše jméno").fill(input.name);
  await page.getByLabel("E-mail").fill(input.email);
  await page.getByLabel("Heslo", { exact: true }).fill(input.password);
  await page.getByRole("checkbox", { name: "Souhlasím s podmínkami užívání Spolu." }).check();
  if (input.checkAccessible) await expectAccessible(page);
  await page.getByRole("button", { name: "Vytvořit účet" }).click();
  await expect(page).toHaveURL(/\/me$/);
  if (input.checkAccessible) await expectAccessible(page);
}
