// The Slovak of ../cs/help.ts.
import type { helpCs, helpTextsCs } from "../cs/help";

export const helpSk: Record<keyof typeof helpCs, string> = {
  "about.title": "O službe Spolu",
  "meta.about":
    "Spolu pomáha českým obciam nájsť partnerské mesto v zahraničí. Kto ho prevádzkuje, odkiaľ sú údaje a ako sa počíta zhoda.",
  "help.title": "Ako na partnerstvo obcí",
  "meta.help":
    "Sprievodca pre starostov: ako nájsť partnerské mesto v zahraničí, osloviť ho cez Spolu, dať zmluvu schváliť zastupiteľstvu a získať dotácie. Vzory.",
};

export const helpTextsSk: Record<keyof typeof helpTextsCs, string> = {
  "about.lead":
    "Spolu pomáha českým obciam nájsť partnerské mesto v zahraničí a zahraničným mestám nájsť partnera v Česku: profily obcí, odporúčania aj s dôvodmi, mapa a kontakt, na ktorý dohliada prevádzkovateľ.",
  "about.whatTitle": "Čo Spolu ponúka",
  "about.what.offers":
    "Zahraničné mestá zverejňujú ponuky partnerstva; české obce si ich prezerajú a vidia ich zoradené podľa toho, ako sa k nim hodia.",
  "about.what.municipalities":
    "Každá česká obec má svoju stránku s úradnými údajmi. Obec ju prevezme a doplní profil: témy spolupráce, pracovné jazyky a akého partnera hľadá.",
  "about.what.contacts":
    "Obce a mestá sa oslovujú cez Spolu; kontaktné údaje sa zobrazia, keď obe strany súhlasia.",
  "about.what.registry":
    "Register partnerstiev, mapa a prehľad dotácií a podujatí pomáhajú partnerstvá rozbehnúť a udržať.",
  "about.whoTitle": "Kto Spolu prevádzkuje",
  "about.who":
    "Spolu prevádzkuje {operator}. Jeho pracovníci kontrolujú ponuky, profily a prejavy záujmu, pomáhajú obciam a zapisujú ponuky, ktoré prišli inou cestou.",
  "about.dataTitle": "Odkiaľ sú údaje",
  "about.data.own":
    "Ponuky píšu zahraničné mestá samy alebo ich podľa ich správ zapisujú pracovníci prevádzkovateľa; profily píšu české obce. Úradné údaje a miesta pochádzajú z verejných zdrojov:",
  "about.data.reuse":
    "Všetky verejné údaje služby Spolu aj s ich zdrojmi a licenciami si môžete stiahnuť a ďalej použiť:",
  "about.scoringTitle": "Ako počítame zhodu",
  "about.scoring":
    "Skóre od 0 do 100 hovorí, ako dobre sa česká obec a zahraničné mesto k sebe hodia, a to z pohľadu oboch: počíta sa pre každú stranu zvlášť a obe časti sa spoja. Najviac váži spoločná téma spolupráce, ďalej veľkosť (hľadaný rozsah počtu obyvateľov, inak podobná veľkosť), vzdialenosť (skutočné partnerské mestá sú od seba v mediáne asi 320 km), spoločný pracovný jazyk, želania týkajúce sa krajín a krajov a aktuálnosť ponuky; body uberá, ak má obec v danej krajine už partnerov alebo ak na ponuku čaká veľa záujemcov. Každý faktor sa vysvetlí jednou vetou, váhy nastavujú pracovníci prevádzkovateľa a výsledky overujeme na skutočných partnerstvách. Skóre je len odporúčanie.",
  "about.contactTitle": "Kontakt",
  "about.contact": "Otázky, podnety a hlásenia chýb posielajte na {email}.",

  "help.lead":
    "Sprievodca pre starostov a starostky, ktorí hľadajú prvé partnerské mesto v zahraničí: od hľadania partnera po podpis zmluvy, so vzormi na stiahnutie.",
  "help.stepsTitle": "Krok za krokom",
  "help.step.goals":
    "Ujasnite si, čo od partnerstva čakáte: témy (školy, kultúra, hasiči, šport, cestovný ruch…), veľkosť partnera, ako ďaleko smie byť a v akom jazyku sa dohovoríte. Zámer je dobré prebrať s radou alebo so zastupiteľstvom hneď na začiatku.",
  "help.step.profile":
    "Zaregistrujte sa a prevezmite stránku svojej obce. Pracovníci prevádzkovateľa overia, že za obec konáte; potom doplňte profil, podľa ktorého Spolu hľadá partnerov.",
  "help.step.find":
    "Nájdite partnera: prezrite si ponuky zahraničných miest, odporúčania zoradené podľa zhody aj s dôvodmi alebo mapu.",
  "help.step.contact":
    "Ozvite sa cez Spolu: v prejave záujmu napíšte, prečo sa k sebe hodíte a čo by ste radi robili spoločne. Pracovníci prevádzkovateľa ho skontrolujú a odovzdajú; druhá strana ho prijme, odmietne alebo sa dopýta. Kontaktné údaje si vymeníte po prijatí.",
  "help.step.meet":
    "Spoznajte sa: niekoľko e-mailov, videohovor, potom návšteva. Najlepšie funguje začať jedným konkrétnym spoločným projektom, napríklad výmenou škôl, hasičov alebo spolkov.",
  "help.step.council":
    "Partnerskú zmluvu schváli zastupiteľstvo obce (pozri nižšie); zahraničný partner ju schváli podľa svojho práva.",
  "help.step.sign":
    "Zmluvu podpíšu starostovia oboch obcí, často pri slávnostnej návšteve. Zvyčajne sa vyhotovuje v dvoch jazykoch.",
  "help.step.record":
    "Schválenie a podpis zaznamenajte v službe Spolu pri svojom kontakte; keď ich potvrdia obe strany, partnerstvo sa objaví v registri a na mape.",
  "help.step.keep":
    "Udržujte partnerstvo živé: spoločný plán na rok a pravidelné stretnutia. Keď sa v partnerstve {months} mesiacov nič nedeje, Spolu vám to pripomenie.",

  "help.councilTitle": "Schválenie zastupiteľstvom",
  "help.council.law":
    "Rozhodovať o spolupráci obce s inými obcami a o forme tejto spolupráce je podľa § 84 ods. 2 českého zákona č. 128/2000 Zb. o obciach vyhradené zastupiteľstvu obce (zastupitelstvo). Spoluprácu s obcami iných štátov obciam umožňuje § 55 toho istého zákona. Podľa prevládajúceho výkladu preto partnerskú zmluvu so zahraničným mestom schvaľuje zastupiteľstvo, a to pred podpisom.",
  "help.council.resolution":
    "Zastupiteľstvo uznesením schváli znenie zmluvy a poverí starostu alebo starostku jej podpisom; navonok potom obec zastupuje starosta (§ 103 ods. 1 zákona o obciach). Neformálna spolupráca bez zmluvy, napríklad jedno spoločné podujatie, schválenie zastupiteľstvom zvyčajne nevyžaduje.",
  "help.council.note":
    "Ide o všeobecné usmernenie, nie o právnu radu. V prípade pochybností sa poraďte s právnikom obce alebo s krajským úradom.",

  "help.templatesTitle": "Vzory na stiahnutie",
  "help.templates.lead":
    "Vzory sú čistý text (UTF-8), ktorý otvoríte v každom textovom editore aj vo Worde. Údaje v hranatých zátvorkách nahraďte svojimi a text upravte podľa dohody s partnerom.",
  "help.templates.agreement": "Vzor zmluvy o partnerstve a spolupráci",
  "help.templates.agreementHint":
    "Zmluvu zvyčajne podpisujú obe strany v dvoch jazykoch; dvojjazyčné znenie má každý článok najprv po česky a potom v jazyku partnera.",
  "help.templates.resolution": "Vzor uznesenia zastupiteľstva",
  "help.templates.resolutionHint":
    "Uznesenie prijíma české zastupiteľstvo po česky; ďalší jazyk slúži len na informáciu partnera.",
  "templates.single": "{language} (.txt)",
  "templates.bilingual": "{first} a {second} (.txt)",

  "help.fundingTitle": "Na čo získať peniaze",
  "help.funding.lead":
    "Partnerstvo nemusí byť drahé, ale na výmeny a spoločné projekty sa hodia dotácie. Obvyklé zdroje sú:",
  "help.funding.cerv":
    "program EÚ Občania, rovnosť, práva a hodnoty (CERV), ktorého výzva Partnerstvo miest (Town Twinning) je určená priamo na stretnutia partnerských miest;",
  "help.funding.interreg":
    "programy Interreg a fondy malých projektov euroregiónov na spoluprácu so susednými krajinami;",
  "help.funding.visegrad":
    "Medzinárodný vyšehradský fond pre partnerov z Poľska, Slovenska a Maďarska;",
  "help.funding.bilateral":
    "Česko-nemecký fond budúcnosti na projekty s nemeckými partnermi a granty EHP a Nórska pre partnerov z Nórska, Islandu a Lichtenštajnska;",
  "help.funding.erasmus": "Erasmus+ na výmeny škôl a mládeže.",
  "help.funding.page":
    "Aktuálne výzvy s uzávierkami a podmienkami aj s tým, ktoré sa hodia pre konkrétnu dvojicu obcí, nájdete na stránke:",

  "help.faqTitle": "Časté otázky",
  "help.faq.cost.q": "Koľko Spolu stojí?",
  "help.faq.cost.a": "Nič. Spolu je pre české obce aj zahraničné mestá bezplatný.",
  "help.faq.contract.q": "Musí mať partnerstvo zmluvu?",
  "help.faq.contract.a":
    "Nemusí. Mnoho partnerstiev začína neformálne, spoločným podujatím alebo memorandom. Zmluva dáva spolupráci pevný rámec a hodí sa, keď chcete spoločne žiadať o dotácie.",
  "help.faq.several.q": "Môže mať obec viac partnerov, aj v tej istej krajine?",
  "help.faq.several.a":
    "Áno. Druhý partner v tej istej krajine je bežný; Spolu len mierne uprednostní krajiny, kde obec partnera ešte nemá.",
  "help.faq.hidden.q": "Prečo nevidím kontakt na druhú obec?",
  "help.faq.hidden.a":
    "Kontaktné údaje sa zobrazia, keď druhá strana váš prejav záujmu prijme. Dovtedy si píšete cez Spolu.",
  "help.faq.wait.q": "Ako dlho čakať na odpoveď?",
  "help.faq.wait.a":
    "Prejav záujmu najprv skontrolujú pracovníci prevádzkovateľa a odovzdajú ho. Ak druhá strana neodpovie do {reminder} dní, Spolu jej to pripomenie; po {expiry} dňoch bez odpovede prejav záujmu vyprší a môžete osloviť iné mesto.",
  "help.faq.language.q": "V akom jazyku písať?",
  "help.faq.language.a":
    "V jazyku, ktorý obe strany uvádzajú ako pracovný; Spolu ho ukazuje pri každej ponuke aj obci. Často pomôže napísať správu dvojjazyčne, napríklad po česky a po anglicky.",
  "help.faq.data.q": "Ako si stiahnem alebo vymažem svoje údaje?",
  "help.faq.data.a":
    "Na stránke Môj účet si stiahnete všetky svoje údaje a účet tam môžete aj zrušiť. Podrobnosti opisuje stránka:",
  "help.faq.advice.q": "Kto mi poradí?",
  "help.faq.advice.a": "Napíšte pracovníkom prevádzkovateľa na {email}.",
};
