import { type Page } from "@playwright/test";
import { expect, test } from "./accounts";
import { expectAccessible } from "./fixtures";
import { chooseMunicipality, fillClaim, VILLAGES, type Village } from "./register";

const GOOD_PASSWORD = "lipa-na-navsi-kvete-2026";
const INVALID_LOGIN = "E-mail nebo heslo nesouhlasí.";
const REQUIRED = "Vyplňte toto pole.";

function uniqueEmail(label: string): string {
  const random = Math.random().toString(36).slice(2, 8);
  return `${label}-${Date.now()}-w${test.info().workerIndex}-${random}@e2e.example`;
}

/** The description (<dd>) that belongs to a term (<dt>) of a fact list. */
function fact(page: Page, term: string) {
  return page
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

/** Clicks a submit button and returns the HTTP status of the form POST it sends. */
async function submitForStatus(page: Page, button: string): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  return response.status();
}

/** A mayor chooses the municipality from the register; a foreign town types its name. */
type SignupInput = { name: string; email: string; password: string } & (
  { role: "mayor"; municipality: Village } | { role: "foreign"; organisation: string }
);

async function fillSignup(page: Page, input: SignupInput): Promise<void> {
  if (input.role === "mayor") {
    await page.getByRole("radio", { name: /^Česká obec/ }).check();
    await chooseMunicipality(page, input.municipality);
    await fillClaim(page);
  } else {
    await page.getByRole("radio", { name: /^Zahraniční město/ }).check();
    await page.getByLabel("Název města", { exact: true }).fill(input.organisation);
  }
  await page.getByLabel("Vaše jméno").fill(input.name);
  await page.getByLabel("E-mail").fill(input.email);
  await page.getByLabel("Heslo", { exact: true }).fill(input.password);
  await page.getByRole("checkbox", { name: "Souhlasím s podmínkami užívání Spolu." }).check();
}

async function signInThroughForm(page: Page, email: string, password: string): Promise<number> {
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Heslo", { exact: true }).fill(password);
  return submitForStatus(page, "Přihlásit se");
}

/** Proves an account with these credentials does not exist (or has another password). */
async function expectSignInFails(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  expect(await signInThroughForm(page, email, password)).toBe(400);
  await expect(page.getByRole("alert")).toHaveText(INVALID_LOGIN);
  await expect(page).toHaveURL(/\/login$/);
}

// A mayor's account is named after the municipality chosen from the register.
const ROLES = [
  {
    role: "mayor",
    shown: "Česká obec",
    municipality: VILLAGES.signUpMayor,
    organisation: VILLAGES.signUpMayor.name,
  },
  { role: "foreign", shown: "Zahraniční město", organisation: "Gmina Dolna Górna" },
] as const;

