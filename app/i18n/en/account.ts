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
  // Sign-up's consent to the terms (app/routes/signup.tsx).
  "signup.terms": "I agree to Spolu's terms of use.",
  "signup.termsHint": "What we do with your data, why and for how long we keep it is set out here:",
  "signup.termsLink": "Terms of use",
  "signup.privacyLink": "Privacy notice",
  "field.terms": "We can create the account only if you agree to the terms of use.",
  // The start page: / for a signed-in person (app/components/start-page.tsx).
  "start.title": "Hello, {name}",
  "start.since": "New since your last visit on {date}",
  "start.waitingTitle": "Waiting for you",
  "start.waitingNone": "Nothing is waiting for your answer.",
  "start.waiting.answer": "Answer an expression of interest: {other}",
  "start.waiting.info": "Provide the information asked for: {other}",
  "start.toConfirm": "Partnership steps to confirm: {count}",
  "start.municipalityTitle": "Your municipality",
  "start.editProfile": "Edit the profile",
  "start.noProfile": "no profile filled in yet",
  "start.noMunicipality": "You do not act for a municipality yet. Choose it on My account.",
  "start.claim": "Your request to manage {name}: {status}",
  "start.claim.pending": "waiting for the Union to verify it",
  "start.claim.conflict": "the municipality already has a manager; the Union will decide",
  "start.claim.rejected": "refused",
  "start.matchesTitle": "New requests for your municipality",
  "start.matchesCount": "New requests since your last visit: {count}. The best of them:",
  "start.matchesNone": "No new request has been posted since your last visit.",
  "start.matchesAll": "All requests by match",
  "start.offersTitle": "Your partnership requests",
  "start.offersNone": "You have not posted a request yet.",
  "start.expires": "valid until {date}",
  "start.expiresSoon": "expires on {date}: extend it on its page",
  "start.deadlinesTitle": "Funding deadlines coming up",
  "start.deadlinesNone": "No call that suits your partnerships closes in the next 90 days.",
  "start.deadline": "deadline {date}",
  "start.staffTitle": "To deal with",
  "start.staffPending": "Waiting in the back office: {count}",
  // Signing up and in: pages that load every message, so not core.
  "login.title": "Sign in",
  "login.email": "E-mail",
  "login.password": "Password",
  "login.submit": "Sign in",
  "login.noAccount": "No account yet?",
  "login.invalid": "The e-mail or password is wrong.",
  "login.tooMany": "Too many failed attempts. Please try again in {minutes} min.",
  "login.welcome": "Welcome, {name}.",
  "signup.title": "Sign up",
  "signup.lead":
    "An account for a Czech municipality, or for a town abroad looking for a Czech partner.",
  "signup.role": "Who is signing up",
  "signup.roleMayor": "A Czech municipality (mayor, secretary, officer)",
  "signup.roleForeign": "A town abroad",
  "signup.name": "Your name",
  "signup.organisation": "Name of the town",
  "signup.email": "E-mail",
  "signup.password": "Password",
  "signup.passwordHint":
    "At least 10 characters. A long sentence is safer than a short complicated password.",
  "signup.submit": "Create account",
  "signup.haveAccount": "Already have an account?",
  "signup.done": "Your account has been created. Welcome to Spolu.",
};
