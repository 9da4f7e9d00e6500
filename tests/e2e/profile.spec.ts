// A mayor creates the municipality profile: once by picking the town from the
// suggestions, once by hand for a village that GeoNames does not know.
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";

async function signUpMayor(page: Page, organisation: string): Promise<void> {
  const email = `mayor.${Date.now().toString(36)}.${test.info().workerIndex}.${Math.random().toString(36).slice(2, 6)}@obec.example`;
  await page.goto("/signup");
  await page.getByLabel("Vaše jméno").fill("Jana Nováková");
  await page.getByLabel("Název obce nebo města").fill(organisation);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Heslo").fill("dlouhé heslo starostky");
  await page.getByRole("button", { name: "Vytvořit účet" }).click();
  await expect(page).toHaveURL(/\/me$/);
}

test("a mayor fills the profile by choosing the town from the suggestions", async ({ page }) => {
  await signUpMayor(page, "Staré Město");
  await expect(page.getByText("Profil obce zatím nemáte vyplněný.")).toBeVisible();
  await expectAccessible(page);
  const name = page.getByRole("combobox", { name: "Název obce" });
  await name.fill("stare mesto");
  // Several towns share the name; the kraj tells them apart.
  await expect(page.getByRole("option", { name: /Staré Město.*Zlínský kraj/ })).toBeVisible();
  await page.getByRole("option", { name: /Staré Město.*Zlínský kraj/ }).click();
  await expect(page.getByLabel("Kraj", { exact: true })).toHaveValue("CZ-72");
  await expect(page.getByLabel("Počet obyvatel")).not.toHaveValue("");
  await expect(page.getByLabel(/Zeměpisná šířka/)).not.toHaveValue("");
  await page.getByRole("checkbox", { name: "Kultura", exact: true }).check();
  await page.getByRole("checkbox", { name: "Sport" }).check();
  await page.getByRole("button", { name: "Vytvořit profil a odeslat ke schválení" }).click();
  await expect(page.getByText("Profil byl uložen a odeslán Svazu ke kontrole.")).toBeVisible();
  await expect(page.getByText("Čeká na kontrolu Svazu")).toBeVisible();
  await page.getByRole("link", { name: "Veřejná stránka obce" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Staré Město/ })).toBeVisible();
  await expect(page.getByText("Neověřeno")).toBeVisible();
  await expect(page.getByText("Zlínský kraj", { exact: false }).first()).toBeVisible();
  await expectAccessible(page);
});

test("a village not in GeoNames enters itself by hand and clicks the map", async ({ page }) => {
  await signUpMayor(page, "Dolní Testov");
  await page.getByRole("combobox", { name: "Název obce" }).fill("Dolní Testov");
  await page.getByLabel("Kraj", { exact: true }).selectOption("CZ-63");
  await page.getByLabel("Počet obyvatel").fill("412");
  await expect(page.getByLabel(/Zeměpisná šířka/)).toHaveValue("");
  const map = page.getByRole("region", { name: /Mapa pro výběr polohy/ });
  await expect(map.locator(".leaflet-pane").first()).toBeAttached();
  await map.click({ position: { x: 200, y: 120 } });
  await expect(page.getByLabel(/Zeměpisná šířka/)).not.toHaveValue("");
  await expect(page.getByLabel(/Zeměpisná délka/)).not.toHaveValue("");
  await page.getByRole("checkbox", { name: "Zemědělství a půda" }).check();
  await page.getByRole("button", { name: "Vytvořit profil a odeslat ke schválení" }).click();
  await expect(page.getByText("Profil byl uložen a odeslán Svazu ke kontrole.")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Název obce" })).toHaveValue("Dolní Testov");
  await expect(page.getByLabel("Počet obyvatel")).toHaveValue("412");
});

test("a profile without a location is refused with a clear message", async ({ page }) => {
  await signUpMayor(page, "Bez Polohy");
  await page.getByRole("combobox", { name: "Název obce" }).fill("Bez Polohy");
  await page.getByLabel("Kraj", { exact: true }).selectOption("CZ-20");
  await page.getByLabel("Počet obyvatel").fill("150");
  await page.getByRole("checkbox", { name: "Kultura", exact: true }).check();
  await page.getByRole("button", { name: "Vytvořit profil a odeslat ke schválení" }).click();
  await expect(page.getByText(/Vyberte obec ze seznamu, nebo zadejte její polohu/)).toBeVisible();
  await expect(page.getByText("Profil obce zatím nemáte vyplněný.")).toBeVisible();
});
