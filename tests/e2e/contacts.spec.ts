// Contacts end to end: a mayor's expression of interest through the union's review, a
// question and its answer, acceptance, the partnership stages and the partnership on the
// map; the union's introductions; withdrawing, rejecting, the inbox, the outbox and who
// may open what. Every e-mail is read from the real SMTP sink (mailbox.ts).
//
// Each test makes its own people and towns (accounts.ts): fresh mayors speaking for
// municipalities of the register with published profiles, foreign towns with published
// offers, towns without an account (staff answer for them) and staff. So no test depends on
// another's order, nor on the demo accounts' state; the database is shared with the other
// spec files, so nothing here relies on global counts. One mayor signs up through the form,
// where the sign-up itself is part of the journey.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "@playwright/test";
import {
  expect,
  test,
  type Accounts,
  type Contact,
  type Mayor,
  type Municipality,
  type OfferOptions,
} from "./accounts";
import {
  chooseLanguage,
  closeAll,
  expectAccessible,
  expectNoConsoleErrors,
  openSession,
  signIn,
  type Credentials,
  type Session,
} from "./fixtures";
import { linkFrom, readMailbox, waitForEmail, type ReceivedEmail } from "./mailbox";
import { escapeRegex, signUpMayor as signUpFor, VILLAGES, type Village } from "./register";

/** What each reader is told about the details before acceptance (app/i18n/cs-contacts.ts). */
const PRIVACY = {
  sender:
    "Kontaktní osobu, e-mail a telefon druhé strany uvidíte, až váš projev zájmu přijme; ona zároveň uvidí vaše.",
  recipient:
    "Když projev zájmu přijmete, uvidíte kontaktní údaje druhé strany a ona vaše. Do té doby je nevidí nikdo z vás.",
  introduction:
    "Když pozvání přijmou obě strany, uvidí navzájem své kontaktní údaje. Do té doby je nevidí nikdo z vás.",
} as const;
const STATUS = {
  pending: "Čeká na kontrolu Svazu",
  forwarded: "Předáno, čeká na odpověď",
  infoRequested: "Vyžádáno doplnění",
  accepted: "Přijato",
  inContact: "V kontaktu",
  council: "Schváleno zastupitelstvem",
  signed: "Smlouva podepsána",
  withdrawn: "Staženo",
  rejected: "Nepředáno Svazem",
} as const;
const PASSWORD = "obec-na-kopci-2026-heslo";

// ---- Helpers -----------------------------------------------------------------------------------

/** A browser of its own for one person (at an address of its own), signed in when given one. */
function openAs(browser: Browser, person: Credentials | null): Promise<Session> {
  return openSession(browser, person);
}

function uniqueEmail(label: string): string {
  const random = Math.random().toString(36).slice(2, 8);
  return `${label}-${Date.now()}-w${test.info().workerIndex}-${random}@obec.example`;
}

/** What a municipality's profile says it seeks, for a pair staff should find among the best. */
const INTRODUCED = {
  interests: ["heritage", "culture", "education"],
  languages: ["cs", "en", "de"],
} as const;

/** A mayor whose profile wants what `pairFor` offers (see INTRODUCED). */
function introducedMayor(accounts: Accounts, country: string): Promise<Mayor> {
  return accounts.newMayor({
    profile: {
      interests: [...INTRODUCED.interests],
      languages: [...INTRODUCED.languages],
      seeksAnyCountry: false,
      seeksCountries: [country],
    },
  });
}

/**
 * An offer that fits the municipality as well as any can (the same topics and languages, its
 * kraj preferred, its size, ten kilometres away, just published), so that the pair heads
 * staff's best pairs on /matches whatever else the other specs add meanwhile.
 */
function pairFor(m: Municipality, options: OfferOptions): OfferOptions {
  return {
    topics: [...INTRODUCED.interests],
    languages: [...INTRODUCED.languages],
    preferredKraje: [m.kraj],
    population: m.population,
    lat: m.lat + 0.06,
    lon: m.lon + 0.06,
    ...options,
  };
}

function mainNav(page: Page): Locator {
  return page.getByRole("navigation", { name: "Hlavní navigace" });
}

function toast(page: Page, text: string): Locator {
  return page.getByRole("status").filter({ hasText: text });
}

function status(page: Page): Locator {
  return page.getByTestId("contact-status");
}

function actions(page: Page): Locator {
  return page.getByRole("region", { name: "Co můžete udělat" });
}

function details(page: Page): Locator {
  return page.getByRole("region", { name: "Kontaktní údaje" });
}

function contactIdOf(page: Page): number {
  const id = Number(new URL(page.url()).pathname.match(/^\/contacts\/(\d+)$/)?.[1]);
  expect(id, `a contact page: ${page.url()}`).toBeGreaterThan(0);
  return id;
}

/** Before acceptance: the privacy note, and nothing of the other side's contact or person. */
async function expectOtherSideHidden(
  page: Page,
  other: Contact,
  note: keyof typeof PRIVACY,
  otherAccountName?: string,
): Promise<void> {
  await expect(page.getByTestId("contact-privacy")).toHaveText(PRIVACY[note]);
  await expect(details(page)).toHaveCount(0);
  // The page has settled (the retrying checks above): the whole HTML, data included.
  const html = await page.content();
  expect(html, "the other side's e-mail").not.toContain(other.email);
  expect(html, "the other side's phone").not.toContain(other.phone);
  expect(html, "the other side's contact person").not.toContain(other.person);
  // An account's name is usually its contact person: until acceptance the other side is
  // named by its town only (app/models/contact-view.server.ts), in the thread and the history.
  if (otherAccountName)
    await expect(
      page.locator("main"),
      "the other side's account name before acceptance",
    ).not.toContainText(otherAccountName);
}

/** After acceptance: both towns' contact person, e-mail and phone. */
async function expectBothSidesShown(
  page: Page,
  sides: ({ town: string } & Contact)[],
): Promise<void> {
  await expect(page.getByTestId("contact-privacy")).toHaveCount(0);
  const card = details(page);
  await expect(card).toBeVisible();
  for (const side of sides) {
    // Each side is a heading and the paragraph under it, in one column.
    const block = card
      .getByRole("heading", { level: 3, name: side.town, exact: true })
      .locator("xpath=..");
    await expect(block).toContainText(`Kontaktní osoba: ${side.person}`);
    await expect(block.getByRole("link", { name: side.email })).toHaveAttribute(
      "href",
      `mailto:${side.email}`,
    );
    await expect(block).toContainText(`Telefon: ${side.phone}`);
  }
}

/**
 * A contact e-mail as the recipient gets it: exact Czech subject, Czech content and a link
 * to this contact's page.
 */
async function expectContactEmail(query: {
  to: string;
  subject: string;
  since: number;
  contactId: number;
}): Promise<{ email: ReceivedEmail; link: string }> {
  const email = await waitForEmail({
    to: query.to,
    subjectIncludes: query.subject,
    since: query.since,
  });
  expect(email.subject).toBe(query.subject);
  expect(email.contentLanguage).toBe("cs");
  expect(email.text).toContain(query.subject.replace(/^Spolu: /, ""));
  const link = linkFrom(email, "/contacts/");
  expect(new URL(link).pathname).toBe(`/contacts/${query.contactId}`);
  expect(email.html).toContain(`href="${link}"`);
  return { email, link };
}

/**
 * expectAccessible for the outbox's e-mail page, leaving out the e-mail's own HTML: it is
 * shown in an iframe sandboxed without scripts, which axe cannot enter (it waits forever).
 */
async function expectAccessibleBesideEmailFrame(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .exclude("iframe")
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    `accessibility violations on ${page.url()}`,
  ).toEqual([]);
}

function expectNoDetailsIn(
  emails: ReceivedEmail[],
  other: Pick<Contact, "email" | "phone">,
  what: string,
): void {
  for (const email of emails) {
    const all = `${email.subject}\n${email.text}\n${email.html}`;
    expect(all, `${what}: "${email.subject}" names the other side's e-mail`).not.toContain(
      other.email,
    );
    expect(all, `${what}: "${email.subject}" names the other side's phone`).not.toContain(
      other.phone,
    );
  }
}

