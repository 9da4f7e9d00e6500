// The German of ../cs/help.ts.
import type { helpCs, helpTextsCs } from "../cs/help";

export const helpDe: Record<keyof typeof helpCs, string> = {
  "about.title": "Über Spolu",
  "meta.about":
    "Spolu hilft tschechischen Gemeinden, eine Partnerstadt im Ausland zu finden. Wer es betreibt, woher die Daten stammen, wie die Übereinstimmung entsteht.",
  "help.title": "So entsteht eine Städtepartnerschaft",
  "meta.help":
    "Leitfaden für Bürgermeister: Partnerstadt im Ausland finden, über Spolu Kontakt aufnehmen, Vertrag vom Gemeinderat genehmigen lassen. Mit Vorlagen.",
};

export const helpTextsDe: Record<keyof typeof helpTextsCs, string> = {
  "about.lead":
    "Spolu hilft tschechischen Gemeinden, eine Partnerstadt im Ausland zu finden, und Städten im Ausland, einen Partner in Tschechien zu finden: mit Gemeindeprofilen, begründeten Vorschlägen, einer Karte und einer Kontaktaufnahme, die der Betreiber begleitet.",
  "about.whatTitle": "Was Spolu bietet",
  "about.what.offers":
    "Städte im Ausland veröffentlichen Partnerschaftsanfragen; tschechische Gemeinden sehen sie sich an, geordnet danach, wie gut sie zu ihnen passen.",
  "about.what.municipalities":
    "Jede tschechische Gemeinde hat eine Seite mit ihren amtlichen Daten. Die Gemeinde übernimmt sie und ergänzt ihr Profil: Themen der Zusammenarbeit, Arbeitssprachen und welchen Partner sie sucht.",
  "about.what.contacts":
    "Gemeinden und Städte nehmen über Spolu Kontakt auf; Kontaktdaten werden angezeigt, sobald beide Seiten zustimmen.",
  "about.what.registry":
    "Das Partnerschaftsregister, die Karte und die Übersicht über Förderungen und Veranstaltungen helfen, Partnerschaften zu beginnen und lebendig zu halten.",
  "about.whoTitle": "Wer Spolu betreibt",
  "about.who":
    "Spolu wird von {operator} betrieben. Seine Mitarbeitenden prüfen Anfragen, Profile und Interessensbekundungen, unterstützen Gemeinden und erfassen Anfragen, die auf anderen Wegen eingehen.",
  "about.dataTitle": "Woher die Daten stammen",
  "about.data.own":
    "Städte im Ausland schreiben ihre Anfragen selbst, oder die Mitarbeitenden des Betreibers erfassen sie nach deren Meldungen; tschechische Gemeinden schreiben ihre Profile. Amtliche Daten und Orte stammen aus öffentlichen Quellen:",
  "about.data.reuse":
    "Alle öffentlichen Daten von Spolu können Sie mit ihren Quellen und Lizenzen herunterladen und weiterverwenden:",
  "about.scoringTitle": "Wie wir die Übereinstimmung berechnen",
  "about.scoring":
    "Ein Wert von 0 bis 100 sagt, wie gut eine tschechische Gemeinde und eine Stadt im Ausland zueinander passen, und zwar aus der Sicht beider: Er wird für jede Seite getrennt berechnet, und beide Teile werden zusammengeführt. Am stärksten zählen gemeinsame Themen der Zusammenarbeit, dann die Größe (der gesuchte Einwohnerbereich, sonst eine ähnliche Größe), die Entfernung (echte Partnerstädte liegen im Median etwa 320 km auseinander), eine gemeinsame Arbeitssprache, Wünsche zu Ländern und Regionen und wie aktuell die Anfrage ist; Punkte werden abgezogen, wenn die Gemeinde in dem Land schon Partner hat oder viele andere auf die Anfrage warten. Jeder Faktor wird in einem Satz erklärt, die Gewichte legen die Mitarbeitenden des Betreibers fest, und wir prüfen die Ergebnisse an echten Partnerschaften. Der Wert ist nur ein Vorschlag.",
  "about.contactTitle": "Kontakt",
  "about.contact": "Fragen, Anregungen und Fehlermeldungen senden Sie an {email}.",

  "help.lead":
    "Ein Leitfaden für Bürgermeisterinnen und Bürgermeister, die ihre erste Partnerstadt im Ausland suchen: von der Partnersuche bis zur Unterzeichnung des Vertrags, mit Vorlagen zum Herunterladen.",
  "help.stepsTitle": "Schritt für Schritt",
  "help.step.goals":
    "Klären Sie, was Sie von einer Partnerschaft erwarten: Themen (Schulen, Kultur, Feuerwehr, Sport, Tourismus…), die Größe des Partners, wie weit entfernt er sein darf und in welcher Sprache Sie sich verständigen. Es ist gut, das Vorhaben gleich zu Beginn mit dem Gemeindevorstand oder dem Gemeinderat zu besprechen.",
  "help.step.profile":
    "Registrieren Sie sich und übernehmen Sie die Seite Ihrer Gemeinde. Die Mitarbeitenden des Betreibers prüfen, dass Sie für die Gemeinde handeln; dann ergänzen Sie das Profil, nach dem Spolu Partner sucht.",
  "help.step.find":
    "Finden Sie einen Partner: in den Anfragen der Städte im Ausland, in den nach Übereinstimmung geordneten Vorschlägen mit ihren Gründen oder auf der Karte.",
  "help.step.contact":
    "Nehmen Sie über Spolu Kontakt auf: Schreiben Sie in Ihrer Interessensbekundung, warum Sie zueinander passen und was Sie gemeinsam tun möchten. Die Mitarbeitenden des Betreibers prüfen sie und leiten sie weiter; die andere Seite nimmt sie an, lehnt ab oder fragt nach. Kontaktdaten tauschen Sie nach der Annahme aus.",
  "help.step.meet":
    "Lernen Sie sich kennen: ein paar E-Mails, ein Videogespräch, dann ein Besuch. Am besten beginnen Sie mit einem konkreten gemeinsamen Projekt, etwa einem Austausch von Schulen, Feuerwehren oder Vereinen.",
  "help.step.council":
    "Der Gemeinderat genehmigt den Partnerschaftsvertrag (siehe unten); der Partner im Ausland genehmigt ihn nach seinem Recht.",
  "help.step.sign":
    "Die Bürgermeister beider Orte unterzeichnen den Vertrag, oft bei einem feierlichen Besuch. Er wird meist in zwei Sprachen ausgefertigt.",
  "help.step.record":
    "Halten Sie Genehmigung und Unterzeichnung in Spolu bei Ihrem Kontakt fest; sobald beide Seiten sie bestätigen, erscheint die Partnerschaft im Register und auf der Karte.",
  "help.step.keep":
    "Halten Sie die Partnerschaft lebendig: ein gemeinsamer Jahresplan und regelmäßige Treffen. Wenn in der Partnerschaft {months} Monate lang nichts geschieht, erinnert Spolu Sie daran.",

  "help.councilTitle": "Genehmigung durch den Gemeinderat",
  "help.council.law":
    "Nach § 84 Abs. 2 des tschechischen Gemeindegesetzes (Gesetz Nr. 128/2000 Slg.) sind Entscheidungen über die Zusammenarbeit der Gemeinde mit anderen Gemeinden und über die Form dieser Zusammenarbeit dem Gemeinderat (zastupitelstvo) vorbehalten. Die Zusammenarbeit mit Gemeinden anderer Staaten erlaubt § 55 desselben Gesetzes. Nach herrschender Auslegung genehmigt daher der Gemeinderat einen Partnerschaftsvertrag mit einer Stadt im Ausland, und zwar vor der Unterzeichnung.",
  "help.council.resolution":
    "Der Gemeinderat genehmigt per Beschluss den Wortlaut des Vertrags und ermächtigt den Bürgermeister oder die Bürgermeisterin zur Unterzeichnung; nach außen vertritt dann der Bürgermeister die Gemeinde (§ 103 Abs. 1 des Gemeindegesetzes). Eine formlose Zusammenarbeit ohne Vertrag, etwa eine einzelne gemeinsame Veranstaltung, bedarf in der Regel keiner Genehmigung des Gemeinderats.",
  "help.council.note":
    "Dies ist eine allgemeine Orientierung, keine Rechtsberatung. Im Zweifel wenden Sie sich an den Rechtsberater der Gemeinde oder an das Kreisamt.",

  "help.templatesTitle": "Vorlagen zum Herunterladen",
  "help.templates.lead":
    "Die Vorlagen sind reiner Text (UTF-8), der sich in jedem Texteditor und in Word öffnen lässt. Ersetzen Sie die Angaben in eckigen Klammern durch Ihre eigenen und passen Sie den Text nach Absprache mit Ihrem Partner an.",
  "help.templates.agreement": "Muster eines Partnerschafts- und Kooperationsvertrags",
  "help.templates.agreementHint":
    "Beide Seiten unterzeichnen den Vertrag meist in zwei Sprachen; die zweisprachige Fassung bringt jeden Artikel zuerst auf Tschechisch, dann in der Sprache des Partners.",
  "help.templates.resolution": "Muster eines Gemeinderatsbeschlusses",
  "help.templates.resolutionHint":
    "Ein tschechischer Gemeinderat fasst den Beschluss auf Tschechisch; die andere Sprache dient nur der Information des Partners.",
  "templates.single": "{language} (.txt)",
  "templates.bilingual": "{first} und {second} (.txt)",

  "help.fundingTitle": "Wo es Förderung gibt",
  "help.funding.lead":
    "Eine Partnerschaft muss nicht teuer sein, aber für Austausche und gemeinsame Projekte sind Fördermittel hilfreich. Übliche Quellen sind:",
  "help.funding.cerv":
    "das EU-Programm Bürgerinnen und Bürger, Gleichstellung, Rechte und Werte (CERV), dessen Aufruf Städtepartnerschaften (Town Twinning) genau für Begegnungen von Partnerstädten gedacht ist;",
  "help.funding.interreg":
    "Interreg-Programme und die Kleinprojektefonds der Euroregionen für die Zusammenarbeit mit Nachbarländern;",
  "help.funding.visegrad":
    "der Internationale Visegrád-Fonds für Partner aus Polen, der Slowakei und Ungarn;",
  "help.funding.bilateral":
    "der Deutsch-Tschechische Zukunftsfonds für Projekte mit deutschen Partnern sowie der EWR- und der Norwegen-Finanzierungsmechanismus für Partner aus Norwegen, Island und Liechtenstein;",
  "help.funding.erasmus": "Erasmus+ für den Austausch von Schulen und Jugendlichen.",
  "help.funding.page":
    "Aktuelle Aufrufe mit Fristen und Bedingungen, auch welche davon zu einem bestimmten Paar von Orten passen, finden Sie auf der Seite:",

  "help.faqTitle": "Häufige Fragen",
  "help.faq.cost.q": "Was kostet Spolu?",
  "help.faq.cost.a":
    "Nichts. Spolu ist für tschechische Gemeinden und Städte im Ausland kostenlos.",
  "help.faq.contract.q": "Braucht eine Partnerschaft einen Vertrag?",
  "help.faq.contract.a":
    "Nein. Viele Partnerschaften beginnen formlos, mit einer gemeinsamen Veranstaltung oder einem Memorandum. Ein Vertrag gibt der Zusammenarbeit einen festen Rahmen und hilft, wenn Sie gemeinsam Fördermittel beantragen wollen.",
  "help.faq.several.q": "Darf eine Gemeinde mehrere Partner haben, auch im selben Land?",
  "help.faq.several.a":
    "Ja. Ein zweiter Partner im selben Land ist üblich; Spolu bevorzugt nur leicht Länder, in denen die Gemeinde noch keinen Partner hat.",
  "help.faq.hidden.q": "Warum sehe ich die Kontaktdaten der anderen Gemeinde nicht?",
  "help.faq.hidden.a":
    "Kontaktdaten werden angezeigt, sobald die andere Seite Ihre Interessensbekundung annimmt. Bis dahin schreiben Sie einander über Spolu.",
  "help.faq.wait.q": "Wie lange muss ich auf eine Antwort warten?",
  "help.faq.wait.a":
    "Ihre Interessensbekundung prüfen zuerst die Mitarbeitenden des Betreibers und leiten sie weiter. Antwortet die andere Seite nicht innerhalb von {reminder} Tagen, erinnert Spolu sie daran; nach {expiry} Tagen ohne Antwort läuft die Interessensbekundung ab, und Sie können eine andere Stadt ansprechen.",
  "help.faq.language.q": "In welcher Sprache soll ich schreiben?",
  "help.faq.language.a":
    "In einer Sprache, die beide Seiten als Arbeitssprache angeben; Spolu zeigt sie bei jeder Anfrage und jeder Gemeinde. Oft hilft eine zweisprachige Nachricht, zum Beispiel auf Tschechisch und Englisch.",
  "help.faq.data.q": "Wie lade ich meine Daten herunter oder lösche sie?",
  "help.faq.data.a":
    "Auf der Seite Mein Konto laden Sie alle Ihre Daten herunter und können dort auch Ihr Konto löschen. Einzelheiten beschreibt die Seite:",
  "help.faq.advice.q": "Wer berät mich?",
  "help.faq.advice.a": "Schreiben Sie den Mitarbeitenden des Betreibers an {email}.",
};
