// Account e-mails end to end: the app sends over real SMTP to the sink started in
// global-setup.ts, and these journeys read what arrived (mailbox.ts).
import { type Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { linkFrom, readMailbox, waitForEmail } from "./mailbox";
import { signUpMayor, VILLAGES, type Village } from "./register";

const PASSWORD = "jaro-na-navsi-2026-heslo";
const NEW_PASSWORD = "leto-u-rybnika-2027-heslo";
const VERIFY_SUBJECT = "Potvrďte svůj e-mail ve Spolu";
const RESET_SUBJECT = "Nastavení nového hesla ve Spolu";

// Sign-ups and reset requests are rate-limited per client; as its own client this
// file neither uses up nor depends on the budget the other specs share.
test.use({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.23" } });

function uniqueEmail(label: string): string {
  const random = Math.random().toString(36).slice(2, 8);
  return `${label}-${Date.now()}-w${test.info().workerIndex}-${random}@e2e.example`;
}

/** A mayor speaks for a municipality of the register; a foreign town types its name. */
async function signUp(
  page: Page,
  who: Village | "foreign",
  name: string,
  email: string,
): Promise<void> {
  if (who !== "foreign") {
    await signUpMayor(page, { village: who, name, email, password: PASSWORD });
    return;
  }
  await page.goto("/signup");
  await page.getByRole("radio", { name: /^Zahraniční město/ }).check();
  await page.getByLabel("Vaše jméno").fill(name);
  await page.getByLabel("Název města", { exact: true }).fill("Gmina Listonosze");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Heslo", { exact: true }).fill(PASSWORD);
  await page.getByRole("checkbox", { name: "Souhlasím s podmínkami užívání Spolu." }).check();
  await page.getByRole("button", { name: "Vytvořit účet" }).click();
  await expect(page).toHaveURL(/\/me$/);
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Heslo", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Přihlásit se" }).click();
}

test("sign-up e-mails a Czech confirmation link that verifies the address", async ({
  page,
  baseURL,
}) => {
  test.slow(); // several pages, each checked with axe
  const email = uniqueEmail("verify");
  const since = Date.now();
  await signUp(page, VILLAGES.verifyEmail, "Jana Pošťáková", email);

  const banner = page.getByRole("region", { name: "Potvrďte svůj e-mail" });
  await expect(banner).toContainText(email);
  await expectAccessible(page);

  const first = await waitForEmail({ to: email, subjectIncludes: VERIFY_SUBJECT, since });
  expect(first.to).toBe(email);
  expect(first.subject).toBe(VERIFY_SUBJECT);
  expect(first.contentLanguage).toBe("cs");
  expect(first.text).toContain("Dobrý den, Jana Pošťáková,");
  expect(first.text).toContain("Odkaz platí 48 hodin.");
  const firstLink = linkFrom(first, "/verify-email");
  expect(firstLink.startsWith(`${baseURL}/verify-email?token=`)).toBe(true);
  expect(first.html).toContain(`href="${firstLink}"`);

  // A second link on request; earlier ones keep working until one is used.
  await banner.getByRole("button", { name: "Poslat odkaz znovu" }).click();
  await expect(page.getByRole("status")).toHaveText(
    `Poslali jsme nový odkaz na ${email}. Platí 48 hodin.`,
  );
  await expect
    .poll(() => readMailbox({ to: email, subjectIncludes: VERIFY_SUBJECT }).length)
    .toBe(2);
  const secondLink = linkFrom(readMailbox({ to: email })[1]!, "/verify-email");
  expect(secondLink).not.toBe(firstLink);

  // Opening the link only shows a button; the address is confirmed by pressing it.
  await page.goto(firstLink);
  await expect(page.getByRole("heading", { level: 1, name: "Potvrzení e-mailu" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/me");
  await expect(banner).toBeVisible();
  await page.goto(firstLink);
  await page.getByRole("button", { name: "Potvrdit e-mail" }).click();

  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("status")).toHaveText("Děkujeme, váš e-mail je ověřen.");
  await expect(banner).toHaveCount(0);

  // The other link died with the confirmation, and says so.
  await page.goto(secondLink);
  await expect(page.getByRole("alert")).toHaveText(
    "Tento odkaz už neplatí: vypršel (platí 48 hodin), byl už použit, nebo není celý.",
  );
  await expect(page.getByText("Váš e-mail je už ověřen")).toBeVisible();
  await expect(page.getByRole("button", { name: "Potvrdit e-mail" })).toHaveCount(0);
  await expectAccessible(page);
});

test("forgotten password: the e-mailed link sets a new one, once", async ({ page, browser }) => {
  test.slow();
  const email = uniqueEmail("reset");
  await signUp(page, "foreign", "Petra Zapomnětlivá", email);

  // A second device, signed in before the reset, is signed out by it.
  const otherContext = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.23" },
  });
  try {
    const other = await otherContext.newPage();
    await signIn(other, email, PASSWORD);
    await expect(other).toHaveURL(/\/me$/);

    await page
      .getByRole("navigation", { name: "Hlavní navigace" })
      .getByRole("button", { name: "Odhlásit se" })
      .click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/login");
    await page.getByRole("link", { name: "Zapomněli jste heslo?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Zapomenuté heslo" })).toBeVisible();
    await expectAccessible(page);
    const since = Date.now();
    await page.getByLabel("E-mail").fill(email);
    await page.getByRole("button", { name: "Poslat odkaz" }).click();
    const sent =
      "Pokud u nás existuje účet s touto adresou, poslali jsme na ni odkaz pro nastavení nového hesla. Odkaz platí 1 hodinu.";
    await expect(page.getByRole("status")).toHaveText(sent);

    const mail = await waitForEmail({ to: email, subjectIncludes: RESET_SUBJECT, since });
    expect(mail.contentLanguage).toBe("cs");
    expect(mail.text).toContain("Odkaz níže platí 1 hodinu");
    const link = linkFrom(mail, "/reset-password");

    await page.goto(link);
    await expect(
      page.getByRole("heading", { level: 1, name: "Nastavení nového hesla" }),
    ).toBeVisible();
    await page.getByLabel("Nové heslo", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Nové heslo znovu").fill(`${NEW_PASSWORD}!`);
    await page.getByRole("button", { name: "Uložit nové heslo" }).click();
    await expect(page.getByLabel("Nové heslo znovu")).toHaveAccessibleDescription(
      "Hesla se neshodují.",
    );
    await expectAccessible(page);

    await page.getByLabel("Nové heslo", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Nové heslo znovu").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Uložit nové heslo" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole("status")).toHaveText(
      "Heslo bylo změněno a všechna zařízení odhlášena. Přihlaste se novým heslem.",
    );

    await other.goto("/me");
    await expect(other).toHaveURL(/\/login\?redirectTo=%2Fme$/);

    await signIn(page, email, PASSWORD);
    await expect(page.getByRole("alert")).toHaveText("E-mail nebo heslo nesouhlasí.");
    await signIn(page, email, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/me$/);
    // Opening the reset link proved the mailbox is theirs.
    await expect(page.getByRole("region", { name: "Potvrďte svůj e-mail" })).toHaveCount(0);

    await page.goto(link);
    await expect(page.getByRole("alert")).toHaveText(
      "Tento odkaz už neplatí: vypršel (platí 1 hodinu), byl už použit, nebo není celý.",
    );
    await expect(page.getByRole("link", { name: "Požádat o nový odkaz" })).toBeVisible();
    await expectAccessible(page);
  } finally {
    await otherContext.close();
  }
});

test("asking for an unknown address looks the same and sends nothing", async ({ page }) => {
  const email = uniqueEmail("nobody");
  await page.goto("/forgot-password");
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Poslat odkaz" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("status")).toHaveText(
    "Pokud u nás existuje účet s touto adresou, poslali jsme na ni odkaz pro nastavení nového hesla. Odkaz platí 1 hodinu.",
  );
  // A sentinel instead of a wait: an e-mail queued after this request (a new account's
  // confirmation). The server sends in the order e-mails were queued, so once the sentinel
  // has arrived, anything this request had queued would have arrived before it.
  const sentinel = uniqueEmail("sentinel");
  await signUp(page, "foreign", "Kontrolní Odesílatel", sentinel);
  await waitForEmail({ to: sentinel });
  expect(readMailbox({ to: email })).toEqual([]);
});

