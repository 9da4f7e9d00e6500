// The German of ../cs/registry.ts.
import type { registryCs } from "../cs/registry";

export const registryDe: Record<keyof typeof registryCs, string> = {
  "registry.intro":
    "Partnerschaften tschechischer Gemeinden mit Städten im Ausland: übernommen aus öffentlichen Listen (nicht verifiziert, bis die Gemeinde oder der Verband sie bestätigt), von Gemeinden eingetragen und über Spolu geschlossen.",
  "registry.country": "Land des Partners",
  "registry.anyCountry": "Alle Länder",
  "registry.kraj": "Region der Gemeinde",
  "registry.anyKraj": "Alle Regionen",
  "registry.verified": "Verifizierung",
  "registry.verifiedAny": "Verifiziert und nicht verifiziert",
  "registry.verifiedYes": "Nur verifizierte",
  "registry.verifiedNo": "Nur nicht verifizierte (aus öffentlichen Listen)",
  "registry.count": "Partnerschaften: {count}",
  "registry.emptyFiltered":
    "Keine Partnerschaft entspricht diesen Filtern. Versuchen Sie andere oder setzen Sie sie zurück.",
  "registry.csv": "CSV herunterladen",
  "registry.api": "API und Datenbeschreibung",
  "registry.attribution":
    "Bestehende Partnerschaften: Listen der Partnerstädte in der Wikipedia (CC BY-SA), nicht verifiziert, bis die Gemeinde sie bestätigt.",
  "registry.badge.unverified": "nicht verifiziert",
  "registry.badge.municipality": "von der Gemeinde bestätigt",
  "registry.badge.union": "vom Verband verifiziert",
  "registry.profileHint":
    "Partnerstädte werden nicht im Profil eingetragen: Sie finden sie im Partnerschaftsregister auf der Seite Ihrer Gemeinde, wo Sie sie bestätigen, korrigieren oder ergänzen.",
  "registry.manage": "Partnerschaften bestätigen, korrigieren oder ergänzen",
  "registry.afterVerification":
    "Sie können die Partnerschaften der Gemeinde bestätigen, korrigieren und ergänzen, sobald der Verband verifiziert hat, dass Sie die Gemeinde vertreten.",
  "registry.manageTitle": "Partnerschaften der Gemeinde {name}",
  "registry.manageLead":
    "Einträge aus öffentlichen Listen sind nicht verifiziert: Bestätigen Sie die zutreffenden, korrigieren Sie Jahr und Status, entfernen Sie die nicht zutreffenden und ergänzen Sie fehlende. Jede Änderung wird im Verlauf festgehalten.",
  "registry.manageLeadStaff":
    "Als Verband können Sie Einträge im Namen der Gemeinde bestätigen, korrigieren, entfernen und ergänzen; im Verlauf werden sie als Änderungen des Verbands festgehalten.",
  "registry.rows": "Eingetragene Partnerschaften ({count})",
  "registry.noRows":
    "Spolu kennt für diese Gemeinde noch keine Partnerschaft. Ergänzen Sie sie unten.",
  "registry.yearUnknown": "Gründungsjahr unbekannt",
  "registry.state": "Status",
  "registry.state.active": "aktiv",
  "registry.state.dormant": "ruhend",
  "registry.confirmedOn": "bestätigt am {date}",
  "registry.confirm": "Partnerschaft mit {town} bestätigen",
  "registry.correct": "Jahr oder Status korrigieren",
  "registry.sinceHint":
    "Vierstellige Jahreszahl zwischen {first} und {last}; falls unbekannt, leer lassen.",
  "registry.saveCorrection": "Korrektur speichern",
  "registry.remove": "Entfernen",
  "registry.removeWarning":
    "Die Partnerschaft mit {town} verschwindet von den Seiten von Spolu, von der Karte und aus den offenen Daten; im Verlauf bleibt sie erhalten, und ein späterer Import der Listen stellt sie nicht wieder her.",
  "registry.removeReason": "Begründung (optional, sichtbar für den Verband und im Verlauf)",
  "registry.removeConfirm": "Ja, {town} entfernen",
  "registry.add": "Fehlende Partnerschaft ergänzen",
  "registry.addHint":
    "Eine Stadt im Ausland, mit der die Gemeinde eine Partnerschaft hat und die in der Liste fehlt.",
  "registry.addSubmit": "Partnerschaft hinzufügen",
  "registry.done.confirm": "Partnerschaft bestätigt.",
  "registry.done.correct": "Korrektur gespeichert.",
  "registry.done.remove": "Partnerschaft entfernt.",
  "registry.done.add": "Partnerschaft hinzugefügt.",
  "registry.error.duplicate": "Diese Stadt ist bereits als Partner der Gemeinde eingetragen.",
  "registry.error.notFound":
    "Diese Partnerschaft ist nicht mehr im Register (vielleicht hat sie inzwischen jemand entfernt). Die Seite zeigt den aktuellen Stand.",
  "registry.error.unknownAction":
    "Unbekannte Aktion. Laden Sie die Seite neu und versuchen Sie es erneut.",
  "registry.history.confirmed": "bestätigt",
  "registry.history.corrected": "korrigiert",
  "registry.history.removed": "entfernt",
  "registry.history.added": "hinzugefügt",
  "registry.history.activity": "Aktivität erfasst",
  "registry.history.create": "über Spolu geschlossen",
  "registry.history.dormant": "als ruhend gekennzeichnet",
  "registry.history.other": "Änderung",
  "registry.by.municipality": "Gemeinde",
  "registry.by.union": "Verband",
  "registry.by.foreign": "Partnerstadt",
  "partnerships.source.public_list": "aus öffentlichen Listen",
  "openData.apiPartnerships":
    "Register der Partnerschaften tschechischer Gemeinden mit Städten im Ausland; Filter country, kraj, verified (1/0). Einträge aus öffentlichen Listen tragen ihre Quelle und die Lizenz CC BY-SA.",
  "openData.partnershipsCsv": "Dasselbe als CSV, mit denselben Filtern.",
};
