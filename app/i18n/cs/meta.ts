// Descriptions of pages for search engines and link previews (<meta name="description">).
export const metaCs = {
  "meta.offers":
    "Zahraniční města, která hledají partnerskou obec v Česku: jejich velikost, témata spolupráce a jak se ozvat. Zveřejňuje Svaz měst a obcí ČR.",
  "meta.offer": "{town} ({country}) hledá partnerskou obec v Česku.",
  "meta.municipality":
    "{name}, {kraj}: {count, plural, one {# obyvatel} few {# obyvatelé} many {# obyvatele} other {# obyvatel}}. Partnerská města a zájem o spolupráci se zahraničím ve Spolu.",
  "meta.login":
    "Přihlášení do Spolu: pro starosty českých obcí, zahraniční města a pracovníky Svazu měst a obcí ČR.",
  "meta.forgot": "Zapomenuté heslo ke Spolu: pošleme vám odkaz pro nastavení nového.",
} as const;