test("e-mail preferences on /me are saved", async ({ page }) => {
  test.slow();
  await signUp(page, VILLAGES.emailPreferences, "Karel Preferenční", uniqueEmail("prefs"));
  const prefs = page.locator("#email-preferences");
  await expect(prefs.getByRole("heading", { name: "E-mailová upozornění" })).toBeVisible();
  await expect(prefs.getByRole("radio", { name: /^Hned/ })).toBeChecked();
  await expect(prefs.getByRole("checkbox", { name: /Jednou týdně/ })).not.toBeChecked();
  await expectAccessible(page);

  await prefs.getByRole("radio", { name: /^Jednou denně/ }).check();
  await prefs.getByRole("checkbox", { name: /Jednou týdně/ }).check();
  await prefs.getByRole("button", { name: "Uložit nastavení e-mailů" }).click();
  await expect(page.getByRole("status")).toHaveText("Nastavení e-mailů bylo uloženo.");

  await page.reload();
  await expect(prefs.getByRole("radio", { name: /^Jednou denně/ })).toBeChecked();
  await expect(prefs.getByRole("checkbox", { name: /Jednou týdně/ })).toBeChecked();

  await prefs.getByRole("radio", { name: /^Nepsat/ }).check();
  await prefs.getByRole("checkbox", { name: /Jednou týdně/ }).uncheck();
  await prefs.getByRole("button", { name: "Uložit nastavení e-mailů" }).click();
  await expect(page.getByRole("status")).toHaveText("Nastavení e-mailů bylo uloženo.");
  await page.reload();
  await expect(prefs.getByRole("radio", { name: /^Nepsat/ })).toBeChecked();
  await expect(prefs.getByRole("checkbox", { name: /Jednou týdně/ })).not.toBeChecked();
});