/** Opens a published offer by its town, from the list of offers. */
async function openOffer(page: Page, town: string): Promise<void> {
  await page.goto(`/offers?q=${encodeURIComponent(town)}`);
  await page.getByRole("link", { name: town, exact: true }).first().click();
  await expect(page).toHaveURL(/\/offers\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    new RegExp(`^${escapeRegex(town)}(\\s*Ukázka)?\\s*$`),
  );
}

/**
 * A mayor writes to an offer from its page: picks the topics and sends the message. Returns
 * the new contact's id.
 */
async function expressInterest(
  page: Page,
  town: string,
  topics: string[],
  message: string,
): Promise<number> {
  await openOffer(page, town);
  await page
    .getByRole("region", { name: "Jak se hodí vaší obci" })
    .getByRole("link", { name: "Projevit zájem" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Projevit zájem" })).toBeVisible();
  const group = page.getByRole("group", { name: "Společná témata, o kterých chcete mluvit" });
  for (const topic of topics)
    await group.getByRole("checkbox", { name: topic, exact: true }).check();
  await page.getByLabel("Zpráva", { exact: true }).fill(message);
  await page.getByRole("button", { name: "Odeslat projev zájmu" }).click();
  await expect(page).toHaveURL(/\/contacts\/\d+$/);
  await expect(toast(page, "Projev zájmu je odeslán. Svaz ho zkontroluje a předá.")).toBeVisible();
  await expect(status(page)).toHaveText(STATUS.pending);
  return contactIdOf(page);
}

/** Staff open a contact waiting for review from "Kontakty ke kontrole". */
async function openFromReviewQueue(page: Page, pair: string): Promise<void> {
  await page.goto("/admin");
  await page
    .getByRole("navigation", { name: "Správa Svazu" })
    .getByRole("link", { name: "Kontakty ke kontrole" })
    .click();
  await expect(page).toHaveURL(/\/admin\/contacts$/);
  const queue = page.getByRole("region", { name: /^Čekají na kontrolu \(\d+\)$/ });
  await queue.getByRole("link", { name: pair, exact: true }).click();
  await expect(page).toHaveURL(/\/contacts\/\d+$/);
}

/**
 * Records the next partnership stage with today's date (the form's default); returns the
 * date as Czech pages and e-mails write it ("2. 12. 2026").
 */
async function recordStage(
  page: Page,
  button: string,
  note: string,
  reference?: string,
): Promise<string> {
  // The form sits in the card that lists the stages; the date defaults to today in Prague.
  const form = page.getByRole("region", { name: "Cesta k partnerství" });
  const date = form.getByLabel("Datum");
  await expect(date).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  // Read once the retrying check above saw it filled.
  const day = await date.inputValue();
  if (reference !== undefined)
    await form.getByLabel("Číslo usnesení nebo odkaz (nepovinné)").fill(reference);
  await form.getByLabel("Poznámka (nepovinné)").fill(note);
  await form.getByRole("button", { name: button }).click();
  return czechDate(day);
}

function czechDate(day: string): string {
  return new Intl.DateTimeFormat("cs-CZ", {
    day: "numeric",
    month: "numeric",
    year: "numeric",
    timeZone: "Europe/Prague",
  }).format(new Date(`${day}T12:00:00Z`));
}

/**
 * The main navigation's "Oznámení" link shows an unread count ("Oznámení (2)"), or none
 * ("Oznámení") when everything is read.
 */
async function expectUnreadInNav(page: Page, unread: "some" | "none"): Promise<void> {
  const link = mainNav(page).getByRole("link", { name: /^Oznámení/ });
  await expect(link, `unread notices: ${unread}`).toHaveAccessibleName(
    unread === "some" ? /^Oznámení \([1-9]\d*\)$/ : /^Oznámení$/,
  );
}

/**
 * A fresh mayor account through the sign-up form, speaking for a municipality of the
 * register that only this test claims (its e-mail not yet verified).
 */
async function signUpMayor(page: Page, name: string, village: Village): Promise<string> {
  const email = uniqueEmail("mayor");
  await signUpFor(page, { village, name, email, password: PASSWORD });
  return email;
}

// ---- 1. The main journey -----------------------------------------------------------------------

test("a mayor's interest in a Polish town goes through review, a question and acceptance to a partnership on the map", async ({
  browser,
  accounts,
}) => {
  test.setTimeout(360_000); // three people, a dozen steps, e-mails and axe on the main pages
  // A mayor in the Jihočeský kraj (the /partnerships filter below) interested in heritage,
  // tourism, youth and culture; a Polish town seeking tourism, heritage and youth.
  const mayorAccount = await accounts.newMayor({
    kraj: "CZ-31",
    profile: { interests: ["heritage", "tourism", "youth", "culture"] },
  });
  const M = mayorAccount.municipality.name;
  const townAccount = await accounts.newForeignTown({
    town: "Nowa Ruda",
    country: "PL",
    topics: ["tourism", "heritage", "youth"],
    lat: mayorAccount.municipality.lat + 0.4,
    lon: mayorAccount.municipality.lon + 0.4,
  });
  const T = townAccount.offer.town;
  const MAYOR = mayorAccount.municipality.contact;
  const TOWN = townAccount.offer.contact;
  const pair = `${M} ↔ ${T}`;
  const dash = `${M} – ${T}`;
  const mayor = await openAs(browser, mayorAccount);
  const foreign = await openAs(browser, townAccount);
  const staff = await openAs(browser, await accounts.newStaff());
  const m = mayor.page;
  const f = foreign.page;
  const s = staff.page;
  const start = Date.now();
  try {
    const { topics } =
      await test.step("The mayor opens the town's offer and expresses interest", async () => {
        await openOffer(m, T);
        const fit = m.getByRole("region", { name: "Jak se hodí vaší obci" });
        await expect(fit).toContainText("Skóre");
        await expect(m.getByText(TOWN.email)).toHaveCount(0);
        await fit.getByRole("link", { name: "Projevit zájem" }).click();
        await expect(m).toHaveURL(/\/contacts\/new\?offer=\d+$/);
        await expect(m.getByRole("heading", { level: 1, name: "Projevit zájem" })).toBeVisible();
        await expect(m.getByRole("main").getByText(pair)).toBeVisible();
        const topics = m.getByRole("group", { name: "Společná témata, o kterých chcete mluvit" });
        // The municipality (heritage, tourism, youth, culture) and the town (tourism, heritage, youth).
        await expect(topics.getByRole("checkbox")).toHaveCount(3);
        for (const topic of ["Cestovní ruch", "Kulturní dědictví", "Mládež"])
          await expect(topics.getByRole("checkbox", { name: topic })).not.toBeChecked();
        await expectAccessible(m);
        return { topics };
      });

    const { message, send } = await test.step("Sent with no topic and no message", async () => {
      // Sent with no topic and no message: both problems are told at once, nothing is sent.
      const message = m.getByLabel("Zpráva", { exact: true });
      const send = m.getByRole("button", { name: "Odeslat projev zájmu" });
      await send.click();
      await expect(m).toHaveURL(/\/contacts\/new\?offer=\d+$/);
      await expect
        .poll(
          () =>
            message.evaluate(
              (el: HTMLTextAreaElement) =>
                el.validity.valueMissing || el.getAttribute("aria-invalid") === "true",
            ),
          { message: "the empty message is flagged" },
        )
        .toBe(true);
      await expect
        .soft(
          m.locator("#topics-error"),
          "the missing topic is told at the first attempt, together with the empty message",
        )
        .toHaveText("Vyberte alespoň jedno společné téma.");
      return { message, send };
    });

    const { text, id } =
      await test.step("With a message but still no topic, the server answers with the topic's field error", async () => {
        const text = `Dobrý den, obec ${M} by ráda navázala partnerství s městem ${T}: výměny mládeže a péče o památky.`;
        await message.fill(text);
        const refused = m.waitForResponse(
          (r) => r.request().method() === "POST" && r.url().includes("/contacts/new"),
        );
        await send.click();
        expect((await refused).status()).toBe(400);
        await expect(m.locator("#topics-error")).toHaveText("Vyberte alespoň jedno společné téma.");
        await expect(topics).toHaveAccessibleDescription(/Vyberte alespoň jedno společné téma\./);
        await expect(message).toHaveValue(text);
        await expectAccessible(m);

        await topics.getByRole("checkbox", { name: "Kulturní dědictví" }).check();
        await topics.getByRole("checkbox", { name: "Mládež" }).check();
        await send.click();
        await expect(m).toHaveURL(/\/contacts\/\d+$/);
        const id = contactIdOf(m);
        await expect(
          toast(m, "Projev zájmu je odeslán. Svaz ho zkontroluje a předá."),
        ).toBeVisible();
        await expect(m.getByRole("heading", { level: 1 })).toHaveText(`${pair} (Polsko)`);
        await expect(status(m)).toHaveText(STATUS.pending);
        await expect(
          m.getByText("Svaz vaši zprávu kontroluje. Obvykle do dvou pracovních dnů."),
        ).toBeVisible();
        const messageCard = m.getByRole("region", { name: "Zpráva" });
        await expect(messageCard).toContainText(text);
        await expect(messageCard).toContainText("Témata: Kulturní dědictví, Mládež");
        await expectOtherSideHidden(m, TOWN, "sender", townAccount.name);
        await expectAccessible(m);
        const submitted = await expectContactEmail({
          to: mayorAccount.email,
          subject: `Spolu: Váš projev zájmu ${dash} čeká na kontrolu Svazu.`,
          since: start,
          contactId: id,
        });
        await m.goto(submitted.link);
        await expect(status(m)).toHaveText(STATUS.pending);
        return { text, id };
      });

    await test.step("The foreign town knows nothing of it until the union forwards it", async () => {
      const early = await f.goto(`/contacts/${id}`);
      expect(early?.status(), "the recipient before forwarding").toBe(404);
    });

    const { received } =
      await test.step('Staff find it in "Kontakty ke kontrole" and forward it', async () => {
        // Staff find it in "Kontakty ke kontrole" and forward it.
        await openFromReviewQueue(s, pair);
        await expect(s).toHaveURL(new RegExp(`/contacts/${id}$`));
        await expect(status(s)).toHaveText(STATUS.pending);
        await expect(s.getByRole("region", { name: "Zpráva" })).toContainText(text);
        // Nothing in the message looks like an e-mail or a phone number.
        await expect(s.getByRole("note")).toHaveCount(0);
        await expectAccessible(s);
        const beforeForward = Date.now();
        await actions(s).getByRole("button", { name: "Předat druhé straně" }).click();
        await expect(toast(s, `Hotovo: ${STATUS.forwarded}.`)).toBeVisible();
        await expect(status(s)).toHaveText(STATUS.forwarded);
        await s.goto("/admin/contacts");
        await expect(
          s.getByRole("region", { name: /^Čekají na kontrolu/ }).getByRole("link", { name: pair }),
        ).toHaveCount(0);

        await expectContactEmail({
          to: mayorAccount.email,
          subject: `Spolu: Svaz předal váš projev zájmu ${dash} druhé straně.`,
          since: beforeForward,
          contactId: id,
        });
        const received = await expectContactEmail({
          to: townAccount.email,
          subject: `Spolu: Nový projev zájmu: ${dash}. Odpovězte prosím do 30 dnů.`,
          since: beforeForward,
          contactId: id,
        });
        return { received };
      });

    const { question, beforeQuestion } =
      await test.step("The foreign town opens the e-mail's link and asks for more", async () => {
        await f.goto(received.link);
        await expect(status(f)).toHaveText(STATUS.forwarded);
        await expect(
          f.getByText("Přijměte, odmítněte, nebo se zeptejte. Na odpověď máte 30 dní od předání."),
        ).toBeVisible();
        await expect(f.getByRole("region", { name: "Zpráva" })).toContainText(text);
        await expectOtherSideHidden(f, MAYOR, "recipient", mayorAccount.name);
        await expectAccessible(f);
        const question = "Kolik mladých lidí by se výměny účastnilo a v jakém měsíci?";
        await actions(f).getByLabel("Na co se chcete zeptat").fill(question);
        const beforeQuestion = Date.now();
        await actions(f).getByRole("button", { name: "Zeptat se" }).click();
        await expect(toast(f, `Hotovo: ${STATUS.infoRequested}.`)).toBeVisible();
        await expect(status(f)).toHaveText(STATUS.infoRequested);
        await expect(f.getByText("Čekáte na doplnění od druhé strany.")).toBeVisible();
        await expectOtherSideHidden(f, MAYOR, "recipient", mayorAccount.name);
        return { question, beforeQuestion };
      });

    const { beforeAnswer } =
      await test.step("The mayor answers from the e-mail's link", async () => {
        const asked = await expectContactEmail({
          to: mayorAccount.email,
          subject: `Spolu: Druhá strana žádá o doplnění projevu zájmu ${dash}.`,
          since: beforeQuestion,
          contactId: id,
        });
        await m.goto(asked.link);
        await expect(status(m)).toHaveText(STATUS.infoRequested);
        await expect(m.getByText("Druhá strana se ptá. Odpovězte níže.")).toBeVisible();
        const thread = m.getByRole("region", { name: "Zprávy" });
        await expect(thread.getByRole("listitem")).toHaveCount(1);
        await expect(thread.getByRole("listitem").first()).toContainText(question);
        await expect(thread.getByRole("listitem").first()).toContainText(`Dotaz · ${T}`);
        await expect(thread).toContainText(
          "Volné zprávy se otevřou, až projev zájmu přijme druhá strana.",
        );
        await expectOtherSideHidden(m, TOWN, "sender", townAccount.name);
        await expectAccessible(m);
        const answer = "Asi dvacet žáků základní školy, nejraději v květnu.";
        await actions(m).getByLabel("Vaše doplnění").fill(answer);
        const beforeAnswer = Date.now();
        await actions(m).getByRole("button", { name: "Odeslat doplnění" }).click();
        await expect(toast(m, `Hotovo: ${STATUS.forwarded}.`)).toBeVisible();
        await expect(status(m)).toHaveText(STATUS.forwarded);
        await expect(thread.getByRole("listitem")).toHaveCount(2);
        await expect(thread.getByRole("listitem").nth(1)).toContainText(answer);
        return { beforeAnswer };
      });

    const { beforeAccept, both } =
      await test.step("The foreign town reads the answer and accepts", async () => {
        const answered = await expectContactEmail({
          to: townAccount.email,
          subject: `Spolu: Projev zájmu ${dash} byl doplněn a čeká na vaši odpověď.`,
          since: beforeAnswer,
          contactId: id,
        });
        await f.goto(answered.link);
        await expect(status(f)).toHaveText(STATUS.forwarded);
        await expect(
          f.getByRole("region", { name: "Zprávy" }).getByRole("listitem").nth(1),
        ).toContainText(`Doplnění · ${M}`);
        await expectOtherSideHidden(f, MAYOR, "recipient", mayorAccount.name);
        const beforeAccept = Date.now();
        await actions(f).getByRole("button", { name: "Přijmout" }).click();
        await expect(toast(f, `Hotovo: ${STATUS.accepted}.`)).toBeVisible();
        await expect(status(f)).toHaveText(STATUS.accepted);
        await expect(f.getByText("Obě strany se dohodly: kontaktní údaje vidí obě.")).toBeVisible();
        const both = [
          { town: M, ...MAYOR },
          { town: T, ...TOWN },
        ];
        await expectBothSidesShown(f, both);
        await expectAccessible(f);
        return { beforeAccept, both };
      });

    await test.step("No e-mail before the acceptance gave either side the other's contact", async () => {
      const mayorMails = readMailbox({ to: mayorAccount.email, since: start }).filter(
        (e) => Date.parse(e.receivedAt) < beforeAccept,
      );
      const foreignMails = readMailbox({ to: townAccount.email, since: start }).filter(
        (e) => Date.parse(e.receivedAt) < beforeAccept,
      );
      expect(mayorMails.length, "e-mails to the mayor before acceptance").toBeGreaterThanOrEqual(3);
      expect(foreignMails.length, "e-mails to the town before acceptance").toBeGreaterThanOrEqual(
        2,
      );
      expectNoDetailsIn(mayorMails, TOWN, "to the mayor");
      expectNoDetailsIn(foreignMails, MAYOR, "to the town");
    });

    const { stages, beforeStage1, day1 } =
      await test.step("The mayor sees the town's contact now, and records the first stage", async () => {
        const accepted = await expectContactEmail({
          to: mayorAccount.email,
          subject: `Spolu: Projev zájmu ${dash} byl přijat. Nyní vidíte kontakty obou stran.`,
          since: beforeAccept,
          contactId: id,
        });
        await m.goto(accepted.link);
        await expect(status(m)).toHaveText(STATUS.accepted);
        await expectBothSidesShown(m, both);
        // The free thread is open now: a message reaches the town by e-mail.
        const note = "Děkujeme za přijetí, domluvíme videohovor starostů.";
        await m.getByRole("region", { name: "Zprávy" }).getByLabel("Nová zpráva").fill(note);
        const beforeMessage = Date.now();
        await m.getByRole("button", { name: "Odeslat zprávu" }).click();
        await expect(toast(m, "Zpráva odeslána.")).toBeVisible();
        await expect(
          m.getByRole("region", { name: "Zprávy" }).getByRole("listitem").last(),
        ).toContainText(`Zpráva · ${mayorAccount.name}`);
        await expectContactEmail({
          to: townAccount.email,
          subject: `Spolu: Nová zpráva v kontaktu ${dash}.`,
          since: beforeMessage,
          contactId: id,
        });
        const stages = m.getByRole("region", { name: "Cesta k partnerství" });
        await expect(stages.getByRole("listitem")).toHaveText([
          "První kontakt navázán: zatím ne",
          "Schváleno zastupitelstvem: zatím ne",
          "Smlouva podepsána: zatím ne",
        ]);
        await expectAccessible(m);
        const beforeStage1 = Date.now();
        const day1 = await recordStage(
          m,
          "Zaznamenat: první kontakt navázán",
          "Videohovor obou starostů.",
        );
        await expect(toast(m, `Hotovo: ${STATUS.inContact}.`)).toBeVisible();
        await expect(status(m)).toHaveText(STATUS.inContact);
        await expect(stages.getByRole("listitem").first()).toContainText(
          "Videohovor obou starostů.",
        );
        return { stages, beforeStage1, day1 };
      });

    const { day2, fStages } =
      await test.step("The town proposes the council's approval", async () => {
        // The town proposes the council's approval; it counts once the mayor confirms it.
        const stage1 = await expectContactEmail({
          to: townAccount.email,
          subject: `Spolu: ${dash}: zaznamenán krok „První kontakt navázán“ (${day1}).`,
          since: beforeStage1,
          contactId: id,
        });
        await f.goto(stage1.link);
        await expect(status(f)).toHaveText(STATUS.inContact);
        const beforeProposal = Date.now();
        const day2 = await recordStage(
          f,
          "Navrhnout: schváleno zastupitelstvem",
          "Rada města souhlasí.",
          "usnesení č. 15/2026",
        );
        await expect(
          toast(f, "Krok je navržen. Zaznamená se, až ho potvrdí druhá strana."),
        ).toBeVisible();
        await expect(status(f)).toHaveText(STATUS.inContact);
        const fStages = f.getByRole("region", { name: "Cesta k partnerství" });
        await expect(fStages.getByRole("listitem").nth(1)).toHaveText(
          `Schváleno zastupitelstvem: navrženo (${day2}), čeká na potvrzení`,
        );
        // While it waits, the town can withdraw it but record nothing more.
        await expect(fStages.getByText("Stáhnout návrh…")).toBeVisible();
        await expect(fStages.getByRole("button", { name: /^Navrhnout/ })).toHaveCount(0);
        await expectAccessible(f);

        const proposal = await expectContactEmail({
          to: mayorAccount.email,
          subject: `Spolu: ${dash}: potvrďte prosím krok „Schváleno zastupitelstvem“ (${day2}).`,
          since: beforeProposal,
          contactId: id,
        });
        await m.goto(proposal.link);
        await expect(m.getByTestId("stage-proposal")).toHaveText(
          `${T} navrhuje krok „Schváleno zastupitelstvem“ ze dne ${day2}. Usnesení nebo odkaz: usnesení č. 15/2026. Rada města souhlasí.`,
        );
        await expectAccessible(m);
        const beforeStage2 = Date.now();
        await stages.getByRole("button", { name: "Potvrdit krok" }).click();
        await expect(toast(m, `Hotovo: ${STATUS.council}.`)).toBeVisible();
        await expect(status(m)).toHaveText(STATUS.council);
        await expectContactEmail({
          to: townAccount.email,
          subject: `Spolu: ${dash}: zaznamenán krok „Schváleno zastupitelstvem“ (${day2}).`,
          since: beforeStage2,
          contactId: id,
        });
        return { day2, fStages };
      });

    await test.step("The mayor proposes the signed agreement", async () => {
      // The mayor proposes the signed agreement; the town confirms it and the partnership is born.
      const beforeSigning = Date.now();
      const day3 = await recordStage(
        m,
        "Navrhnout: smlouva podepsána",
        `Podepsáno na obecním úřadě v obci ${M}.`,
      );
      await expect(status(m)).toHaveText(STATUS.council);
      await expect(m.getByTestId("partnership-note")).toHaveCount(0);
      const signing = await expectContactEmail({
        to: townAccount.email,
        subject: `Spolu: ${dash}: potvrďte prosím krok „Smlouva podepsána“ (${day3}).`,
        since: beforeSigning,
        contactId: id,
      });
      await f.goto(signing.link);
      const beforeSigned = Date.now();
      await fStages.getByRole("button", { name: "Potvrdit krok" }).click();
      await expect(toast(f, `Hotovo: ${STATUS.signed}.`)).toBeVisible();
      await expect(status(f)).toHaveText(STATUS.signed);

      await m.reload();
      await expect(status(m)).toHaveText(STATUS.signed);
      const done = stages.getByRole("listitem");
      await expect(done).toHaveCount(3);
      await expect(done).toHaveText([
        `První kontakt navázán: ${day1} — Videohovor obou starostů.`,
        `Schváleno zastupitelstvem: ${day2} (usnesení č. 15/2026) — Rada města souhlasí. · potvrzeno oběma stranami`,
        `Smlouva podepsána: ${day3} — Podepsáno na obecním úřadě v obci ${M}. · potvrzeno oběma stranami`,
      ]);
      await expect(m.getByTestId("partnership-note")).toContainText(
        "Partnerství je uzavřeno a je vidět na mapě.",
      );
      // No further stage to record.
      await expect(actions(m)).toHaveCount(0);
      await expectBothSidesShown(m, both);
      await expectAccessible(m);

      await expectContactEmail({
        to: mayorAccount.email,
        subject: `Spolu: ${dash}: zaznamenán krok „Smlouva podepsána“ (${day3}).`,
        since: beforeSigned,
        contactId: id,
      });
      for (const to of [mayorAccount.email, townAccount.email])
        await expectContactEmail({
          to,
          subject: `Spolu: Partnerství ${dash} je uzavřeno. Gratulujeme!`,
          since: beforeSigned,
          contactId: id,
        });
    });

    await test.step("The partnership line on the map, and in the list beside it", async () => {
      await m.getByTestId("partnership-note").getByRole("link", { name: "Mapa" }).click();
      await expect(m).toHaveURL(/\/map\?layers=1&layer=partnerships$/);
      const onMap = m.getByRole("region", { name: /^Partnerství na mapě: [\d\s]+$/ });
      // Newest first: the partnership just concluded heads the list's first page.
      await expect(onMap.getByRole("listitem").first()).toHaveText(`${pair} (Polsko)`);
      // A dashed line per partnership on the map (the list shows them a page at a time).
      const count = onMap.getByRole("heading").first();
      await expect(count).toHaveText(/[1-9][\d\s]*$/);
      const listed = Number((await count.textContent())?.replace(/\D/g, ""));
      await expect(m.locator(".leaflet-container")).toHaveAttribute(
        "data-partnership-lines",
        String(listed),
      );
      await expect(m.locator("path.line-partnership")).toHaveCount(1);
      await expectAccessible(m);
    });

    await test.step("And on /partnerships, for everyone", async () => {
      const visitor = await openAs(browser, null);
      try {
        // About 1,100 partnerships from the public lists: the visitor narrows them down.
        await visitor.page.goto("/partnerships");
        await visitor.page.getByLabel("Země partnera").selectOption("PL");
        await visitor.page.getByLabel("Kraj obce").selectOption({ label: "Jihočeský kraj" });
        await visitor.page.getByRole("button", { name: "Použít filtry" }).click();
        await expect(visitor.page).toHaveURL(/country=PL&kraj=CZ-31/);
        const card = visitor.page.getByRole("listitem").filter({
          has: visitor.page.getByRole("heading", { name: `${pair} (Polsko)` }),
        });
        await expect(card).toHaveCount(1);
        await expect(card).toContainText("uzavřeno přes Spolu");
        await expect(card).toContainText(`od ${new Date().getFullYear()}`);
        await expect(card).not.toContainText(TOWN.email);
        await expectAccessible(visitor.page);
        expectNoConsoleErrors(visitor);
      } finally {
        await closeAll(visitor);
      }
      await f.goto("/partnerships?mine=1");
      const own = f
        .getByRole("listitem")
        .filter({ has: f.getByRole("heading", { name: `${pair} (Polsko)` }) });
      await expect(own.getByRole("link", { name: "Kontakt" })).toHaveAttribute(
        "href",
        `/contacts/${id}`,
      );
    });

    await test.step("The contact is among the mayor's accepted ones", async () => {
      await m.goto("/contacts");
      await m.getByLabel("Zobrazit").selectOption({ label: "Přijaté" });
      await m.getByRole("button", { name: "Použít filtry" }).click();
      await expect(m).toHaveURL(/[?&]show=active/);
      const row = m.getByRole("listitem").filter({ has: m.getByRole("link", { name: pair }) });
      await expect(row).toContainText("Odeslaný");
      await expect(row).toContainText(STATUS.signed);
      await f.goto("/contacts");
      await expect(
        f.getByRole("listitem").filter({ has: f.getByRole("link", { name: pair }) }),
      ).toContainText(`Přijatý ${STATUS.signed}`);
      await expectAccessible(m);
    });
    expectNoConsoleErrors(mayor, foreign, staff);
  } finally {
    await closeAll(mayor, foreign, staff);
  }
});

// ---- 2. E-mail in the recipient's language ------------------------------------------------------

test("a mayor who chose English e-mails gets the next contact e-mail in English", async ({
  browser,
  accounts,
}) => {
  test.setTimeout(180_000);
  // A Finnish town without an account, seeking culture.
  const offer = await accounts.newOfferWithoutAccount({
    town: "Savonranta",
    country: "FI",
    region: "South Savo",
    topics: ["culture", "environment", "tourism"],
    languages: ["fi", "en"],
  });
  const mayor = await openAs(browser, null);
  const m = mayor.page;
  try {
    // A second mayor: signed up, e-mail confirmed, a municipality profile sent for review.
    const email = await signUpMayor(m, "Petra Anglická", VILLAGES.englishEmails);
    const verify = await waitForEmail({ to: email, subjectIncludes: "Potvrďte svůj e-mail" });
    expect(verify.contentLanguage).toBe("cs");
    await m.goto(linkFrom(verify, "/verify-email"));
    await m.getByRole("button", { name: "Potvrdit e-mail" }).click();
    await expect(m.getByRole("status")).toHaveText("Děkujeme, váš e-mail je ověřen.");
    // The profile starts from the register's data (read-only) and the account's contact.
    const profile = m.getByRole("region", { name: "Profil obce: Vimperk" });
    await expect(profile.getByRole("definition")).toContainText(["Jihočeský kraj", "Prachatice"]);
    await m.getByRole("checkbox", { name: "Kultura", exact: true }).check();
    await m.getByRole("checkbox", { name: "Cestovní ruch" }).check();
    await m.getByRole("button", { name: "Vytvořit profil a odeslat ke schválení" }).click();
    await expect(m.getByText("Profil byl uložen a odeslán Svazu ke kontrole.")).toBeVisible();

    // The header's language switch changes the pages; e-mails follow the account's choice.
    await chooseLanguage(m, "English");
    await expect(m).toHaveURL(/\/me\?lang=en$/);
    await expect(m.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
    const prefs = m.getByRole("region", { name: "E-mail notifications" });
    const language = prefs.getByRole("group", { name: "Language of e-mails" });
    await expect(language.getByRole("radio", { name: "čeština" })).toBeChecked();
    await language.getByRole("radio", { name: "English" }).check();
    await prefs.getByRole("button", { name: "Save e-mail settings" }).click();
    await expect(m.getByRole("status")).toHaveText("Your e-mail settings have been saved.");
    await expect(language.getByRole("radio", { name: "English" })).toBeChecked();

    // Writes to the Finnish town in English.
    await m.goto(`/offers?q=${encodeURIComponent(offer.town)}`);
    await m.getByRole("link", { name: offer.town, exact: true }).first().click();
    await m
      .getByRole("region", { name: "How it fits your municipality" })
      .getByRole("link", { name: "Express interest" })
      .click();
    await expect(m.getByRole("heading", { level: 1, name: "Express interest" })).toBeVisible();
    await m
      .getByRole("group", { name: "Shared topics you want to talk about" })
      .getByRole("checkbox", { name: "Culture", exact: true })
      .check();
    await m.getByLabel("Message", { exact: true }).fill("Hello from Vimperk: music festivals?");
    const since = Date.now();
    await m.getByRole("button", { name: "Send expression of interest" }).click();
    await expect(m).toHaveURL(/\/contacts\/\d+$/);
    const id = contactIdOf(m);
    await expect(m.locator("html")).toHaveAttribute("lang", "en");
    await expectAccessible(m);

    const mail = await waitForEmail({
      to: email,
      subjectIncludes: `Vimperk – ${offer.town}`,
      since,
    });
    expect(new URL(linkFrom(mail, "/contacts/")).pathname).toBe(`/contacts/${id}`);
    expect(mail.contentLanguage, "the language the mayor chose for e-mails").toBe("en");
    expect(mail.subject).toBe(
      `Spolu: Your expression of interest Vimperk – ${offer.town} awaits the Union's review.`,
    );
    expectNoConsoleErrors(mayor);
  } finally {
    await closeAll(mayor);
  }
});

test("a foreign town that chose German e-mails gets its contact e-mail in German", async ({
  browser,
  accounts,
}) => {
  test.setTimeout(180_000);
  const municipality = await accounts.newMunicipalityWithoutAccount();
  const town = await accounts.newForeignTown({
    town: "Oybin",
    country: "DE",
    region: "Sachsen",
    topics: ["culture", "heritage", "youth"],
    languages: ["de", "cs"],
  });
  const foreign = await openAs(browser, town);
  const f = foreign.page;
  try {
    // The town hall reads Spolu in German and wants its e-mails in German too.
    await f.goto("/me?lang=de");
    await expect(f.getByRole("heading", { level: 1, name: "Mein Konto" })).toBeVisible();
    const prefs = f.getByRole("region", { name: "E-Mail-Benachrichtigungen" });
    const language = prefs.getByRole("group", { name: "Sprache der E-Mails" });
    await language.getByRole("radio", { name: "Deutsch" }).check();
    await prefs.getByRole("button", { name: "E-Mail-Einstellungen speichern" }).click();
    await expect(f.getByRole("status")).toHaveText("Ihre E-Mail-Einstellungen wurden gespeichert.");
    await expect(language.getByRole("radio", { name: "Deutsch" })).toBeChecked();
    await expectAccessible(f);

    // It writes to the Czech municipality from the municipality's page.
    await f.goto(`/municipalities/${municipality.id}`);
    await f.getByRole("link", { name: "Interesse bekunden" }).first().click();
    await expect(f.getByRole("heading", { level: 1, name: "Interesse bekunden" })).toBeVisible();
    await f
      .getByRole("group", { name: "Gemeinsame Themen, über die Sie sprechen möchten" })
      .getByRole("checkbox", { name: "Kultur", exact: true })
      .check();
    await f.getByLabel("Nachricht", { exact: true }).fill("Grüße aus Oybin: Musik und Burgen?");
    const since = Date.now();
    await f.getByRole("button", { name: "Interessensbekundung senden" }).click();
    await expect(f).toHaveURL(/\/contacts\/\d+$/);
    await expect(f.locator("html")).toHaveAttribute("lang", "de");
    await expectAccessible(f);

    // (The e-mail that its request was published came earlier, in Czech: it was sent
    // before the town chose German.)
    const mail = await waitForEmail({
      to: town.email,
      subjectIncludes: `${municipality.name} – ${town.offer.town}`,
      since,
    });
    expect(mail.contentLanguage, "the language the town chose for e-mails").toBe("de");
    expect(mail.subject).toBe(
      `Spolu: Ihre Interessensbekundung ${municipality.name} – ${town.offer.town} wartet auf die Prüfung durch den Verband.`,
    );
    expectNoConsoleErrors(foreign);
  } finally {
    await closeAll(foreign);
  }
});

// ---- 3. The union introduces two towns ----------------------------------------------------------

/** Staff find the pair among the best pairs of /matches and propose the introduction. */
async function introduce(page: Page, pair: string, note: string): Promise<number> {
  await page.goto("/matches");
  await expect(page.getByRole("heading", { level: 1, name: "Doporučené shody" })).toBeVisible();
  const button = page.getByRole("link", { name: `Navrhnout seznámení: ${pair}` });
  const pagination = page.getByRole("navigation", { name: "Stránkování" });
  // The pair fits as well as any (pairFor), but the best pairs move a little with the other
  // specs' data: look a few pages deep. Each page has settled (the heading, then "Strana n
  // z") before the count decides whether to turn it; the retrying check after the loop asserts.
  for (let pages = 1; (await button.count()) === 0 && pages < 10; pages++) {
    await pagination.getByRole("link", { name: "Další" }).click();
    await expect(pagination).toContainText(`Strana ${pages + 1} z`);
  }
  await expect(button, `${pair} among the best pairs`).toHaveCount(1);
  await button.click();
  await expect(page).toHaveURL(/\/contacts\/new\?municipality=\d+&offer=\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Navrhnout seznámení" })).toBeVisible();
  await expect(page.getByRole("main").getByText(pair)).toBeVisible();
  await expect(
    page.getByText(
      "Obě strany dostanou pozvání a každá ho přijme nebo odmítne. Když přijmou obě, mohou spolu rovnou mluvit.",
    ),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Poznámka pro obě strany").fill(note);
  await page.getByRole("button", { name: "Navrhnout seznámení" }).click();
  await expect(page).toHaveURL(/\/contacts\/\d+$/);
  await expect(toast(page, "Seznámení je navrženo, obě strany dostaly pozvání.")).toBeVisible();
  await expect(status(page)).toHaveText(STATUS.forwarded);
  await expect(page.getByRole("main")).toContainText("Seznámení navrhl Svaz");
  const noteCard = page.getByRole("region", { name: "Poznámka Svazu" });
  await expect(noteCard).toContainText(note);
  return contactIdOf(page);
}

/** Opens the invitation from the inbox, as a person would after seeing the count. */
async function openInvitation(page: Page, text: string): Promise<void> {
  await page.goto("/me");
  await expectUnreadInNav(page, "some");
  await mainNav(page)
    .getByRole("link", { name: /^Oznámení/ })
    .click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Oznámení");
  const item = page.getByRole("listitem").filter({ hasText: text });
  await expect(item).toHaveCount(1);
  await expect(item).toHaveClass(/unread/);
  await expectAccessible(page);
  await item.getByRole("button", { name: text }).click();
  await expect(page).toHaveURL(/\/contacts\/\d+$/);
}

test("staff introduce a municipality and a Slovenian town: the mayor accepts, staff answer for the town", async ({
  browser,
  accounts,
}) => {
  test.setTimeout(180_000);
  // A mayor, and a Slovenian town without an account whose offer fits the municipality best.
  const mayorAccount = await introducedMayor(accounts, "SI");
  const M = mayorAccount.municipality.name;
  const offer = await accounts.newOfferWithoutAccount(
    pairFor(mayorAccount.municipality, {
      town: "Idrijske Krnice",
      country: "SI",
      region: "Goriška",
    }),
  );
  const T = offer.town;
  const mayor = await openAs(browser, mayorAccount);
  const staff = await openAs(browser, await accounts.newStaff());
  const m = mayor.page;
  const s = staff.page;
  try {
    const { since, note, id } = await test.step("Staff introduce the two towns", async () => {
      const since = Date.now();
      const note = "Obě města pečují o renesanční památky a hornickou historii.";
      const id = await introduce(s, `${M} ↔ ${T}`, note);
      await expect(s.getByRole("main")).toContainText(
        `Odpovědi na seznámení: ${M}: zatím bez odpovědi; ${T}: zatím bez odpovědi.`,
      );
      // The town has no account: the union answers for it.
      await expect(
        s.getByText(
          `${T} nemá ve Spolu účet: Svaz předá zprávu a odpověď zaznamená za tuto stranu.`,
        ),
      ).toBeVisible();
      await expectAccessible(s);
      return { since, note, id };
    });

    await test.step("The mayor gets the invitation", async () => {
      // The mayor gets the invitation: an e-mail and a notice in the inbox.
      const text = `Svaz vás seznamuje: ${M} – ${T}. Přijměte, nebo odmítněte pozvání.`;
      const invited = await expectContactEmail({
        to: mayorAccount.email,
        subject: `Spolu: ${text}`,
        since,
        contactId: id,
      });
      expectNoDetailsIn([invited.email], offer.contact, "the invitation");
      await openInvitation(m, text);
      await expect(m).toHaveURL(new RegExp(`/contacts/${id}$`));
      await expect(status(m)).toHaveText(STATUS.forwarded);
      await expect(m.getByRole("region", { name: "Poznámka Svazu" })).toContainText(note);
      await expectOtherSideHidden(m, offer.contact, "introduction");
      await expectAccessible(m);
      // An introduction has no questions: the page must not suggest asking one.
      await expect(actions(m).getByRole("button", { name: "Zeptat se" })).toHaveCount(0);
      await expect
        .soft(m.getByText(/nebo se zeptejte/), "no 'ask' in the explanation of an introduction")
        .toHaveCount(0);
      await actions(m).getByRole("button", { name: "Přijmout" }).click();
      await expect(toast(m, `Hotovo: ${STATUS.forwarded}.`)).toBeVisible();
      await expect(m.getByRole("main")).toContainText(
        `Odpovědi na seznámení: ${M}: přijato; ${T}: zatím bez odpovědi.`,
      );
      // Answered once: no second answer, and still nothing of the town's contact.
      await expect(m.getByRole("button", { name: "Přijmout" })).toHaveCount(0);
      await expect
        .soft(m.getByText(/^Přijměte, odmítněte/), "no call to accept what was accepted")
        .toHaveCount(0);
      await expectOtherSideHidden(m, offer.contact, "introduction");
    });

    const { beforeAccept } =
      await test.step("Staff find it among the contacts they answer for, and cannot answer again for the municipality", async () => {
        // Staff find it among the contacts they answer for, and cannot answer again for the
        // municipality; they answer for the town.
        await s.goto("/admin/contacts");
        await s
          .getByRole("region", { name: /^Předané městům bez účtu/ })
          .getByRole("link", { name: `${M} ↔ ${T}`, exact: true })
          .click();
        await expect(s).toHaveURL(new RegExp(`/contacts/${id}$`));
        // The municipality has an account and has answered: staff may answer for the town only,
        // so there is nothing to choose.
        await expect(actions(s).getByRole("combobox", { name: "Odpovídá za" })).toHaveCount(0);
        await expect(actions(s).getByText(`Odpovídáte za: ${T}`).first()).toBeVisible();
        const beforeAccept = Date.now();
        await actions(s).getByRole("button", { name: "Přijmout" }).click();
        await expect(toast(s, `Hotovo: ${STATUS.accepted}.`)).toBeVisible();
        await expect(status(s)).toHaveText(STATUS.accepted);
        return { beforeAccept };
      });

    await test.step("An accepted contact", async () => {
      // An accepted contact: both contacts are visible to the mayor.
      const accepted = await expectContactEmail({
        to: mayorAccount.email,
        subject: `Spolu: Projev zájmu ${M} – ${T} byl přijat. Nyní vidíte kontakty obou stran.`,
        since: beforeAccept,
        contactId: id,
      });
      await m.goto(accepted.link);
      await expect(status(m)).toHaveText(STATUS.accepted);
      await expectBothSidesShown(m, [
        { town: M, ...mayorAccount.municipality.contact },
        { town: T, ...offer.contact },
      ]);
      await expect(m.getByRole("region", { name: "Cesta k partnerství" })).toBeVisible();
      await expectAccessible(m);
    });
    expectNoConsoleErrors(mayor, staff);
  } finally {
    await closeAll(mayor, staff);
  }
});

test("staff introduce a municipality without an account and a Polish town: staff answer for the municipality, the town accepts", async ({
  browser,
  accounts,
}) => {
  test.setTimeout(180_000);
  // A municipality without an account, and a Polish town whose offer fits it best.
  const municipality = await accounts.newMunicipalityWithoutAccount({
    profile: {
      interests: [...INTRODUCED.interests],
      languages: [...INTRODUCED.languages],
      seeksAnyCountry: false,
      seeksCountries: ["PL"],
    },
  });
  const M = municipality.name;
  const townAccount = await accounts.newForeignTown(
    pairFor(municipality, { town: "Polanica", country: "PL" }),
  );
  const T = townAccount.offer.town;
  const foreign = await openAs(browser, townAccount);
  const staff = await openAs(browser, await accounts.newStaff());
  const f = foreign.page;
  const s = staff.page;
  try {
    const since = Date.now();
    const id = await introduce(s, `${M} ↔ ${T}`, `${M} hledá partnera pro školy a mládež.`);
    await expect(
      s.getByText(`${M} nemá ve Spolu účet: Svaz předá zprávu a odpověď zaznamená za tuto stranu.`),
    ).toBeVisible();
    // Staff answer for the municipality, which has no account; the town answers for itself.
    await expect(actions(s).getByRole("combobox", { name: "Odpovídá za" })).toHaveCount(0);
    await expect(actions(s).getByText(`Odpovídáte za: ${M}`).first()).toBeVisible();
    await actions(s).getByRole("button", { name: "Přijmout" }).click();
    await expect(toast(s, `Hotovo: ${STATUS.forwarded}.`)).toBeVisible();
    await expect(s.getByRole("main")).toContainText(
      `Odpovědi na seznámení: ${M}: přijato; ${T}: zatím bez odpovědi.`,
    );

    const text = `Svaz vás seznamuje: ${M} – ${T}. Přijměte, nebo odmítněte pozvání.`;
    const invited = await expectContactEmail({
      to: townAccount.email,
      subject: `Spolu: ${text}`,
      since,
      contactId: id,
    });
    expectNoDetailsIn([invited.email], municipality.contact, "the invitation");
    await openInvitation(f, text);
    await expect(f).toHaveURL(new RegExp(`/contacts/${id}$`));
    await expectOtherSideHidden(f, municipality.contact, "introduction");
    await expectAccessible(f);
    await actions(f).getByRole("button", { name: "Přijmout" }).click();
    await expect(toast(f, `Hotovo: ${STATUS.accepted}.`)).toBeVisible();
    await expect(status(f)).toHaveText(STATUS.accepted);
    await expectBothSidesShown(f, [
      { town: M, ...municipality.contact },
      { town: T, ...townAccount.offer.contact },
    ]);
    // Opening the invitation marked it read.
    await f.goto("/notifications");
    await expect(f.getByRole("listitem").filter({ hasText: text })).not.toHaveClass(/unread/);
    await expectAccessible(f);
    expectNoConsoleErrors(foreign, staff);
  } finally {
    await closeAll(foreign, staff);
  }
});

// ---- 4. Smaller journeys -------------------------------------------------------------------------

test("a mayor withdraws a request after confirming it", async ({ page, accounts }) => {
  test.slow();
  // A mayor, and an Austrian town without an account open to culture.
  const mayor = await accounts.newMayor();
  const M = mayor.municipality.name;
  const { town: T } = await accounts.newOfferWithoutAccount({
    town: "Weitra-Land",
    country: "AT",
    region: "Lower Austria",
    topics: ["culture", "agriculture_land"],
    languages: ["de", "cs"],
  });
  await signIn(page, mayor);
  const id = await expressInterest(
    page,
    T,
    ["Kultura"],
    `${M} a ${T} leží kousek od sebe, zkusíme společný festival?`,
  );
  // The offer page now points at the contact instead of offering a second one.
  await openOffer(page, T);
  const fit = page.getByRole("region", { name: "Jak se hodí vaší obci" });
  await expect(fit.getByRole("link", { name: `Kontakt: ${STATUS.pending}` })).toHaveAttribute(
    "href",
    `/contacts/${id}`,
  );
  await expect(fit.getByRole("link", { name: "Projevit zájem" })).toHaveCount(0);
  await fit.getByRole("link", { name: `Kontakt: ${STATUS.pending}` }).click();

  const confirm = actions(page).getByRole("button", { name: "Stáhnout projev zájmu", exact: true });
  await expect(confirm).toBeHidden();
  await actions(page).getByText("Stáhnout projev zájmu…").click();
  await expect(
    actions(page).getByText(
      "Opravdu stáhnout projev zájmu? Svaz ho ještě nepředal, takže se o něm druhá strana nedozví. Vzít zpět to nejde.",
    ),
  ).toBeVisible();
  await expectAccessible(page);
  await confirm.click();
  await expect(toast(page, `Hotovo: ${STATUS.withdrawn}.`)).toBeVisible();
  await expect(status(page)).toHaveText(STATUS.withdrawn);
  await expect(page.getByText("Tento kontakt je uzavřený.")).toBeVisible();
  await expect(actions(page)).toHaveCount(0);
  // The privacy note says nothing will appear; the history says who withdrew, once.
  await expect(page.getByTestId("contact-privacy")).toHaveText(
    "Kontakt je uzavřený; kontaktní údaje se nesdílely.",
  );
  const history = page.getByRole("region", { name: "Historie" });
  await expect(history.getByRole("listitem").last()).toContainText(
    `— ${STATUS.withdrawn} · ${mayor.name}`,
  );
  await expect(history).not.toContainText(`${STATUS.withdrawn} → ${STATUS.withdrawn}`);

  // Closed: among the closed contacts, and the offer takes a new request again.
  await page.goto("/contacts?show=closed");
  await expect(
    page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `${M} ↔ ${T}` }) }),
  ).toContainText(STATUS.withdrawn);
  await openOffer(page, T);
  await expect(
    page.getByRole("region", { name: "Jak se hodí vaší obci" }).getByRole("link", {
      name: "Projevit zájem",
    }),
  ).toBeVisible();
});

test("staff reject a request with a reason; the mayor reads it from the inbox and marks all read", async ({
  browser,
  accounts,
}) => {
  test.setTimeout(180_000);
  // A mayor, and an Italian city without an account seeking heritage partners.
  const mayorAccount = await accounts.newMayor();
  const M = mayorAccount.municipality.name;
  const { town: T } = await accounts.newOfferWithoutAccount({
    town: "Matera Sassi",
    country: "IT",
    region: "Basilicata",
    population: 60_000,
    topics: ["heritage", "youth", "tourism"],
    languages: ["it", "en"],
  });
  const mayor = await openAs(browser, mayorAccount);
  const staff = await openAs(browser, await accounts.newStaff());
  const m = mayor.page;
  const s = staff.page;
  try {
    const { id, reason, since } = await test.step("The mayor writes to the town", async () => {
      const id = await expressInterest(
        m,
        T,
        ["Kulturní dědictví"],
        `Obec ${M} by ráda poznala město ${T}. Máme sklepy, vy jeskynní obydlí.`,
      );

      await openFromReviewQueue(s, `${M} ↔ ${T}`);
      await expect(s).toHaveURL(new RegExp(`/contacts/${id}$`));
      const reason = `${T} hledá větší partnera; zkuste prosím obec podobné velikosti.`;
      // Final and seen by the sender: behind a second step, with a required reason.
      const rejectButton = actions(s).getByRole("button", {
        name: "Nepředat (s důvodem)",
        exact: true,
      });
      await expect(rejectButton).toBeHidden();
      await actions(s).getByText("Nepředat (s důvodem)…").click();
      const reasonField = actions(s).getByLabel("Důvod (uvidí odesílatel)");
      await expect(reasonField).toBeVisible();
      await expectAccessible(s);
      await rejectButton.click();
      await expect
        .poll(
          () =>
            reasonField.evaluate(
              (el: HTMLTextAreaElement) =>
                el.validity.valueMissing || el.getAttribute("aria-invalid") === "true",
            ),
          { message: "an empty reason is refused" },
        )
        .toBe(true);
      await expect(status(s)).toHaveText(STATUS.pending);
      await reasonField.fill(reason);
      const since = Date.now();
      await rejectButton.click();
      await expect(toast(s, `Hotovo: ${STATUS.rejected}.`)).toBeVisible();
      await expect(status(s)).toHaveText(STATUS.rejected);
      return { id, reason, since };
    });

    const { text } = await test.step("The e-mail, then the inbox", async () => {
      // The e-mail, then the inbox: the count in the navigation, the notice, the reason.
      const text = `Svaz nepředal váš projev zájmu ${M} – ${T}. Důvod najdete v detailu.`;
      await expectContactEmail({
        to: mayorAccount.email,
        subject: `Spolu: ${text}`,
        since,
        contactId: id,
      });
      await m.goto("/me");
      await expectUnreadInNav(m, "some");
      await mainNav(m)
        .getByRole("link", { name: /^Oznámení/ })
        .click();
      const item = m.getByRole("listitem").filter({ hasText: text });
      await expect(item).toHaveClass(/unread/);
      await expect(m.getByRole("heading", { level: 1 })).toContainText(/nepřečtená: \d+/);
      await expectAccessible(m);
      // "Jen nepřečtená" lists it; marking all read empties the list and the count.
      await m.getByRole("link", { name: "Jen nepřečtená" }).click();
      await expect(m).toHaveURL(/\/notifications\?unread=1$/);
      await expect(m.getByRole("listitem").filter({ hasText: text })).toHaveCount(1);
      const markAll = m.getByRole("button", { name: "Označit vše jako přečtené" });
      await markAll.click();
      await expect(toast(m, "Oznámení jsou označena jako přečtená.")).toBeVisible();
      await expect(m).toHaveURL(/\/notifications$/);
      await expect(m.getByRole("listitem").filter({ hasText: text })).not.toHaveClass(/unread/);
      await expect(m.locator(".inbox li.unread")).toHaveCount(0);
      await expectUnreadInNav(m, "none");
      await expect(markAll).toHaveCount(0);
      await m.getByRole("link", { name: "Jen nepřečtená" }).click();
      await expect(m.getByRole("listitem").filter({ hasText: text })).toHaveCount(0);
      await m.getByRole("link", { name: "Všechna" }).click();
      await expect(m).toHaveURL(/\/notifications$/);
      return { text };
    });

    await test.step("A read notice still leads to its contact, where the reason is", async () => {
      await m
        .getByRole("listitem")
        .filter({ hasText: text })
        .getByRole("button", { name: text })
        .click();
      await expect(m).toHaveURL(new RegExp(`/contacts/${id}$`));
      await expect(status(m)).toHaveText(STATUS.rejected);
      await expect(m.getByRole("main")).toContainText(`Důvod: ${reason}`);
      await expect(m.getByText("Tento kontakt je uzavřený.")).toBeVisible();
      await expectAccessible(m);
    });

    await test.step("The outbox lists the e-mail, and shows it", async () => {
      await s.goto("/admin");
      await s
        .getByRole("navigation", { name: "Správa Svazu" })
        .getByRole("link", { name: "Odchozí e-maily" })
        .click();
      await expect(s).toHaveURL(/\/admin\/outbox$/);
      await expect(s.getByRole("heading", { level: 2, name: "Odchozí e-maily" })).toBeVisible();
      await expect(s.getByText("SMTP je nastaveno: e-maily se odesílají.")).toBeVisible();
      const row = s
        .getByRole("row")
        .filter({ has: s.getByRole("link", { name: `Spolu: ${text}` }) });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(`${mayorAccount.email} (cs)`);
      // Marked sent right after the sink took it.
      await expect
        .poll(async () => {
          await s.reload();
          return (await row.getByRole("cell").nth(3).innerText()).trim();
        })
        .toBe("odesláno");
      await expectAccessible(s);
      await row.getByRole("link", { name: `Spolu: ${text}` }).click();
      await expect(s).toHaveURL(/\/admin\/outbox\/\d+$/);
      await expect(s.getByRole("main")).toContainText(`/contacts/${id}`);
      await expect(s.getByTitle("HTML")).toHaveAttribute("sandbox", "");
      // The HTML version, shown as it is (in a frame without scripts), links to the contact too.
      await expect(s.getByTitle("HTML")).toHaveAttribute(
        "srcdoc",
        new RegExp(`href="[^"]*/contacts/${id}"`),
      );
      await expectAccessibleBesideEmailFrame(s);
      // axe tries to inject itself into every frame; the e-mail's frame refuses scripts, as
      // it must, and Chromium logs that refusal. Any other console error still fails the test.
      const refusedByTheSandbox = /^Blocked script execution in 'about:srcdoc'/;
      staff.errors.splice(
        0,
        staff.errors.length,
        ...staff.errors.filter((e) => !refusedByTheSandbox.test(e)),
      );
    });
    expectNoConsoleErrors(mayor, staff);
  } finally {
    await closeAll(mayor, staff);
  }
});

test("who may open a contact and the outbox: visitors sign in, other mayors and towns get 404", async ({
  browser,
  accounts,
}) => {
  test.setTimeout(120_000);
  // A mayor writing to a Hungarian town without an account; another mayor and a foreign
  // town with an offer of its own, neither of them a side.
  const mayorAccount = await accounts.newMayor({
    profile: { interests: ["tourism", "culture"] },
  });
  const M = mayorAccount.municipality.name;
  const { town: T } = await accounts.newOfferWithoutAccount({
    town: "Szentendre-Izbég",
    country: "HU",
    region: "Pest",
    topics: ["tourism", "culture"],
    languages: ["hu", "en"],
  });
  const mayor = await openAs(browser, mayorAccount);
  const other = await openAs(browser, await accounts.newMayor());
  const visitor = await openAs(browser, null);
  const foreign = await openAs(browser, await accounts.newForeignTown());
  try {
    const id = await expressInterest(
      mayor.page,
      T,
      ["Cestovní ruch"],
      `Obec ${M} hledá partnera pro cestovní ruch u řeky i v kopcích.`,
    );

    // A visitor is sent to sign in, and comes back to the contact afterwards.
    for (const path of [`/contacts/${id}`, "/contacts/1"]) {
      await visitor.page.goto(path);
      const login = `/login?${new URLSearchParams({ redirectTo: path }).toString()}`;
      await expect(visitor.page).toHaveURL(new RegExp(`${escapeRegex(login)}$`));
      await expect(visitor.page.getByRole("button", { name: "Přihlásit se" })).toBeVisible();
    }
    await visitor.page.goto("/admin/outbox");
    await expect(visitor.page).toHaveURL(/\/login\?redirectTo=%2Fadmin%2Foutbox$/);

    // Another mayor and a town that is not a side: not found.
    for (const session of [other, foreign]) {
      const response = await session.page.goto(`/contacts/${id}`);
      expect(response?.status()).toBe(404);
      await expect(
        session.page.getByRole("heading", { level: 1, name: "Stránka nenalezena" }),
      ).toBeVisible();
      await expect(session.page.getByText(`${M} ↔ ${T}`)).toHaveCount(0);
      await expect(session.page.getByText(mayorAccount.municipality.contact.email)).toHaveCount(0);
    }
    await expectAccessible(other.page);
    // Nor can they act on it.
    const forged = await other.page.request.post(`/contacts/${id}`, {
      form: { intent: "withdraw" },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(404);
    await mayor.page.reload();
    await expect(status(mayor.page)).toHaveText(STATUS.pending);

    // The outbox is for staff only.
    for (const session of [mayor, other]) {
      const response = await session.page.goto("/admin/outbox");
      expect(response?.status()).toBe(403);
      await expect(
        session.page.getByRole("heading", { level: 1, name: "Přístup odepřen" }),
      ).toBeVisible();
      await expect(session.page.getByRole("table")).toHaveCount(0);
    }
    await expectAccessible(mayor.page);
    expectNoConsoleErrors(mayor, other, visitor, foreign);
  } finally {
    await closeAll(mayor, other, visitor, foreign);
  }
});
