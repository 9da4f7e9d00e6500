// Account e-mails: sign-up verification, password reset, e-mail preferences.
export const accountCs = {
  "email.greeting": "Dobrý den, {name},",
  "email.footer": "Tento e-mail vám poslala platforma Spolu Svazu měst a obcí.",
  "email.preferences": "Jak často vám píšeme, nastavíte zde: {url}",
  "email.preferencesLink": "Nastavení e-mailů",
} as const;
