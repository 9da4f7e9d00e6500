// The German of ../cs/municipalities.ts.
import type { municipalitiesCs } from "../cs/municipalities";

export const municipalitiesDe: Record<keyof typeof municipalitiesCs, string> = {
  "admin.statsRegister": "Gemeinden im Register",
  "nav.municipalities": "Gemeinden",
  "form.cancel": "Zurück",
  "place.okres": "Bezirk {okres}",
  "place.none": "Nichts gefunden.",
  "directory.hasProfile": "Profil auf Spolu",
  "directory.noProfileShort": "Kein Profil",
  "signup.municipalityLegend": "Für welche Gemeinde Sie handeln",
  "signup.municipalityLead":
    "Wählen Sie Ihre Gemeinde aus dem amtlichen Register; wir füllen das Profil mit ihren Daten vor.",
  "signup.municipality": "Gemeinde",
  "signup.municipalityHint":
    "Beginnen Sie, den Namen einzugeben; bei jeder Gemeinde sehen Sie Bezirk und Einwohnerzahl („Nová Ves“ gibt es zum Beispiel vierzehnmal).",
  "signup.municipality.choose": "Es gibt mehrere Gemeinden dieses Namens. Wählen Sie Ihre:",
  "signup.municipality.claimedNote": "hat bereits ein Konto",
  "signup.municipality.missing": "Wählen Sie Ihre Gemeinde.",
  "signup.municipality.notFound":
    "Die Gemeinde „{name}“ ist nicht im Register. Prüfen Sie den Namen oder suchen Sie sie im Gemeindeverzeichnis.",
  "signup.municipality.ambiguous":
    "Der Name „{name}“ passt zu mehreren Gemeinden. Wählen Sie Ihre aus der Liste.",
  "signup.municipality.notFoundHint":
    "Wir haben die Gemeinde „{name}“ nicht gefunden. Versuchen Sie den Anfang des Namens ohne Präpositionen, oder suchen Sie sie im",
  "signup.municipality.directory": "Gemeindeverzeichnis",
  "signup.foreignLegend": "Für welche Stadt im Ausland Sie handeln",
  "signup.organisationHint": "Name der Stadt oder Gemeinde in ihrer Sprache, z. B. Wołomin.",
  "me.chooseMunicipality":
    "Ihr Konto handelt noch für keine Gemeinde. Wählen Sie Ihre Gemeinde aus dem Register und übernehmen Sie ihr Profil.",
  "me.profileFirst":
    "Das Gemeindeprofil ist noch leer. Ergänzen Sie Themen und einen Kontakt, damit Städte im Ausland Sie finden.",
  "map.profilesOnly": "Nur Gemeinden mit Profil auf Spolu",
  "map.legend.municipalityRegister": "Gemeinde ohne Profil (amtliche Daten)",
  "matches.profilesOnly": "Nur Gemeinden mit Profil auf Spolu",
  "home.ctaDirectory": "Alle Gemeinden",
  "foreignPreview.title":
    "Sie sind eine Stadt im Ausland? Sehen Sie, welche tschechischen Gemeinden zu Ihnen passen",
  "foreignPreview.lead":
    "Sagen Sie uns, wer Sie sind, und wir ordnen alle 6.254 tschechischen Gemeinden nach ihrer Punktzahl. Gemeinden ohne Profil bewerten wir nach dem, was wir wissen (Größe, Lage, Region).",
  "foreignPreview.town": "Ihre Stadt",
  "foreignPreview.townHint":
    "Wählen Sie Ihre Stadt aus der Liste, und wir ergänzen Einwohnerzahl, Land und Lage; andernfalls geben Sie diese selbst ein.",
  "foreignPreview.country": "Land",
  "foreignPreview.topics": "Themen der Zusammenarbeit (ohne Auswahl: alle)",
  "foreignPreview.languages": "Sprachen, in denen Sie sich verständigen können",
  "foreignPreview.submit": "Gemeinden anzeigen",
  "foreignPreview.results": "Die besten von {count} tschechischen Gemeinden für Ihre Stadt",
  "foreignPreview.signup":
    "Registrieren Sie Ihre Stadt und veröffentlichen Sie eine Partnerschaftsanfrage",
  "foreignPreview.directory": "Alle Gemeinden ansehen",
  "openData.municipalitiesCsv":
    "Alle 6.254 Gemeinden nach den Filtern des Verzeichnisses als CSV (amtliche Daten, ob sie ein Profil auf Spolu haben, Anzahl der Partner, Quelle).",
  "openData.sourcesTitle": "Quellen und Lizenzen",
  "openData.sourcesLead":
    "Aus öffentlichen Registern übernommene Daten geben wir mit ihrer Quelle an, wie es deren Lizenzen verlangen:",
  "notifications.claim_verified":
    "Der Verband hat verifiziert, dass Sie für die Gemeinde {town} handeln.",
  "notifications.claim_rejected":
    "Der Verband hat Ihren Antrag für die Gemeinde {town} nicht bestätigt.",
  "notifications.claim_lost":
    "Nach Entscheidung des Verbands handelt nun ein anderes Konto für die Gemeinde {town}.",
  "field.claimConfirm": "Bestätigen Sie, dass Sie berechtigt sind, für die Gemeinde zu handeln.",
  "field.municipality": "Wählen Sie eine Gemeinde aus der Liste.",
  "profileStatus.none": "kein Profil",
  "register.attribution":
    "Gemeinden: © ČÚZK (RÚIAN, CC BY 4.0); Einwohnerzahlen: Tschechisches Statistikamt (ČSÚ), Stand 1. 1. 2025; IČO: Finanzministerium der Tschechischen Republik (MONITOR)",
};
