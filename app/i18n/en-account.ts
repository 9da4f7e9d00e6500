import type { accountCs } from "./cs-account";

export const accountEn: Record<keyof typeof accountCs, string> = {
  "email.greeting": "Hello {name},",
  "email.footer":
    "This e-mail was sent by Spolu, the platform of the Union of Towns and Municipalities.",
  "email.preferences": "Choose how often we write to you: {url}",
  "email.preferencesLink": "E-mail settings",
};
