// The Slovak of ../cs/municipalities.ts.
import type { municipalitiesCs } from "../cs/municipalities";

export const municipalitiesSk: Record<keyof typeof municipalitiesCs, string> = {
  "admin.statsRegister": "Obce v registri",
  "nav.municipalities": "Obce",
  "form.cancel": "Späť",
  "place.okres": "okres {okres}",
  "place.none": "Nič sa nenašlo.",
  "directory.hasProfile": "Profil na Spolu",
  "directory.noProfileShort": "Bez profilu",
  "signup.municipalityLegend": "Za ktorú obec konáte",
  "signup.municipalityLead":
    "Vyberte svoju obec z úradného registra; profil predvyplníme jej údajmi.",
  "signup.municipality": "Obec",
  "signup.municipalityHint":
    "Začnite písať názov; pri každej obci uvidíte okres a počet obyvateľov (napr. obcí „Nová Ves“ je štrnásť).",
  "signup.municipality.choose": "Obcí s týmto názvom je viac. Vyberte tú svoju:",
  "signup.municipality.claimedNote": "už má účet",
  "signup.municipality.missing": "Vyberte svoju obec.",
  "signup.municipality.notFound":
    "Obec „{name}“ v registri nie je. Skontrolujte názov alebo ju nájdite v adresári obcí.",
  "signup.municipality.ambiguous":
    "Názov „{name}“ zodpovedá viacerým obciam. Vyberte tú svoju zo zoznamu.",
  "signup.municipality.notFoundHint":
    "Obec „{name}“ sme nenašli. Skúste začiatok názvu bez predložiek alebo ju vyhľadajte v",
  "signup.municipality.directory": "adresári obcí",
  "signup.foreignLegend": "Za ktoré zahraničné mesto konáte",
  "signup.organisationHint": "Názov mesta alebo obce v jej jazyku, napr. Wołomin.",
  "me.chooseMunicipality":
    "Váš účet zatiaľ nekoná za žiadnu obec. Vyberte svoju obec z registra a prevezmite jej profil.",
  "me.profileFirst":
    "Profil obce je zatiaľ prázdny. Vyplňte témy a kontakt, aby vás zahraničné mestá našli.",
  "map.profilesOnly": "Iba obce s profilom na Spolu",
  "map.legend.municipalityRegister": "Obec bez profilu (úradné údaje)",
  "matches.profilesOnly": "Iba obce s profilom na Spolu",
  "home.ctaDirectory": "Všetky obce",
  "foreignPreview.title": "Ste zahraničné mesto? Pozrite sa, ktoré české obce sa k vám hodia",
  "foreignPreview.lead":
    "Povedzte nám, kto ste, a zoradíme všetkých 6 254 českých obcí podľa skóre zhody. Obce bez profilu hodnotíme podľa toho, čo o nich vieme (veľkosť, poloha, kraj).",
  "foreignPreview.town": "Vaše mesto",
  "foreignPreview.townHint":
    "Vyberte mesto zo zoznamu a doplníme počet obyvateľov, krajinu a polohu; inak ich zadajte sami.",
  "foreignPreview.country": "Krajina",
  "foreignPreview.topics": "Témy spolupráce (bez výberu: akékoľvek)",
  "foreignPreview.languages": "Jazyky, ktorými sa dohovoríte",
  "foreignPreview.submit": "Ukázať obce",
  "foreignPreview.results": "Najlepšie z {count} českých obcí pre vaše mesto",
  "foreignPreview.signup": "Zaregistrujte mesto a zverejnite ponuku partnerstva",
  "foreignPreview.directory": "Prehliadať všetky obce",
  "openData.municipalitiesCsv":
    "Všetkých 6 254 obcí podľa filtrov adresára ako CSV (úradné údaje, či majú profil na Spolu, počet partnerov, zdroj).",
  "openData.sourcesTitle": "Zdroje a licencie",
  "openData.sourcesLead":
    "Údaje prevzaté z verejných registrov uvádzame so zdrojom, ako to vyžadujú ich licencie:",
  "notifications.claim_verified": "Zväz overil, že za obec {town} konáte.",
  "notifications.claim_rejected": "Zväz nepotvrdil vašu žiadosť o obec {town}.",
  "notifications.claim_lost": "Za obec {town} teraz podľa rozhodnutia Zväzu koná iný účet.",
  "field.claimConfirm": "Potvrďte, že ste oprávnený(-á) konať za obec.",
  "field.municipality": "Vyberte obec zo zoznamu.",
  "profileStatus.none": "bez profilu",
  "register.attribution":
    "Obce: © ČÚZK (RÚIAN, CC BY 4.0); počty obyvateľov: ČSÚ, k 1. 1. 2025; IČO: MF ČR (MONITOR)",
};
