// The German model partnership agreement (translated from ./cs.server.ts).
import type { TemplateText } from "./render";

export const agreementDe: TemplateText = {
  note: "Vorlage aus Spolu. Ersetzen Sie den Text in eckigen Klammern, passen Sie die Bestimmungen nach Absprache mit Ihrem Partner an und löschen Sie diesen Hinweis vor der Unterzeichnung. Die Vorlage ist keine Rechtsberatung.",
  title: [
    "PARTNERSCHAFTS- UND KOOPERATIONSVERTRAG",
    "zwischen der Gemeinde [NAME DER TSCHECHISCHEN GEMEINDE] (Tschechische Republik) und der Stadt [NAME DER PARTNERSTADT] ([STAAT])",
  ],
  preamble: [
    "Die Vertragsparteien",
    "",
    "[NAME DER TSCHECHISCHEN GEMEINDE], mit Sitz in [ANSCHRIFT], Identifikationsnummer (IČO) [NUMMER], vertreten durch [VOR- UND NACHNAME], [Bürgermeister / Bürgermeisterin] (im Folgenden „[KURZNAME DER TSCHECHISCHEN GEMEINDE]“)",
    "",
    "und",
    "",
    "[NAME DER PARTNERSTADT], mit Sitz in [ANSCHRIFT], [IDENTIFIKATIONSNUMMER, FALLS VORHANDEN], vertreten durch [VOR- UND NACHNAME], [FUNKTION] (im Folgenden „[KURZNAME DER PARTNERSTADT]“),",
    "",
    "in dem Wunsch, die Freundschaft und das gegenseitige Verständnis zwischen ihren Einwohnerinnen und Einwohnern zu vertiefen, Erfahrungen der kommunalen Selbstverwaltung auszutauschen und zur Zusammenarbeit in Europa beizutragen, schließen diesen Partnerschafts- und Kooperationsvertrag.",
  ],
  sections: [
    {
      heading: "Artikel 1 – Gegenstand des Vertrags",
      paragraphs: [
        "(1) Die Vertragsparteien begründen eine Partnerschaft und arbeiten in Angelegenheiten ihrer Selbstverwaltung zusammen, im Einklang mit dem Recht ihrer Staaten und mit den internationalen Verpflichtungen, an die diese Staaten gebunden sind.",
        "(2) Die Partnerschaft steht den Einwohnerinnen und Einwohnern, Schulen, Vereinen, Unternehmen und anderen Organisationen beider Orte offen.",
      ],
    },
    {
      heading: "Artikel 2 – Bereiche der Zusammenarbeit",
      paragraphs: [
        "(1) Die Vertragsparteien arbeiten insbesondere in folgenden Bereichen zusammen: [BEREICHE DER ZUSAMMENARBEIT, Z. B. KULTUR, BILDUNG UND JUGEND, SPORT, TOURISMUS, UMWELT, ÖFFENTLICHE VERWALTUNG].",
        "(2) Weitere Bereiche können sie jederzeit vereinbaren.",
      ],
    },
    {
      heading: "Artikel 3 – Formen der Zusammenarbeit",
      paragraphs: [
        [
          "Die Zusammenarbeit erfolgt insbesondere durch:",
          "a) gegenseitige Besuche von Vertreterinnen und Vertretern der Orte, von Fachleuten und Delegationen;",
          "b) Austausch und Begegnungen von Schulen, Jugendlichen, Vereinen und anderen Gruppen der Bevölkerung;",
          "c) den Austausch von Erfahrungen und guter Praxis der kommunalen Selbstverwaltung;",
          "d) gemeinsame Projekte und gemeinsame Anträge auf Förderung aus europäischen, nationalen und anderen Quellen;",
          "e) gegenseitige Werbung und die Information der Bevölkerung über die Partnerschaft.",
        ].join("\r\n"),
      ],
    },
    {
      heading: "Artikel 4 – Koordinierung",
      paragraphs: [
        "(1) Jede Vertragspartei benennt eine Person, die die Partnerschaft koordiniert: für [KURZNAME DER TSCHECHISCHEN GEMEINDE] [NAME, FUNKTION, E-MAIL], für [KURZNAME DER PARTNERSTADT] [NAME, FUNKTION, E-MAIL]. Einen Wechsel teilen sich die Vertragsparteien schriftlich mit.",
        "(2) Die koordinierenden Personen erstellen einen gemeinsamen Arbeitsplan, in der Regel für jedes Kalenderjahr, und werten mindestens einmal im Jahr gemeinsam aus, wie sich die Zusammenarbeit entwickelt.",
        "(3) Die Vertragsparteien verständigen sich in [ARBEITSSPRACHE].",
      ],
    },
    {
      heading: "Artikel 5 – Finanzierung",
      paragraphs: [
        "(1) Jede Vertragspartei trägt die Kosten, die ihr aus der Zusammenarbeit entstehen, soweit für eine einzelne Maßnahme nichts anderes vereinbart ist.",
        "(2) Die Kosten gemeinsamer Projekte teilen die Vertragsparteien in einer gesonderten schriftlichen Vereinbarung auf.",
        "(3) Dieser Vertrag begründet keine finanziellen Verpflichtungen über die von den zuständigen Organen der Vertragsparteien beschlossenen Haushalte hinaus.",
      ],
    },
    {
      heading: "Artikel 6 – Personenbezogene Daten",
      paragraphs: [
        "Personenbezogene Daten, die die Vertragsparteien im Rahmen der Zusammenarbeit austauschen, verarbeiten sie nur zum Zweck der Zusammenarbeit und im Einklang mit den für sie geltenden Datenschutzvorschriften.",
      ],
    },
    {
      heading: "Artikel 7 – Laufzeit und Kündigung",
      paragraphs: [
        "(1) Der Vertrag wird auf unbestimmte Zeit geschlossen. [ODER: befristet bis zum [DATUM].]",
        "(2) Jede Vertragspartei kann den Vertrag ohne Angabe von Gründen schriftlich kündigen; die Kündigungsfrist beträgt [6] Monate und beginnt mit dem Tag, an dem die Kündigung der anderen Vertragspartei zugeht.",
        "(3) Änderungen des Vertrags bedürfen schriftlicher Nachträge, die beide Vertragsparteien unterzeichnen.",
      ],
    },
    {
      heading: "Artikel 8 – Schlussbestimmungen",
      paragraphs: [
        "(1) Der Vertrag wird in [4] Ausfertigungen erstellt, [2] in tschechischer Sprache und [2] in [SPRACHE DES PARTNERS]; beide Sprachfassungen sind gleichermaßen verbindlich. Jede Vertragspartei erhält eine Ausfertigung in jeder Sprache.",
        "(2) Der Vertrag tritt mit dem Tag der Unterzeichnung durch beide Vertragsparteien in Kraft.",
        "(3) Den Abschluss dieses Vertrags hat die Gemeindevertretung (zastupitelstvo obce) von [NAME DER TSCHECHISCHEN GEMEINDE] mit Beschluss Nr. [NUMMER] vom [DATUM] genehmigt. Für [KURZNAME DER PARTNERSTADT] hat ihn [ORGAN] mit Beschluss Nr. [NUMMER] vom [DATUM] genehmigt, soweit ihr Recht dies verlangt.",
      ],
    },
  ],
  closing: [
    "Für [NAME DER TSCHECHISCHEN GEMEINDE]:",
    "[ORT], den [DATUM]",
    "",
    "...............................",
    "[VOR- UND NACHNAME], [Bürgermeister / Bürgermeisterin]",
    "",
    "Für [NAME DER PARTNERSTADT]:",
    "[ORT], den [DATUM]",
    "",
    "...............................",
    "[VOR- UND NACHNAME], [FUNKTION]",
  ],
};
