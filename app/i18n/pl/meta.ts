// Descriptions of pages for search engines and link previews (<meta name="description">).
export const metaPl = {
  "meta.offers":
    "Miasta z zagranicy, które szukają gminy partnerskiej w Czechach: ich wielkość, tematy współpracy i jak nawiązać kontakt. Publikuje Związek Miast i Gmin Republiki Czeskiej.",
  "meta.offer": "{town} ({country}) szuka gminy partnerskiej w Czechach.",
  "meta.municipality":
    "{name}, {kraj}: {count, plural, one {# mieszkaniec} few {# mieszkańcy} many {# mieszkańców} other {# mieszkańca}}. Miasta partnerskie i chęć współpracy z miastami z zagranicy, w Spolu.",
  "meta.login":
    "Logowanie do Spolu: dla burmistrzów i wójtów czeskich gmin, miast z zagranicy i pracowników Związku Miast i Gmin.",
  "meta.forgot": "Nie pamiętają Państwo hasła do Spolu? Wyślemy link do ustawienia nowego.",
};
