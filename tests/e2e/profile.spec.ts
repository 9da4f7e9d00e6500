// A mayor writes the municipality's profile: the layer an account adds to the official
// data of the register (name, kraj, okres, size, place and IČO), which the form shows but
// never changes. Each test signs up for a municipality of its own (tests/e2e/register.ts).
import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { signUpMayor, uniqueEmail, VILLAGES, type Village } from "./register";

async function signUp(page: Page, village: Village): Promise<void> {
  await signUpMayor(page, {
    village,
    name: "Jana Nováková",
    email: uniqueEmail("profile", test.info().workerIndex),
    password: "dlouhé heslo starostky",
  });
}

/** The description (<dd>) that belongs to a term (<dt>) of a fact list. */
function fact(scope: Locator, term: string): Locator {
  return scope
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

test("a mayor fills the profile of the municipality chosen at sign-up", async ({ page }) => {
  test.slow(); // sign-up, two pages, two axe checks
  await signUp(page, VILLAGES.profileFilled);
  const profile = page.getByRole("region", { name: "Profil obce: Oslavička" });
  await expect(profile).toContainText("Stav: bez profilu");
  await expect(profile.getByText("Čeká na ověření Svazem")).toBeVisible();
  await expect(profile.getByText(/^Profil obce je zatím prázdný\./)).toBeVisible();
  // The register's data, prefilled and read-only.
  const official = profile.getByRole("group", { name: "Obec", exact: true });
  await expect(fact(official, "Kraj")).toHaveText("Kraj Vysočina");
  await expect(fact(official, "Okres")).toHaveText("Žďár nad Sázavou");
  await expect(fact(official, "Počet obyvatel")).toHaveText(/^134 \(k /);
  await expect(fact(official, "IČO")).toHaveText("00378305");
  await expect(official.getByRole("textbox")).toHaveCount(0);
  // The contact starts from the account.
  await expect(profile.getByLabel("Jméno kontaktní osoby")).toHaveValue("Jana Nováková");
  await expectAccessible(page);

  await page.getByRole("checkbox", { name: "Kultura", exact: true }).check();
  await page.getByRole("checkbox", { name: "Sport" }).check();
  await page.getByLabel(/^Popis obce/).fill("Vesnice nad řekou Oslavou, hasiči a fotbal.");
  // A long field counts its characters as one types.
  await expect(page.locator("#description-count")).toHaveText(/^43 z 4\s000 znaků$/);
  await page.getByRole("button", { name: "Vytvořit profil a odeslat ke schválení" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Profil byl uložen a odeslán Svazu ke kontrole.",
  );
  await expect(profile).toContainText("Stav: Čeká na kontrolu Svazu");
  await expect(page.getByRole("checkbox", { name: "Sport" })).toBeChecked();

  await page.getByRole("link", { name: "Veřejná stránka obce" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Oslavička\b/);
  // Staff have not verified the claim yet: no badge.
  await expect(page.getByText("Ověřeno Svazem")).toHaveCount(0);
  await expect(page.getByText("Za tuto obec jednáte vy.")).toBeVisible();
  await expect(page.getByRole("region", { name: "O obci" })).toContainText(
    "Vesnice nad řekou Oslavou, hasiči a fotbal.",
  );
  await expect(fact(page.getByRole("region", { name: "Úřední údaje" }), "Kraj")).toHaveText(
    "Kraj Vysočina",
  );
  await expectAccessible(page);
});

test("the register's data cannot be changed through the profile form", async ({ page }) => {
  test.slow();
  await signUp(page, VILLAGES.profileForged);
  const profile = page.getByRole("region", { name: "Profil obce: Bezuchov" });
  await expect(fact(profile, "Počet obyvatel")).toHaveText(/^186 \(k /);

  // The form sent with the official fields the old form had, added by hand: not read.
  await profile.locator("form").evaluate((form) => {
    const forged = {
      name: "Falešná Obec",
      kraj: "CZ-10",
      population: "99999",
      lat: "50.1",
      lon: "14.4",
      ico: "12345678",
    };
    for (const [name, value] of Object.entries(forged)) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      form.append(input);
    }
  });
  await profile.getByRole("checkbox", { name: "Kultura", exact: true }).check();
  await profile.getByRole("button", { name: "Vytvořit profil a odeslat ke schválení" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Profil byl uložen a odeslán Svazu ke kontrole.",
  );
  await page.reload();
  await expect(profile).toContainText("Stav: Čeká na kontrolu Svazu");
  await expect(fact(profile, "Počet obyvatel")).toHaveText(/^186 \(k /);
  await expect(fact(profile, "Kraj")).toHaveText("Olomoucký kraj");
  await expect(fact(profile, "IČO")).toHaveText("00636118");
  await expect(page.getByText("Falešná Obec")).toHaveCount(0);
});

test("a profile without topics or contact person is refused and keeps what was typed", async ({
  page,
}) => {
  test.slow();
  await signUp(page, VILLAGES.profileRefused);
  const profile = page.getByRole("region", { name: "Profil obce: Drnek" });
  await profile.getByLabel("Jméno kontaktní osoby").fill("");
  await profile.getByLabel(/^Popis obce/).fill("Malá obec u Kladna.");
  const refused = page.waitForResponse(
    (r) => r.request().method() === "POST" && /^\/me(\.data)?$/.test(new URL(r.url()).pathname),
  );
  await profile.getByRole("button", { name: "Vytvořit profil a odeslat ke schválení" }).click();
  expect((await refused).status()).toBe(400);
  await expect(profile.getByRole("alert")).toHaveText(
    "Formulář obsahuje chyby. Opravte prosím označená pole.",
  );
  await expect(
    profile.getByRole("group", { name: "Témata spolupráce" }),
  ).toHaveAccessibleDescription("Vyberte alespoň jedno téma.");
  const contact = profile.getByLabel("Jméno kontaktní osoby");
  await expect(contact).toHaveAttribute("aria-invalid", "true");
  await expect(contact).toHaveAccessibleDescription("Vyplňte toto pole.");
  await expect(profile.getByLabel(/^Popis obce/)).toHaveValue("Malá obec u Kladna.");
  await expect(profile).toContainText("Stav: bez profilu");
  await expectAccessible(page);
});
