// The German of ../cs/account.ts.
import type { accountCs } from "../cs/account";

export const accountDe: Record<keyof typeof accountCs, string> = {
  "email.greeting": "Guten Tag {name},",
  "email.footer":
    "Diese E-Mail wurde Ihnen von Spolu gesendet, der Plattform des Verbands der Städte und Gemeinden.",
  "email.preferences": "Wie oft wir Ihnen schreiben, legen Sie hier fest: {url}",
  "email.preferencesLink": "E-Mail-Einstellungen",

  "verifyEmail.subject": "Bestätigen Sie Ihre E-Mail-Adresse für Spolu",
  "verifyEmail.intro":
    "Vielen Dank für Ihre Registrierung. Bitte bestätigen Sie, dass die Adresse {email} Ihnen gehört: Öffnen Sie den Link unten und klicken Sie auf die Schaltfläche. Der Link ist 48 Stunden gültig. Wenn Sie sich nicht bei Spolu registriert haben, ignorieren Sie diese E-Mail.",
  "verifyEmail.linkText": "E-Mail-Adresse bestätigen",
  "verifyEmail.title": "Bestätigung der E-Mail-Adresse",
  "verifyEmail.lead": "Mit einem Klick bestätigen Sie, dass die E-Mail-Adresse Ihnen gehört.",
  "verifyEmail.submit": "E-Mail-Adresse bestätigen",
  "verifyEmail.done": "Vielen Dank, Ihre E-Mail-Adresse ist bestätigt.",
  "verifyEmail.doneSignIn":
    "Vielen Dank, Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.",
  "verifyEmail.invalid":
    "Dieser Link ist nicht mehr gültig: Er ist abgelaufen (er gilt 48 Stunden), wurde bereits verwendet oder ist unvollständig.",
  "verifyEmail.alreadyVerified":
    "Ihre E-Mail-Adresse ist bereits bestätigt; Sie müssen nichts weiter tun.",
  "verifyEmail.signInForNew":
    "Melden Sie sich an und fordern Sie auf der Seite „Mein Konto“ einen neuen Link an.",
  "verifyEmail.toAccount": "Zu „Mein Konto“",
  "verifyEmail.resend": "Neuen Link senden",
  "verifyEmail.resent": "Wir haben einen neuen Link an {email} gesendet. Er ist 48 Stunden gültig.",
  "verifyEmail.resendTooMany":
    "Wir haben Ihnen den Link bereits mehrmals gesendet. Prüfen Sie auch Ihren Spam-Ordner, oder versuchen Sie es in einer Stunde erneut.",
  "verifyEmail.bannerTitle": "Bestätigen Sie Ihre E-Mail-Adresse",
  "verifyEmail.bannerText":
    "Wir haben einen Bestätigungslink an {email} gesendet. Nicht angekommen? Prüfen Sie Ihren Spam-Ordner, oder fordern Sie einen neuen an.",
  "verifyEmail.bannerButton": "Link erneut senden",

  "login.forgot": "Passwort vergessen?",

  "forgot.title": "Passwort vergessen",
  "forgot.lead":
    "Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wir senden Ihnen einen Link, über den Sie ein neues Passwort festlegen.",
  "forgot.email": "E-Mail",
  "forgot.submit": "Link senden",
  "forgot.sent":
    "Falls ein Konto mit dieser Adresse existiert, haben wir einen Link zum Festlegen eines neuen Passworts daran gesendet. Der Link ist 1 Stunde gültig.",
  "forgot.backToLogin": "Zurück zur Anmeldung",

  "resetEmail.subject": "Neues Passwort für Spolu festlegen",
  "resetEmail.intro":
    "Jemand (wahrscheinlich Sie) hat ein neues Passwort für das Konto {email} angefordert. Der Link unten ist 1 Stunde gültig und kann nur einmal verwendet werden. Wenn Sie kein neues Passwort angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.",
  "resetEmail.linkText": "Neues Passwort festlegen",

  "reset.title": "Neues Passwort festlegen",
  "reset.lead":
    "Wählen Sie ein neues Passwort. Nach dem Speichern werden Sie auf allen Geräten abgemeldet.",
  "reset.password": "Neues Passwort",
  "reset.confirm": "Neues Passwort wiederholen",
  "reset.mismatch": "Die Passwörter stimmen nicht überein.",
  "reset.submit": "Neues Passwort speichern",
  "reset.done":
    "Das Passwort wurde geändert und alle Geräte wurden abgemeldet. Melden Sie sich mit dem neuen Passwort an.",
  "reset.invalid":
    "Dieser Link ist nicht mehr gültig: Er ist abgelaufen (er gilt 1 Stunde), wurde bereits verwendet oder ist unvollständig.",
  "reset.askAgain": "Neuen Link anfordern",

  "prefs.title": "E-Mail-Benachrichtigungen",
  "prefs.lead":
    "Ihre Benachrichtigungen finden Sie immer hier in Spolu. Wählen Sie, wann wir Ihnen dazu schreiben sollen.",
  "prefs.frequency": "Wann wir Ihnen schreiben",
  "prefs.immediate": "Sofort – eine E-Mail zu jeder Benachrichtigung",
  "prefs.daily": "Einmal täglich – höchstens eine Sammel-E-Mail pro Tag",
  "prefs.none": "Nie – Benachrichtigungen nur in Spolu",
  "prefs.weeklyMatches":
    "Einmal pro Woche eine E-Mail mit neuen Anfragen, die zu Ihrer Gemeinde passen",
  "prefs.submit": "E-Mail-Einstellungen speichern",
  "prefs.saved": "Ihre E-Mail-Einstellungen wurden gespeichert.",
  "field.emailPref": "Wählen Sie, wann wir Ihnen schreiben sollen.",
  "prefs.language": "Sprache der E-Mails",
  "field.emailLocale": "Wählen Sie die Sprache der E-Mails.",
  // Sign-up's consent to the terms (app/routes/signup.tsx).
  "signup.terms": "Ich stimme den Nutzungsbedingungen von Spolu zu.",
  "signup.termsHint":
    "Was wir mit Ihren Daten tun, warum und wie lange wir sie aufbewahren, steht hier:",
  "signup.termsLink": "Nutzungsbedingungen",
  "signup.privacyLink": "Datenschutzerklärung",
  "field.terms": "Wir können das Konto nur anlegen, wenn Sie den Nutzungsbedingungen zustimmen.",
  // The start page: / for a signed-in person (app/components/start-page.tsx).
  "start.title": "Guten Tag, {name}",
  "start.since": "Neu seit Ihrem letzten Besuch am {date}",
  "start.waitingTitle": "Wartet auf Sie",
  "start.waitingNone": "Nichts wartet auf Ihre Antwort.",
  "start.waiting.answer": "Auf eine Interessenbekundung antworten: {other}",
  "start.waiting.info": "Erbetene Informationen ergänzen: {other}",
  "start.toConfirm": "Zu bestätigende Schritte der Partnerschaft: {count}",
  "start.municipalityTitle": "Ihre Gemeinde",
  "start.editProfile": "Profil bearbeiten",
  "start.noProfile": "noch kein Profil ausgefüllt",
  "start.noMunicipality": "Sie handeln noch für keine Gemeinde. Wählen Sie sie unter Mein Konto.",
  "start.claim": "Ihr Antrag auf Verwaltung von {name}: {status}",
  "start.claim.pending": "wartet auf die Prüfung durch den Verband",
  "start.claim.conflict": "die Gemeinde hat bereits einen Verwalter; der Verband entscheidet",
  "start.claim.rejected": "abgelehnt",
  "start.matchesTitle": "Neue Anfragen für Ihre Gemeinde",
  "start.matchesCount": "Neue Anfragen seit Ihrem letzten Besuch: {count}. Die besten davon:",
  "start.matchesNone": "Seit Ihrem letzten Besuch ist keine neue Anfrage erschienen.",
  "start.matchesAll": "Alle Anfragen nach Übereinstimmung",
  "start.offersTitle": "Ihre Partnerschaftsanfragen",
  "start.offersNone": "Sie haben noch keine Anfrage veröffentlicht.",
  "start.expires": "gültig bis {date}",
  "start.expiresSoon": "läuft am {date} ab: verlängern Sie sie auf ihrer Seite",
  "start.deadlinesTitle": "Bevorstehende Förderfristen",
  "start.deadlinesNone":
    "In den nächsten 90 Tagen endet keine Ausschreibung, die zu Ihren Partnerschaften passt.",
  "start.deadline": "Frist {date}",
  "start.staffTitle": "Zu erledigen",
  "start.staffPending": "In der Verwaltung wartet: {count}",
  // Signing up and in: pages that load every message, so not core.
  "login.title": "Anmeldung",
  "login.email": "E-Mail",
  "login.password": "Passwort",
  "login.submit": "Anmelden",
  "login.noAccount": "Noch kein Konto?",
  "login.invalid": "E-Mail-Adresse oder Passwort ist falsch.",
  "login.tooMany":
    "Zu viele fehlgeschlagene Versuche. Bitte versuchen Sie es in {minutes} Min. erneut.",
  "login.welcome": "Willkommen, {name}.",
  "signup.title": "Registrierung",
  "signup.lead":
    "Ein Konto für eine tschechische Gemeinde oder für eine Stadt im Ausland, die einen Partner in Tschechien sucht.",
  "signup.role": "Wer registriert sich?",
  "signup.roleMayor": "Tschechische Gemeinde (Bürgermeister/in, Amtsleiter/in, Sachbearbeiter/in)",
  "signup.roleForeign": "Stadt im Ausland",
  "signup.name": "Ihr Name",
  "signup.organisation": "Name der Stadt",
  "signup.email": "E-Mail",
  "signup.password": "Passwort",
  "signup.passwordHint":
    "Mindestens 10 Zeichen. Ein langer Satz ist sicherer als ein kurzes, kompliziertes Passwort.",
  "signup.submit": "Konto erstellen",
  "signup.haveAccount": "Sie haben bereits ein Konto?",
  "signup.done": "Ihr Konto wurde erstellt. Willkommen bei Spolu.",
};
