// Czech municipalities on every page and on the home page: the navigation, the foreign
// town's try-it preview and the directory's labels it uses. The directory's own pages,
// claims and the register's data are in ./directory.ts (loaded with the rest).
export const municipalitiesCs = {
  "admin.statsRegister": "Obce v registru",
  "nav.municipalities": "Obce",
  "form.cancel": "Zpět",
  "place.okres": "okres {okres}",
  "place.none": "Nic nenalezeno.",
  "directory.hasProfile": "Profil na Spolu",
  "directory.noProfileShort": "Bez profilu",
  "signup.municipalityLegend": "Za kterou obec jednáte",
  "signup.municipalityLead":
    "Vyberte svou obec z úředního registru; profil předvyplníme jejími údaji.",
  "signup.municipality": "Obec",
  "signup.municipalityHint":
    "Začněte psát název; u každé obce uvidíte okres a počet obyvatel (např. „Nová Ves“ je čtrnáct).",
  "signup.municipality.choose": "Obcí tohoto jména je víc. Vyberte tu svou:",
  "signup.municipality.claimedNote": "už má účet",
  "signup.municipality.missing": "Vyberte svou obec.",
  "signup.municipality.notFound":
    "Obec „{name}“ v registru není. Zkontrolujte název, nebo ji najděte v adresáři obcí.",
  "signup.municipality.ambiguous":
    "Název „{name}“ odpovídá více obcím. Vyberte tu svou ze seznamu.",
  "signup.municipality.notFoundHint":
    "Obec „{name}“ jsme nenašli. Zkuste začátek názvu bez předložek, nebo ji vyhledejte v",
  "signup.municipality.directory": "adresáři obcí",
  "signup.foreignLegend": "Za které zahraniční město jednáte",
  "signup.organisationHint": "Název města nebo obce v jejím jazyce, např. Wołomin.",
  "me.chooseMunicipality":
    "Váš účet zatím za žádnou obec nejedná. Vyberte svou obec z registru a převezměte její profil.",
  "me.profileFirst":
    "Profil obce je zatím prázdný. Vyplňte témata a kontakt, aby vás zahraniční města našla.",
  "map.profilesOnly": "Jen obce s profilem na Spolu",
  "map.legend.municipalityRegister": "Obec bez profilu (úřední údaje)",
  "matches.profilesOnly": "Jen obce s profilem na Spolu",
  "home.ctaDirectory": "Všechny obce",
  "foreignPreview.title": "Jste zahraniční město? Podívejte se, které české obce se k vám hodí",
  "foreignPreview.lead":
    "Řekněte nám, kdo jste, a seřadíme všech 6 254 českých obcí podle skóre shody. Obce bez profilu hodnotíme podle toho, co víme (velikost, poloha, kraj).",
  "foreignPreview.town": "Vaše město",
  "foreignPreview.townHint":
    "Vyberte město ze seznamu a doplníme počet obyvatel, zemi a polohu; jinak je zadejte sami.",
  "foreignPreview.country": "Země",
  "foreignPreview.topics": "Témata spolupráce (bez výběru: jakékoli)",
  "foreignPreview.languages": "Jazyky, kterými se domluvíte",
  "foreignPreview.submit": "Ukázat obce",
  "foreignPreview.results": "Nejlepší z {count} českých obcí pro vaše město",
  "foreignPreview.signup": "Zaregistrujte město a zveřejněte nabídku partnerství",
  "foreignPreview.directory": "Procházet všechny obce",
  "openData.municipalitiesCsv":
    "Všech 6 254 obcí podle filtrů adresáře jako CSV (úřední údaje, zda mají profil na Spolu, počet partnerů, zdroj).",
  "openData.sourcesTitle": "Zdroje a licence",
  "openData.sourcesLead":
    "Údaje převzaté z veřejných registrů uvádíme se zdrojem, jak jejich licence žádají:",
  "notifications.claim_verified": "Svaz ověřil, že za obec {town} jednáte.",
  "notifications.claim_rejected": "Svaz nepotvrdil vaši žádost o obec {town}.",
  "notifications.claim_lost": "Za obec {town} nyní podle rozhodnutí Svazu jedná jiný účet.",
  "field.claimConfirm": "Potvrďte, že jste oprávněn(a) za obec jednat.",
  "field.municipality": "Vyberte obec ze seznamu.",
  "profileStatus.none": "bez profilu",
  "register.attribution":
    "Obce: © ČÚZK (RÚIAN, CC BY 4.0); počty obyvatel: ČSÚ, k 1. 1. 2025; IČO: MF ČR (MONITOR)",
} as const;
