// A foreign town posts a request, staff send it back, the town fixes it, staff
// publish it, and a visitor finds it by typing without diacritics.
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./accounts";
import { expectAccessible, openSession, signIn, type Credentials } from "./fixtures";

async function pageAs(browser: Browser, person: Credentials): Promise<Page> {
  return (await openSession(browser, person, { locale: "cs-CZ" })).page;
}

test("request: post, changes requested, fixed, published, found", async ({
  browser,
  page,
  accounts,
}) => {
  test.setTimeout(180_000); // four people, a dozen pages
  const token = `spolu${Date.now().toString(36)}${test.info().workerIndex}`;
  const foreign = await pageAs(browser, await accounts.newForeignTown());
  const staff = await pageAs(browser, await accounts.newStaff());

  // 1. The foreign town fills the form, choosing the town from the suggestions.
  await foreign.goto("/offers/new");
  await expect(foreign.getByRole("heading", { name: "Nová nabídka partnerství" })).toBeVisible();
  await expectAccessible(foreign);
  await foreign.getByRole("combobox", { name: "Název města" }).fill("Nowy Sacz");
  await foreign
    .getByRole("option", { name: /Nowy Sącz/ })
    .first()
    .click();
  await expect(foreign.getByLabel("Země", { exact: true })).toHaveValue("PL");
  await expect(foreign.getByLabel("Počet obyvatel")).not.toHaveValue("");
  await foreign.getByRole("checkbox", { name: "Kultura", exact: true }).check();
  await foreign.getByRole("checkbox", { name: "polština" }).check();
  await foreign.getByLabel("Jazyk popisu").selectOption("pl");
  await foreign
    .getByLabel("Popis v původním jazyce")
    .fill(`Miasto Nowy Sącz szuka partnera. ${token}`);
  await foreign.getByLabel("Jméno kontaktní osoby").fill("Anna Kowalska");
  await foreign.getByRole("textbox", { name: "E-mail" }).fill(`anna.${token}@nowysacz.example`);
  await foreign.getByRole("button", { name: "Odeslat ke schválení" }).click();
  await expect(foreign.getByText("Nabídka byla odeslána ke schválení Svazu.")).toBeVisible();
  await expect(foreign.getByRole("heading", { name: /Stav: Čeká na schválení/ })).toBeVisible();
  await expect(foreign).toHaveURL((url) => /^\/offers\/\d+$/.test(url.pathname));
  const offerUrl = new URL(foreign.url()).pathname;

  // Not public yet.
  const hidden = await page.goto(offerUrl);
  expect(hidden?.status()).toBe(404);

  // 2. Staff find it in the queue and send it back with a comment.
  await staff.goto("/admin");
  await expectAccessible(staff);
  await staff.getByRole("link", { name: "Nowy Sącz" }).last().click();
  await expect(staff).toHaveURL(new RegExp(`${offerUrl}$`));
  await expect(staff.getByText(`anna.${token}@nowysacz.example`)).toBeVisible();
  await staff.getByLabel(/Komentář pro autora/).fill("Doplňte prosím český popis.");
  await staff.getByRole("button", { name: "Vrátit k úpravě" }).click();
  await expect(staff.getByRole("heading", { name: /Stav: Vráceno k úpravě/ })).toBeVisible();
  await expectAccessible(staff);

  // 3. The town sees the comment, fixes the request and sends it again.
  await foreign.goto(offerUrl);
  await expect(foreign.getByText("Doplňte prosím český popis.").first()).toBeVisible();
  await foreign.getByRole("link", { name: "Upravit" }).click();
  await foreign
    .getByLabel("Popis česky (nepovinné)")
    .fill(`Město Nowy Sącz hledá partnera. ${token}`);
  await foreign.getByRole("button", { name: "Odeslat ke schválení" }).click();
  await expect(foreign.getByRole("heading", { name: /Stav: Čeká na schválení/ })).toBeVisible();

  // 4. Staff publish it; the history shows every step.
  await staff.goto(offerUrl);
  await staff.getByRole("button", { name: "Schválit a zveřejnit" }).click();
  await expect(staff.getByRole("heading", { name: /Stav: Zveřejněno/ })).toBeVisible();
  const history = staff.getByRole("region", { name: "Historie" });
  await expect(history.getByText("Vráceno k úpravě").first()).toBeVisible();
  await expect(history.getByText("Schváleno").first()).toBeVisible();

  // 5. A visitor finds it without typing diacritics and sees no contact.
  await page.goto("/offers");
  await page.getByLabel("Hledat").fill(`nowy sacz ${token}`);
  await page.getByRole("button", { name: "Použít filtry" }).click();
  await expect(page.getByText("Počet nalezených nabídek: 1")).toBeVisible();
  await page.getByRole("link", { name: "Nowy Sącz" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Nowy Sącz/ })).toBeVisible();
  await expect(page.getByText(`Město Nowy Sącz hledá partnera. ${token}`)).toBeVisible();
  await expect(page.getByText("nowysacz.example")).toHaveCount(0);
  await expect(page.getByText("Anna Kowalska")).toHaveCount(0);
  await expectAccessible(page);

  await foreign.context().close();
  await staff.context().close();
});

test("a request with bad input comes back with field errors and keeps what was typed", async ({
  page,
  accounts,
}) => {
  await signIn(page, await accounts.newForeignTown());
  await page.goto("/offers/new");
  await page.getByRole("combobox", { name: "Název města" }).fill("Testovo");
  await page.getByLabel("Počet obyvatel").fill("-5");
  await page.getByLabel("Velikost partnera od (obyvatel)").fill("5000");
  await page.getByLabel("Velikost partnera do (obyvatel)").fill("1000");
  const response = page.waitForResponse(
    (r) => r.request().method() === "POST" && r.url().includes("/offers/new"),
  );
  await page.getByRole("button", { name: "Odeslat ke schválení" }).click();
  expect((await response).status()).toBe(400);
  await expect(page.getByText("Formulář obsahuje chyby.")).toBeVisible();
  await expect(page.getByText("Zadejte celé číslo od 1 do 50 000 000.")).toBeVisible();
  await expect(page.getByText("Horní hranice nesmí být menší než dolní.")).toBeVisible();
  await expect(page.getByText(/Vyberte alespoň jedno téma/)).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Název města" })).toHaveValue("Testovo");
  await expect(page.getByLabel("Velikost partnera od (obyvatel)")).toHaveValue("5000");
  await expectAccessible(page);
});
