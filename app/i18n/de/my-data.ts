// The German of ../cs/my-data.ts.
import type { myDataCs } from "../cs/my-data";

export const myDataDe: Record<keyof typeof myDataCs, string> = {
  "myData.title": "Ihre Daten",
  "myData.lead":
    "Laden Sie alles, was Spolu über Sie speichert, in einer einzigen JSON-Datei herunter, oder löschen Sie Ihr Konto.",
  "myData.download": "Meine Daten herunterladen (JSON)",
  "myData.deleteLink": "Konto löschen",

  "myData.export.about":
    "Alles, was Spolu, die Plattform des Verbands der Städte und Gemeinden der Tschechischen Republik, zum Zeitpunkt des Exports über Ihr Konto speichert: das Konto, angemeldete Geräte, das Gemeindeprofil oder die Anfragen, die Sie verwalten (einschließlich Kontaktdaten), Interessensbekundungen, an denen Sie beteiligt sind, Partnerschaften, Benachrichtigungen, die E-Mails, die wir Ihnen gesendet haben, und die Aufzeichnungen Ihrer Schritte.",
  "myData.export.password":
    "Ihr Passwort speichern wir nur als Einweg-Hash (bcrypt); das Passwort selbst kennen wir nicht, und der Hash ist nicht Teil des Exports.",
  "myData.export.secrets":
    "Sitzungskennungen und Einmal-Links (E-Mail-Bestätigung, Zurücksetzen des Passworts) sind Schlüssel zum Konto: Der Export gibt nur an, dass sie existieren, nicht sie selbst.",
  "myData.export.contacts":
    "Interessensbekundungen erscheinen so, wie Sie sie auf ihrer Seite sehen: die Kontaktdaten der anderen Seite erst ab dem Zeitpunkt, zu dem die Interessensbekundung angenommen wurde.",
  "myData.export.staffNotes":
    "Die Mitarbeitenden des Verbands führen interne Notizen zu Ihrer Gemeinde, Ihren Anfragen oder Interessensbekundungen ({count}). Sie sind nicht Teil des Exports; ihren Wortlaut können Sie beim Verband der Städte und Gemeinden der Tschechischen Republik anfordern.",
  "myData.export.staffNotesNone":
    "Der Verband führt keine internen Notizen zu Ihrer Gemeinde, Ihren Anfragen oder Interessensbekundungen.",
  "myData.export.staffNotesStaff":
    "Die internen Notizen, die Sie verfasst haben, bleiben bei den Gemeinden und Anfragen, auf die sie sich beziehen; sie sind nicht Teil des Exports.",

  "myData.delete.title": "Konto löschen",
  "myData.delete.lead":
    "Das Löschen kann nicht rückgängig gemacht werden. Bevor Sie fortfahren, können Sie Ihre Daten herunterladen.",
  "myData.delete.erasedTitle": "Was wir löschen",
  "myData.delete.erasedAccount":
    "Ihren Namen, Ihre E-Mail-Adresse, Ihr Passwort, Ihre Sprache und Ihre E-Mail-Einstellungen; Ihre Anmeldungen auf allen Geräten, Ihre Benachrichtigungen und die an Sie gerichteten E-Mails.",
  "myData.delete.erasedMunicipality":
    "Kontaktperson, Funktion, E-Mail-Adresse und Telefonnummer im Profil der Gemeinde {name}. Das öffentliche Gemeindeprofil bleibt bestehen: Es gehört der Gemeinde, nicht Ihnen. Interessensbekundungen an die Gemeinde beantwortet danach der Verband.",
  "myData.delete.erasedOffers":
    "Kontaktperson, E-Mail-Adresse und Telefonnummer in allen Ihren Anfragen.",
  "myData.delete.offersTitle": "Anfragen, die wir schließen",
  "myData.delete.offersNone": "Sie haben keine offene Anfrage.",
  "myData.delete.offersCaption": "Anfragen, die mit dem Löschen des Kontos geschlossen werden",
  "myData.delete.town": "Stadt",
  "myData.delete.status": "Aktueller Status",
  "myData.delete.contactsTitle": "Interessensbekundungen",
  "myData.delete.contactsOpen":
    "Offene Interessensbekundungen ({count}) beenden wir: Die von Ihnen gesendeten ziehen wir zurück, die übrigen lehnen wir ab oder ziehen sie zurück. Die andere Seite wird benachrichtigt, damit niemand vergeblich wartet.",
  "myData.delete.contactsActive":
    "Angenommene Interessensbekundungen und laufende Partnerschaftsverhandlungen ({count}) bleiben den Gemeinden erhalten; für Ihre Seite handelt darin künftig der Verband.",
  "myData.delete.contactsNone": "Sie sind an keiner offenen Interessensbekundung beteiligt.",
  "myData.delete.keptTitle": "Was ohne Ihren Namen erhalten bleibt",
  "myData.delete.kept":
    "Der Verlauf der Schritte (wer was wann freigegeben, gesendet oder abgelehnt hat) bleibt zur Nachvollziehbarkeit erhalten, zeigt an Ihrer Stelle aber „gelöschtes Konto“. Nachrichten in Verläufen bleiben der anderen Seite erhalten; Ihren Namen, Ihre E-Mail-Adresse und Telefonnummer entfernen wir daraus.",
  "myData.delete.formTitle": "Bestätigung",
  "myData.delete.password": "Ihr aktuelles Passwort",
  "myData.delete.confirm":
    "Mir ist bewusst, dass das Löschen des Kontos nicht rückgängig gemacht werden kann.",
  "myData.delete.submit": "Konto endgültig löschen",
  "myData.delete.cancel": "Zurück zu „Mein Konto“",
  "myData.delete.passwordWrong": "Das Passwort ist nicht korrekt.",
  "myData.delete.confirmRequired":
    "Bitte bestätigen Sie, dass Ihnen bewusst ist, dass das Löschen nicht rückgängig gemacht werden kann.",
  "myData.delete.lastStaff":
    "Sie sind die letzte Person mit einem Mitarbeiterkonto des Verbands. Bevor Sie Ihr Konto löschen, legen Sie im Bereich „Verwaltung“ ein Konto für eine Kollegin oder einen Kollegen an – sonst könnte niemand mehr Anfragen freigeben oder Konten anlegen.",
  "myData.delete.demo":
    "Demokonten werden von allen geteilt, die Spolu ausprobieren, und können daher nicht gelöscht werden.",
  "myData.delete.tooMany": "Zu viele Versuche. Bitte versuchen Sie es in Kürze erneut.",
  "myData.delete.done":
    "Ihr Konto wurde gelöscht, und Sie sind abgemeldet. Vielen Dank, dass Sie Spolu genutzt haben.",

  "history.action.owner_deleted": "Die Vertretung der Gemeinde hat ihr Konto gelöscht",
  "history.action.account_deleted": "Konto gelöscht",
  "history.deletedAccount": "gelöschtes Konto",
};
