// Descriptions of pages for search engines and link previews (<meta name="description">).
export const metaEn = {
  "meta.offers":
    "Towns abroad looking for a partner municipality in Czechia: their size, the topics they want to work on and how to get in touch. Published by the Union of Towns and Municipalities of the Czech Republic.",
  "meta.offer": "{town} ({country}) is looking for a partner municipality in Czechia.",
  "meta.municipality":
    "{name}, {kraj}: {count, plural, one {# inhabitant} other {# inhabitants}}. Partner towns and interest in working with towns abroad, on Spolu.",
  "meta.login":
    "Sign in to Spolu: for mayors of Czech municipalities, towns abroad and the staff of the Union of Towns and Municipalities.",
  "meta.forgot": "Forgotten your Spolu password? We will send you a link to set a new one.",
};
