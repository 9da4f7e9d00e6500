// The newcomer's path (issue 18): a visitor who wants to write signs in and lands on the
// message form; the home page gives each side its way in; search finds topics and countries
// in the reader's language; the demo data is explained and hidden with one switch; a
// signed-in mayor's home is their start page.
import { expect, test } from "./accounts";
import { expectAccessible, signIn } from "./fixtures";

test.describe("the newcomer's path", () => {
  test("a visitor's interest in a request leads through sign-in to the message form", async ({
    page,
    accounts,
  }) => {
    const offer = await accounts.newOfferWithoutAccount({ country: "PL", topics: ["culture"] });
    const mayor = await accounts.newMayor();
    await page.goto(`/offers/${offer.id}`);
    const box = page.getByRole("region", { name: "Máte o partnerství zájem?" });
    await expect(box).toBeVisible();
    await expect(box.getByRole("link", { name: "Zaregistrovat obec" })).toHaveAttribute(
      "href",
      `/signup?role=mayor&redirectTo=%2Fcontacts%2Fnew%3Foffer%3D${offer.id}`,
    );
    await expectAccessible(page);

    await test.step("sign in, and come back to write", async () => {
      await box.getByRole("link", { name: "Přihlásit se a projevit zájem" }).click();
      await page.getByLabel("E-mail").fill(mayor.email);
      await page.getByLabel("Heslo", { exact: true }).fill(mayor.password);
      await page.getByRole("button", { name: "Přihlásit se" }).click();
      await expect(page).toHaveURL(new RegExp(`/contacts/new\\?offer=${offer.id}$`));
      await expect(page.getByRole("heading", { level: 1, name: "Projevit zájem" })).toBeVisible();
      await expect(page.getByRole("link", { name: offer.town })).toBeVisible();
      await expectAccessible(page);
    });
  });

  test("the home page shows each side its way in", async ({ page }) => {
    await page.goto("/");
    for (const side of ["Jsem česká obec", "Jsme město v zahraničí", "Jen se dívám"])
      await expect(page.getByRole("heading", { level: 3, name: side })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Zveřejnit žádost" }).click();
    await expect(page).toHaveURL(/\/signup\?role=foreign&redirectTo=%2Foffers%2Fnew$/);
    await expect(page.getByRole("radio", { name: /^Zahraniční město/ })).toBeChecked();
    await expect(
      page.getByRole("checkbox", { name: "Souhlasím s podmínkami užívání Spolu." }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test("search finds a request by its topic and country, in the reader's language", async ({
    page,
    accounts,
  }) => {
    const offer = await accounts.newOfferWithoutAccount({
      country: "PL",
      topics: ["culture"],
      openToAnyTopic: false,
      description: "Szukamy partnera.",
    });
    const tag = offer.town.split(" ").at(-1)!;
    const card = page.getByRole("article").filter({ hasText: offer.town });
    for (const q of [`kultura ${tag}`, `Polsko ${tag}`])
      await test.step(q, async () => {
        await page.goto("/offers");
        await page.getByLabel("Hledat").fill(q);
        await page.getByRole("button", { name: "Použít filtry" }).click();
        await expect(
          page.getByRole("heading", { name: "Počet nalezených nabídek: 1" }),
        ).toBeVisible();
        await expect(card).toBeVisible();
      });
    await page.goto(`/offers?lang=de&q=${encodeURIComponent(`Polen ${tag}`)}`);
    await expect(page.getByRole("heading", { name: "Gefundene Anfragen: 1" })).toBeVisible();
    await expect(card).toBeVisible();
    await expectAccessible(page);

    await test.step("sort the whole list by the towns' size", async () => {
      await page.goto("/offers?lang=cs");
      await page.getByLabel("Řadit").selectOption({ label: "od největšího města" });
      await page.getByRole("button", { name: "Seřadit" }).click();
      await expect(page).toHaveURL(/[?&]sort=largest/);
      await expect(page.getByLabel("Řadit")).toHaveValue("largest");
      await expectAccessible(page);
    });
  });

  test("an offer's page suggests a similar request, which opens", async ({ page, accounts }) => {
    // Same rare topics, country and size: nothing else can be more alike.
    const alike = {
      country: "MT",
      population: 7_321,
      topics: ["climate_energy", "sport", "education"],
      openToAnyTopic: false,
    };
    const first = await accounts.newOfferWithoutAccount({ ...alike, town: "Żebbuġ" });
    const second = await accounts.newOfferWithoutAccount({ ...alike, town: "Għargħur" });
    await page.goto(`/offers/${first.id}`);
    const similar = page.getByRole("region", { name: "Podobné žádosti" });
    const card = similar.getByRole("article").filter({ hasText: second.town });
    await expect(card).toBeVisible();
    await expect(similar.getByRole("article").filter({ hasText: first.town })).toHaveCount(0);
    await expectAccessible(page);
    await card
      .getByRole("link", { name: new RegExp(second.town) })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/offers/${second.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(second.town);
  });

  test("the demo requests are explained, and hidden with one switch", async ({ page }) => {
    // A demo request of the seed by its name: the list's first page may hold only the
    // requests other tests have just published.
    await page.goto("/offers?q=Waldkirchen");
    const card = page.getByRole("main").getByRole("article").filter({ hasText: "Waldkirchen" });
    await expect(card.getByText("Ukázka", { exact: true })).toBeVisible();
    await expect(page.getByText(/^Nabídky označené „Ukázka“ \(1\) jsou smyšlené/)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Skrýt ukázky" }).click();
    await expect(page).toHaveURL(/\?q=Waldkirchen&demo=hide$/);
    await expect(page.getByText("Ukázkové nabídky jsou skryté.")).toBeVisible();
    await expect(card).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Zobrazit je" }).click();
    await expect(page).toHaveURL(/\?q=Waldkirchen$/);
    await expect(card).toBeVisible();
  });

  test("a signed-in mayor's home is their start page", async ({ page, accounts }) => {
    const mayor = await accounts.newMayor();
    await signIn(page, mayor);
    await page.goto("/");
    await expect(
      page.getByRole("heading", { level: 1, name: `Dobrý den, ${mayor.name}` }),
    ).toBeVisible();
    const own = page.getByRole("region", { name: "Vaše obec" });
    await expect(own.getByRole("link", { name: mayor.municipality.name })).toBeVisible();
    await expect(page.getByRole("region", { name: "Čeká na vás" })).toContainText(
      "Nic nečeká na vaši odpověď.",
    );
    await expect(page.getByRole("heading", { name: "Nové nabídky pro vaši obec" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Zaregistrovat obec" })).toHaveCount(0);
    await expectAccessible(page);
  });
});
