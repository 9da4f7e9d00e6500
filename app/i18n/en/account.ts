import type { accountCs } from "../cs/account";

export const accountEn: Record<keyof typeof accountCs, string> = {
  "email.greeting": "Hello {name},",
  "email.footer":
    "This e-mail was sent by Spolu, the platform of the Union of Towns and Municipalities.",
  "email.preferences": "Choose how often we write to you: {url}",
  "email.preferencesLink": "E-mail settings",

  "verifyEmail.subject": "Confirm your e-mail address for Spolu",
  "verifyEmail.intro":
    "Thank you for signing up. Please confirm that {email} is your address: open the link below and press the button. The link is valid for 48 hours. If you did not sign up for Spolu, ignore this e-mail.",
  "verifyEmail.linkText": "Confirm my e-mail address",
  "verifyEmail.title": "Confirm your e-mail address",
  "verifyEmail.lead": "Press the button to confirm that this e-mail address is yours.",
  "verifyEmail.submit": "Confirm e-mail address",
  "verifyEmail.done": "Thank you, your e-mail address is confirmed.",
  "verifyEmail.doneSignIn": "Thank you, your e-mail address is confirmed. You can now sign in.",
  "verifyEmail.invalid":
    "This link no longer works: it has expired (it is valid for 48 hours), has already been used, or is incomplete.",
  "verifyEmail.alreadyVerified": "Your e-mail address is already confirmed; nothing more to do.",
  "verifyEmail.signInForNew": "Sign in and send yourself a new link from My account.",
  "verifyEmail.toAccount": "Go to My account",
  "verifyEmail.resend": "Send a new link",
  "verifyEmail.resent": "We have sent a new link to {email}. It is valid for 48 hours.",
  "verifyEmail.resendTooMany":
    "We have sent you the link several times already. Check your spam folder too, or try again in an hour.",
  "verifyEmail.bannerTitle": "Confirm your e-mail address",
  "verifyEmail.bannerText":
    "We have sent a confirmation link to {email}. Not there? Check your spam folder, or send yourself a new one.",
  "verifyEmail.bannerButton": "Send the link again",

  "login.forgot": "Forgot your password?",

  "forgot.title": "Forgotten password",
  "forgot.lead":
    "Enter the e-mail address you sign in with. We will send you a link to choose a new password.",
  "forgot.email": "E-mail",
  "forgot.submit": "Send the link",
  "forgot.sent":
    "If there is an account with this address, we have sent it a link to choose a new password. The link is valid for 1 hour.",
  "forgot.backToLogin": "Back to sign in",

  "resetEmail.subject": "Choose a new password for Spolu",
  "resetEmail.intro":
    "Someone (most likely you) asked for a new password for the account {email}. The link below is valid for 1 hour and works once. If you did not ask for it, ignore this e-mail: your password stays as it is.",
  "resetEmail.linkText": "Choose a new password",

  "reset.title": "Choose a new password",
  "reset.lead": "Choose a new password. Once it is saved, you are signed out on every device.",
  "reset.password": "New password",
  "reset.confirm": "New password again",
  "reset.mismatch": "The passwords do not match.",
  "reset.submit": "Save the new password",
  "reset.done":
    "Your password has been changed and every device signed out. Sign in with the new password.",
  "reset.invalid":
    "This link no longer works: it has expired (it is valid for 1 hour), has already been used, or is incomplete.",
  "reset.askAgain": "Ask for a new link",

  "prefs.title": "E-mail notifications",
  "prefs.lead":
    "You always find your notifications here in Spolu. Choose when we should e-mail you about them.",
  "prefs.frequency": "When to e-mail you",
  "prefs.immediate": "Immediately – an e-mail for each notification",
  "prefs.daily": "Daily digest – at most one e-mail a day",
  "prefs.none": "Never – notifications only in Spolu",
  "prefs.weeklyMatches": "A weekly e-mail with new offers that match your municipality",
  "prefs.submit": "Save e-mail settings",
  "prefs.saved": "Your e-mail settings have been saved.",
  "field.emailPref": "Choose when we should e-mail you.",
  "prefs.language": "Language of e-mails",
  "field.emailLocale": "Choose the language of e-mails.",
};
