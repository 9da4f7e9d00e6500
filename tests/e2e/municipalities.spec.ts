// Every Czech municipality from the official register (issue 13): a mayor signs up by
// choosing the village, staff verify the claim; a foreign town finds a village without an
// account in the directory and writes to it, staff relay the interest; the directory
// without JavaScript; a second claim of a claimed municipality goes to staff; the home
// page's try-it for towns abroad.
//
// Each test builds its own data: new accounts with unique e-mails and a municipality that
// only it claims (tests/e2e/register.ts). Zblovice is never claimed by anyone.
import type { Browser, Locator, Page } from "@playwright/test";
import { expect, test } from "./accounts";
import {
  closeAll,
  expectAccessible,
  expectNoConsoleErrors,
  openSession,
  type Credentials,
  type Session,
} from "./fixtures";
import { linkFrom, waitForEmail } from "./mailbox";
import {
  escapeRegex,
  fillClaim,
  signUpMayor,
  suggestion,
  UNCLAIMED_VILLAGE,
  uniqueEmail,
  VILLAGES,
} from "./register";

// Sign-ups are rate-limited per client: this file is its own client (see account-email.spec.ts).
const CLIENT = { "X-Forwarded-For": "198.51.100.113" };
test.use({ extraHTTPHeaders: CLIENT });
// The journeys share nothing, so both workers may take them (the file is the suite's longest).
test.describe.configure({ mode: "parallel" });

const PASSWORD = "obec-pod-lesem-2026-heslo";
/** Kozlovice, okres Plzeň-jih, as the register (db/data/czech-municipalities.csv) has it. */
const KOZLOVICE = { ico: "00574295", population: "101", kraj: "Plzeňský kraj" };
/** Plzeňský kraj in the register: 501 municipalities, 326 of them under 500 inhabitants. */
const PLZENSKY = { code: "CZ-32", all: 501, small: 326 };
/** The fourteen municipalities named exactly "Nová Ves", by okres. */
const NOVA_VES_OKRESY = [
  "Brno-venkov",
  "České Budějovice",
  "Český Krumlov",
  "Domažlice",
  "Liberec",
  "Louny",
  "Mělník",
  "Plzeň-jih",
  "Praha-východ",
  "Rychnov nad Kněžnou",
  "Sokolov",
  "Strakonice",
  "Třebíč",
  "Žďár nad Sázavou",
];

// ---- Helpers -----------------------------------------------------------------------------------

function openAs(browser: Browser, who: Credentials | null, javaScript = true): Promise<Session> {
  return openSession(browser, who, { extraHTTPHeaders: CLIENT, javaScriptEnabled: javaScript });
}

function email(label: string): string {
  return uniqueEmail(label, test.info().workerIndex);
}

function toast(page: Page, text: string): Locator {
  return page.getByRole("status").filter({ hasText: text });
}

