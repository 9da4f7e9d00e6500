// Descriptions of pages for search engines and link previews (<meta name="description">).
export const metaSk = {
  "meta.offers":
    "Zahraničné mestá, ktoré hľadajú partnerskú obec v Česku: ich veľkosť, témy spolupráce a ako ich osloviť. Zverejňuje Zväz miest a obcí Českej republiky.",
  "meta.offer": "{town} ({country}) hľadá partnerskú obec v Česku.",
  "meta.municipality":
    "{name}, {kraj}: {count, plural, one {# obyvateľ} few {# obyvatelia} many {# obyvateľa} other {# obyvateľov}}. Partnerské mestá a záujem o spoluprácu so zahraničím v Spolu.",
  "meta.login":
    "Prihlásenie do Spolu: pre starostov českých obcí, zahraničné mestá a pracovníkov Zväzu miest a obcí.",
  "meta.forgot": "Zabudli ste heslo do Spolu? Pošleme vám odkaz na nastavenie nového.",
};
