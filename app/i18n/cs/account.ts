// Account e-mails: sign-up verification, password reset, e-mail preferences.
export const accountCs = {
  "email.greeting": "Dobrý den, {name},",
  "email.footer": "Tento e-mail vám poslala platforma Spolu Svazu měst a obcí.",
  "email.preferences": "Jak často vám píšeme, nastavíte zde: {url}",
  "email.preferencesLink": "Nastavení e-mailů",

  "verifyEmail.subject": "Potvrďte svůj e-mail ve Spolu",
  "verifyEmail.intro":
    "Děkujeme za registraci. Potvrďte prosím, že adresa {email} patří vám: otevřete odkaz níže a klikněte na tlačítko. Odkaz platí 48 hodin. Pokud jste se ve Spolu neregistrovali, tento e-mail ignorujte.",
  "verifyEmail.linkText": "Potvrdit e-mail",
  "verifyEmail.title": "Potvrzení e-mailu",
  "verifyEmail.lead": "Kliknutím potvrdíte, že e-mailová adresa patří vám.",
  "verifyEmail.submit": "Potvrdit e-mail",
  "verifyEmail.done": "Děkujeme, váš e-mail je ověřen.",
  "verifyEmail.doneSignIn": "Děkujeme, váš e-mail je ověřen. Nyní se můžete přihlásit.",
  "verifyEmail.invalid":
    "Tento odkaz už neplatí: vypršel (platí 48 hodin), byl už použit, nebo není celý.",
  "verifyEmail.alreadyVerified": "Váš e-mail je už ověřen, nic dalšího dělat nemusíte.",
  "verifyEmail.signInForNew": "Přihlaste se a na stránce Můj účet si pošlete nový odkaz.",
  "verifyEmail.toAccount": "Přejít na Můj účet",
  "verifyEmail.resend": "Poslat nový odkaz",
  "verifyEmail.resent": "Poslali jsme nový odkaz na {email}. Platí 48 hodin.",
  "verifyEmail.resendTooMany":
    "Odkaz jsme vám poslali už několikrát. Zkontrolujte i složku nevyžádané pošty, nebo to zkuste za hodinu.",
  "verifyEmail.bannerTitle": "Potvrďte svůj e-mail",
  "verifyEmail.bannerText":
    "Na adresu {email} jsme poslali odkaz pro potvrzení. Nepřišel? Zkontrolujte složku nevyžádané pošty, nebo si pošlete nový.",
  "verifyEmail.bannerButton": "Poslat odkaz znovu",

  "login.forgot": "Zapomněli jste heslo?",

  "forgot.title": "Zapomenuté heslo",
  "forgot.lead":
    "Zadejte e-mail, se kterým se přihlašujete. Pošleme vám odkaz, přes který si nastavíte nové heslo.",
  "forgot.email": "E-mail",
  "forgot.submit": "Poslat odkaz",
  "forgot.sent":
    "Pokud u nás existuje účet s touto adresou, poslali jsme na ni odkaz pro nastavení nového hesla. Odkaz platí 1 hodinu.",
  "forgot.backToLogin": "Zpět na přihlášení",

  "resetEmail.subject": "Nastavení nového hesla ve Spolu",
  "resetEmail.intro":
    "Někdo (nejspíš vy) požádal o nové heslo k účtu {email}. Odkaz níže platí 1 hodinu a lze ho použít jen jednou. Pokud jste o nové heslo nežádali, tento e-mail ignorujte: vaše heslo zůstává beze změny.",
  "resetEmail.linkText": "Nastavit nové heslo",

  "reset.title": "Nastavení nového hesla",
  "reset.lead": "Zvolte nové heslo. Po jeho uložení budete odhlášeni ze všech zařízení.",
  "reset.password": "Nové heslo",
  "reset.confirm": "Nové heslo znovu",
  "reset.mismatch": "Hesla se neshodují.",
  "reset.submit": "Uložit nové heslo",
  "reset.done": "Heslo bylo změněno a všechna zařízení odhlášena. Přihlaste se novým heslem.",
  "reset.invalid":
    "Tento odkaz už neplatí: vypršel (platí 1 hodinu), byl už použit, nebo není celý.",
  "reset.askAgain": "Požádat o nový odkaz",

  "prefs.title": "E-mailová upozornění",
  "prefs.lead": "Upozornění vždy najdete tady ve Spolu. Vyberte, kdy vám o nich máme napsat.",
  "prefs.frequency": "Kdy vám psát",
  "prefs.immediate": "Hned – e-mail ke každému upozornění",
  "prefs.daily": "Jednou denně – nejvýše jeden souhrnný e-mail za den",
  "prefs.none": "Nepsat – upozornění jen ve Spolu",
  "prefs.weeklyMatches": "Jednou týdně e-mail s novými nabídkami, které se hodí k vaší obci",
  "prefs.submit": "Uložit nastavení e-mailů",
  "prefs.saved": "Nastavení e-mailů bylo uloženo.",
  "field.emailPref": "Vyberte, kdy vám máme psát.",
  "prefs.language": "Jazyk e-mailů",
  "field.emailLocale": "Vyberte jazyk e-mailů.",
} as const;