/** The description (<dd>) that belongs to a term (<dt>) of a fact list. */
function fact(scope: Locator, term: string): Locator {
  return scope
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${escapeRegex(term)}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

function adminNav(page: Page): Locator {
  return page.getByRole("navigation", { name: "Správa Svazu" });
}

/** Staff open the claims to verify from the back office's navigation. */
async function openClaims(page: Page): Promise<Locator> {
  await page.goto("/admin");
  await expectAccessible(page);
  await adminNav(page).getByRole("link", { name: "Žádosti o obce" }).click();
  await expect(page).toHaveURL(/\/admin\/claims$/);
  await expect(
    page.getByRole("heading", { name: "Kdo za obec jedná: žádosti k ověření" }),
  ).toBeVisible();
  return page.getByRole("region", { name: /^Čekají na rozhodnutí \(\d+\)$/ });
}

/** One open claim, found by its municipality and the claimant's e-mail. */
function claimCard(open: Locator, municipality: string, claimant: string): Locator {
  return open
    .getByRole("article", { name: new RegExp(`^${escapeRegex(municipality)} `) })
    .filter({ hasText: claimant });
}

/** The municipality's public page, from the directory's name search. */
async function openFromDirectory(page: Page, name: string, okres: string): Promise<number> {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Hlavní navigace" })
    .getByRole("link", { name: "Obce", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Obce v Česku" })).toBeVisible();
  await page.getByLabel("Název obce").fill(name.toLowerCase());
  await page.getByRole("button", { name: "Použít filtry" }).click();
  await expect(page.getByRole("heading", { name: /^Nalezeno obcí: \d+$/ })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole("row").filter({ hasText: okres });
  await row.getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(/\/municipalities\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    new RegExp(`^${escapeRegex(name)}\\b`),
  );
  return Number(new URL(page.url()).pathname.split("/").pop());
}

/** A foreign town's account with its e-mail confirmed (needed to write to a municipality). */
async function signUpForeignTown(page: Page, town: string, name: string): Promise<string> {
  const address = email("town");
  const since = Date.now();
  await page.goto("/signup?role=foreign");
  await expect(page.getByRole("radio", { name: /^Zahraniční město/ })).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel("Název města", { exact: true }).fill(town);
  await page.getByLabel("Vaše jméno").fill(name);
  await page.getByLabel("E-mail").fill(address);
  await page.getByLabel("Heslo", { exact: true }).fill(PASSWORD);
  await page.getByRole("checkbox", { name: "Souhlasím s podmínkami užívání Spolu." }).check();
  await page.getByRole("button", { name: "Vytvořit účet" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expectAccessible(page);
  const mail = await waitForEmail({ to: address, subjectIncludes: "Potvrďte svůj e-mail", since });
  await page.goto(linkFrom(mail, "/verify-email"));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Potvrdit e-mail" }).click();
  await expect(page.getByRole("status")).toHaveText("Děkujeme, váš e-mail je ověřen.");
  await expectAccessible(page);
  return address;
}

/** The town posts its request for a partner; staff publish it. Returns the offer's path. */
async function publishOffer(town: Page, staff: Page, token: string): Promise<string> {
  await town.goto("/offers/new");
  await town.getByRole("combobox", { name: "Název města" }).fill("Retz");
  await town
    .getByRole("option", { name: /^Retz\b/ })
    .first()
    .click();
  await expect(town.getByLabel("Země", { exact: true })).toHaveValue("AT");
  await town.getByRole("checkbox", { name: "Kultura", exact: true }).check();
  await town.getByRole("checkbox", { name: "Zemědělství a půda" }).check();
  await town.getByRole("checkbox", { name: "němčina" }).check();
  await town.getByLabel("Jazyk popisu").selectOption("de");
  await town
    .getByLabel("Popis v původním jazyce")
    .fill(`Retz sucht eine kleine Weinbaugemeinde in Südmähren. ${token}`);
  await town.getByLabel("Jméno kontaktní osoby").fill("Johanna Weber");
  await town.getByRole("textbox", { name: "E-mail" }).fill(`j.weber.${token}@retz.example`);
  await expectAccessible(town);
  await town.getByRole("button", { name: "Odeslat ke schválení" }).click();
  await expect(town.getByText("Nabídka byla odeslána ke schválení Svazu.")).toBeVisible();
  await expect(town).toHaveURL((url) => /^\/offers\/\d+$/.test(url.pathname));
  const path = new URL(town.url()).pathname;
  await expectAccessible(town);

  await staff.goto(path);
  await expectAccessible(staff);
  await staff.getByRole("button", { name: "Schválit a zveřejnit" }).click();
  await expect(staff.getByRole("heading", { name: /Stav: Zveřejněno/ })).toBeVisible();
  return path;
}

/**
 * axe runs in the page's JavaScript, which a context without JavaScript cannot run: the
 * page's DOM is checked as a copy, in a page of the same origin whose app scripts are
 * blocked (so nothing hydrates and the markup stays what the no-JS visitor got).
 */
async function expectAccessibleWithoutJs(page: Page, checker: Page): Promise<void> {
  const { pathname, search } = new URL(page.url());
  await test.step(`axe on a copy of the page without JavaScript: ${pathname}${search}`, async () => {
    const html = await page.content();
    await checker.goto(page.url());
    await checker.setContent(html);
    await expectAccessible(checker);
  });
}

async function openChecker(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: CLIENT });
  await context.route(/\/build\/.*\.js(\?.*)?$/, (route) => route.abort());
  return context.newPage();
}

// ---- a. A mayor signs up for Kozlovice; staff verify the claim ---------------------------------

test("the mayor of Kozlovice (101 inhabitants) signs up by choosing it; staff verify the claim", async ({
  browser,
  accounts,
  page,
}) => {
  test.setTimeout(240_000); // two people, a dozen pages, each checked with axe
  const mayor = await openAs(browser, null);
  const staff = await openAs(browser, await accounts.newStaff());
  const m = mayor.page;
  const s = staff.page;
  const address = email("kozlovice");
  try {
    await test.step("sign-up: the village is chosen from the register's suggestions", async () => {
      await m.goto("/");
      await expectAccessible(m);
      await m.getByRole("link", { name: "Registrace", exact: true }).click();
      await expect(m.getByRole("heading", { level: 1, name: "Registrace" })).toBeVisible();
      await expect(m.getByRole("radio", { name: /^Česká obec/ })).toBeChecked();
      await expectAccessible(m);
      await m.getByRole("combobox", { name: "Obec", exact: true }).fill("kozlovice");
      const options = m.getByRole("listbox", { name: "Obec" }).getByRole("option");
      // Both Kozlovice, told apart by okres and size (the larger first).
      await expect(options).toHaveText([
        /^Kozlovice — okres Frýdek-Místek · 3\s135 obyvatel$/,
        /^Kozlovice — okres Plzeň-jih · 101 obyvatel$/,
      ]);
      await expectAccessible(m);
      await suggestion(m, VILLAGES.kozlovice).click();
      await expect(m.getByRole("combobox", { name: "Obec", exact: true })).toHaveValue("Kozlovice");
      await expect(options).toHaveCount(0);
      await fillClaim(m, "starostka");
      await m.getByLabel("Telefon pro ověření (nepovinné)").fill("+420 601 234 567");
      await m.getByLabel("Vaše jméno").fill("Věra Kozlovská");
      await m.getByLabel("E-mail").fill(address);
      await m.getByLabel("Heslo", { exact: true }).fill(PASSWORD);
      await m.getByRole("checkbox", { name: "Souhlasím s podmínkami užívání Spolu." }).check();
      await m.getByRole("button", { name: "Vytvořit účet" }).click();
      await expect(m).toHaveURL(/\/me$/);
      await expect(toast(m, "Účet byl vytvořen. Vítejte ve Spolu.")).toBeVisible();
    });

    const profile = m.getByRole("region", { name: "Profil obce: Kozlovice" });
    await test.step("/me: the official data prefilled, the claim waiting for staff", async () => {
      const official = profile.getByRole("group", { name: "Obec", exact: true });
      await expect(fact(official, "Okres")).toHaveText("Plzeň-jih");
      await expect(fact(official, "Kraj")).toHaveText(KOZLOVICE.kraj);
      await expect(fact(official, "Počet obyvatel")).toHaveText(
        new RegExp(`^${KOZLOVICE.population} \\(k `),
      );
      await expect(fact(official, "IČO")).toHaveText(KOZLOVICE.ico);
      await expect(fact(official, "Kód obce (RÚIAN)")).toHaveText(VILLAGES.kozlovice.code);
      await expect(profile.getByText("Čeká na ověření Svazem", { exact: true })).toBeVisible();
      await expect(profile.getByText("Ověřeno Svazem", { exact: true })).toHaveCount(0);
      await expect(fact(m.getByRole("region", { name: "Účet" }), "Obec / město")).toHaveText(
        "Kozlovice",
      );
      await expectAccessible(m);
    });

    await test.step("the mayor fills topics and contact and saves", async () => {
      await profile.getByRole("checkbox", { name: "Zemědělství a půda" }).check();
      await profile.getByRole("checkbox", { name: "Kultura", exact: true }).check();
      await expect(profile.getByLabel("Jméno kontaktní osoby")).toHaveValue("Věra Kozlovská");
      await expect(profile.getByRole("textbox", { name: "E-mail" })).toHaveValue(address);
      await profile.getByLabel("Funkce", { exact: true }).fill("starostka");
      await profile.getByLabel("Telefon", { exact: true }).fill("+420 601 234 567");
      await profile.getByRole("button", { name: "Vytvořit profil a odeslat ke schválení" }).click();
      await expect(toast(m, "Profil byl uložen a odeslán Svazu ke kontrole.")).toBeVisible();
      await expect(profile).toContainText("Stav: Čeká na kontrolu Svazu");
      await expect(profile.getByRole("checkbox", { name: "Zemědělství a půda" })).toBeChecked();
      await expect(profile.getByLabel("Funkce", { exact: true })).toHaveValue("starostka");
    });

    await test.step("staff see the claim with the IČO and the claimant, and verify it", async () => {
      const open = await openClaims(s);
      const card = claimCard(open, "Kozlovice", address);
      await expect(card).toHaveCount(1);
      await expect(card.getByRole("heading")).toHaveText("Kozlovice čeká na ověření");
      await expect(fact(card, "IČO")).toHaveText(KOZLOVICE.ico);
      await expect(fact(card, "Okres")).toHaveText(`Plzeň-jih · ${KOZLOVICE.kraj}`);
      await expect(fact(card, "Žadatel")).toHaveText("Věra Kozlovská");
      await expect(card.getByRole("link", { name: address })).toHaveAttribute(
        "href",
        `mailto:${address}`,
      );
      await expect(fact(card, "Funkce na obci")).toHaveText("starostka");
      await expect(fact(card, "Telefon")).toHaveText("+420 601 234 567");
      await expectAccessible(s);
      await card.getByRole("button", { name: "Ověřeno: jedná za obec" }).click();
      await expect(toast(s, "Žádost je ověřena; obec má odznak „Ověřeno Svazem“.")).toBeVisible();
      await expect(claimCard(open, "Kozlovice", address)).toHaveCount(0);
      const decided = s.getByRole("region", { name: "Nedávno rozhodnuté" });
      await expect(
        decided.getByRole("row").filter({ hasText: "Věra Kozlovská" }).getByRole("cell"),
      ).toHaveText(["Kozlovice", "Věra Kozlovská", "ověřeno", /\d/]);
    });

    await test.step("the village's page shows “Ověřeno Svazem” to everyone", async () => {
      const id = await openFromDirectory(page, "Kozlovice", "Plzeň-jih");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Ověřeno Svazem");
      await expect(fact(page.getByRole("region", { name: "Úřední údaje" }), "IČO")).toHaveText(
        KOZLOVICE.ico,
      );
      // Claimed: a visitor who also speaks for it is told to ask staff.
      await expect(page.getByRole("link", { name: "Zaregistrovat se za obec" })).toHaveAttribute(
        "href",
        `/signup?municipality=${id}`,
      );
      await expect(page.getByText(/^Za obec Kozlovice už na Spolu někdo jedná\./)).toBeVisible();
      await expectAccessible(page);

      await m.goto("/me");
      await expect(profile.getByText("Ověřeno Svazem", { exact: true })).toBeVisible();
      await expect(m.getByText("Svaz ověřil, že za obec Kozlovice jednáte.")).toBeVisible();
      await expectAccessible(m);
    });
    expectNoConsoleErrors(mayor, staff);
  } finally {
    await closeAll(mayor, staff);
  }
});

// ---- b, c. A foreign town writes to a village without an account; staff relay it --------------

test("a foreign town finds Zblovice (37 inhabitants, no account) and writes to it; staff relay it", async ({
  browser,
  accounts,
}) => {
  test.setTimeout(300_000); // three people, many pages, e-mails, axe
  const town = await openAs(browser, null);
  const staff = await openAs(browser, await accounts.newStaff());
  const office = await openAs(browser, null);
  const f = town.page;
  const s = staff.page;
  const token = `zblovice${Date.now().toString(36)}w${test.info().workerIndex}`;
  const message = `Grüß Gott! Retz und Zblovice liegen nah beieinander: Weinlese und Blasmusik? ${token}`;
  try {
    let offerPath = "";
    await test.step("the town signs up, confirms its e-mail and has its request published", async () => {
      await signUpForeignTown(f, "Retz", "Johanna Weber");
      offerPath = await publishOffer(f, s, token);
    });

    let villageId = 0;
    await test.step("the town finds the village in the directory", async () => {
      await f.goto("/municipalities");
      await expectAccessible(f);
      await f.getByLabel("Název obce").fill("zblovice");
      await f.getByRole("button", { name: "Použít filtry" }).click();
      await expect(f.getByRole("heading", { name: "Nalezeno obcí: 1" })).toBeVisible();
      const row = f.getByRole("row").filter({ hasText: "Zblovice" });
      await expect(row.getByRole("cell")).toHaveText([
        "Zblovice",
        "Znojmo · Jihomoravský kraj",
        "37",
        "",
      ]);
      await expectAccessible(f);
      await row.getByRole("link", { name: "Zblovice" }).click();
      await expect(f.getByRole("heading", { level: 1 })).toHaveText(/^Zblovice\s+Bez profilu\s*$/);
      await expect(f).toHaveURL((url) => /^\/municipalities\/\d+$/.test(url.pathname));
      villageId = Number(new URL(f.url()).pathname.split("/").pop());
      await expect(f.getByText(/^Obec Zblovice zatím na Spolu nepůsobí\./)).toBeVisible();
      const official = f.getByRole("region", { name: "Úřední údaje" });
      await expect(fact(official, "Okres")).toHaveText(UNCLAIMED_VILLAGE.okres);
      await expect(fact(official, "Počet obyvatel")).toHaveText(/^37 \(k /);
      await expect(fact(official, "Kód obce (RÚIAN)")).toHaveText(UNCLAIMED_VILLAGE.code);
      await expect(f.getByRole("region", { name: "O obci" })).toContainText(
        "Obec zatím nemá na Spolu profil",
      );
      await expectAccessible(f);
    });

    await test.step("the town expresses interest: the topics are its request's", async () => {
      const offerId = offerPath.split("/").pop();
      const cta = f.getByRole("link", { name: "Projevit zájem" });
      await expect(cta).toHaveAttribute(
        "href",
        `/contacts/new?municipality=${villageId}&offer=${offerId}`,
      );
      await cta.click();
      await expect(f.getByRole("heading", { level: 1, name: "Projevit zájem" })).toBeVisible();
      await expect(f.getByRole("main").getByText("Zblovice ↔ Retz")).toBeVisible();
      const topics = f.getByRole("group", { name: "Společná témata, o kterých chcete mluvit" });
      // The village has no topics of its own: those of the town's request are offered.
      await expect(topics.getByRole("checkbox")).toHaveCount(2);
      await expect(topics.getByRole("checkbox", { name: "Kultura", exact: true })).toBeVisible();
      await expect(topics.getByRole("checkbox", { name: "Zemědělství a půda" })).toBeVisible();
      await expectAccessible(f);
      await topics.getByRole("checkbox", { name: "Zemědělství a půda" }).check();
      await f.getByLabel("Zpráva", { exact: true }).fill(message);
      await f.getByRole("button", { name: "Odeslat projev zájmu" }).click();
      await expect(f).toHaveURL(/\/contacts\/\d+$/);
      await expect(toast(f, "Projev zájmu je odeslán. Svaz ho zkontroluje a předá.")).toBeVisible();
      await expect(f.getByTestId("contact-status")).toHaveText("Čeká na kontrolu Svazu");
      await expectAccessible(f);
    });

    let contactPath = "";
    await test.step("staff review and forward it; the relay box invites the village", async () => {
      await s.goto("/admin");
      await adminNav(s).getByRole("link", { name: "Kontakty ke kontrole" }).click();
      await expect(s).toHaveURL(/\/admin\/contacts$/);
      await expectAccessible(s);
      await s
        .getByRole("region", { name: /^Čekají na kontrolu \(\d+\)$/ })
        .getByRole("link", { name: "Zblovice ↔ Retz", exact: true })
        .click();
      await expect(s).toHaveURL(/\/contacts\/\d+$/);
      contactPath = new URL(s.url()).pathname;
      await expect(s.getByRole("region", { name: "Zpráva" })).toContainText(message);
      await expect(s.getByRole("region", { name: "Zpráva" })).toContainText(
        "Témata: Zemědělství a půda",
      );
      await expectAccessible(s);
      await s
        .getByRole("region", { name: "Co můžete udělat" })
        .getByRole("button", { name: "Předat druhé straně" })
        .click();
      await expect(toast(s, "Hotovo: Předáno, čeká na odpověď.")).toBeVisible();
      await expect(s.getByTestId("contact-status")).toHaveText("Předáno, čeká na odpověď");

      await expect(
        s.getByText(
          "Zblovice nemá ve Spolu účet: Svaz předá zprávu a odpověď zaznamená za tuto stranu.",
        ),
      ).toBeVisible();
      const relay = s.getByRole("region", { name: "Obec Zblovice nemá na Spolu účet" });
      await expect(fact(relay, "IČO")).toHaveText("00637157");
      await expect(fact(relay, "Okres")).toHaveText("Znojmo");
      const claimLink = relay.getByRole("link", { name: /\/signup\?municipality=\d+$/ });
      await expect(claimLink).toHaveAttribute(
        "href",
        new RegExp(`^https?://[^/?#]+/signup\\?municipality=${villageId}(#.*)?$`),
      );
      const claimUrl = (await claimLink.getAttribute("href")) ?? "";
      const text = relay.getByLabel("Text pro obecní úřad");
      await expect(text).toHaveJSProperty("readOnly", true);
      for (const part of [
        "zahraniční město Retz (Rakousko) projevilo přes platformu Spolu zájem o partnerství s obcí Zblovice.",
        `„${message}“`,
        claimUrl,
      ]) {
        await expect(text).toHaveValue(new RegExp(escapeRegex(part)));
      }
      await expectAccessible(s);

      // The office follows the link: the sign-up starts with its municipality chosen.
      await office.page.goto(claimUrl);
      await expect(office.page.getByRole("combobox", { name: "Obec", exact: true })).toHaveValue(
        "Zblovice",
      );
      await expect(office.page.getByRole("radio", { name: /^Česká obec/ })).toBeChecked();
      await expectAccessible(office.page);
    });

    await test.step("staff find it among contacts they answer for and accept for the village", async () => {
      await s.goto("/contacts");
      await s.getByLabel("Zobrazit").selectOption({ label: "Za města bez účtu" });
      await s.getByRole("button", { name: "Použít filtry" }).click();
      await expect(s).toHaveURL(/[?&]show=relay/);
      await expectAccessible(s);
      await s.getByRole("link", { name: "Zblovice ↔ Retz", exact: true }).click();
      await expect(s).toHaveURL(new RegExp(`${contactPath}$`));
      await s
        .getByRole("region", { name: "Co můžete udělat" })
        .getByRole("button", { name: "Přijmout" })
        .click();
      await expect(toast(s, "Hotovo: Přijato.")).toBeVisible();
      await expect(s.getByTestId("contact-status")).toHaveText("Přijato");
      await expectAccessible(s);

      await f.goto(contactPath);
      await expect(f.getByTestId("contact-status")).toHaveText("Přijato");
      await expectAccessible(f);
    });

    await test.step("the village still has no account", async () => {
      await office.page.goto(`/municipalities/${villageId}`);
      await expect(office.page.getByRole("heading", { level: 1 })).toHaveText(
        /^Zblovice\s+Bez profilu\s*$/,
      );
      await expect(
        office.page.getByRole("link", { name: "Zaregistrovat se za obec" }),
      ).toBeVisible();
      await expect(office.page.getByText(/už na Spolu někdo jedná/)).toHaveCount(0);
      await expectAccessible(office.page);
    });
    expectNoConsoleErrors(town, staff, office);
  } finally {
    await closeAll(town, staff, office);
  }
});

// ---- d. The directory without JavaScript -------------------------------------------------------

test("without JavaScript: the directory's filters, counts, sorting, pages and the fourteen Nová Ves", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const visitor = await openAs(browser, null, false);
  const v = visitor.page;
  const checker = await openChecker(browser);
  try {
    await test.step("kraj and size, with counts in the options", async () => {
      await v.goto("/municipalities");
      await expect(v.getByRole("heading", { level: 1, name: "Obce v Česku" })).toBeVisible();
      await expect(v.getByRole("heading", { name: "Obcí: 6 254" })).toBeVisible();
      const kraj = v.getByLabel("Kraj", { exact: true });
      await expect(
        kraj.getByRole("option", { name: `Plzeňský kraj (${PLZENSKY.all})` }),
      ).toHaveCount(1);
      await expectAccessibleWithoutJs(v, checker);
      await kraj.selectOption(PLZENSKY.code);
      await v.getByRole("button", { name: "Použít filtry" }).click();
      await expect(v).toHaveURL(new RegExp(`[?&]kraj=${PLZENSKY.code}(&|$)`));
      await expect(
        v.getByRole("heading", { name: `Nalezeno obcí: ${PLZENSKY.all}` }),
      ).toBeVisible();
      // The sizes count within the chosen kraj; the okres list is the kraj's.
      const size = v.getByLabel("Velikost");
      await expect(
        size.getByRole("option", { name: `do 499 obyvatel (${PLZENSKY.small})` }),
      ).toHaveCount(1);
      await expect(
        v.getByLabel("Okres").getByRole("option", { name: /^Plzeň-jih \(\d+\)$/ }),
      ).toHaveCount(1);
      await expect(v.getByLabel("Okres").getByRole("option", { name: /^Znojmo / })).toHaveCount(0);
      await expectAccessibleWithoutJs(v, checker);
      await size.selectOption({ label: `do 499 obyvatel (${PLZENSKY.small})` });
      await v.getByLabel("Řadit").selectOption({ label: "od největší" });
      await v.getByRole("button", { name: "Použít filtry" }).click();
      await expect(
        v.getByRole("heading", { name: `Nalezeno obcí: ${PLZENSKY.small}` }),
      ).toBeVisible();
      await expect(v.getByLabel("Kraj", { exact: true })).toHaveValue(PLZENSKY.code);
      await expect(v.getByRole("link", { name: "Stáhnout CSV" })).toHaveAttribute(
        "href",
        /^\/municipalities\.csv\?(?=.*kraj=CZ-32)(?=.*size=lt500)(?=.*sort=population)/,
      );
      await expectAccessibleWithoutJs(v, checker);
    });

    await test.step("sorted by population, page by page", async () => {
      const populations = async () =>
        (await v.getByRole("row").locator("td.num").allTextContents()).map((t) =>
          Number(t.replace(/\s/g, "")),
        );
      // Without JavaScript the new page may still be arriving: read until it is all there.
      let first: number[] = [];
      await expect(async () => {
        first = await populations();
        expect(first).toHaveLength(50);
        expect(first, "largest first").toEqual([...first].sort((a, b) => b - a));
        expect(first[0]).toBe(496); // Rabí, the largest under 500 in Plzeňský kraj
        expect(Math.max(...first)).toBeLessThan(500);
      }).toPass({ timeout: 10_000 });
      const pages = v.getByRole("navigation", { name: "Stránkování" });
      await expect(pages).toContainText("Strana 1 z 7");
      await pages.getByRole("link", { name: "Další" }).click();
      await expect(pages).toContainText("Strana 2 z 7");
      await expect(v).toHaveURL(/[?&]page=2(&|$)/);
      await expect(v).toHaveURL(/[?&]size=lt500(&|$)/);
      await expect(async () => {
        const second = await populations();
        expect(second).toHaveLength(50);
        expect(second[0]).toBeLessThanOrEqual(first[first.length - 1] ?? 0);
        expect(second, "largest first").toEqual([...second].sort((a, b) => b - a));
      }).toPass({ timeout: 10_000 });
      await expectAccessibleWithoutJs(v, checker);
    });

    await test.step("“nová ves” lists the fourteen Nová Ves with their okres", async () => {
      await v.getByRole("link", { name: "Zrušit filtry" }).first().click();
      await expect(v.getByRole("heading", { name: "Obcí: 6 254" })).toBeVisible();
      await v.getByLabel("Název obce").fill("nová ves");
      await v.getByRole("button", { name: "Použít filtry" }).click();
      // 33 names contain it ("Nová Ves u Chotěboře", "Moravská Nová Ves" …); 14 are just that.
      await expect(v.getByRole("heading", { name: "Nalezeno obcí: 33" })).toBeVisible();
      const rows = v
        .getByRole("row")
        .filter({ has: v.getByRole("link", { name: "Nová Ves", exact: true }) });
      await expect(rows).toHaveCount(14);
      const okresy = async () =>
        (await rows.locator("td:nth-child(2)").allInnerTexts())
          .map((text) => text.split(" · ")[0]?.trim() ?? "")
          .sort((a, b) => a.localeCompare(b, "cs"));
      await expect.poll(okresy).toEqual(NOVA_VES_OKRESY);
      await expectAccessibleWithoutJs(v, checker);
    });

    await test.step("a mayor signs up for one Nová Ves: the server asks which", async () => {
      await v.goto("/signup");
      await expect(v.getByRole("radio", { name: /^Česká obec/ })).toBeChecked();
      // Nothing runs here: both parts of the form show, the foreign town's too.
      await expect(v.getByLabel("Název města", { exact: true })).toBeVisible();
      await v.getByRole("combobox", { name: "Obec", exact: true }).fill("Nová Ves");
      await fillClaim(v);
      await v.getByLabel("Vaše jméno").fill("Ondřej Novoveský");
      await v.getByLabel("E-mail").fill(email("novaves"));
      await v.getByLabel("Heslo", { exact: true }).fill(PASSWORD);
      await v.getByRole("checkbox", { name: "Souhlasím s podmínkami užívání Spolu." }).check();
      await v.getByRole("button", { name: "Vytvořit účet" }).click();
      const choose = v.getByRole("group", { name: "Obcí tohoto jména je víc. Vyberte tu svou:" });
      await expect(choose.getByRole("radio")).toHaveCount(14);
      await expect(choose).toHaveAccessibleDescription(
        "Název „Nová Ves“ odpovídá více obcím. Vyberte tu svou ze seznamu.",
      );
      await expectAccessibleWithoutJs(v, checker);
      await choose
        .getByRole("radio", { name: /^Nová Ves — okres Strakonice · 105 obyvatel$/ })
        .check();
      // What was typed is kept, except the password.
      await expect(v.getByLabel("Vaše funkce na obci")).toHaveValue("starosta");
      await expect(v.getByLabel("Heslo", { exact: true })).toHaveValue("");
      await v.getByLabel("Heslo", { exact: true }).fill(PASSWORD);
      await v.getByRole("checkbox", { name: "Souhlasím s podmínkami užívání Spolu." }).check();
      await v.getByRole("button", { name: "Vytvořit účet" }).click();
      await expect(v).toHaveURL(/\/me$/);
      const profile = v.getByRole("region", { name: "Profil obce: Nová Ves" });
      await expect(fact(profile, "Okres")).toHaveText(VILLAGES.novaVesNoJs.okres);
      await expect(fact(profile, "Kód obce (RÚIAN)")).toHaveText(VILLAGES.novaVesNoJs.code);
      await expectAccessibleWithoutJs(v, checker);
    });
    expectNoConsoleErrors(visitor);
  } finally {
    await closeAll(visitor);
    await checker.context().close();
  }
});

// ---- e. A second claim of a claimed municipality goes to staff ---------------------------------

test("a second mayor's claim of a claimed municipality goes to staff as a conflict", async ({
  browser,
  accounts,
}) => {
  test.setTimeout(300_000);
  const first = await openAs(browser, null);
  const second = await openAs(browser, null);
  const staff = await openAs(browser, await accounts.newStaff());
  const a = first.page;
  const b = second.page;
  const s = staff.page;
  const village = VILLAGES.conflict;
  const firstEmail = email("first");
  const secondEmail = email("second");
  try {
    await test.step("the first mayor claims Dománovice at sign-up", async () => {
      await signUpMayor(a, {
        village,
        name: "Alena První",
        email: firstEmail,
        password: PASSWORD,
        checkAccessible: true,
      });
      await expect(a.getByRole("region", { name: "Profil obce: Dománovice" })).toBeVisible();
    });

    let id = 0;
    await test.step("a second person signs up from the municipality's page", async () => {
      id = await openFromDirectory(b, village.name, village.okres);
      const box = b.getByRole("complementary", { name: "Zastupujete tuto obec?" });
      await expect(box).toContainText(
        "Za obec Dománovice už na Spolu někdo jedná. Pokud ji zastupujete vy, pošlete žádost: Svaz ověří, kdo za obec skutečně jedná.",
      );
      await expectAccessible(b);
      await box.getByRole("link", { name: "Zaregistrovat se za obec" }).click();
      await expect(b).toHaveURL(new RegExp(`/signup\\?municipality=${id}$`));
      await expect(b.getByRole("combobox", { name: "Obec", exact: true })).toHaveValue(
        "Dománovice",
      );
      await expect(b.getByText(/^Za obec Dománovice už na Spolu někdo jedná\./)).toBeVisible();
      await expectAccessible(b);
      await fillClaim(b, "místostarosta");
      await b.getByLabel("Vaše jméno").fill("Bohumil Druhý");
      await b.getByLabel("E-mail").fill(secondEmail);
      await b.getByLabel("Heslo", { exact: true }).fill(PASSWORD);
      await b.getByRole("checkbox", { name: "Souhlasím s podmínkami užívání Spolu." }).check();
      await b.getByRole("button", { name: "Vytvořit účet" }).click();
      await expect(b).toHaveURL(/\/me$/);
      await expect(
        toast(
          b,
          "Účet byl vytvořen. Vítejte ve Spolu. Za obec už jedná jiný účet, vaši žádost proto posoudí Svaz a ozve se vám.",
        ),
      ).toBeVisible();
      const mine = b.getByRole("region", { name: "Profil obce" });
      await expect(mine).toContainText(
        "Vaši žádost o obec Dománovice posuzuje Svaz. Ozveme se vám e-mailem.",
      );
      // No profile form: the municipality is not this account's.
      await expect(mine.getByRole("button", { name: /profil/i })).toHaveCount(0);
      await expectAccessible(b);
    });

    await test.step("staff see it as a conflict beside the current owner, and turn it down", async () => {
      const open = await openClaims(s);
      const card = claimCard(open, "Dománovice", secondEmail);
      await expect(card.getByRole("heading")).toHaveText("Dománovice spor: obec už má účet");
      await expect(fact(card, "Za obec nyní jedná")).toHaveText("Alena První");
      await expect(fact(card, "Funkce na obci")).toHaveText("místostarosta");
      // The first mayor's own claim waits beside it.
      await expect(claimCard(open, "Dománovice", firstEmail).getByRole("heading")).toHaveText(
        "Dománovice čeká na ověření",
      );
      await expect(card.getByRole("button", { name: "Předat obec tomuto žadateli" })).toBeVisible();
      await expectAccessible(s);

      // Turning down takes a reason, asked for in a disclosure.
      const reject = card.getByRole("button", { name: "Zamítnout žádost", exact: true });
      await expect(reject).toBeHidden();
      await card.getByText("Zamítnout žádost…").click();
      await expect(
        card.getByText("Žadatel se dozví, že jeho žádost byla zamítnuta."),
      ).toBeVisible();
      await reject.click();
      const refused = claimCard(
        s.getByRole("region", { name: /^Čekají na rozhodnutí/ }),
        "Dománovice",
        secondEmail,
      );
      const note = refused.getByLabel("Zdůvodnění");
      await expect(note).toHaveAccessibleDescription(
        "Žadatel ho uvidí. Povinné při zamítnutí. Napište, proč žádost zamítáte.",
      );
      await expectAccessible(s);
      await note.fill("Obecní úřad o žádosti neví.");
      await refused.getByRole("button", { name: "Zamítnout žádost", exact: true }).click();
      await expect(toast(s, "Žádost je zamítnuta.")).toBeVisible();
      await expect(claimCard(open, "Dománovice", secondEmail)).toHaveCount(0);
      // The first mayor keeps the municipality.
      await expect(claimCard(open, "Dománovice", firstEmail)).toHaveCount(1);
    });

    await test.step("from the municipality's page the second mayor sends a request to staff", async () => {
      await b.goto("/me");
      const mine = b.getByRole("region", { name: "Profil obce" });
      await expect(mine).toContainText(
        "Svaz vaši žádost o obec Dománovice nepotvrdil. Vyberte svou obec znovu, nebo se na Svaz obraťte.",
      );
      await expect(mine.getByRole("button", { name: "Převzít profil obce" })).toBeVisible();
      await expectAccessible(b);

      await b.goto(`/municipalities/${id}`);
      const box = b.getByRole("complementary", { name: "Zastupujete tuto obec?" });
      await box.getByRole("link", { name: "Převzít profil obce" }).click();
      await expect(b).toHaveURL(new RegExp(`/municipalities/${id}/claim$`));
      await expect(
        b.getByRole("heading", { level: 1, name: "Zastupujete obec Dománovice?" }),
      ).toBeVisible();
      await expect(b.getByText(/^Za obec Dománovice už na Spolu někdo jedná\./)).toBeVisible();
      await expectAccessible(b);
      await fillClaim(b, "místostarosta");
      await b.getByRole("button", { name: "Poslat žádost Svazu" }).click();
      await expect(b).toHaveURL(/\/me$/);
      await expect(
        toast(b, "Za obec už jedná jiný účet, vaši žádost proto posoudí Svaz a ozve se vám."),
      ).toBeVisible();
      await expect(b.getByRole("region", { name: "Profil obce" })).toContainText(
        "Vaši žádost o obec Dománovice posuzuje Svaz.",
      );
      await expectAccessible(b);
    });

    await test.step("staff see the new request as a conflict", async () => {
      const open = await openClaims(s);
      await expect(claimCard(open, "Dománovice", secondEmail).getByRole("heading")).toHaveText(
        "Dománovice spor: obec už má účet",
      );
      await expectAccessible(s);

      // The first mayor still speaks for it and can write the profile.
      await a.goto("/me");
      await expect(
        a
          .getByRole("region", { name: "Profil obce: Dománovice" })
          .getByRole("button", { name: "Vytvořit profil a odeslat ke schválení" }),
      ).toBeVisible();
    });
    expectNoConsoleErrors(first, second, staff);
  } finally {
    await closeAll(first, second, staff);
  }
});

// ---- f. The home page's try-it for towns abroad ------------------------------------------------

test("a town abroad tries the home page's preview and sees Czech municipalities, with or without a profile", async ({
  page,
}) => {
  test.slow(); // two rankings of all 6,254 municipalities, axe twice
  await page.goto("/");
  const preview = page.getByRole("region", {
    name: "Jste zahraniční město? Podívejte se, které české obce se k vám hodí",
  });
  await expect(preview).toBeVisible();

  // Town and country are required.
  await preview.getByLabel("Počet obyvatel").fill("2500");
  await preview.getByRole("button", { name: "Ukázat obce" }).click();
  await expect(page).toHaveURL(/[?&]side=foreign(&|#|$)/);
  await expect(preview.getByRole("combobox", { name: "Vaše město" })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(preview.getByLabel("Země", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(preview.getByRole("heading", { name: /^Nejlepší z/ })).toHaveCount(0);
  await expectAccessible(page);

  await preview.getByRole("combobox", { name: "Vaše město" }).fill("Weinviertel-Dorf");
  await preview.getByLabel("Země", { exact: true }).selectOption({ label: "Rakousko" });
  await preview.getByLabel("Počet obyvatel").fill("2500");
  await preview.getByRole("checkbox", { name: "Kultura", exact: true }).check();
  await preview.getByRole("checkbox", { name: "Cestovní ruch" }).check();
  await preview.getByRole("checkbox", { name: "němčina" }).check();
  await preview.getByRole("button", { name: "Ukázat obce" }).click();
  await expect(page).toHaveURL(/[?&]country=AT(&|#|$)/);
  await expect(
    preview.getByRole("heading", { name: "Nejlepší z 6 254 českých obcí pro vaše město" }),
  ).toBeVisible();
  const results = preview.getByRole("listitem").filter({ has: page.getByRole("article") });
  await expect(results).toHaveCount(5);
  for (const item of await results.all()) {
    await expect(item.getByRole("link").first()).toHaveAttribute("href", /^\/municipalities\/\d+$/);
    // Each says whether the municipality is on Spolu.
    await expect(item.getByText(/^(Profil na Spolu|Bez profilu)$/)).toHaveCount(1);
  }
  await expect(preview.getByRole("link", { name: "Procházet všechny obce" })).toHaveAttribute(
    "href",
    "/municipalities",
  );
  await expectAccessible(page);
});
