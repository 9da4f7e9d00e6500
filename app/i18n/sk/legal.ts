// The Slovak of ../cs/legal.ts.
import type { legalCs, legalTextsCs } from "../cs/legal";

export const legalSk: Record<keyof typeof legalCs, string> = {
  "privacy.title": "Ochrana osobných údajov",
  "meta.privacy":
    "Aké osobné údaje Spolu spracúva, prečo, komu ich ukazuje, ako dlho ich uchováva a aké máte práva. Len nevyhnutné cookies, žiadne sledovanie.",
  "terms.title": "Podmienky používania",
  "meta.terms":
    "Podmienky používania služby Spolu: kto sa môže registrovať, čo smie zverejniť, ako prevádzkovateľ kontroluje obsah, otvorené údaje a ako nahlásiť zneužitie.",
};

export const legalTextsSk: Record<keyof typeof legalTextsCs, string> = {
  "operator.name": "Prevádzkovateľ",
  "operator.address": "Sídlo",
  "operator.ico": "IČO",
  "operator.email": "E-mail",
  "operator.website": "Web",
  "operator.dpo": "Zodpovedná osoba (DPO)",
  "legal.updated": "Platné od {date}",

  "privacy.lead":
    "Táto stránka vysvetľuje, aké osobné údaje Spolu spracúva, prečo a na akom právnom základe, kto ich uvidí, ako dlho ich uchovávame a aké máte práva (čl. 13 a 14 všeobecného nariadenia o ochrane údajov, GDPR).",
  "privacy.controllerTitle": "Kto údaje spracúva",
  "privacy.controller":
    "Vaše osobné údaje spracúva ako prevádzkovateľ podľa GDPR ten, kto službu Spolu prevádzkuje:",
  "privacy.contactUs":
    "S otázkami k osobným údajom a s uplatnením svojich práv sa obracajte na {email}.",

  "privacy.dataTitle": "Aké údaje spracúvame",
  "privacy.data.account":
    "Účet: meno, e-mail, obec alebo mesto, za ktoré konáte, rola, jazyk e-mailov a nastavenie upozornení. Heslo ukladáme len ako jednosmerný odtlačok (hash), nikdy v čitateľnej podobe.",
  "privacy.data.contact":
    "Kontaktná osoba obce alebo ponuky: meno, funkcia, e-mail a telefón. Tieto údaje nie sú verejné.",
  "privacy.data.claim":
    "Žiadosť o správu stránky obce: vaša funkcia a telefón, aby pracovníci prevádzkovateľa mohli overiť, že za obec konáte.",
  "privacy.data.messages":
    "Prejavy záujmu, správy medzi obcami a mestami, zaznamenané kroky partnerstva a upozornenia, ktoré vám Spolu poslal, aj e-mailom.",
  "privacy.data.history":
    "História zmien: kto a kedy čo odoslal, upravil, schválil alebo zamietol.",
  "privacy.data.technical":
    "Technické údaje: vaše prihlásenia (kedy vznikli a z akého prehliadača) a počítadlá pokusov proti zneužitiu, ktoré IP adresu alebo e-mail ukladajú len ako jednosmerný odtlačok. Záznam servera obsahuje adresu vyžiadanej stránky a odpoveď, nie vašu IP adresu.",

  "privacy.purposesTitle": "Prečo údaje spracúvame a na akom základe",
  "privacy.purpose.service":
    "Vedenie účtu a služby Spolu: profil obce, ponuky, odporúčania partnerov, prejavy záujmu, správy a upozornenia podľa vášho nastavenia vrátane e-mailov na overenie adresy a obnovu hesla.",
  "privacy.basis.contract":
    "Právny základ: plnenie zmluvy, teda podmienok používania, ktoré prijímate pri registrácii (čl. 6 ods. 1 písm. b) GDPR).",
  "privacy.purpose.moderation":
    "Kontrola obsahu pred zverejnením a pred odovzdaním druhej strane, overenie, kto za obec koná, história zmien a zápis ponúk prevzatých zo správ miest, aby sa obce mohli spoľahnúť na to, čo prevádzkovateľ zverejňuje pod svojím menom.",
  "privacy.purpose.security":
    "Ochrana pred zneužitím: bezpečné prihlásenie a obmedzenie počtu pokusov o prihlásenie, registráciu, obnovu hesla a odoslanie správ.",
  "privacy.basis.interest":
    "Právny základ: oprávnený záujem prevádzkovateľa (čl. 6 ods. 1 písm. f) GDPR).",
  "privacy.noAutomatedDecisions":
    "Skóre zhody je len odporúčanie, ktoré uľahčuje hľadanie. Spolu o nikom nerozhoduje automaticky: či sa ozvete a či ponuku prijmete, rozhodujú ľudia.",

  "privacy.recipientsTitle": "Kto údaje uvidí",
  "privacy.recipients.public":
    "Verejnosť vidí zverejnené ponuky a profily obcí bez kontaktných údajov. Kontaktná osoba, e-mail, telefón, správy ani interné poznámky sa nezverejňujú nikdy, ani v otvorených údajoch.",
  "privacy.recipients.staff":
    "Pracovníci prevádzkovateľa vidia to, čo potrebujú na kontrolu obsahu a na pomoc používateľom.",
  "privacy.recipients.partner":
    "Druhá strana kontaktu: prejav záujmu najprv skontrolujú pracovníci prevádzkovateľa a potom ho odovzdajú. Kým ho druhá strana neprijme, vidí len názov vašej obce alebo mesta a vašu správu. Kontaktnú osobu, e-mail a telefón uvidia obe strany až po prijatí.",
  "privacy.recipients.processors":
    "Poskytovatelia hostingu a rozosielania e-mailov, ktorí pre prevádzkovateľa pracujú na základe zmluvy o spracúvaní (čl. 28 GDPR). Údaje nepredávame a nepoužívame na reklamu.",
  "privacy.recipients.tiles":
    "Podklad máp sa načítava zo servera {origin}; váš prehliadač mu pritom oznámi svoju IP adresu.",
  "privacy.recipients.authorities": "Orgány verejnej moci, len ak to ukladá zákon.",

  "privacy.transfersTitle": "Prenos mimo EÚ",
  "privacy.transfers":
    "Prevádzkovateľ neprenáša osobné údaje do krajín mimo Európskej únie a Európskeho hospodárskeho priestoru a nepoužíva služby, ktoré by ich tam posielali. Výnimkou je len prípad, keď sami prijmete spoluprácu s mestom mimo EÚ a EHP (napríklad na Ukrajine): jeho zástupca potom uvidí vaše kontaktné údaje, pretože je to nevyhnutné na splnenie toho, o čo ste požiadali (čl. 49 ods. 1 písm. b) GDPR).",

  "privacy.retentionTitle": "Ako dlho údaje uchovávame",
  "privacy.retention.account":
    "Účet a údaje k nemu uchovávame, kým účet nezrušíte. Neaktívne účty sa samy nemažú.",
  "privacy.retention.deletion":
    "Zrušením účtu sa okamžite vymažú vaše meno, e-mail, organizácia a heslo, kontaktné údaje vo vašom profile obce a vo vašich ponukách, vaše upozornenia, e-maily a prihlásenia. V správach a poznámkach, ktoré zostávajú druhej strane, sa vaše meno, e-mail a telefón nahradia značkou „[…]“.",
  "privacy.retention.kept":
    "Zostáva verejný profil obce a jej partnerstvá (patria obci), vaše ponuky ako uzavreté (ich opis je verejný text mesta a neupravuje sa), už prijaté kontakty pre druhú stranu a história zmien, kde sa namiesto vášho mena zobrazí „zmazaný účet“. E-maily, ktoré už boli doručené iným ľuďom, vziať späť nemožno.",
  "privacy.retention.offers":
    "Ponuka po uplynutí platnosti prestane byť verejná, ale nevymaže sa. Prejav záujmu, na ktorý druhá strana neodpovie, vyprší po {days} dňoch a zostáva v histórii oboch strán.",
  "privacy.retention.session": "Prihlásenie platí {days} dní, ak sa skôr neodhlásite.",
  "privacy.retention.throttle":
    "Počítadlá pokusov sa mažú, len čo uplynie ich lehota: od 15 minút do 1 hodiny; odtlačok adresy, z ktorej sa do účtu úspešne prihlasujete, po 90 dňoch.",

  "privacy.rightsTitle": "Vaše práva",
  "privacy.rights.access":
    "Prístup a prenosnosť (čl. 15 a 20 GDPR): všetky údaje, ktoré o vás Spolu uchováva, si po prihlásení stiahnete ako súbor JSON.",
  "privacy.rights.accessLink": "Stiahnuť moje údaje",
  "privacy.rights.rectification":
    "Oprava (čl. 16): profil obce a ponuky upravíte sami; o opravu mena, e-mailu alebo organizácie v účte nás požiadajte.",
  "privacy.rights.erasure":
    "Vymazanie (čl. 17): účet zrušíte sami; čo sa vymaže a čo zostane, opisuje časť o uchovávaní vyššie.",
  "privacy.rights.erasureLink": "Zrušiť účet",
  "privacy.rights.restriction":
    "Obmedzenie spracúvania a námietka (čl. 18 a 21): proti spracúvaniu na základe oprávneného záujmu môžete namietať; napíšte nám a my námietku posúdime.",
  "privacy.rights.answer":
    "Na žiadosti odpovedáme bez zbytočného odkladu, najneskôr do jedného mesiaca.",
  "privacy.rights.complaint":
    "Máte tiež právo podať sťažnosť dozornému orgánu: v Česku je to Úrad na ochranu osobných údajov (ÚOOÚ), Pplk. Sochora 27, 170 00 Praha 7; obrátiť sa môžete aj na úrad krajiny EÚ, v ktorej žijete alebo pracujete.",
  "privacy.rights.complaintLink": "www.uoou.gov.cz",

  "privacy.cookiesTitle": "Cookies",
  "privacy.cookies":
    "Spolu ukladá len cookies nevyhnutné na fungovanie stránok, preto sa na súhlas nepýta (§ 89 ods. 3 českého zákona č. 127/2005 Zb. o elektronických komunikáciách). Nepoužívame analytické, reklamné ani cudzie cookies a nesledujeme vás.",
  "privacy.cookiesCaption": "Cookies, ktoré Spolu ukladá",
  "privacy.cookieName": "Názov",
  "privacy.cookiePurpose": "Účel",
  "privacy.cookieDuration": "Platnosť",
  "privacy.cookie.session": "Prihlásenie (len keď sa prihlásite)",
  "privacy.cookie.sessionDuration": "{days} dní alebo do odhlásenia",
  "privacy.cookie.lang": "Zvolený jazyk stránok",
  "privacy.cookie.langDuration": "1 rok",
  "privacy.cookie.toast": "Jednorazové potvrdenie po akcii, napríklad „Uložené“",
  "privacy.cookie.toastDuration": "Do zobrazenia potvrdenia",

  "privacy.changesTitle": "Zmeny",
  "privacy.changes":
    "Keď sa zmení, čo Spolu s osobnými údajmi robí, túto stránku upravíme. Platné znenie je vždy tu.",

  "terms.lead":
    "Pravidlá pre všetkých, ktorí Spolu používajú: kto sa môže registrovať, čo smie zverejniť, ako prevádzkovateľ kontroluje obsah a za čo nezodpovedá.",
  "terms.operatorTitle": "Prevádzkovateľ",
  "terms.operator": "Spolu prevádzkuje:",
  "terms.acceptance":
    "Registráciou tieto podmienky prijímate. Verejné stránky môže bez registrácie prezerať ktokoľvek. Spolu je bezplatný.",

  "terms.whoTitle": "Kto môže Spolu používať",
  "terms.who.visitors":
    "Ponuky, mapu, adresár obcí, register partnerstiev a otvorené údaje môže bez registrácie prezerať ktokoľvek.",
  "terms.who.mayors":
    "Účet českej obce si môže založiť len ten, kto je oprávnený za obec konať alebo ním bol poverený, napríklad starosta, zástupca starostu, tajomník alebo pracovník obecného úradu. Každú obec spravuje jeden účet; pracovníci prevádzkovateľa overujú, že za obec naozaj konáte.",
  "terms.who.foreign":
    "Účet zahraničného mesta si môže založiť zástupca jeho samosprávy alebo osoba, ktorú samospráva poverila.",
  "terms.who.account":
    "Údaje pri registrácii musia byť pravdivé. Účet je osobný: heslo nikomu neprezrádzajte, a ak máte podozrenie na zneužitie, heslo obnovte a dajte nám vedieť.",

  "terms.contentTitle": "Čo musí spĺňať profil, ponuka a správy",
  "terms.content.true": "Pravdivo opisujú obec alebo mesto a ich skutočný záujem o partnerstvo.",
  "terms.content.purpose":
    "Slúžia spolupráci obcí a miest: nie sú reklamou, obchodnou ponukou, politickou kampaňou ani výzvou na zbierku.",
  "terms.content.lawful":
    "Neobsahujú nič protiprávne, urážlivé ani nenávistné a neporušujú práva iných vrátane autorských.",
  "terms.content.contact":
    "Kontaktné údaje patria len do polí na to určených, kde zostávajú neverejné, nie do verejného opisu. Osobné údaje iných ľudí uvádzajte len s ich vedomím.",

  "terms.moderationTitle": "Kontrola obsahu",
  "terms.moderation.offers":
    "Ponuku zverejnia pracovníci prevádzkovateľa až po kontrole; každá úprava zverejnenej ponuky ide na kontrolu znova. Ponuka platí do zvoleného dátumu a možno ju predĺžiť.",
  "terms.moderation.profiles":
    "Profil obce je viditeľný hneď, ale kým ho pracovníci prevádzkovateľa neschvália, je označený ako neoverený.",
  "terms.moderation.contacts":
    "Prejav záujmu pracovníci prevádzkovateľa skontrolujú, skôr než ho odovzdajú druhej strane; smú z neho odstrániť kontaktné údaje alebo ho s odôvodnením zamietnuť.",
  "terms.moderation.decisions":
    "Obsah, ktorý porušuje tieto podmienky, môže prevádzkovateľ vrátiť na úpravu, zamietnuť alebo skryť; pri závažnom alebo opakovanom porušení môže ukončiť prístup k účtu. Každé rozhodnutie sa zaznamená aj s dôvodom.",

  "terms.contactsTitle": "Kontakty medzi obcami",
  "terms.contacts.flow":
    "Obce a mestá sa oslovujú prejavom záujmu cez Spolu. Kontaktné údaje druhej strany uvidíte, keď váš prejav záujmu prijme (alebo keď vy prijmete jej). Prejav záujmu bez odpovede vyprší po {days} dňoch.",
  "terms.contacts.limit":
    "Jedna ponuka prijíma najviac {limit} otvorených prejavov záujmu naraz; potom sa označí ako obsadená.",
  "terms.contacts.use":
    "Kontaktné údaje, ktoré vám Spolu ukáže, používajte len na rokovanie o spolupráci, nie na rozosielanie nevyžiadaných správ.",

  "terms.openDataTitle": "Otvorené údaje",
  "terms.openData":
    "Zverejnené ponuky, verejné profily obcí, register partnerstiev a prehľad dotácií sú voľne k dispozícii na ďalšie použitie cez API, CSV, iCalendar a kanál Atom, bez registrácie. Pri ďalšom použití uveďte zdroj „Spolu, {operator}“.",
  "terms.openDataSources":
    "Údaje prevzaté z iných zdrojov podliehajú ich licenciám; uvedenie zdroja, ktoré licencie vyžadujú, zachovajte:",
  "terms.openDataPrivate":
    "Kontaktné údaje, správy ani interné poznámky otvorené údaje nikdy neobsahujú.",

  "terms.warrantyTitle": "Bez záruky",
  "terms.warranty.score":
    "Skóre zhody a jeho zdôvodnenie sú odporúčania vypočítané z údajov, ktoré uviedli obce a mestá, a z verejných registrov. Nezaručujú, že partnerstvo vznikne ani že druhá strana odpovie.",
  "terms.warranty.content":
    "Za obsah profilov, ponúk a správ zodpovedajú tí, ktorí ich napísali. Partnerstvá prevzaté z verejných zoznamov sú neoverené, kým ich obec nepotvrdí.",
  "terms.warranty.agreements":
    "Prevádzkovateľ nie je stranou dohôd medzi obcami a mestami a za ich plnenie nezodpovedá.",
  "terms.warranty.service":
    "Spolu sa poskytuje bezplatne a tak, ako je, a môže byť dočasne nedostupný. Prevádzkovateľ zodpovedá za škodu len v rozsahu, ktorý nemožno podľa právnych predpisov vylúčiť.",

  "terms.abuseTitle": "Nahlásenie zneužitia",
  "terms.abuse":
    "Ak narazíte na nepravdivú ponuku, nevhodnú správu alebo zneužitý účet, napíšte na {email} a pripojte odkaz na stránku. Pracovníci prevádzkovateľa vec preveria a dajú vám vedieť, ako rozhodli.",

  "terms.endTitle": "Zrušenie účtu",
  "terms.end":
    "Účet môžete kedykoľvek zrušiť sami. Čo sa pritom vymaže a čo zostane, opisuje stránka:",

  "terms.lawTitle": "Zmeny podmienok a rozhodné právo",
  "terms.law":
    "Podmienky sa riadia právom Českej republiky a spory z nich rozhodujú české súdy. Zmeny podmienok oznámime vopred na tejto stránke; ďalším používaním služby Spolu ich prijímate.",
};
