import { type Page } from "@playwright/test";
import { expect, test } from "./accounts";
import { expectAccessible, signIn as signInAs } from "./fixtures";

const PASSWORD = "dve-zarizeni-jeden-ucet-2026";

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Heslo", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Přihlásit se" }).click();
  await expect(page).toHaveURL(/\/me$/);
}

function sessionsList(page: Page) {
  return page.getByRole("region", { name: "Přihlášená zařízení" }).getByRole("listitem");
}

test("the mayor's account page shows their municipality", async ({ page, accounts }) => {
  // A fresh mayor of a South Bohemian municipality: the register's facts are read back.
  const mayor = await accounts.newMayor({ kraj: "CZ-31" });
  const { municipality } = mayor;
  const { kind } = await accounts.db
    .selectFrom("municipalities")
    .select("kind")
    .where("id", "=", municipality.id)
    .executeTakeFirstOrThrow();
  await signInAs(page, mayor);
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Hlavní navigace" })
    .getByRole("link", { name: "Můj účet" })
    .click();

  await expect(page.getByRole("heading", { level: 1, name: "Můj účet" })).toBeVisible();
  const profile = page.getByRole("region", { name: `Profil obce: ${municipality.name}` });
  // The register's data, shown read-only above the profile's own fields.
  await expect(profile.getByRole("definition")).toContainText([
    String(kind),
    "Jihočeský kraj",
    municipality.okres,
  ]);
  await expect(profile.getByLabel("Počet obyvatel")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Účet" })).toContainText("Česká obec");
  await expectAccessible(page);
});

test("signing out all other devices signs out the other browser", async ({ page, browser }) => {
  test.slow(); // several pages, each checked with axe
  // A fresh account, so that parallel tests signed in as a demo user are not signed out.
  const email = `devices-${Date.now()}-w${test.info().workerIndex}@e2e.example`;
  await page.goto("/signup");
  await page.getByRole("radio", { name: /^Zahraniční město/ }).check();
  await page.getByLabel("Vaše jméno").fill("Dvě Zařízení");
  await page.getByLabel("Název města", { exact: true }).fill("Twin Town");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Heslo", { exact: true }).fill(PASSWORD);
  await page.getByRole("checkbox", { name: "Souhlasím s podmínkami užívání Spolu." }).check();
  await page.getByRole("button", { name: "Vytvořit účet" }).click();
  await expect(page).toHaveURL(/\/me$/);

  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await signIn(other, email, PASSWORD);

    await page.reload();
    await expect(sessionsList(page)).toHaveCount(2);
    await expect(sessionsList(page).filter({ hasText: "(toto zařízení)" })).toHaveCount(1);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Odhlásit všechna ostatní zařízení" }).click();
    await expect(page.getByRole("status")).toHaveText("Ostatní zařízení byla odhlášena (1).");
    await expect(sessionsList(page)).toHaveCount(1);

    await other.reload();
    await expect(other).toHaveURL(/\/login\?redirectTo=%2Fme$/);
    await expect(
      other
        .getByRole("navigation", { name: "Hlavní navigace" })
        .getByRole("link", { name: "Přihlásit se" }),
    ).toBeVisible();

    // This device is still signed in, and now alone.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Můj účet" })).toBeVisible();
    await page.getByRole("button", { name: "Odhlásit všechna ostatní zařízení" }).click();
    await expect(page.getByRole("status")).toHaveText("Žádná jiná zařízení nejsou přihlášena.");
  } finally {
    await otherContext.close();
  }
});