test.describe("sign-up, sign-out and sign-in", () => {
  for (const role of ROLES) {
    test(`a new account as "${role.shown}"`, async ({ page }) => {
      test.slow(); // several pages, each checked with axe
      const email = uniqueEmail("signup");
      const name = `Jana Testovací ${test.info().workerIndex}`;

      await page.goto("/");
      await page.getByRole("link", { name: "Registrace", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Registrace" })).toBeVisible();
      await expectAccessible(page);

      await fillSignup(page, { ...role, name, email, password: GOOD_PASSWORD });
      await page.getByRole("button", { name: "Vytvořit účet" }).click();

      await expect(page).toHaveURL(/\/me$/);
      await expect(page.getByRole("status")).toHaveText("Účet byl vytvořen. Vítejte ve Spolu.");
      await expect(page.getByRole("heading", { level: 1, name: "Můj účet" })).toBeVisible();
      await expect(fact(page, "Role")).toHaveText(role.shown);
      await expect(fact(page, "Obec / město")).toHaveText(role.organisation);
      await expect(fact(page, "E-mail")).toHaveText(email);
      await expectAccessible(page);

      const nav = page.getByRole("navigation", { name: "Hlavní navigace" });
      await nav.getByRole("button", { name: "Odhlásit se" }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole("status")).toHaveText("Byli jste odhlášeni.");
      await expect(nav.getByRole("link", { name: "Přihlásit se" })).toBeVisible();
      await expect(nav.getByRole("button", { name: "Odhlásit se" })).toHaveCount(0);

      await nav.getByRole("link", { name: "Přihlásit se" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Přihlášení" })).toBeVisible();
      await expectAccessible(page);
      await signInThroughForm(page, email, GOOD_PASSWORD);

      await expect(page).toHaveURL(/\/me$/);
      await expect(page.getByRole("status")).toHaveText(`Vítejte, ${name}.`);
      await expect(fact(page, "Role")).toHaveText(role.shown);
      await expect(nav.getByRole("button", { name: "Odhlásit se" })).toBeVisible();
    });
  }
});

test.describe("failed sign-in", () => {
  test("a wrong password is refused and stays on the sign-in page", async ({ page, accounts }) => {
    const person = await accounts.newForeignTown();
    await page.goto("/login");
    expect(await signInThroughForm(page, person.email, "tohle-neni-to-heslo")).toBe(400);

    await expect(page.getByRole("alert")).toHaveText(INVALID_LOGIN);
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByLabel("E-mail")).toHaveValue(person.email);
    await expect(
      page.getByRole("navigation", { name: "Hlavní navigace" }).getByRole("link", {
        name: "Přihlásit se",
      }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test("an unknown e-mail gets the same message", async ({ page }) => {
    await expectSignInFails(page, uniqueEmail("nobody"), GOOD_PASSWORD);
    await expectAccessible(page);
  });
});

test.describe("sign-up form errors store nothing", () => {
  test("an e-mail that already has an account", async ({ page, accounts }) => {
    const mayor = await accounts.newMayor();
    await page.goto("/signup");
    // The existing mayor's own municipality: no account is made, so nothing is claimed.
    await fillSignup(page, {
      role: "mayor",
      name: "Druhý Starosta",
      municipality: { name: mayor.municipality.name, okres: mayor.municipality.okres, code: "" },
      email: mayor.email,
      password: GOOD_PASSWORD,
    });
    expect(await submitForStatus(page, "Vytvořit účet")).toBe(400);

    await expect(page.getByRole("alert")).toHaveText(
      "Formulář obsahuje chyby. Opravte prosím označená pole.",
    );
    const email = page.getByLabel("E-mail");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(
      "Účet s tímto e-mailem už existuje. Přihlaste se nebo použijte jiný e-mail.",
    );
    await expect(page.getByLabel("Vaše jméno")).toHaveValue("Druhý Starosta");
    await expectAccessible(page);

    await expectSignInFails(page, mayor.email, GOOD_PASSWORD);
  });

  const weakPasswords = [
    { password: "1234567890", error: "Toto heslo je příliš běžné. Zvolte jiné." },
    { password: "krátké", error: "Heslo musí mít alespoň 10 znaků." },
  ];
  for (const { password, error } of weakPasswords) {
    test(`a weak password "${password}"`, async ({ page }) => {
      const email = uniqueEmail("weak");
      await page.goto("/signup");
      await fillSignup(page, {
        role: "foreign",
        name: "Slabé Heslo",
        organisation: "Town",
        email,
        password,
      });
      expect(await submitForStatus(page, "Vytvořit účet")).toBe(400);

      const field = page.getByLabel("Heslo", { exact: true });
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(new RegExp(`${error}$`));
      await expect(page.getByLabel("E-mail")).toHaveValue(email);
      await expect(page.getByRole("radio", { name: /^Zahraniční město/ })).toBeChecked();
      await expect(page.getByLabel("E-mail")).not.toHaveAttribute("aria-invalid", "true");
      await expectAccessible(page);

      await expectSignInFails(page, email, password);
    });
  }

  test("an empty form", async ({ page }) => {
    await page.goto("/signup");
    expect(await submitForStatus(page, "Vytvořit účet")).toBe(400);

    for (const label of ["Vaše jméno", "E-mail"]) {
      const field = page.getByLabel(label);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(REQUIRED);
    }
    // A mayor (the default) chooses the municipality and says what office they hold there.
    const fieldsWithHint = [
      { field: page.getByLabel("Heslo", { exact: true }), error: REQUIRED },
      { field: page.getByLabel("Vaše funkce na obci"), error: REQUIRED },
      {
        field: page.getByRole("combobox", { name: "Obec", exact: true }),
        error: "Vyberte svou obec.",
      },
    ];
    for (const { field, error } of fieldsWithHint) {
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(new RegExp(`${error}$`));
    }
    const confirm = page.getByRole("checkbox", {
      name: "Potvrzuji, že jsem oprávněn(a) za obec jednat.",
    });
    await expect(confirm).toHaveAttribute("aria-invalid", "true");
    await expect(confirm).toHaveAccessibleDescription(
      "Potvrďte, že jste oprávněn(a) za obec jednat.",
    );
    // Consent to the terms is asked, not assumed.
    const terms = page.getByRole("checkbox", { name: "Souhlasím s podmínkami užívání Spolu." });
    await expect(terms).toHaveAttribute("aria-invalid", "true");
    await expect(terms).toHaveAccessibleDescription(
      /Účet založíme, jen když souhlasíte s podmínkami užívání\.$/,
    );
    await expect(page.getByText(REQUIRED, { exact: true })).toHaveCount(4);
    await expect(page).toHaveURL(/\/signup$/);
    await expectAccessible(page);
  });

  test("an invalid e-mail address", async ({ page }) => {
    const email = `starosta-${Date.now()}-w${test.info().workerIndex}.obec.cz`;
    await page.goto("/signup");
    await fillSignup(page, {
      role: "mayor",
      name: "Překlep v Adrese",
      municipality: VILLAGES.badEmail,
      email,
      password: GOOD_PASSWORD,
    });
    expect(await submitForStatus(page, "Vytvořit účet")).toBe(400);

    const field = page.getByLabel("E-mail");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription("Zadejte platnou e-mailovou adresu.");
    await expect(field).toHaveValue(email);
    await expectAccessible(page);

    await expectSignInFails(page, email, GOOD_PASSWORD);
  });

  // Staff accounts are created only by staff; a forged form must not make one.
  test('a forged role "staff" is refused', async ({ page }) => {
    const email = uniqueEmail("forged");
    const response = await page.request.post("/signup", {
      form: {
        role: "staff",
        name: "Falešný Svaz",
        organisation: "Svaz",
        email,
        password: GOOD_PASSWORD,
      },
    });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("Vyberte, kdo se registruje.");

    await expectSignInFails(page, email, GOOD_PASSWORD);
  });
});

test.describe("where signing in leads", () => {
  test("union staff land in the back office", async ({ page, accounts }) => {
    const staff = await accounts.newStaff();
    await page.goto("/login");
    await signInThroughForm(page, staff.email, staff.password);

    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Správa Svazu" })).toBeVisible();
    await expectAccessible(page);
  });

  test("?redirectTo=/me is followed", async ({ page, accounts }) => {
    const foreign = await accounts.newForeignTown();
    await page.goto("/login?redirectTo=/me");
    await signInThroughForm(page, foreign.email, foreign.password);

    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole("heading", { level: 1, name: "Můj účet" })).toBeVisible();
    await expect(fact(page, "Role")).toHaveText("Zahraniční město");
    await expectAccessible(page);
  });

  // /me is where mayors and foreign towns land anyway; another page proves redirectTo is followed.
  test("?redirectTo=/offers?page=2 is followed", async ({ page, accounts }) => {
    const mayor = await accounts.newMayor();
    await page.goto(`/login?redirectTo=${encodeURIComponent("/offers?page=2")}`);
    await signInThroughForm(page, mayor.email, mayor.password);

    await expect(page).toHaveURL(/\/offers\?page=2$/);
    await expect(page.getByRole("navigation", { name: "Stránkování" })).toContainText("Strana 2 z");
  });

  test("a redirectTo to another site is ignored", async ({ page, baseURL, accounts }) => {
    const mayor = await accounts.newMayor();
    await page.goto("/login?redirectTo=//evil.example");
    await signInThroughForm(page, mayor.email, mayor.password);

    await expect(page).toHaveURL(/\/me$/);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? "").origin);
    await expect(page.getByRole("heading", { level: 1, name: "Můj účet" })).toBeVisible();
  });

  // Browsers drop a tab from a URL and read "\\" as "/": "/<tab>/evil.example" is //evil.example.
  for (const disguised of ["/%09/evil.example", "/%5Cevil.example", "/%0D%0A/evil.example"]) {
    test(`a disguised redirectTo ${disguised} stays on this site`, async ({
      page,
      baseURL,
      accounts,
    }) => {
      const foreign = await accounts.newForeignTown();
      await page.goto(`/login?redirectTo=${disguised}`);
      await signInThroughForm(page, foreign.email, foreign.password);

      await expect(page).toHaveURL(/\/me$/);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? "").origin);
      await expect(page.getByRole("heading", { level: 1, name: "Můj účet" })).toBeVisible();
    });
  }
});
