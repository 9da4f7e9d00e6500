// Every Czech municipality: the register's data, the directory, claiming a
// municipality, staff verification of claims, relaying interest to an office
// without an account, and the foreign town's try-it preview.
export const municipalitiesCs = {
  "admin.statsRegister": "Obce v registru",
  "nav.municipalities": "Obce",
  "form.cancel": "Zpět",

  "register.title": "Úřední údaje",
  "register.attribution":
    "Obce: © ČÚZK (RÚIAN, CC BY 4.0); počty obyvatel: ČSÚ, k 1. 1. 2025; IČO: MF ČR (MONITOR)",
  "register.readOnly":
    "Tyto údaje pocházejí z úředního registru obcí a v aplikaci je nikdo nemění. Nesouhlasí-li, napište Svazu.",
  "register.kind": "Typ obce",
  "register.kind.obec": "obec",
  "register.kind.městys": "městys",
  "register.kind.město": "město",
  "register.kind.statutární město": "statutární město",
  "register.kind.hlavní město": "hlavní město",
  "register.kraj": "Kraj",
  "register.okres": "Okres",
  "register.orp": "Obec s rozšířenou působností",
  "register.population": "Počet obyvatel",
  "register.populationOn": "k {date}",
  "register.ico": "IČO",
  "register.code": "Kód obce (RÚIAN)",

  "place.okres": "okres {okres}",
  "place.none": "Nic nenalezeno.",

  "directory.title": "Obce v Česku",
  "directory.lead":
    "Všech 6 254 obcí podle úředního registru. Zahraniční města tu najdou partnery i mezi obcemi, které na Spolu ještě nejsou: jejich zájem předá Svaz.",
  "directory.q": "Název obce",
  "directory.qHint": "Stačí část názvu, diakritika nevadí („bozi dar“).",
  "directory.any": "Vše",
  "directory.okresHint": "Vyberte nejdřív kraj, seznam okresů se zkrátí.",
  "directory.size": "Velikost",
  "directory.size.lt500": "do 499 obyvatel",
  "directory.size.500-999": "500–999 obyvatel",
  "directory.size.1000-4999": "1 000–4 999 obyvatel",
  "directory.size.5000-19999": "5 000–19 999 obyvatel",
  "directory.size.20000-99999": "20 000–99 999 obyvatel",
  "directory.size.100000+": "100 000 a více obyvatel",
  "directory.more": "Na Spolu",
  "directory.withProfile": "Jen obce s profilem na Spolu",
  "directory.withPartners": "Jen obce se zahraničními partnery",
  "directory.sort": "Řadit",
  "directory.sort.name": "podle názvu (A–Z)",
  "directory.sort.population": "od největší",
  "directory.sort.population-asc": "od nejmenší",
  "directory.count": "Obcí: {count}",
  "directory.results": "Nalezeno obcí: {count}",
  "directory.noResults":
    "Žádná obec těmto filtrům neodpovídá. Zkuste kratší část názvu nebo méně filtrů.",
  "directory.download": "Stáhnout CSV",
  "directory.caption": "Obce odpovídající filtrům",
  "directory.col.name": "Obec",
  "directory.col.spolu": "Na Spolu",
  "directory.hasProfile": "Profil na Spolu",
  "directory.noProfileShort": "Bez profilu",
  "directory.partners": "Partnerů: {count}",
  "directory.error.value": "Tuto hodnotu neznáme ({value}); filtr jsme nepoužili.",

  "municipality.noProfile":
    "Obec zatím nemá na Spolu profil: známe jen úřední údaje. Zájem zahraničního města jí předá Svaz.",
  "municipality.noProfileLead":
    "Obec {name} zatím na Spolu nepůsobí. Její úřední údaje jsou veřejné a zahraniční města ji mohou oslovit přes Svaz.",
  "municipality.noPartnerships": "Spolu zatím nezná žádné partnerské město.",
  "municipality.interestSignIn":
    "Zastupujete zahraniční město a chcete tuto obec oslovit? Přihlaste se nebo se zaregistrujte.",
  "municipality.interestNeedsOffer":
    "Obec oslovíte ze zveřejněné nabídky partnerství. Nejdřív ji vytvořte:",

  "claim.title": "Zastupujete obec?",
  "claim.titleFor": "Zastupujete obec {name}?",
  "claim.question": "Zastupujete tuto obec?",
  "claim.lead":
    "Převezměte profil obce {name}: doplníte témata, jazyky a kontakt a uvidíte nabídky zahraničních měst, které se k vám hodí.",
  "claim.leadClaimed":
    "Za obec {name} už na Spolu někdo jedná. Pokud ji zastupujete vy, pošlete žádost: Svaz ověří, kdo za obec skutečně jedná.",
  "claim.formLead":
    "Profil obce můžete hned vyplnit. Svaz mezitím ověří, že za obec jednáte, a profil označí „Ověřeno Svazem“.",
  "claim.howVerified":
    "Jak ověřujeme: zavoláme na obecní úřad nebo napíšeme do datové schránky obce a ověříme vaše jméno a funkci.",
  "claim.button": "Převzít profil obce",
  "claim.signUp": "Zaregistrovat se za obec",
  "claim.submit": "Převzít profil obce",
  "claim.submitConflict": "Poslat žádost Svazu",
  "claim.role": "Vaše funkce na obci",
  "claim.roleHint": "Např. starosta, místostarostka, tajemník, referentka pro zahraniční vztahy.",
  "claim.phone": "Telefon pro ověření (nepovinné)",
  "claim.phoneHint": "Uvidí ho jen Svaz, pokud by vás potřeboval zastihnout.",
  "claim.confirm": "Potvrzuji, že jsem oprávněn(a) za obec jednat.",
  "claim.done": "Profil obce je váš. Vyplňte ho; Svaz mezitím ověří, že za obec jednáte.",
  "claim.doneConflict": "Za obec už jedná jiný účet, vaši žádost proto posoudí Svaz a ozve se vám.",
  "claim.yours": "Za tuto obec jednáte vy.",
  "claim.editProfile": "Upravit profil",
  "claim.waiting": "Vaši žádost o tuto obec posuzuje Svaz.",
  "claim.waitingFor": "Vaši žádost o obec {name} posuzuje Svaz. Ozveme se vám e-mailem.",
  "claim.rejectedFor":
    "Svaz vaši žádost o obec {name} nepotvrdil. Vyberte svou obec znovu, nebo se na Svaz obraťte.",
  "claim.notVerifiedYet": "Čeká na ověření Svazem",
  "claim.staffTitle": "Kdo za obec jedná",
  "claim.staffNone": "Obec zatím nikdo nepřevzal.",
  "claim.staffLink": "Všechny žádosti o obce",
  "claim.deletedAccount": "smazaný účet",
  "claim.status.pending": "čeká na ověření",
  "claim.status.conflict": "spor: obec už má účet",
  "claim.status.verified": "ověřeno",
  "claim.status.rejected": "zamítnuto",
  "claim.status.withdrawn": "staženo",
  "claim.status.superseded": "nahrazeno jiným účtem",
  "claim.error.not_found": "Tuto obec v registru nemáme.",
  "claim.error.not_mayor": "Obec může převzít jen účet české obce.",
  "claim.error.already_owner": "Váš účet už za jednu obec jedná; účet může jednat jen za jednu.",
  "claim.error.already_claimed": "Za obec už jedná jiný účet.",
  "claim.error.claim_pending": "Jednu vaši žádost o obec už Svaz posuzuje.",
  "claim.error.noOwner": "Obec nemá účet, není koho ověřit.",
  "claim.error.notOwner": "Za tuto obec už nejednáte; profil se neuložil.",

  "claimsAdmin.nav": "Žádosti o obce",
  "claimsAdmin.title": "Kdo za obec jedná: žádosti k ověření",
  "claimsAdmin.howtoTitle": "Jak žádost ověřit",
  "claimsAdmin.howto1":
    "Najděte obec podle IČO (např. v registru ARES) a zavolejte na obecní úřad z čísla uvedeného na jeho webu, ne z čísla v žádosti.",
  "claimsAdmin.howto2":
    "Nebo pošlete zprávu do datové schránky obce (vyhledáte ji podle IČO) a počkejte na odpověď úřadu.",
  "claimsAdmin.howto3":
    "Ověřte jméno a funkci žadatele; úřední e-mail na doméně obce je dobrá známka, soukromý e-mail sám o sobě nestačí.",
  "claimsAdmin.howto4":
    "Ověření znamená jen to, že účet za obec jedná. Texty profilu schvalujete zvlášť ve frontě ke schválení.",
  "claimsAdmin.open": "Čekají na rozhodnutí",
  "claimsAdmin.none": "Žádná žádost nečeká.",
  "claimsAdmin.decided": "Nedávno rozhodnuté",
  "claimsAdmin.noneDecided": "Zatím nic.",
  "claimsAdmin.decidedAt": "Rozhodnuto",
  "claimsAdmin.role": "Funkce na obci",
  "claimsAdmin.phone": "Telefon",
  "claimsAdmin.claimant": "Žadatel",
  "claimsAdmin.currentOwner": "Za obec nyní jedná",
  "claimsAdmin.emailUnconfirmed": "adresa zatím nepotvrzena",
  "claimsAdmin.since": "Žádost podána",
  "claimsAdmin.note": "Zdůvodnění",
  "claimsAdmin.noteHint": "Žadatel ho uvidí. Povinné při zamítnutí.",
  "claimsAdmin.verify": "Ověřeno: jedná za obec",
  "claimsAdmin.transfer": "Předat obec tomuto žadateli",
  "claimsAdmin.reject": "Zamítnout a uvolnit obec",
  "claimsAdmin.rejectConflict": "Zamítnout žádost",
  "claimsAdmin.rejectWarning":
    "Účet přijde o obec a profil, který do ní napsal, se smaže. Obec zůstane v adresáři s úředními údaji.",
  "claimsAdmin.rejectConflictWarning": "Žadatel se dozví, že jeho žádost byla zamítnuta.",
  "claimsAdmin.done.verify": "Žádost je ověřena; obec má odznak „Ověřeno Svazem“.",
  "claimsAdmin.done.reject": "Žádost je zamítnuta.",
  "claimsAdmin.done.transfer": "Obec je předána novému účtu.",
  "claimsAdmin.error.bad": "Žádost se nepodařilo přečíst. Zkuste to znovu.",
  "claimsAdmin.error.noteRequired": "Napište, proč žádost zamítáte.",
  "claimsAdmin.error.state":
    "Žádost už mezitím někdo rozhodl, nebo žadatel jedná za jinou obec. Načtěte stránku znovu.",

  "relay.title": "Obec {name} nemá na Spolu účet",
  "relay.lead":
    "Předejte zájem obecnímu úřadu (e-mailem nebo do datové schránky podle IČO) a pozvěte obec, ať si profil převezme. Odpověď úřadu pak zaznamenejte zde za obec.",
  "relay.claimLink": "Odkaz k převzetí profilu",
  "relay.text": "Text pro obecní úřad",
  "relay.template":
    "Dobrý den,\n\nzahraniční město {town} ({country}) projevilo přes platformu Spolu zájem o partnerství s obcí {name}. Píše:\n\n„{message}“\n\nOdpovědět můžete přímo na Spolu, když si převezmete profil své obce: {link}\nRegistrace trvá pár minut; Svaz pak ověří, že za obec jednáte. Můžete také odpovědět na tuto zprávu a Svaz odpověď předá.\n\nS pozdravem\nSvaz měst a obcí České republiky",

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
} as const;
