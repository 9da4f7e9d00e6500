// The German of ../cs/directory.ts.
import type { directoryCs } from "../cs/directory";

export const directoryDe: Record<keyof typeof directoryCs, string> = {
  "register.title": "Amtliche Daten",
  "register.readOnly":
    "Diese Angaben stammen aus dem amtlichen Gemeinderegister und werden in Spolu von niemandem geändert. Wenn etwas nicht stimmt, schreiben Sie dem Verband.",
  "register.kind": "Gemeindetyp",
  "register.kind.obec": "Gemeinde",
  "register.kind.městys": "Marktgemeinde",
  "register.kind.město": "Stadt",
  "register.kind.statutární město": "Statutarstadt",
  "register.kind.hlavní město": "Hauptstadt",
  "register.kraj": "Region (Kraj)",
  "register.okres": "Bezirk",
  "register.orp": "Gemeinde mit erweitertem Wirkungsbereich (ORP)",
  "register.population": "Einwohnerzahl",
  "register.populationOn": "Stand {date}",
  "register.ico": "Identifikationsnummer (IČO)",
  "register.code": "Gemeindekennziffer (RÚIAN)",
  "directory.title": "Gemeinden in Tschechien",
  "directory.lead":
    "Alle 6.254 Gemeinden laut amtlichem Register. Städte im Ausland finden hier Partner auch unter Gemeinden, die noch nicht auf Spolu sind: Ihr Interesse leitet der Verband weiter.",
  "directory.q": "Name der Gemeinde",
  "directory.qHint":
    "Ein Teil des Namens genügt, diakritische Zeichen spielen keine Rolle („bozi dar“).",
  "directory.any": "Alle",
  "directory.okresHint": "Wählen Sie zuerst eine Region, dann wird die Liste der Bezirke kürzer.",
  "directory.size": "Größe",
  "directory.size.lt500": "bis 499 Einwohner",
  "directory.size.500-999": "500–999 Einwohner",
  "directory.size.1000-4999": "1.000–4.999 Einwohner",
  "directory.size.5000-19999": "5.000–19.999 Einwohner",
  "directory.size.20000-99999": "20.000–99.999 Einwohner",
  "directory.size.100000+": "100.000 Einwohner und mehr",
  "directory.more": "Auf Spolu",
  "directory.withProfile": "Nur Gemeinden mit Profil auf Spolu",
  "directory.withPartners": "Nur Gemeinden mit Partnern im Ausland",
  "directory.sort": "Sortieren",
  "directory.sort.name": "nach Name (A–Z)",
  "directory.sort.population": "größte zuerst",
  "directory.sort.population-asc": "kleinste zuerst",
  "directory.count": "Gemeinden: {count}",
  "directory.results": "Gefundene Gemeinden: {count}",
  "directory.noResults":
    "Keine Gemeinde entspricht diesen Filtern. Versuchen Sie einen kürzeren Namensteil oder weniger Filter.",
  "directory.download": "CSV herunterladen",
  "directory.caption": "Gemeinden, die den Filtern entsprechen",
  "directory.col.name": "Gemeinde",
  "directory.col.spolu": "Auf Spolu",
  "directory.partners": "Partner: {count}",
  "directory.error.value":
    "Diesen Wert kennen wir nicht ({value}); der Filter wurde nicht angewendet.",
  "municipality.noProfile":
    "Diese Gemeinde hat noch kein Profil auf Spolu: Bekannt sind nur ihre amtlichen Daten. Das Interesse einer Stadt im Ausland leitet der Verband an sie weiter.",
  "municipality.noProfileLead":
    "Die Gemeinde {name} ist noch nicht auf Spolu aktiv. Ihre amtlichen Daten sind öffentlich, und Städte im Ausland können sie über den Verband ansprechen.",
  "municipality.noPartnerships": "Spolu kennt noch keine Partnerstadt.",
  "municipality.interestSignIn":
    "Sie vertreten eine Stadt im Ausland und möchten diese Gemeinde ansprechen? Melden Sie sich an oder registrieren Sie sich.",
  "municipality.interestNeedsOffer":
    "Sie sprechen eine Gemeinde über eine veröffentlichte Partnerschaftsanfrage an. Erstellen Sie zuerst eine:",
  "claim.title": "Vertreten Sie eine Gemeinde?",
  "claim.titleFor": "Vertreten Sie die Gemeinde {name}?",
  "claim.question": "Vertreten Sie diese Gemeinde?",
  "claim.lead":
    "Übernehmen Sie das Profil der Gemeinde {name}: Ergänzen Sie Themen, Sprachen und einen Kontakt, und sehen Sie die Anfragen von Städten im Ausland, die zu Ihnen passen.",
  "claim.leadClaimed":
    "Für die Gemeinde {name} handelt auf Spolu bereits ein Konto. Wenn Sie die Gemeinde vertreten, stellen Sie einen Antrag: Der Verband prüft, wer tatsächlich für die Gemeinde handelt.",
  "claim.formLead":
    "Sie können das Profil sofort ausfüllen. Der Verband prüft inzwischen, dass Sie für die Gemeinde handeln, und kennzeichnet das Profil mit „Vom Verband verifiziert“.",
  "claim.howVerified":
    "So verifizieren wir: Wir rufen beim Gemeindeamt an oder schreiben an die Datenbox (datová schránka) der Gemeinde und bestätigen Ihren Namen und Ihre Funktion.",
  "claim.button": "Gemeindeprofil übernehmen",
  "claim.signUp": "Für die Gemeinde registrieren",
  "claim.submit": "Gemeindeprofil übernehmen",
  "claim.submitConflict": "Antrag an den Verband senden",
  "claim.role": "Ihre Funktion in der Gemeinde",
  "claim.roleHint":
    "Z. B. Bürgermeister/in, stellvertretende/r Bürgermeister/in, Amtsleiter/in, Referent/in für internationale Beziehungen.",
  "claim.phone": "Telefon für die Verifizierung (optional)",
  "claim.phoneHint": "Nur der Verband sieht es, falls er Sie erreichen muss.",
  "claim.confirm": "Ich bestätige, dass ich berechtigt bin, für die Gemeinde zu handeln.",
  "claim.done":
    "Das Gemeindeprofil gehört jetzt Ihnen. Füllen Sie es aus; der Verband prüft inzwischen, dass Sie für die Gemeinde handeln.",
  "claim.doneConflict":
    "Für die Gemeinde handelt bereits ein anderes Konto. Ihr Antrag wird daher vom Verband geprüft, und er meldet sich bei Ihnen.",
  "claim.yours": "Sie handeln für diese Gemeinde.",
  "claim.editProfile": "Profil bearbeiten",
  "claim.waiting": "Der Verband prüft Ihren Antrag für diese Gemeinde.",
  "claim.waitingFor":
    "Der Verband prüft Ihren Antrag für die Gemeinde {name}. Wir melden uns per E-Mail bei Ihnen.",
  "claim.rejectedFor":
    "Der Verband hat Ihren Antrag für die Gemeinde {name} nicht bestätigt. Wählen Sie Ihre Gemeinde erneut oder wenden Sie sich an den Verband.",
  "claim.notVerifiedYet": "Wartet auf Verifizierung durch den Verband",
  "claim.staffTitle": "Wer für die Gemeinde handelt",
  "claim.staffNone": "Die Gemeinde hat noch niemand übernommen.",
  "claim.staffLink": "Alle Übernahmeanträge",
  "claim.deletedAccount": "gelöschtes Konto",
  "claim.status.pending": "wartet auf Verifizierung",
  "claim.status.conflict": "Konflikt: Gemeinde hat bereits ein Konto",
  "claim.status.verified": "verifiziert",
  "claim.status.rejected": "abgelehnt",
  "claim.status.withdrawn": "zurückgezogen",
  "claim.status.superseded": "durch ein anderes Konto ersetzt",
  "claim.error.not_found": "Diese Gemeinde ist nicht im Register.",
  "claim.error.not_mayor":
    "Nur das Konto einer tschechischen Gemeinde kann eine Gemeinde übernehmen.",
  "claim.error.already_owner":
    "Ihr Konto handelt bereits für eine Gemeinde; ein Konto kann nur für eine Gemeinde handeln.",
  "claim.error.already_claimed": "Für die Gemeinde handelt bereits ein anderes Konto.",
  "claim.error.claim_pending": "Einer Ihrer Anträge wird bereits vom Verband geprüft.",
  "claim.error.noOwner": "Die Gemeinde hat kein Konto, es gibt niemanden zu verifizieren.",
  "claim.error.notOwner":
    "Sie handeln nicht mehr für diese Gemeinde; das Profil wurde nicht gespeichert.",
  "claimsAdmin.nav": "Übernahmeanträge",
  "claimsAdmin.title": "Wer für die Gemeinde handelt: Anträge zur Verifizierung",
  "claimsAdmin.howtoTitle": "So verifizieren Sie einen Antrag",
  "claimsAdmin.howto1":
    "Suchen Sie die Gemeinde anhand der IČO (z. B. im Register ARES) und rufen Sie beim Gemeindeamt unter der Nummer an, die auf dessen Website steht, nicht unter der Nummer aus dem Antrag.",
  "claimsAdmin.howto2":
    "Oder senden Sie eine Nachricht an die Datenbox der Gemeinde (auffindbar über die IČO) und warten Sie auf die Antwort des Amtes.",
  "claimsAdmin.howto3":
    "Prüfen Sie Namen und Funktion der antragstellenden Person; eine dienstliche E-Mail-Adresse unter der Domain der Gemeinde ist ein gutes Zeichen, eine private E-Mail-Adresse allein genügt nicht.",
  "claimsAdmin.howto4":
    "Die Verifizierung bedeutet nur, dass das Konto für die Gemeinde handelt. Die Texte des Profils geben Sie gesondert in der Prüfwarteschlange frei.",
  "claimsAdmin.open": "Warten auf Entscheidung",
  "claimsAdmin.none": "Es wartet kein Antrag.",
  "claimsAdmin.decided": "Kürzlich entschieden",
  "claimsAdmin.noneDecided": "Noch nichts.",
  "claimsAdmin.decidedAt": "Entschieden",
  "claimsAdmin.role": "Funktion in der Gemeinde",
  "claimsAdmin.phone": "Telefon",
  "claimsAdmin.claimant": "Antragsteller/in",
  "claimsAdmin.currentOwner": "Handelt derzeit für die Gemeinde",
  "claimsAdmin.emailUnconfirmed": "Adresse noch nicht bestätigt",
  "claimsAdmin.since": "Antrag gestellt",
  "claimsAdmin.note": "Begründung",
  "claimsAdmin.noteHint":
    "Die antragstellende Person sieht sie. Pflichtangabe bei einer Ablehnung.",
  "claimsAdmin.verify": "Verifiziert: handelt für die Gemeinde",
  "claimsAdmin.transfer": "Gemeinde an diese/n Antragsteller/in übertragen",
  "claimsAdmin.reject": "Ablehnen und Gemeinde freigeben",
  "claimsAdmin.rejectConflict": "Antrag ablehnen",
  "claimsAdmin.rejectWarning":
    "Das Konto verliert die Gemeinde, und das von ihm verfasste Profil wird gelöscht. Die Gemeinde bleibt mit ihren amtlichen Daten im Verzeichnis.",
  "claimsAdmin.rejectConflictWarning":
    "Die antragstellende Person erfährt, dass ihr Antrag abgelehnt wurde.",
  "claimsAdmin.done.verify":
    "Der Antrag ist verifiziert; die Gemeinde trägt das Abzeichen „Vom Verband verifiziert“.",
  "claimsAdmin.done.reject": "Der Antrag ist abgelehnt.",
  "claimsAdmin.done.transfer": "Die Gemeinde wurde dem neuen Konto übertragen.",
  "claimsAdmin.error.bad": "Der Antrag konnte nicht gelesen werden. Bitte versuchen Sie es erneut.",
  "claimsAdmin.error.noteRequired": "Schreiben Sie, warum Sie den Antrag ablehnen.",
  "claimsAdmin.error.state":
    "Über den Antrag hat inzwischen jemand entschieden, oder die antragstellende Person handelt für eine andere Gemeinde. Laden Sie die Seite neu.",
  "relay.title": "Die Gemeinde {name} hat kein Konto auf Spolu",
  "relay.lead":
    "Leiten Sie das Interesse an das Gemeindeamt weiter (per E-Mail oder an die Datenbox, auffindbar über die IČO) und laden Sie die Gemeinde ein, ihr Profil zu übernehmen. Die Antwort des Amtes erfassen Sie dann hier im Namen der Gemeinde.",
  "relay.claimLink": "Link zur Übernahme des Profils",
  "relay.text": "Text für das Gemeindeamt (auf Tschechisch)",
  "relay.template":
    "Sehr geehrte Damen und Herren,\n\ndie Stadt {town} ({country}) hat über die Plattform Spolu Interesse an einer Partnerschaft mit der Gemeinde {name} bekundet. Sie schreibt:\n\n„{message}“\n\nSie können direkt auf Spolu antworten, wenn Sie das Profil Ihrer Gemeinde übernehmen: {link}\nDie Registrierung dauert nur wenige Minuten; anschließend prüft der Verband, dass Sie für die Gemeinde handeln. Sie können auch auf diese Nachricht antworten, der Verband leitet Ihre Antwort dann weiter.\n\nMit freundlichen Grüßen\nVerband der Städte und Gemeinden der Tschechischen Republik",
};
