// The German of ../cs/contacts.ts.
import type { contactsCs } from "../cs/contacts";

export const contactsDe: Record<keyof typeof contactsCs, string> = {
  "status.pending_review": "Wartet auf Prüfung durch den Verband",
  "status.forwarded": "Weitergeleitet, wartet auf Antwort",
  "status.info_requested": "Weitere Angaben erbeten",
  "status.accepted": "Angenommen",
  "status.declined": "Abgelehnt",
  "status.in_contact": "In Kontakt",
  "status.council_approved": "Vom Gemeinderat beschlossen",
  "status.agreement_signed": "Vereinbarung unterzeichnet",
  "status.withdrawn": "Zurückgezogen",
  "status.rejected_by_staff": "Vom Verband nicht weitergeleitet",

  "history.action.create": "Interessensbekundung gesendet",
  "history.action.introduce": "Der Verband hat eine Vermittlung vorgeschlagen",
  "history.action.forward": "An die andere Seite weitergeleitet",
  "history.action.edit": "Der Verband hat die Nachricht bearbeitet",
  "history.action.accept": "Angenommen",
  "history.action.accept_side": "Eine Seite hat die Vermittlung angenommen",
  "history.action.decline": "Abgelehnt",
  "history.action.request_info": "Weitere Angaben erbeten",
  "history.action.answer": "Angaben ergänzt",
  "history.action.withdraw": "Zurückgezogen",
  "history.action.in_contact": "Erster Kontakt hergestellt",
  "history.action.council_approved": "Vom Gemeinderat beschlossen",
  "history.action.agreement_signed": "Vereinbarung unterzeichnet",
  "history.action.activity": "Aktivität erfasst",
  "history.action.dormant": "Als ruhend gekennzeichnet",
  "history.action.message": "Nachricht im Verlauf",
  "history.action.mutual_interest": "Auch die andere Seite hat Interesse bekundet",

  "contacts.title": "Kontakte",
  "contacts.intro":
    "Interessensbekundungen zwischen tschechischen Gemeinden und Städten im Ausland. Die Kontaktdaten der anderen Seite sehen Sie, sobald diese die Interessensbekundung annimmt.",
  "contacts.filter.label": "Anzeigen",
  "contacts.filter.all": "Alle",
  "contacts.filter.open": "In Bearbeitung",
  "contacts.filter.active": "Angenommen",
  "contacts.filter.closed": "Abgeschlossen",
  "contacts.filter.review": "Zur Prüfung",
  "contacts.filter.relay": "Für Städte ohne Konto",
  "contacts.empty": "Noch keine Kontakte.",
  "contacts.emptyHintMayor":
    "Eine Interessensbekundung senden Sie von der Seite einer Anfrage oder aus Ihren Treffern.",
  "contacts.emptyHintForeign":
    "Eine Interessensbekundung an eine tschechische Gemeinde senden Sie aus den Treffern Ihrer Anfrage.",
  "contacts.direction.sent": "Gesendet",
  "contacts.direction.received": "Empfangen",
  "contacts.direction.introduction": "Vermittlung durch den Verband",
  "contacts.updated": "geändert {date}",
  "contacts.waitingSince": "wartet seit {date}",
  "contacts.pair": "{municipality} ↔ {town}",
  "contacts.noAccount": "ohne Konto (der Verband antwortet)",

  "contact.new.title": "Interesse bekunden",
  "contact.new.introTitle": "Vermittlung vorschlagen",
  "contact.new.lead":
    "Der Verband prüft Ihre Nachricht und leitet sie an die andere Seite weiter. Die Kontaktdaten werden ausgetauscht, sobald die andere Seite die Interessensbekundung annimmt.",
  "contact.new.introLead":
    "Beide Seiten erhalten eine Einladung und nehmen sie jeweils an oder lehnen sie ab. Wenn beide annehmen, können sie direkt miteinander sprechen.",
  "contact.new.offer": "Ihre Anfrage",
  "contact.new.topics": "Gemeinsame Themen, über die Sie sprechen möchten",
  "contact.new.topicsHint": "Wählen Sie mindestens ein Thema, das beide Seiten haben.",
  "contact.new.message": "Nachricht",
  "contact.new.messageHint":
    "Warum gerade Sie und was Sie gemeinsam vorhaben. Höchstens 2.000 Zeichen. Bitte keine E-Mail-Adresse und keine Telefonnummer: Diese werden nach der Annahme ausgetauscht.",
  "contact.new.note": "Hinweis für beide Seiten",
  "contact.new.submit": "Interessensbekundung senden",
  "contact.new.submitIntro": "Vermittlung vorschlagen",
  "contact.new.sent":
    "Ihre Interessensbekundung wurde gesendet. Der Verband prüft sie und leitet sie weiter.",
  "contact.new.introduced": "Die Vermittlung ist vorgeschlagen; beide Seiten wurden eingeladen.",
  "contact.new.full":
    "Zu dieser Anfrage {count, plural, one {läuft derzeit # Interessensbekundung} other {laufen derzeit # Interessensbekundungen}}; sie nimmt vorerst keine neuen an, damit die Stadt nicht überlastet wird. Bitte versuchen Sie es später erneut.",
  "contact.new.live": "Mit dieser Seite stehen Sie bereits in Kontakt.",
  "contact.new.liveLink": "Kontakt öffnen",
  "contact.new.noShared":
    "Die beiden Seiten haben kein gemeinsames Thema, daher kann keine Interessensbekundung gesendet werden. Ergänzen Sie Themen in Ihrem Profil oder wählen Sie eine andere Anfrage.",
  "contact.new.noProfile":
    "Füllen Sie zuerst das Profil Ihrer Gemeinde aus, damit der Verband es freigeben kann.",
  "contact.new.noOffers":
    "Sie haben keine veröffentlichte Anfrage, von der aus Sie schreiben könnten.",
  "contact.new.closed": "Diese Anfrage ist nicht mehr veröffentlicht.",
  "contact.new.notVisible": "Das Profil dieser Gemeinde ist nicht veröffentlicht.",
  "contact.new.unverified":
    "Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse (wir haben Ihnen einen Link gesendet); danach können Sie schreiben.",
  "contact.new.choose": "Wählen Sie eine Anfrage oder eine Gemeinde aus Ihren Treffern.",

  "contact.error.not_found": "Der Kontakt oder eine der Seiten existiert nicht.",
  "contact.error.forbidden": "Dieser Schritt steht Ihnen nicht zu.",
  "contact.error.wrong_state":
    "Dieser Schritt ist in diesem Status nicht mehr möglich. Die Seite zeigt den aktuellen Stand.",
  "contact.error.text_required": "Bitte geben Sie einen Text ein.",
  "contact.error.too_long": "Der Text ist länger als 2.000 Zeichen.",
  "contact.error.topics_required": "Wählen Sie mindestens ein gemeinsames Thema.",
  "contact.error.topic_not_shared": "Das gewählte Thema haben nicht beide Seiten gemeinsam.",
  "contact.error.offer_not_open": "Diese Anfrage ist nicht mehr veröffentlicht.",
  "contact.error.municipality_not_visible": "Das Profil dieser Gemeinde ist nicht veröffentlicht.",
  "contact.error.offer_full":
    "Diese Anfrage nimmt derzeit keine neuen Interessensbekundungen an (Höchstzahl erreicht).",
  "contact.error.already_open": "Mit dieser Seite stehen Sie bereits in Kontakt.",
  "contact.error.unverified": "Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse.",
  "contact.error.bad_date": "Geben Sie ein gültiges Datum ein, spätestens das heutige.",
  "contact.error.stage_before_previous":
    "Das Datum darf nicht vor dem Datum des vorherigen Schritts liegen.",
  "contact.error.side_required": "Wählen Sie, für welche Seite Sie antworten.",
  "contact.error.rate_limited":
    "Sie haben in der letzten Stunde sehr viel gesendet. Bitte versuchen Sie es später erneut.",

  "contact.title": "{municipality} ↔ {town}",
  "contact.state": "Status",
  "contact.from": "Von",
  "contact.to": "An",
  "contact.introducedBy": "Vermittlung vorgeschlagen vom Verband",
  "contact.topics": "Themen",
  "contact.message": "Nachricht",
  "contact.note": "Hinweis des Verbands",
  "contact.reason": "Begründung",
  "contact.answers": "Antworten auf die Vermittlung",
  "contact.answer.pending": "noch keine Antwort",
  "contact.answer.accepted": "angenommen",
  "contact.answer.declined": "abgelehnt",
  "contact.explain.sender.pending_review":
    "Der Verband prüft Ihre Nachricht, in der Regel innerhalb von zwei Arbeitstagen.",
  "contact.explain.sender.forwarded":
    "Ihre Nachricht liegt bei der anderen Seite. Sie hat 30 Tage Zeit für eine Antwort.",
  "contact.explain.sender.info_requested": "Die andere Seite hat eine Frage. Antworten Sie unten.",
  "contact.explain.recipient.forwarded":
    "Nehmen Sie an, lehnen Sie ab oder stellen Sie eine Frage. Sie haben ab der Weiterleitung 30 Tage Zeit für eine Antwort.",
  "contact.explain.recipient.info_requested": "Sie warten auf weitere Angaben der anderen Seite.",
  "contact.explain.revealed": "Beide Seiten sind sich einig: Beide sehen die Kontaktdaten.",
  "contact.explain.closed": "Dieser Kontakt ist abgeschlossen.",
  "contact.privacy":
    "Kontaktperson, E-Mail-Adresse und Telefonnummer der anderen Seite werden angezeigt, sobald diese die Interessensbekundung annimmt.",
  "contact.details": "Kontaktdaten",
  "contact.details.person": "Kontaktperson",
  "contact.details.email": "E-Mail",
  "contact.details.phone": "Telefon",
  "contact.details.none": "nicht angegeben",
  "contact.relay":
    "{side} hat kein Konto auf Spolu: Der Verband leitet die Nachricht weiter und erfasst die Antwort für diese Seite.",
  "contact.warnPrivate":
    "Die Nachricht enthält offenbar eine E-Mail-Adresse oder Telefonnummer. Erwägen Sie, sie vor der Weiterleitung zu bearbeiten: Kontaktdaten sollen erst nach der Annahme ausgetauscht werden.",
  "contact.actions": "Was Sie tun können",
  "contact.action.forward": "An die andere Seite weiterleiten",
  "contact.action.reject": "Nicht weiterleiten (mit Begründung)",
  "contact.action.edit": "Bearbeitete Nachricht speichern",
  "contact.action.accept": "Annehmen",
  "contact.action.decline": "Ablehnen",
  "contact.action.request_info": "Frage stellen",
  "contact.action.answer": "Angaben senden",
  "contact.action.withdraw": "Interessensbekundung zurückziehen",
  "contact.action.in_contact": "Erfassen: erster Kontakt hergestellt",
  "contact.action.council_approved": "Erfassen: vom Gemeinderat beschlossen",
  "contact.action.agreement_signed": "Erfassen: Vereinbarung unterzeichnet",
  "contact.field.reason": "Begründung (für den Absender sichtbar)",
  "contact.field.declineReason": "Begründung (optional, für den Absender sichtbar)",
  "contact.field.question": "Was möchten Sie fragen?",
  "contact.field.answer": "Ihre Angaben",
  "contact.field.editMessage": "Nachricht nach der Bearbeitung",
  "contact.field.side": "Antwort für",
  "contact.field.date": "Datum",
  "contact.field.stageNote": "Anmerkung (optional)",
  "contact.confirm.withdraw":
    "Interessensbekundung wirklich zurückziehen? Die andere Seite wird darüber informiert, und dies kann nicht rückgängig gemacht werden.",
  "contact.confirm.decline":
    "Wirklich ablehnen? Die Entscheidung kann nicht rückgängig gemacht werden.",
  "contact.done": "Erledigt: {status}.",
  "contact.thread": "Nachrichten",
  "contact.thread.empty": "Noch keine Nachrichten.",
  "contact.thread.closedNote":
    "Freie Nachrichten sind möglich, sobald die andere Seite die Interessensbekundung angenommen hat.",
  "contact.thread.kind.info_request": "Frage",
  "contact.thread.kind.info_answer": "Ergänzung",
  "contact.thread.kind.message": "Nachricht",
  "contact.thread.new": "Neue Nachricht",
  "contact.thread.send": "Nachricht senden",
  "contact.thread.sent": "Nachricht gesendet.",
  "contact.stages": "Der Weg zur Partnerschaft",
  "contact.stages.hint":
    "Erfassen Sie die Schritte mit Datum: erster Kontakt, Beschluss des Gemeinderats, Unterzeichnung der Vereinbarung. Den Gemeinderatsbeschluss und die Unterzeichnung schlägt eine Seite vor, die andere Seite (oder der Verband) bestätigt sie; eine bestätigte Unterzeichnung legt die Partnerschaft auf der Karte an.",
  "contact.stage.in_contact": "Erster Kontakt hergestellt",
  "contact.stage.council_approved": "Vom Gemeinderat beschlossen",
  "contact.stage.agreement_signed": "Vereinbarung unterzeichnet",
  "contact.stage.pending": "noch nicht",
  "contact.partnership": "Die Partnerschaft ist geschlossen und auf der Karte zu sehen.",
  "contact.partnershipDormant": "Die Partnerschaft ruht seit {date} (12 Monate ohne Aktivität).",
  "contact.timeline": "Verlauf",

  "response.title": "Antwortverhalten",
  "response.none": "Noch keine weitergeleiteten Interessensbekundungen.",
  "response.rate": "Beantwortet {rate} % der Interessensbekundungen",
  "response.median": "meist innerhalb von {days, plural, one {# Tag} other {# Tagen}}",
  "response.medianSameDay": "meist am selben Tag",
  "response.counts": "({answered} von {received})",
  "response.waiting": "Noch keine Antwort auf {received} Interessensbekundungen.",

  "cta.interest": "Interesse bekunden",
  "cta.interestSent": "Kontakt: {status}",
  "cta.full":
    "Diese Anfrage nimmt derzeit keine neuen Interessensbekundungen an ({count} in Bearbeitung).",
  "cta.introduce": "Vermittlung vorschlagen",
  "interest.visitorTitle": "Interesse an einer Partnerschaft?",
  "interest.visitorOffer":
    "Eine tschechische Gemeinde schreibt {town} über Spolu. Melden Sie sich mit dem Konto Ihrer Gemeinde an oder registrieren Sie sie: Danach kehren Sie direkt hierher zurück und schreiben Ihre Nachricht.",
  "interest.visitorMunicipality":
    "Eine ausländische Stadt schreibt {name} über Spolu. Melden Sie sich an oder registrieren Sie sich und veröffentlichen Sie Ihre Partnerschaftsanfrage: Danach kehren Sie direkt hierher zurück.",
  "interest.visitorSignIn": "Anmelden und Interesse bekunden",
  "interest.visitorSignUpMayor": "Gemeinde registrieren",
  "interest.visitorSignUpForeign": "Stadt registrieren",
  "interest.demo":
    "Dies ist eine Beispielanfrage, die keine echte Stadt veröffentlicht hat: Interesse daran erreicht niemanden.",

  "notifications.contact_submitted":
    "Ihre Interessensbekundung {municipality} – {town} wartet auf die Prüfung durch den Verband.",
  "notifications.contact_forwarded":
    "Der Verband hat Ihre Interessensbekundung {municipality} – {town} an die andere Seite weitergeleitet.",
  "notifications.contact_received":
    "Neue Interessensbekundung: {municipality} – {town}. Bitte antworten Sie innerhalb von 30 Tagen.",
  "notifications.contact_rejected":
    "Der Verband hat Ihre Interessensbekundung {municipality} – {town} nicht weitergeleitet. Die Begründung finden Sie in den Details.",
  "notifications.contact_accepted":
    "Die Interessensbekundung {municipality} – {town} wurde angenommen. Sie sehen jetzt die Kontaktdaten beider Seiten.",
  "notifications.contact_declined":
    "Die Interessensbekundung {municipality} – {town} wurde abgelehnt.",
  "notifications.contact_info_requested":
    "Die andere Seite bittet um weitere Angaben zur Interessensbekundung {municipality} – {town}.",
  "notifications.contact_info_answered":
    "Die Interessensbekundung {municipality} – {town} wurde ergänzt und wartet auf Ihre Antwort.",
  "notifications.contact_withdrawn":
    "Die Interessensbekundung {municipality} – {town} wurde zurückgezogen.",
  "notifications.contact_reminder":
    "Die Interessensbekundung {municipality} – {town} wartet seit {days, plural, one {# Tag} other {# Tagen}} auf Ihre Antwort.",
  "notifications.contact_expired":
    "Die Interessensbekundung {municipality} – {town} ist abgelaufen: Die andere Seite hat nicht innerhalb von {days, plural, one {# Tag} other {# Tagen}} geantwortet.",
  "notifications.contact_expired_recipient":
    "Die Interessensbekundung {municipality} – {town} ist ohne Ihre Antwort abgelaufen.",
  "notifications.contact_introduction":
    "Der Verband stellt Sie einander vor: {municipality} – {town}. Nehmen Sie die Einladung an oder lehnen Sie sie ab.",
  "notifications.contact_message": "Neue Nachricht im Kontakt {municipality} – {town}.",
  "notifications.contact_stage": "{municipality} – {town}: Schritt „{stage}“ erfasst ({date}).",
  "notifications.partnership_signed":
    "Die Partnerschaft {municipality} – {town} ist geschlossen. Herzlichen Glückwunsch!",
  "notifications.partnership_dormant":
    "Für die Partnerschaft {municipality} – {town} wurde seit {months} Monaten keine Aktivität erfasst.",

  "inbox.title": "Benachrichtigungen",
  "inbox.unreadOnly": "Nur ungelesene",
  "inbox.all": "Alle",

  "digest.subject":
    "Spolu: {count, plural, one {# neue Benachrichtigung} other {# neue Benachrichtigungen}}",
  "digest.intro": "Was sich bei Ihnen am letzten Tag getan hat:",
  "digest.weeklySubject": "Spolu: neue Anfragen für die Gemeinde {municipality}",
  "digest.weeklyIntro":
    "Neue Partnerschaftsanfragen der letzten Woche, die zur Gemeinde {municipality} passen:",
  "digest.weeklyLine": "{town} ({country}): Punktzahl {score} von 100",

  "partnerships.title": "Partnerschaften",
  "partnerships.mine": "Nur meine",
  "partnerships.dormantOnly": "Nur ruhende",
  "partnerships.empty": "Keine Partnerschaften.",
  "partnerships.since": "seit {year, number, ::group-off}",
  "partnerships.source.spolu": "über Spolu geschlossen",
  "partnerships.source.existing": "von der Gemeinde eingetragen",
  "partnerships.dormant": "ruht seit {date}",
  "partnerships.lastActivity": "letzte Aktivität {date}",
  "partnerships.record": "Aktivität erfassen",
  "partnerships.recordNote": "Was ist geschehen? (optional)",
  "partnerships.recorded": "Aktivität erfasst.",
  "partnerships.contact": "Kontakt",

  "adminContacts.title": "Kontakte zur Prüfung",
  "adminContacts.review": "Warten auf Prüfung",
  "adminContacts.relay": "An Städte ohne Konto weitergeleitet (der Verband antwortet)",
  "adminContacts.empty": "Nichts wartet.",
  "adminContacts.limit": "Höchstzahl laufender Interessensbekundungen pro Anfrage",
  "adminContacts.limitHint":
    "Eine Anfrage mit so vielen laufenden Interessensbekundungen (wartend auf Prüfung, Antwort oder weitere Angaben) nimmt keine neuen an.",
  "adminContacts.limitSave": "Höchstzahl speichern",
  "adminContacts.limitSaved": "Höchstzahl gespeichert: {limit}.",
  "adminContacts.limitInvalid": "Geben Sie eine ganze Zahl von 1 bis 1000 ein.",
  "adminContacts.all": "Alle Kontakte",
  "adminContacts.dormant": "Ruhende Partnerschaften: {count}",

  "outbox.title": "Ausgehende E-Mails",
  "outbox.intro":
    "Jede E-Mail, die Spolu verfasst. Ohne eingestellte SMTP_URL bleiben sie hier (Status „im Postausgang“) und werden nirgendwohin gesendet.",
  "outbox.smtpOn": "SMTP ist eingerichtet: E-Mails werden gesendet.",
  "outbox.smtpOff":
    "SMTP ist nicht eingerichtet: E-Mails werden nicht gesendet, sondern nur hier abgelegt.",
  "outbox.empty": "Keine E-Mails.",
  "outbox.to": "An",
  "outbox.subject": "Betreff",
  "outbox.status": "Status",
  "outbox.created": "Erstellt",
  "outbox.status.outbox": "im Postausgang",
  "outbox.status.queued": "in der Warteschlange",
  "outbox.status.sending": "wird gesendet",
  "outbox.status.sent": "gesendet",
  "outbox.status.failed": "fehlgeschlagen",
  "outbox.filter": "Status",
  "outbox.all": "Alle",
  "outbox.text": "Text",
  "outbox.html": "HTML",
  "outbox.error": "Letzter Fehler",
  "outbox.nextAttempt": "Nächster Versuch",
  "outbox.givenUp": "Es folgt kein weiterer Versuch; Sie können die E-Mail erneut senden.",
  "outbox.sendAgain": "Erneut senden",
  "outbox.sentAgain": "Die E-Mail wartet auf den erneuten Versand.",
  "outbox.notFailed":
    "Diese E-Mail ist nicht fehlgeschlagen und kann daher nicht erneut gesendet werden.",
  "outbox.back": "Zurück zu den ausgehenden E-Mails",
  "outbox.jobs": "Geplante Aufgaben",
  "outbox.jobsEmpty": "Bisher nicht ausgeführt.",
  "contact.question": "Frage der anderen Seite",
  "contact.action.withdrawIntroduction": "Vermittlung zurückziehen",
  "contact.confirm.withdrawUnseen":
    "Interessensbekundung wirklich zurückziehen? Der Verband hat sie noch nicht weitergeleitet, die andere Seite erfährt also nichts davon. Dies kann nicht rückgängig gemacht werden.",
  "contact.confirm.withdrawIntroduction":
    "Vermittlung wirklich zurückziehen? Beide Seiten werden darüber informiert, und dies kann nicht rückgängig gemacht werden.",
  "contact.field.sideFixed": "Sie antworten für: {side}",
  "contact.explain.introduction.open":
    "Der Verband stellt Sie der anderen Seite vor. Nehmen Sie die Einladung an oder lehnen Sie sie ab; wenn beide Seiten annehmen, sehen Sie gegenseitig Ihre Kontaktdaten.",
  "contact.explain.introduction.waiting":
    "Sie haben die Einladung angenommen. Die Antwort der anderen Seite steht noch aus.",
  "contact.privacy.sender":
    "Kontaktperson, E-Mail-Adresse und Telefonnummer der anderen Seite sehen Sie, sobald diese Ihre Interessensbekundung annimmt; sie sieht dann auch Ihre.",
  "contact.privacy.recipient":
    "Wenn Sie die Interessensbekundung annehmen, sehen Sie die Kontaktdaten der anderen Seite und diese Ihre. Bis dahin sieht sie keine der beiden Seiten.",
  "contact.privacy.introduction":
    "Wenn beide Seiten die Einladung annehmen, sehen sie gegenseitig ihre Kontaktdaten. Bis dahin sieht sie keine der beiden Seiten.",
  "contact.privacy.closed":
    "Der Kontakt ist abgeschlossen; Kontaktdaten wurden nicht ausgetauscht.",
  "contact.new.noAccount":
    "{side} hat kein Konto auf Spolu: Der Verband nimmt die Einladung für diese Seite an oder lehnt sie ab.",
  "contact.new.sharedTopics": "Gemeinsame Themen: {topics}.",
  "contact.error.has_account": "Diese Seite hat ein eigenes Konto und antwortet selbst.",
  "contact.error.proposal_waiting":
    "Ein vorgeschlagener Schritt wartet noch auf Bestätigung. Warten Sie diese ab oder ziehen Sie den Vorschlag zurück.",
  "contact.error.own_proposal":
    "Einen Schritt, den Sie vorgeschlagen haben, bestätigt die andere Seite oder der Verband.",
  "contact.error.reference_too_long":
    "Beschlussnummer oder Link dürfen höchstens 300 Zeichen lang sein.",
  "contact.action.propose.council_approved": "Vorschlagen: vom Gemeinderat beschlossen",
  "contact.action.propose.agreement_signed": "Vorschlagen: Vereinbarung unterzeichnet",
  "contact.action.confirm_stage": "Schritt bestätigen",
  "contact.action.refuse_stage": "Nicht bestätigen",
  "contact.action.withdrawProposal": "Vorschlag zurückziehen",
  "contact.field.reference": "Beschlussnummer oder Link (optional)",
  "contact.field.referenceHint":
    "Z. B. „Beschluss Nr. 15/2026“ oder ein Link zum Sitzungsprotokoll oder zur Vereinbarung.",
  "contact.field.refuseReason":
    "Warum Sie den Schritt nicht bestätigen (optional, für die andere Seite sichtbar)",
  "contact.proposal.title": "Wartet auf Bestätigung",
  "contact.proposal.by": "{side} schlägt den Schritt „{stage}“ vom {date} vor.",
  "contact.proposal.reference": "Beschluss oder Link",
  "contact.proposal.waitingOther":
    "Der Schritt wird erfasst, sobald die andere Seite oder der Verband ihn bestätigt. Bis dahin können Sie den Vorschlag zurückziehen.",
  "contact.proposal.waitingYou":
    "Bestätigen Sie den Schritt, wenn er den Tatsachen entspricht; erst dann wird er erfasst. Wenn nicht, bestätigen Sie ihn nicht.",
  "contact.proposal.waitingStaff":
    "Der Verband kann den Schritt bestätigen, vor allem wenn die andere Seite kein Konto hat, oder ihn nicht bestätigen.",
  "contact.proposal.signedNote":
    "Nach Bestätigung der Unterzeichnung entsteht eine Partnerschaft, die auf der Karte zu sehen ist.",
  "contact.confirm.refuseStage":
    "Der Vorschlag wird entfernt, und die vorschlagende Seite wird darüber informiert.",
  "contact.confirm.withdrawProposal":
    "Vorschlag wirklich zurückziehen? Die andere Seite wird darüber informiert.",
  "contact.stage.proposed": "vorgeschlagen ({date}), wartet auf Bestätigung",
  "contact.stage.confirmed": "von beiden Seiten bestätigt",
  "contact.proposed":
    "Der Schritt ist vorgeschlagen. Er wird erfasst, sobald die andere Seite ihn bestätigt.",
  "contact.stageRefused": "Der vorgeschlagene Schritt wurde entfernt.",
  "notifications.contact_stage_proposed":
    "{municipality} – {town}: Bitte bestätigen Sie den Schritt „{stage}“ ({date}).",
  "notifications.contact_stage_refused":
    "{municipality} – {town}: Der vorgeschlagene Schritt „{stage}“ wurde nicht bestätigt.",
  "history.action.propose_council_approved": "Vorgeschlagen: vom Gemeinderat beschlossen",
  "history.action.propose_agreement_signed": "Vorgeschlagen: Vereinbarung unterzeichnet",
  "history.action.confirm_stage_council_approved": "Bestätigt: vom Gemeinderat beschlossen",
  "history.action.confirm_stage_agreement_signed": "Bestätigt: Vereinbarung unterzeichnet",
  "history.action.refuse_stage_council_approved": "Nicht bestätigt: vom Gemeinderat beschlossen",
  "history.action.refuse_stage_agreement_signed": "Nicht bestätigt: Vereinbarung unterzeichnet",
  "contacts.filter.confirm": "Zu bestätigende Schritte",
};
