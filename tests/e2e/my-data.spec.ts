// A person's own data: a new account downloads everything Spolu holds about it from
// /me, then deletes itself through the confirmation page and can no longer sign in.
// The account is made here, never a demo one (other workers use those).
import fs from "node:fs";
import { expect, expectAccessible, test } from "./fixtures";

const PASSWORD = "moje-data-a-konec-2026";

test("a new account downloads its data, deletes itself and cannot sign in again", async ({
  page,
}) => {
  test.slow(); // sign-up, an offer, a download, two axe runs
  const token = `mydata${Date.now().toString(36)}w${test.info().workerIndex}`;
  const email = `${token}@e2e.example`;
  const contactEmail = `contact.${token}@town-e2e.example`;

  await page.goto("/signup");
  await page.getByRole("radio", { name: /^Zahraniční město/ }).check();
  await page.getByLabel("Vaše jméno").fill(`Data ${token}`);
  await page.getByLabel("Název města", { exact: true }).fill("Nowy Sącz");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Heslo", { exact: true }).fill(PASSWORD);
  await page.getByRole("checkbox", { name: "Souhlasím s podmínkami užívání Spolu." }).check();
  await page.getByRole("button", { name: "Vytvořit účet" }).click();
  await expect(page).toHaveURL(/\/me$/);

  // Some data of its own: a draft request with a private contact.
  await page.goto("/offers/new");
  await page.getByRole("combobox", { name: "Název města" }).fill("Nowy Sacz");
  await page
    .getByRole("option", { name: /Nowy Sącz/ })
    .first()
    .click();
  await expect(page.getByLabel("Země", { exact: true })).toHaveValue("PL");
  await page.getByRole("checkbox", { name: "Kultura", exact: true }).check();
  await page.getByRole("checkbox", { name: "polština" }).check();
  await page.getByLabel("Jazyk popisu").selectOption("pl");
  await page.getByLabel("Popis v původním jazyce").fill(`Szukamy partnera. ${token}`);
  await page.getByLabel("Jméno kontaktní osoby").fill("Anna Kowalska");
  await page.getByRole("textbox", { name: "E-mail" }).fill(contactEmail);
  await page.getByRole("button", { name: "Uložit jako koncept" }).click();
  await expect(page.getByRole("status")).toHaveText("Koncept byl uložen.");

  // The download from the account page.
  await page.goto("/me");
  const section = page.getByRole("region", { name: "Vaše data" });
  const downloading = page.waitForEvent("download");
  await section.getByRole("link", { name: "Stáhnout moje data (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^spolu-data-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(fs.readFileSync(file, "utf8")) as {
    account: { email: string; name: string };
    offers: { town: string; status: string; contactEmail: string }[];
  };
  expect(exported.account.email).toBe(email);
  expect(exported.account.name).toBe(`Data ${token}`);
  expect(exported.offers).toEqual([
    expect.objectContaining({ town: "Nowy Sącz", status: "draft", contactEmail }),
  ]);
  expect(JSON.stringify(exported)).not.toContain("password_hash");

  // The confirmation page says what will happen.
  await section.getByRole("link", { name: "Smazat účet" }).click();
  await expect(page).toHaveURL(/\/me\/delete$/);
  await expect(page.getByRole("heading", { level: 1, name: "Smazat účet" })).toBeVisible();
  const closing = page.getByRole("table", { name: "Nabídky, které se smazáním účtu uzavřou" });
  await expect(closing.getByRole("row", { name: /Nowy Sącz Koncept/ })).toBeVisible();
  await expectAccessible(page);

  // Without ticking the confirmation: an error beside the box, nothing deleted.
  const password = page.getByLabel("Vaše současné heslo");
  const confirm = page.getByRole("checkbox", { name: /smazání účtu je nevratné/ });
  await password.fill(PASSWORD);
  await page.getByRole("button", { name: "Trvale smazat účet" }).click();
  await expect(page.locator("#confirm-error")).toHaveText(
    "Potvrďte prosím, že rozumíte, že smazání je nevratné.",
  );
  await expect(confirm).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/me\/delete$/);
  await expectAccessible(page);

  await password.fill(PASSWORD);
  await confirm.check();
  await page.getByRole("button", { name: "Trvale smazat účet" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("status")).toHaveText(
    "Váš účet byl smazán a jste odhlášeni. Děkujeme, že jste Spolu používali.",
  );
  await expect(
    page.getByRole("navigation", { name: "Hlavní navigace" }).getByRole("link", {
      name: "Přihlásit se",
    }),
  ).toBeVisible();

  // The old address and password no longer open anything.
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Heslo", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Přihlásit se" }).click();
  await expect(page.getByRole("alert")).toHaveText("E-mail nebo heslo nesouhlasí.");
  await expect(page).toHaveURL(/\/login/);
  const me = await page.goto("/me");
  await expect(page).toHaveURL((url) => url.pathname === "/login");
  expect(me?.ok()).toBe(true);
});
