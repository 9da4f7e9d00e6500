// The registry of partnerships as people use it: the mayor of Adršpach, once the
// union has verified them, confirms a partnership the public lists have and adds
// one they miss; a visitor filters /partnerships by country.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./accounts";
import { closeAll, expectAccessible, expectNoConsoleErrors, openSession } from "./fixtures";
import { signUpMayor, uniqueEmail, VILLAGES } from "./register";

// Sign-ups are rate-limited per client: this file is its own client.
const CLIENT = { "X-Forwarded-For": "198.51.100.114" };
test.use({ extraHTTPHeaders: CLIENT });

const PASSWORD = "adrspach-skaly-2026-heslo";

function toast(page: Page, text: string): Locator {
  return page.getByRole("status").filter({ hasText: text });
}

/** One partnership's card on the management page, by its town. */
function rowOf(page: Page, town: string): Locator {
  return page
    .getByRole("region", { name: /^Zapsaná partnerství/ })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: new RegExp(`^${town} `) }) });
}

test("the mayor of Adršpach confirms a partnership from the public lists and adds a missing one", async ({
  browser,
  accounts,
}) => {
  test.setTimeout(240_000); // two people, several pages, each checked with axe
  const mayor = await openSession(browser, null, { extraHTTPHeaders: CLIENT });
  const staff = await openSession(browser, await accounts.newStaff(), {
    extraHTTPHeaders: CLIENT,
  });
  const m = mayor.page;
  const s = staff.page;
  try {
    let pageUrl = "";
    await test.step("a new mayor sees the lists' partnerships, unverified, and why they cannot edit yet", async () => {
      await signUpMayor(m, {
        village: VILLAGES.registry,
        name: "Jana Skalní",
        email: uniqueEmail("adrspach", test.info().workerIndex),
        password: PASSWORD,
      });
      await m.getByRole("link", { name: "Veřejná stránka obce" }).first().click();
      await expect(m.getByRole("heading", { level: 1 })).toContainText("Adršpach");
      pageUrl = m.url();
      const partners = m.getByRole("heading", { name: "Stávající partnerství" });
      await expect(partners).toBeVisible();
      const lubawka = m.getByRole("listitem").filter({ hasText: /^Lubawka \(Polsko\)/ });
      await expect(lubawka.getByText("neověřeno", { exact: true })).toBeVisible();
      await expect(lubawka.getByRole("link", { name: "Wikipedia (Poland)" })).toHaveAttribute(
        "href",
        "https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Poland",
      );
      await expect(m.getByText(/jakmile Svaz ověří, že obec zastupujete/)).toBeVisible();
      await expect(
        m.getByRole("link", { name: "Potvrdit, opravit nebo doplnit partnerství" }),
      ).toHaveCount(0);
      await expectAccessible(m);
    });

    await test.step("staff verify the mayor on the municipality's page", async () => {
      await s.goto(pageUrl);
      await s.getByRole("button", { name: "Ověřit obec" }).click();
      await expect(s.getByRole("heading", { level: 1 })).toContainText("Ověřeno Svazem");
    });

    await test.step("the verified mayor confirms Lubawka", async () => {
      await m.reload();
      await m.getByRole("link", { name: "Potvrdit, opravit nebo doplnit partnerství" }).click();
      await expect(m.getByRole("heading", { level: 1 })).toHaveText("Partnerství obce Adršpach");
      await expectAccessible(m);
      const lubawka = rowOf(m, "Lubawka");
      await expect(lubawka.getByText("neověřeno", { exact: true })).toBeVisible();
      await lubawka.getByRole("button", { name: "Potvrdit partnerství s Lubawka" }).click();
      await expect(toast(m, "Partnerství potvrzeno.")).toBeVisible();
      await expect(rowOf(m, "Lubawka").getByText("potvrzeno obcí", { exact: true })).toBeVisible();
      await expect(rowOf(m, "Lubawka").getByRole("button", { name: /^Potvrdit/ })).toHaveCount(0);
    });

    await test.step("a wrong year is refused beside the field; then Mieroszów is added", async () => {
      const add = m.getByRole("region", { name: "Doplnit chybějící partnerství" });
      await add.getByLabel("Partnerské město").fill("Mieroszów");
      await add.getByLabel("Země").selectOption({ label: "Polsko" });
      await add.getByLabel("Od roku").fill("1899");
      await add.getByRole("button", { name: "Přidat partnerství" }).click();
      await expect(
        add.getByText("Rok vzniku partnerství musí být mezi 1945 a letoškem."),
      ).toBeVisible();
      await expect(add.getByLabel("Od roku")).toHaveAttribute("aria-invalid", "true");
      await expectAccessible(m);
      await add.getByLabel("Partnerské město").fill("Mieroszów");
      await add.getByLabel("Země").selectOption({ label: "Polsko" });
      await add.getByLabel("Od roku").fill("2005");
      await add.getByRole("button", { name: "Přidat partnerství" }).click();
      await expect(toast(m, "Partnerství přidáno.")).toBeVisible();
      const added = rowOf(m, "Mieroszów");
      await expect(added).toContainText("od 2005");
      await expect(added.getByText("potvrzeno obcí", { exact: true })).toBeVisible();
      const history = m.getByRole("region", { name: "Historie" });
      await expect(
        history.getByRole("listitem").filter({ hasText: "přidáno: Mieroszów" }),
      ).toHaveCount(1);
      await expect(
        history.getByRole("listitem").filter({ hasText: "potvrzeno: Lubawka" }),
      ).toHaveCount(1);
      await expectAccessible(m);
    });

    await test.step("the public page shows both as confirmed", async () => {
      await m.goto(pageUrl);
      for (const town of ["Lubawka", "Mieroszów"]) {
        const item = m.getByRole("listitem").filter({ hasText: new RegExp(`^${town} \\(Polsko`) });
        await expect(item.getByText("potvrzeno obcí", { exact: true })).toBeVisible();
      }
    });
    expectNoConsoleErrors(mayor, staff);
  } finally {
    await closeAll(mayor, staff);
  }
});

test("a visitor filters the partnerships by country and downloads them", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Partnerství", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Partnerství" })).toBeVisible();
  await expectAccessible(page);
  const all = page.getByRole("heading", { name: /^Partnerství: [\d\s  ]+$/ });
  await expect(all).toBeVisible();
  const country = page.getByLabel("Země partnera");
  // Each country with how many partnerships it has: Slovakia, the third most frequent.
  await expect(country.getByRole("option", { name: /^Slovensko \(\d+\)$/ })).toHaveCount(1);
  await country.selectOption("SK");
  await page.getByRole("button", { name: "Použít filtry" }).click();
  await expect(page).toHaveURL(/[?&]country=SK/);
  const cards = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(cards.first()).toBeVisible();
  // Read in one go until the Slovak list is shown: many cards, every one of them Slovak.
  await expect
    .poll(async () => {
      const countries = await cards.getByRole("heading", { level: 3 }).allTextContents();
      return {
        many: countries.length > 10,
        notSlovak: countries.filter((heading) => !heading.includes("(Slovensko)")),
      };
    })
    .toEqual({ many: true, notSlovak: [] });
  await expect(page.getByRole("link", { name: "Stáhnout CSV" })).toHaveAttribute(
    "href",
    "/partnerships.csv?country=SK",
  );
  await expect(page.getByText(/seznamy partnerských měst na Wikipedii \(CC BY-SA\)/)).toBeVisible();
  await expectAccessible(page);
});
