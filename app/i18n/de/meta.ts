// Descriptions of pages for search engines and link previews (<meta name="description">).
export const metaDe = {
  "meta.offers":
    "Städte im Ausland, die eine Partnergemeinde in Tschechien suchen: ihre Größe, die Themen der Zusammenarbeit und wie man Kontakt aufnimmt. Herausgegeben vom Verband der Städte und Gemeinden der Tschechischen Republik.",
  "meta.offer": "{town} ({country}) sucht eine Partnergemeinde in Tschechien.",
  "meta.municipality":
    "{name}, {kraj}: {count, plural, one {# Einwohner} other {# Einwohner}}. Partnerstädte und Interesse an Zusammenarbeit mit Städten im Ausland, auf Spolu.",
  "meta.login":
    "Anmeldung bei Spolu: für Bürgermeister tschechischer Gemeinden, Städte im Ausland und die Mitarbeiter des Städte- und Gemeindeverbands.",
  "meta.forgot":
    "Passwort für Spolu vergessen? Wir senden Ihnen einen Link, mit dem Sie ein neues festlegen.",
};
