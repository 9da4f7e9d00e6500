// The Slovak of ../cs/account.ts.
import type { accountCs } from "../cs/account";

export const accountSk: Record<keyof typeof accountCs, string> = {
  "email.greeting": "Dobrý deň, {name},",
  "email.footer": "Tento e-mail vám poslala platforma Spolu Zväzu miest a obcí.",
  "email.preferences": "Ako často vám píšeme, nastavíte tu: {url}",
  "email.preferencesLink": "Nastavenia e-mailov",

  "verifyEmail.subject": "Potvrďte svoj e-mail v Spolu",
  "verifyEmail.intro":
    "Ďakujeme za registráciu. Potvrďte, prosím, že adresa {email} patrí vám: otvorte odkaz nižšie a kliknite na tlačidlo. Odkaz platí 48 hodín. Ak ste sa v Spolu neregistrovali, tento e-mail ignorujte.",
  "verifyEmail.linkText": "Potvrdiť e-mail",
  "verifyEmail.title": "Potvrdenie e-mailu",
  "verifyEmail.lead": "Kliknutím potvrdíte, že e-mailová adresa patrí vám.",
  "verifyEmail.submit": "Potvrdiť e-mail",
  "verifyEmail.done": "Ďakujeme, váš e-mail je overený.",
  "verifyEmail.doneSignIn": "Ďakujeme, váš e-mail je overený. Teraz sa môžete prihlásiť.",
  "verifyEmail.invalid":
    "Tento odkaz už neplatí: vypršal (platí 48 hodín), už bol použitý alebo nie je celý.",
  "verifyEmail.alreadyVerified": "Váš e-mail je už overený, nič ďalšie robiť nemusíte.",
  "verifyEmail.signInForNew": "Prihláste sa a na stránke Môj účet si pošlite nový odkaz.",
  "verifyEmail.toAccount": "Prejsť na Môj účet",
  "verifyEmail.resend": "Poslať nový odkaz",
  "verifyEmail.resent": "Poslali sme nový odkaz na {email}. Platí 48 hodín.",
  "verifyEmail.resendTooMany":
    "Odkaz sme vám poslali už niekoľkokrát. Skontrolujte aj priečinok nevyžiadanej pošty alebo to skúste o hodinu.",
  "verifyEmail.bannerTitle": "Potvrďte svoj e-mail",
  "verifyEmail.bannerText":
    "Na adresu {email} sme poslali odkaz na potvrdenie. Neprišiel? Skontrolujte priečinok nevyžiadanej pošty alebo si pošlite nový.",
  "verifyEmail.bannerButton": "Poslať odkaz znova",

  "login.forgot": "Zabudli ste heslo?",

  "forgot.title": "Zabudnuté heslo",
  "forgot.lead":
    "Zadajte e-mail, s ktorým sa prihlasujete. Pošleme vám odkaz, cez ktorý si nastavíte nové heslo.",
  "forgot.email": "E-mail",
  "forgot.submit": "Poslať odkaz",
  "forgot.sent":
    "Ak u nás existuje účet s touto adresou, poslali sme na ňu odkaz na nastavenie nového hesla. Odkaz platí 1 hodinu.",
  "forgot.backToLogin": "Späť na prihlásenie",

  "resetEmail.subject": "Nastavenie nového hesla v Spolu",
  "resetEmail.intro":
    "Niekto (pravdepodobne vy) požiadal o nové heslo k účtu {email}. Odkaz nižšie platí 1 hodinu a možno ho použiť iba raz. Ak ste o nové heslo nežiadali, tento e-mail ignorujte: vaše heslo zostáva bez zmeny.",
  "resetEmail.linkText": "Nastaviť nové heslo",

  "reset.title": "Nastavenie nového hesla",
  "reset.lead": "Zvoľte nové heslo. Po jeho uložení budete odhlásení zo všetkých zariadení.",
  "reset.password": "Nové heslo",
  "reset.confirm": "Nové heslo znova",
  "reset.mismatch": "Heslá sa nezhodujú.",
  "reset.submit": "Uložiť nové heslo",
  "reset.done": "Heslo bolo zmenené a všetky zariadenia odhlásené. Prihláste sa novým heslom.",
  "reset.invalid":
    "Tento odkaz už neplatí: vypršal (platí 1 hodinu), už bol použitý alebo nie je celý.",
  "reset.askAgain": "Požiadať o nový odkaz",

  "prefs.title": "E-mailové upozornenia",
  "prefs.lead": "Upozornenia vždy nájdete tu v Spolu. Vyberte, kedy vám o nich máme napísať.",
  "prefs.frequency": "Kedy vám písať",
  "prefs.immediate": "Hneď – e-mail ku každému upozorneniu",
  "prefs.daily": "Raz denne – najviac jeden súhrnný e-mail za deň",
  "prefs.none": "Nepísať – upozornenia iba v Spolu",
  "prefs.weeklyMatches": "Raz týždenne e-mail s novými ponukami, ktoré sa hodia k vašej obci",
  "prefs.submit": "Uložiť nastavenia e-mailov",
  "prefs.saved": "Nastavenia e-mailov boli uložené.",
  "field.emailPref": "Vyberte, kedy vám máme písať.",
  "prefs.language": "Jazyk e-mailov",
  "field.emailLocale": "Vyberte jazyk e-mailov.",
};
