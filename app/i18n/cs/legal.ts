// The privacy notice (/privacy) and the terms of use (/terms). The operator's name, address,
// IČO and e-mail come from the settings (app/models/settings.server.ts), never from here.

/** The pages' titles (links between them) and descriptions (<head>): in ./more.ts. */
export const legalCs = {
  "privacy.title": "Ochrana osobních údajů",
  "meta.privacy":
    "Jaké osobní údaje Spolu zpracovává, proč, komu je ukazuje, jak dlouho je uchovává a jaká máte práva. Jen nezbytné cookies, žádné sledování.",
  "terms.title": "Podmínky užívání",
  "meta.terms":
    "Podmínky užívání Spolu: kdo se může registrovat, co smí zveřejnit, jak provozovatel obsah kontroluje, licence otevřených dat a jak nahlásit zneužití.",
} as const;

/**
 * The texts themselves, which only these pages show: the server translates them into the
 * pages' data (../texts.server.ts), so that no browser downloads them with its messages.
 */
export const legalTextsCs = {
  "operator.name": "Provozovatel",
  "operator.address": "Sídlo",
  "operator.ico": "IČO",
  "operator.email": "E-mail",
  "operator.website": "Web",
  "operator.dpo": "Pověřenec pro ochranu osobních údajů",
  "legal.updated": "Platné od {date}",

  "privacy.lead":
    "Tato stránka vysvětluje, jaké osobní údaje Spolu zpracovává, proč a na jakém základě, kdo je uvidí, jak dlouho je uchováváme a jaká máte práva (čl. 13 a 14 obecného nařízení o ochraně osobních údajů, GDPR).",
  "privacy.controllerTitle": "Kdo údaje zpracovává",
  "privacy.controller": "Správcem osobních údajů je provozovatel Spolu:",
  "privacy.contactUs":
    "S otázkami k osobním údajům a s uplatněním svých práv se obracejte na {email}.",

  "privacy.dataTitle": "Jaké údaje zpracováváme",
  "privacy.data.account":
    "Účet: jméno, e-mail, obec nebo město, za které jednáte, role, jazyk e-mailů a nastavení upozornění. Heslo ukládáme jen jako jednosměrný otisk, nikdy v čitelné podobě.",
  "privacy.data.contact":
    "Kontaktní osoba obce nebo nabídky: jméno, funkce, e-mail a telefon. Tyto údaje nejsou veřejné.",
  "privacy.data.claim":
    "Žádost o správu stránky obce: vaše funkce a telefon, aby pracovníci provozovatele mohli ověřit, že za obec jednáte.",
  "privacy.data.messages":
    "Projevy zájmu, zprávy mezi obcemi, zaznamenané kroky partnerství a upozornění, která vám Spolu poslal, i e-mailem.",
  "privacy.data.history": "Historie změn: kdo a kdy co odeslal, upravil, schválil nebo odmítl.",
  "privacy.data.technical":
    "Technické údaje: vaše přihlášení (kdy vzniklo a z jakého prohlížeče) a počítadla pokusů proti zneužití, která IP adresu nebo e-mail ukládají jen jako jednosměrný otisk. Záznam serveru obsahuje adresu vyžádané stránky a odpověď, ne vaši IP adresu.",

  "privacy.purposesTitle": "Proč údaje zpracováváme a na jakém základě",
  "privacy.purpose.service":
    "Vedení účtu a služby Spolu: profil obce, nabídky, doporučení partnerů, projevy zájmu, zprávy a upozornění podle vašeho nastavení, včetně e-mailů k ověření adresy a k obnově hesla.",
  "privacy.basis.contract":
    "Právní základ: plnění smlouvy, tedy podmínek užívání, které přijímáte při registraci (čl. 6 odst. 1 písm. b) GDPR).",
  "privacy.purpose.moderation":
    "Kontrola obsahu před zveřejněním a před předáním druhé straně, ověření, kdo za obec jedná, historie změn a zápis nabídek převzatých ze zpráv měst, aby se obce mohly spolehnout na to, co provozovatel pod svým jménem zveřejňuje.",
  "privacy.purpose.security":
    "Ochrana před zneužitím: bezpečné přihlášení a omezení počtu pokusů o přihlášení, registraci, obnovu hesla a odeslání zpráv.",
  "privacy.basis.interest":
    "Právní základ: oprávněný zájem provozovatele (čl. 6 odst. 1 písm. f) GDPR).",
  "privacy.noAutomatedDecisions":
    "Skóre shody je jen doporučení, které usnadňuje hledání. Spolu o nikom nerozhoduje automaticky: zda se ozvete a zda nabídku přijmete, rozhodují lidé.",

  "privacy.recipientsTitle": "Kdo údaje uvidí",
  "privacy.recipients.public":
    "Veřejnost vidí zveřejněné nabídky a profily obcí bez kontaktních údajů. Kontaktní osoba, e-mail, telefon, zprávy ani interní poznámky se nezveřejňují nikdy, ani v otevřených datech.",
  "privacy.recipients.staff":
    "Pracovníci provozovatele vidí to, co potřebují ke kontrole obsahu a k pomoci uživatelům.",
  "privacy.recipients.partner":
    "Druhá strana kontaktu: projev zájmu nejdřív zkontrolují pracovníci provozovatele a pak ho předají. Dokud ho druhá strana nepřijme, vidí jen název vaší obce nebo města a vaši zprávu. Kontaktní osobu, e-mail a telefon uvidí obě strany až po přijetí.",
  "privacy.recipients.processors":
    "Poskytovatelé hostingu a rozesílání e-mailů, kteří pro provozovatele pracují na základě smlouvy o zpracování (čl. 28 GDPR). Údaje neprodáváme a nepoužíváme k reklamě.",
  "privacy.recipients.tiles":
    "Podklad map se načítá ze serveru {origin}; váš prohlížeč mu přitom sdělí svou IP adresu.",
  "privacy.recipients.authorities": "Orgány veřejné moci, jen pokud to ukládá zákon.",

  "privacy.transfersTitle": "Předávání mimo EU",
  "privacy.transfers":
    "Provozovatel nepředává osobní údaje do zemí mimo Evropskou unii a Evropský hospodářský prostor a nepoužívá služby, které by je tam posílaly. Výjimkou je jen případ, kdy sami přijmete spolupráci s městem mimo EU a EHP (například na Ukrajině): jeho zástupce pak uvidí vaše kontaktní údaje, protože je to nezbytné pro splnění toho, oč jste požádali (čl. 49 odst. 1 písm. b) GDPR).",

  "privacy.retentionTitle": "Jak dlouho údaje uchováváme",
  "privacy.retention.account":
    "Účet a údaje k němu uchováváme, dokud účet nezrušíte. Neaktivní účty se samy nemažou.",
  "privacy.retention.deletion":
    "Zrušením účtu se okamžitě smažou vaše jméno, e-mail, organizace a heslo, kontaktní údaje ve vašem profilu obce a ve vašich nabídkách, vaše upozornění, e-maily a přihlášení. Ve zprávách a poznámkách, které zůstávají druhé straně, se vaše jméno, e-mail a telefon nahradí značkou „[…]“.",
  "privacy.retention.kept":
    "Zůstává veřejný profil obce a její partnerství (patří obci), vaše nabídky jako uzavřené (jejich popis je veřejný text města a neupravuje se), už přijaté kontakty pro druhou stranu a historie změn, kde se místo vašeho jména ukáže „smazaný účet“. E-maily, které už byly doručeny jiným lidem, vzít zpět nelze.",
  "privacy.retention.offers":
    "Nabídka po uplynutí platnosti přestane být veřejná, ale nesmaže se. Projev zájmu, na který druhá strana neodpoví, vyprší po {days} dnech a zůstává v historii obou stran.",
  "privacy.retention.session": "Přihlášení platí {days} dní, pokud se dřív neodhlásíte.",
  "privacy.retention.throttle":
    "Počítadla pokusů se mažou, jakmile uplyne jejich lhůta: od 15 minut do 1 hodiny; otisk adresy, ze které se k účtu úspěšně přihlašujete, po 90 dnech.",

  "privacy.rightsTitle": "Vaše práva",
  "privacy.rights.access":
    "Přístup a přenositelnost (čl. 15 a 20 GDPR): všechny údaje, které o vás Spolu uchovává, si po přihlášení stáhnete jako soubor JSON.",
  "privacy.rights.accessLink": "Stáhnout moje údaje",
  "privacy.rights.rectification":
    "Oprava (čl. 16): profil obce a nabídky upravíte sami; o opravu jména, e-mailu nebo organizace u účtu nás požádejte.",
  "privacy.rights.erasure":
    "Výmaz (čl. 17): účet zrušíte sami; co se smaže a co zůstane, popisuje oddíl o uchovávání výše.",
  "privacy.rights.erasureLink": "Zrušit účet",
  "privacy.rights.restriction":
    "Omezení zpracování a námitka (čl. 18 a 21): proti zpracování na základě oprávněného zájmu můžete vznést námitku; napište nám a my ji posoudíme.",
  "privacy.rights.answer":
    "Na žádosti odpovídáme bez zbytečného odkladu, nejpozději do jednoho měsíce.",
  "privacy.rights.complaint":
    "Máte také právo podat stížnost u dozorového úřadu: v Česku je to Úřad pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7; můžete se obrátit i na úřad země EU, kde žijete nebo pracujete.",
  "privacy.rights.complaintLink": "www.uoou.gov.cz",

  "privacy.cookiesTitle": "Cookies",
  "privacy.cookies":
    "Spolu ukládá jen cookies nezbytné pro fungování stránek, proto se na souhlas neptá (§ 89 odst. 3 zákona č. 127/2005 Sb., o elektronických komunikacích). Nepoužíváme analytické, reklamní ani cizí cookies a nesledujeme vás.",
  "privacy.cookiesCaption": "Cookies, které Spolu ukládá",
  "privacy.cookieName": "Název",
  "privacy.cookiePurpose": "Účel",
  "privacy.cookieDuration": "Platnost",
  "privacy.cookie.session": "Přihlášení (jen když se přihlásíte)",
  "privacy.cookie.sessionDuration": "{days} dní nebo do odhlášení",
  "privacy.cookie.lang": "Zvolený jazyk stránek",
  "privacy.cookie.langDuration": "1 rok",
  "privacy.cookie.toast": "Jednorázové potvrzení po akci, například „Uloženo“",
  "privacy.cookie.toastDuration": "Do zobrazení potvrzení",

  "privacy.changesTitle": "Změny",
  "privacy.changes":
    "Když se změní, co Spolu s osobními údaji dělá, tuto stránku upravíme. Platné znění je vždy zde.",

  "terms.lead":
    "Pravidla pro všechny, kdo Spolu používají: kdo se může registrovat, co smí zveřejnit, jak provozovatel obsah kontroluje a za co neodpovídá.",
  "terms.operatorTitle": "Provozovatel",
  "terms.operator": "Spolu provozuje:",
  "terms.acceptance":
    "Registrací tyto podmínky přijímáte. Veřejné stránky může bez registrace prohlížet kdokoli. Spolu je zdarma.",

  "terms.whoTitle": "Kdo může Spolu používat",
  "terms.who.visitors":
    "Nabídky, mapu, adresář obcí, rejstřík partnerství a otevřená data může bez registrace prohlížet kdokoli.",
  "terms.who.mayors":
    "Účet české obce si může založit jen ten, kdo je oprávněn za obec jednat nebo jím byl pověřen, například starosta, místostarosta, tajemník nebo pracovník obecního úřadu. Každou obec spravuje jeden účet; pracovníci provozovatele ověřují, že za obec skutečně jednáte.",
  "terms.who.foreign":
    "Účet zahraničního města si může založit zástupce jeho samosprávy nebo osoba, kterou samospráva pověřila.",
  "terms.who.account":
    "Údaje při registraci musí být pravdivé. Účet je osobní: heslo nikomu nesdělujte, a máte-li podezření na zneužití, heslo obnovte a dejte nám vědět.",

  "terms.contentTitle": "Co musí splňovat profil, nabídka a zprávy",
  "terms.content.true": "Pravdivě popisují obec nebo město a jejich skutečný zájem o partnerství.",
  "terms.content.purpose":
    "Slouží spolupráci obcí a měst: nejsou reklamou, obchodní nabídkou, politickou kampaní ani výzvou ke sbírce.",
  "terms.content.lawful":
    "Neobsahují nic protiprávního, urážlivého nebo nenávistného a neporušují práva jiných, ani autorská.",
  "terms.content.contact":
    "Kontaktní údaje patří jen do polí k tomu určených, kde zůstávají neveřejné, ne do veřejného popisu. Osobní údaje jiných lidí uvádějte jen s jejich vědomím.",

  "terms.moderationTitle": "Kontrola obsahu",
  "terms.moderation.offers":
    "Nabídku zveřejní pracovníci provozovatele až po kontrole; každá úprava zveřejněné nabídky jde ke kontrole znovu. Nabídka platí do zvoleného data a lze ji prodloužit.",
  "terms.moderation.profiles":
    "Profil obce je vidět hned, ale dokud ho pracovníci provozovatele neschválí, je označen jako neověřený.",
  "terms.moderation.contacts":
    "Projev zájmu pracovníci provozovatele zkontrolují, než ho předají druhé straně; smějí z něj odstranit kontaktní údaje nebo ho s odůvodněním odmítnout.",
  "terms.moderation.decisions":
    "Obsah, který porušuje tyto podmínky, může provozovatel vrátit k úpravě, odmítnout nebo skrýt; při závažném nebo opakovaném porušení může ukončit přístup k účtu. Každé rozhodnutí se zaznamená i s důvodem.",

  "terms.contactsTitle": "Kontakty mezi obcemi",
  "terms.contacts.flow":
    "Obce a města se oslovují projevem zájmu přes Spolu. Kontaktní údaje druhé strany uvidíte, až projev zájmu přijme (nebo až vy přijmete její). Projev zájmu bez odpovědi vyprší po {days} dnech.",
  "terms.contacts.limit":
    "Jedna nabídka přijímá nejvýše {limit} otevřených projevů zájmu najednou; pak se označí jako obsazená.",
  "terms.contacts.use":
    "Kontaktní údaje, které vám Spolu ukáže, používejte jen k jednání o spolupráci, ne k rozesílání nevyžádaných sdělení.",

  "terms.openDataTitle": "Otevřená data",
  "terms.openData":
    "Zveřejněné nabídky, veřejné profily obcí, rejstřík partnerství a přehled dotací jsou volně k dispozici k dalšímu použití přes API, CSV, iCalendar a kanál Atom, bez registrace. Při dalším použití uveďte zdroj „Spolu, {operator}“.",
  "terms.openDataSources":
    "Údaje převzaté z jiných zdrojů podléhají jejich licencím; uvedení zdroje, které licence žádají, zachovejte:",
  "terms.openDataPrivate":
    "Kontaktní údaje, zprávy ani interní poznámky otevřená data nikdy neobsahují.",

  "terms.warrantyTitle": "Bez záruky",
  "terms.warranty.score":
    "Skóre shody a jeho zdůvodnění jsou doporučení spočtená z údajů, které uvedly obce a města, a z veřejných registrů. Nezaručují, že partnerství vznikne ani že druhá strana odpoví.",
  "terms.warranty.content":
    "Za obsah profilů, nabídek a zpráv odpovídají ti, kdo je napsali. Partnerství převzatá z veřejných seznamů jsou neověřená, dokud je obec nepotvrdí.",
  "terms.warranty.agreements":
    "Provozovatel není stranou dohod mezi obcemi a městy a za jejich plnění neodpovídá.",
  "terms.warranty.service":
    "Spolu je poskytován zdarma a tak, jak je, a může být dočasně nedostupný. Provozovatel odpovídá za škodu jen v rozsahu, který nelze podle právních předpisů vyloučit.",

  "terms.abuseTitle": "Nahlášení zneužití",
  "terms.abuse":
    "Narazíte-li na nepravdivou nabídku, nevhodnou zprávu nebo zneužitý účet, napište na {email} a připojte odkaz na stránku. Pracovníci provozovatele věc prověří a dají vám vědět, jak rozhodli.",

  "terms.endTitle": "Zrušení účtu",
  "terms.end":
    "Účet můžete kdykoli zrušit sami. Co se přitom smaže a co zůstane, popisuje stránka:",

  "terms.lawTitle": "Změny podmínek a rozhodné právo",
  "terms.law":
    "Podmínky se řídí právem České republiky a spory z nich rozhodují české soudy. Změny podmínek oznámíme předem na této stránce; dalším používáním Spolu je přijímáte.",
} as const;
