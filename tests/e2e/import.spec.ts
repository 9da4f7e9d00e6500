// Staff paste the union's Wolomin announcement, check the draft and publish it.
import { expect, test } from "./accounts";
import { expectAccessible, signIn } from "./fixtures";

const WOLOMIN = `09.08.2019

Polské město Wolomin hledá partnera pro spolupráci

Město Wolomin s 53 000 obyvateli se nachází 20 km severovýchodně od Varšavy. Budoucí partnerská spolupráce by mohla probíhat zejména v oblasti životního prostředí, kultury a nakládání s půdou.`;

test("staff turn a pasted announcement into a published request", async ({ page, accounts }) => {
  test.slow(); // two large forms checked with axe
  await signIn(page, await accounts.newStaff());
  await page.goto("/admin/import");
  await expectAccessible(page);
  await page.getByLabel("Text zprávy").fill(WOLOMIN);
  await page.getByRole("button", { name: "Rozpoznat a připravit koncept" }).click();
  await expect(page.getByRole("heading", { name: "Zkontrolujte koncept" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Název města" })).toHaveValue("Wołomin");
  await expect(page.getByLabel("Země", { exact: true })).toHaveValue("PL");
  await expect(page.getByLabel("Počet obyvatel")).toHaveValue("53000");
  for (const topic of ["Životní prostředí", "Kultura", "Zemědělství a půda"]) {
    await expect(page.getByRole("checkbox", { name: topic, exact: true })).toBeChecked();
  }
  await expect(page.getByRole("checkbox", { name: "Sport", exact: true })).not.toBeChecked();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Odeslat ke schválení" }).click();
  await expect(page.getByText("Nabídka ze zprávy byla uložena.")).toBeVisible();
  await expect(page.getByText("Podle zprávy Svazu z 9. 8. 2019")).toBeVisible();
  await page.getByRole("button", { name: "Schválit a zveřejnit" }).click();
  await expect(page.getByRole("heading", { name: /Stav: Zveřejněno/ })).toBeVisible();
});

test("an empty announcement gets a field error", async ({ page, accounts }) => {
  await signIn(page, await accounts.newStaff());
  await page.goto("/admin/import");
  await page.getByRole("button", { name: "Rozpoznat a připravit koncept" }).click();
  await expect(page.getByText("Vyplňte toto pole.")).toBeVisible();
});
