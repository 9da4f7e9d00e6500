// The German of ../cs/legal.ts.
import type { legalCs, legalTextsCs } from "../cs/legal";

export const legalDe: Record<keyof typeof legalCs, string> = {
  "privacy.title": "Datenschutz",
  "meta.privacy":
    "Welche personenbezogenen Daten Spolu verarbeitet, wozu, wer sie sieht, wie lange sie gespeichert werden, welche Rechte Sie haben. Nur notwendige Cookies.",
  "terms.title": "Nutzungsbedingungen",
  "meta.terms":
    "Nutzungsbedingungen von Spolu: wer sich registrieren darf, was veröffentlicht werden darf, wie Inhalte geprüft werden, offene Daten, Missbrauch melden.",
};

export const legalTextsDe: Record<keyof typeof legalTextsCs, string> = {
  "operator.name": "Betreiber",
  "operator.address": "Sitz",
  "operator.ico": "Identifikationsnummer (IČO)",
  "operator.email": "E-Mail",
  "operator.website": "Website",
  "operator.dpo": "Datenschutzbeauftragte(r)",
  "legal.updated": "Gültig ab {date}",

  "privacy.lead":
    "Diese Seite erklärt, welche personenbezogenen Daten Spolu verarbeitet, wozu und auf welcher Rechtsgrundlage, wer sie sieht, wie lange wir sie speichern und welche Rechte Sie haben (Art. 13 und 14 der Datenschutz-Grundverordnung, DSGVO).",
  "privacy.controllerTitle": "Wer Ihre Daten verarbeitet",
  "privacy.controller":
    "Verantwortlicher für Ihre personenbezogenen Daten ist der Betreiber von Spolu:",
  "privacy.contactUs":
    "Mit Fragen zu Ihren Daten und zur Ausübung Ihrer Rechte wenden Sie sich an {email}.",

  "privacy.dataTitle": "Welche Daten wir verarbeiten",
  "privacy.data.account":
    "Ihr Konto: Name, E-Mail-Adresse, die Gemeinde oder Stadt, für die Sie handeln, Ihre Rolle, die Sprache Ihrer E-Mails und Ihre Benachrichtigungseinstellungen. Ihr Passwort speichern wir nur als Einweg-Hash, nie in lesbarer Form.",
  "privacy.data.contact":
    "Die Kontaktperson einer Gemeinde oder einer Anfrage: Name, Funktion, E-Mail-Adresse und Telefonnummer. Diese Angaben sind nicht öffentlich.",
  "privacy.data.claim":
    "Ein Antrag auf Verwaltung der Seite einer Gemeinde: Ihre Funktion und Telefonnummer, damit die Mitarbeitenden des Betreibers prüfen können, dass Sie für die Gemeinde handeln.",
  "privacy.data.messages":
    "Interessensbekundungen, Nachrichten zwischen Gemeinden, die erfassten Schritte einer Partnerschaft und die Benachrichtigungen, die Spolu Ihnen geschickt hat, auch per E-Mail.",
  "privacy.data.history":
    "Der Änderungsverlauf: wer wann was gesendet, bearbeitet, genehmigt oder abgelehnt hat.",
  "privacy.data.technical":
    "Technische Daten: Ihre Anmeldungen (wann sie begonnen haben und mit welchem Browser) und Zähler von Versuchen zum Schutz vor Missbrauch, die eine IP- oder E-Mail-Adresse nur als Einweg-Hash speichern. Das Serverprotokoll enthält die Adresse der aufgerufenen Seite und die Antwort, nicht Ihre IP-Adresse.",

  "privacy.purposesTitle": "Wozu wir Daten verarbeiten und auf welcher Rechtsgrundlage",
  "privacy.purpose.service":
    "Führung Ihres Kontos und des Dienstes Spolu: Gemeindeprofil, Anfragen, Partnervorschläge, Interessensbekundungen, Nachrichten und Benachrichtigungen nach Ihren Einstellungen, einschließlich der E-Mails zur Bestätigung Ihrer Adresse und zum Zurücksetzen des Passworts.",
  "privacy.basis.contract":
    "Rechtsgrundlage: Vertragserfüllung, nämlich der Nutzungsbedingungen, die Sie bei der Registrierung annehmen (Art. 6 Abs. 1 lit. b DSGVO).",
  "privacy.purpose.moderation":
    "Prüfung von Inhalten vor der Veröffentlichung und vor der Weitergabe an die andere Seite, Prüfung, wer für eine Gemeinde handelt, Änderungsverlauf und Erfassung von Anfragen aus Meldungen der Städte, damit sich Gemeinden auf das verlassen können, was der Betreiber unter seinem Namen veröffentlicht.",
  "privacy.purpose.security":
    "Schutz vor Missbrauch: sichere Anmeldung und Begrenzung der Zahl der Versuche, sich anzumelden, zu registrieren, ein Passwort zurückzusetzen und Nachrichten zu senden.",
  "privacy.basis.interest":
    "Rechtsgrundlage: berechtigtes Interesse des Betreibers (Art. 6 Abs. 1 lit. f DSGVO).",
  "privacy.noAutomatedDecisions":
    "Der Übereinstimmungswert ist nur ein Vorschlag, der die Suche erleichtert. Spolu trifft keine automatisierten Entscheidungen über Personen: Ob Sie Kontakt aufnehmen und ob Sie eine Anfrage annehmen, entscheiden Menschen.",

  "privacy.recipientsTitle": "Wer Ihre Daten sieht",
  "privacy.recipients.public":
    "Die Öffentlichkeit sieht veröffentlichte Anfragen und Gemeindeprofile ohne Kontaktdaten. Kontaktperson, E-Mail-Adresse, Telefonnummer, Nachrichten und interne Notizen werden nie veröffentlicht, auch nicht in den offenen Daten.",
  "privacy.recipients.staff":
    "Die Mitarbeitenden des Betreibers sehen, was sie zur Prüfung von Inhalten und zur Unterstützung der Nutzer brauchen.",
  "privacy.recipients.partner":
    "Die andere Seite eines Kontakts: Eine Interessensbekundung prüfen zuerst die Mitarbeitenden des Betreibers und leiten sie dann weiter. Bis die andere Seite sie annimmt, sieht sie nur den Namen Ihrer Gemeinde oder Stadt und Ihre Nachricht. Kontaktperson, E-Mail-Adresse und Telefonnummer sehen beide Seiten erst nach der Annahme.",
  "privacy.recipients.processors":
    "Anbieter von Hosting und E-Mail-Versand, die auf Grundlage eines Auftragsverarbeitungsvertrags für den Betreiber tätig sind (Art. 28 DSGVO). Wir verkaufen keine Daten und nutzen sie nicht für Werbung.",
  "privacy.recipients.tiles":
    "Der Kartenhintergrund wird von {origin} geladen; Ihr Browser teilt diesem Server dabei seine IP-Adresse mit.",
  "privacy.recipients.authorities": "Behörden, nur soweit das Gesetz es verlangt.",

  "privacy.transfersTitle": "Übermittlung außerhalb der EU",
  "privacy.transfers":
    "Der Betreiber übermittelt keine personenbezogenen Daten in Länder außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums und nutzt keine Dienste, die sie dorthin senden würden. Die einzige Ausnahme ist, wenn Sie selbst eine Zusammenarbeit mit einer Stadt außerhalb von EU und EWR annehmen (zum Beispiel in der Ukraine): Deren Vertreter sieht dann Ihre Kontaktdaten, weil dies für die Erfüllung Ihres Anliegens erforderlich ist (Art. 49 Abs. 1 lit. b DSGVO).",

  "privacy.retentionTitle": "Wie lange wir Daten speichern",
  "privacy.retention.account":
    "Ihr Konto und die zugehörigen Daten speichern wir, bis Sie das Konto löschen. Inaktive Konten werden nicht automatisch gelöscht.",
  "privacy.retention.deletion":
    "Mit der Löschung des Kontos werden sofort Ihr Name, Ihre E-Mail-Adresse, Organisation und Ihr Passwort gelöscht, ebenso die Kontaktdaten in Ihrem Gemeindeprofil und Ihren Anfragen sowie Ihre Benachrichtigungen, E-Mails und Anmeldungen. In Nachrichten und Notizen, die der anderen Seite bleiben, werden Ihr Name, Ihre E-Mail-Adresse und Telefonnummer durch „[…]“ ersetzt.",
  "privacy.retention.kept":
    "Erhalten bleiben: das öffentliche Profil der Gemeinde und ihre Partnerschaften (sie gehören der Gemeinde), Ihre Anfragen als geschlossen (ihre Beschreibung ist öffentlicher Text der Stadt und wird nicht bearbeitet), bereits angenommene Kontakte für die andere Seite und der Änderungsverlauf, der statt Ihres Namens „gelöschtes Konto“ zeigt. Bereits an andere zugestellte E-Mails lassen sich nicht zurückholen.",
  "privacy.retention.offers":
    "Eine Anfrage ist nach Ablauf nicht mehr öffentlich, wird aber nicht gelöscht. Eine Interessensbekundung, auf die die andere Seite nicht antwortet, läuft nach {days} Tagen ab und bleibt im Verlauf beider Seiten.",
  "privacy.retention.session":
    "Eine Anmeldung gilt {days} Tage, sofern Sie sich nicht früher abmelden.",
  "privacy.retention.throttle":
    "Zähler von Versuchen werden gelöscht, sobald ihr Zeitraum abläuft: nach 15 Minuten bis 1 Stunde; der Hash einer Adresse, von der aus Sie sich erfolgreich anmelden, nach 90 Tagen.",

  "privacy.rightsTitle": "Ihre Rechte",
  "privacy.rights.access":
    "Auskunft und Datenübertragbarkeit (Art. 15 und 20 DSGVO): Nach der Anmeldung laden Sie alles, was Spolu über Sie speichert, als JSON-Datei herunter.",
  "privacy.rights.accessLink": "Meine Daten herunterladen",
  "privacy.rights.rectification":
    "Berichtigung (Art. 16): Gemeindeprofil und Anfragen bearbeiten Sie selbst; um die Berichtigung von Name, E-Mail-Adresse oder Organisation Ihres Kontos bitten Sie uns.",
  "privacy.rights.erasure":
    "Löschung (Art. 17): Ihr Konto löschen Sie selbst; was gelöscht wird und was bleibt, steht oben unter der Speicherdauer.",
  "privacy.rights.erasureLink": "Konto löschen",
  "privacy.rights.restriction":
    "Einschränkung und Widerspruch (Art. 18 und 21): Gegen eine Verarbeitung auf Grundlage berechtigten Interesses können Sie Widerspruch einlegen; schreiben Sie uns, wir prüfen ihn.",
  "privacy.rights.answer": "Wir antworten unverzüglich, spätestens innerhalb eines Monats.",
  "privacy.rights.complaint":
    "Sie haben außerdem das Recht auf Beschwerde bei einer Aufsichtsbehörde: in Tschechien beim Amt für den Schutz personenbezogener Daten (ÚOOÚ), Pplk. Sochora 27, 170 00 Praha 7; Sie können sich auch an die Behörde des EU-Staates wenden, in dem Sie leben oder arbeiten.",
  "privacy.rights.complaintLink": "www.uoou.gov.cz",

  "privacy.cookiesTitle": "Cookies",
  "privacy.cookies":
    "Spolu speichert nur Cookies, die für den Betrieb der Seiten notwendig sind, und fragt deshalb nicht nach Einwilligung (§ 89 Abs. 3 des tschechischen Gesetzes Nr. 127/2005 Slg. über elektronische Kommunikation). Wir verwenden keine Analyse-, Werbe- oder Drittanbieter-Cookies und verfolgen Sie nicht.",
  "privacy.cookiesCaption": "Cookies, die Spolu speichert",
  "privacy.cookieName": "Name",
  "privacy.cookiePurpose": "Zweck",
  "privacy.cookieDuration": "Gültigkeit",
  "privacy.cookie.session": "Anmeldung (nur wenn Sie sich anmelden)",
  "privacy.cookie.sessionDuration": "{days} Tage oder bis zur Abmeldung",
  "privacy.cookie.lang": "Die gewählte Sprache der Seiten",
  "privacy.cookie.langDuration": "1 Jahr",
  "privacy.cookie.toast": "Eine einmalige Bestätigung nach einer Aktion, etwa „Gespeichert“",
  "privacy.cookie.toastDuration": "Bis die Bestätigung angezeigt wird",

  "privacy.changesTitle": "Änderungen",
  "privacy.changes":
    "Wenn sich ändert, was Spolu mit personenbezogenen Daten tut, passen wir diese Seite an. Die gültige Fassung steht immer hier.",

  "terms.lead":
    "Die Regeln für alle, die Spolu nutzen: wer sich registrieren darf, was veröffentlicht werden darf, wie der Betreiber Inhalte prüft und wofür er nicht haftet.",
  "terms.operatorTitle": "Betreiber",
  "terms.operator": "Spolu wird betrieben von:",
  "terms.acceptance":
    "Mit der Registrierung nehmen Sie diese Bedingungen an. Die öffentlichen Seiten kann jede Person ohne Registrierung ansehen. Spolu ist kostenlos.",

  "terms.whoTitle": "Wer Spolu nutzen darf",
  "terms.who.visitors":
    "Anfragen, Karte, Verzeichnis der Gemeinden, Partnerschaftsregister und offene Daten kann jede Person ohne Registrierung ansehen.",
  "terms.who.mayors":
    "Ein Konto für eine tschechische Gemeinde darf nur eröffnen, wer berechtigt ist, für die Gemeinde zu handeln, oder von ihr beauftragt wurde, zum Beispiel der Bürgermeister, sein Stellvertreter, der Gemeindesekretär oder Mitarbeitende des Gemeindeamts. Jede Gemeinde wird von einem Konto verwaltet; die Mitarbeitenden des Betreibers prüfen, dass Sie tatsächlich für die Gemeinde handeln.",
  "terms.who.foreign":
    "Ein Konto für eine Stadt im Ausland darf ein Vertreter ihrer Selbstverwaltung eröffnen oder eine von ihr beauftragte Person.",
  "terms.who.account":
    "Die Angaben bei der Registrierung müssen wahr sein. Ein Konto ist persönlich: Geben Sie Ihr Passwort nicht weiter, und setzen Sie es bei Verdacht auf Missbrauch zurück und informieren Sie uns.",

  "terms.contentTitle": "Was Profile, Anfragen und Nachrichten erfüllen müssen",
  "terms.content.true":
    "Sie beschreiben die Gemeinde oder Stadt und ihr tatsächliches Interesse an einer Partnerschaft wahrheitsgemäß.",
  "terms.content.purpose":
    "Sie dienen der Zusammenarbeit von Gemeinden und Städten: Sie sind keine Werbung, kein kommerzielles Angebot, keine politische Kampagne und kein Spendenaufruf.",
  "terms.content.lawful":
    "Sie enthalten nichts Rechtswidriges, Beleidigendes oder Hetzerisches und verletzen keine Rechte anderer, auch keine Urheberrechte.",
  "terms.content.contact":
    "Kontaktdaten gehören nur in die dafür vorgesehenen Felder, wo sie nicht öffentlich sind, nicht in eine öffentliche Beschreibung. Personenbezogene Daten anderer geben Sie nur mit deren Wissen an.",

  "terms.moderationTitle": "Prüfung von Inhalten",
  "terms.moderation.offers":
    "Die Mitarbeitenden des Betreibers veröffentlichen eine Anfrage erst nach Prüfung; jede Änderung einer veröffentlichten Anfrage wird erneut geprüft. Eine Anfrage gilt bis zum gewählten Datum und kann verlängert werden.",
  "terms.moderation.profiles":
    "Ein Gemeindeprofil ist sofort sichtbar, aber als nicht geprüft gekennzeichnet, bis die Mitarbeitenden des Betreibers es genehmigen.",
  "terms.moderation.contacts":
    "Eine Interessensbekundung prüfen die Mitarbeitenden des Betreibers, bevor sie sie an die andere Seite weiterleiten; sie dürfen Kontaktdaten daraus entfernen oder sie mit Begründung ablehnen.",
  "terms.moderation.decisions":
    "Inhalte, die gegen diese Bedingungen verstoßen, kann der Betreiber zur Überarbeitung zurückgeben, ablehnen oder ausblenden; bei schweren oder wiederholten Verstößen kann er den Zugang zum Konto beenden. Jede Entscheidung wird mit ihrer Begründung festgehalten.",

  "terms.contactsTitle": "Kontakte zwischen Gemeinden",
  "terms.contacts.flow":
    "Gemeinden und Städte nehmen über eine Interessensbekundung in Spolu Kontakt auf. Die Kontaktdaten der anderen Seite sehen Sie, sobald sie Ihre Interessensbekundung annimmt (oder Sie ihre). Eine Interessensbekundung ohne Antwort läuft nach {days} Tagen ab.",
  "terms.contacts.limit":
    "Eine Anfrage nimmt höchstens {limit} offene Interessensbekundungen gleichzeitig an; danach wird sie als voll gekennzeichnet.",
  "terms.contacts.use":
    "Verwenden Sie die Kontaktdaten, die Spolu Ihnen zeigt, nur für Gespräche über die Zusammenarbeit, nicht für unerwünschte Zusendungen.",

  "terms.openDataTitle": "Offene Daten",
  "terms.openData":
    "Veröffentlichte Anfragen, öffentliche Gemeindeprofile, das Partnerschaftsregister und die Übersicht der Förderungen stehen über API, CSV, iCalendar und einen Atom-Feed frei zur Weiterverwendung bereit, ohne Registrierung. Geben Sie bei der Weiterverwendung die Quelle „Spolu, {operator}“ an.",
  "terms.openDataSources":
    "Daten aus anderen Quellen unterliegen deren Lizenzen; behalten Sie die Quellenangaben bei, die diese Lizenzen verlangen:",
  "terms.openDataPrivate":
    "Offene Daten enthalten nie Kontaktdaten, Nachrichten oder interne Notizen.",

  "terms.warrantyTitle": "Keine Gewähr",
  "terms.warranty.score":
    "Der Übereinstimmungswert und seine Begründung sind Vorschläge, berechnet aus den Angaben der Gemeinden und Städte und aus öffentlichen Registern. Sie garantieren weder, dass eine Partnerschaft zustande kommt, noch dass die andere Seite antwortet.",
  "terms.warranty.content":
    "Für den Inhalt von Profilen, Anfragen und Nachrichten sind diejenigen verantwortlich, die sie verfasst haben. Partnerschaften aus öffentlichen Listen sind ungeprüft, bis die Gemeinde sie bestätigt.",
  "terms.warranty.agreements":
    "Der Betreiber ist nicht Partei von Vereinbarungen zwischen Gemeinden und Städten und haftet nicht für deren Erfüllung.",
  "terms.warranty.service":
    "Spolu wird kostenlos und so, wie es ist, bereitgestellt und kann vorübergehend nicht erreichbar sein. Der Betreiber haftet für Schäden nur in dem Umfang, in dem die Haftung gesetzlich nicht ausgeschlossen werden kann.",

  "terms.abuseTitle": "Missbrauch melden",
  "terms.abuse":
    "Wenn Sie auf eine falsche Anfrage, eine unangemessene Nachricht oder ein missbrauchtes Konto stoßen, schreiben Sie an {email} und fügen Sie einen Link zur Seite bei. Die Mitarbeitenden des Betreibers prüfen die Sache und teilen Ihnen ihre Entscheidung mit.",

  "terms.endTitle": "Konto löschen",
  "terms.end":
    "Sie können Ihr Konto jederzeit selbst löschen. Was dabei gelöscht wird und was bleibt, beschreibt die Seite:",

  "terms.lawTitle": "Änderungen der Bedingungen und anwendbares Recht",
  "terms.law":
    "Diese Bedingungen unterliegen dem Recht der Tschechischen Republik; über Streitigkeiten daraus entscheiden tschechische Gerichte. Änderungen der Bedingungen kündigen wir vorab auf dieser Seite an; mit der weiteren Nutzung von Spolu nehmen Sie sie an.",
};
