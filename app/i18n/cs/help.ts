// What Spolu is (/about) and the guide for a first partnership (/help), with the
// templates to download (app/routes/help_.templates.$file.ts).

/** The pages' titles (links between them) and descriptions (<head>): in ./more.ts. */
export const helpCs = {
  "about.title": "O Spolu",
  "meta.about":
    "Spolu pomáhá českým obcím najít partnerské město v zahraničí. Kdo ho provozuje, odkud jsou data a jak se počítá shoda.",
  "help.title": "Jak na partnerství obcí",
  "meta.help":
    "Průvodce pro starosty: jak najít partnerské město v zahraničí, oslovit ho přes Spolu, nechat smlouvu schválit zastupitelstvem a získat dotace. Vzory ke stažení.",
} as const;

/**
 * The texts themselves, which only these pages show: the server translates them into the
 * pages' data (../texts.server.ts), so that no browser downloads them with its messages.
 */
export const helpTextsCs = {
  "about.lead":
    "Spolu pomáhá českým obcím najít partnerské město v zahraničí a zahraničním městům najít partnera v Česku: profily obcí, doporučení i s důvody, mapa a kontakt, nad kterým bdí provozovatel.",
  "about.whatTitle": "Co Spolu umí",
  "about.what.offers":
    "Zahraniční města zveřejňují nabídky partnerství; české obce je procházejí a vidí je seřazené podle toho, jak se k nim hodí.",
  "about.what.municipalities":
    "Každá česká obec má svou stránku s úředními údaji. Obec ji převezme a doplní profil: témata spolupráce, pracovní jazyky a jakého partnera hledá.",
  "about.what.contacts":
    "Obce a města se oslovují přes Spolu; kontaktní údaje se ukážou, až obě strany souhlasí.",
  "about.what.registry":
    "Rejstřík partnerství, mapa a přehled dotací a akcí pomáhají partnerství rozjet a udržet.",
  "about.whoTitle": "Kdo Spolu provozuje",
  "about.who":
    "Spolu provozuje {operator}. Jeho pracovníci kontrolují nabídky, profily a projevy zájmu, pomáhají obcím a zapisují nabídky, které přišly jinou cestou.",
  "about.dataTitle": "Odkud jsou data",
  "about.data.own":
    "Nabídky píší zahraniční města sama, nebo je podle jejich zpráv zapisují pracovníci provozovatele; profily píší české obce. Úřední údaje a místa pocházejí z veřejných zdrojů:",
  "about.data.reuse":
    "Všechna veřejná data Spolu, i s jejich zdroji a licencemi, si můžete stáhnout a dále použít:",
  "about.scoringTitle": "Jak počítáme shodu",
  "about.scoring":
    "Skóre od 0 do 100 říká, jak dobře se česká obec a zahraniční město k sobě hodí, a to z pohledu obou: počítá se pro každou stranu zvlášť a obě části se spojí. Nejvíc váží společná témata spolupráce, dále velikost (hledaný rozsah počtu obyvatel, jinak podobná velikost), vzdálenost (skutečná partnerská města leží v mediánu asi 320 km od sebe), společný pracovní jazyk, přání ohledně zemí a krajů a čerstvost nabídky; body ubírá, má-li obec v dané zemi už partnery nebo čeká-li na nabídku hodně zájemců. Každý faktor se vysvětlí jednou větou, váhy nastavují pracovníci provozovatele a výsledky ověřujeme na skutečných partnerstvích. Skóre je jen doporučení.",
  "about.contactTitle": "Kontakt",
  "about.contact": "Dotazy, náměty a hlášení chyb posílejte na {email}.",

  "help.lead":
    "Průvodce pro starosty a starostky, kteří hledají první partnerské město v zahraničí: od hledání partnera po podpis smlouvy, se vzory ke stažení.",
  "help.stepsTitle": "Krok za krokem",
  "help.step.goals":
    "Ujasněte si, co od partnerství čekáte: témata (školy, kultura, hasiči, sport, cestovní ruch…), velikost partnera, jak daleko smí být a v jakém jazyce se domluvíte. Záměr je dobré probrat s radou nebo se zastupitelstvem hned na začátku.",
  "help.step.profile":
    "Zaregistrujte se a převezměte stránku své obce. Pracovníci provozovatele ověří, že za obec jednáte; pak doplňte profil, podle kterého Spolu hledá partnery.",
  "help.step.find":
    "Najděte partnera: projděte nabídky zahraničních měst, doporučení seřazená podle shody i s důvody nebo mapu.",
  "help.step.contact":
    "Ozvěte se přes Spolu: v projevu zájmu napište, proč se k sobě hodíte a co byste rádi dělali společně. Pracovníci provozovatele ho zkontrolují a předají; druhá strana ho přijme, odmítne, nebo se doptá. Kontaktní údaje si vyměníte po přijetí.",
  "help.step.meet":
    "Poznejte se: pár e-mailů, videohovor, pak návštěva. Nejlépe funguje začít jedním konkrétním společným projektem, třeba výměnou škol, hasičů nebo spolků.",
  "help.step.council":
    "Partnerskou smlouvu schválí zastupitelstvo obce (viz níže); zahraniční partner ji schválí podle svého práva.",
  "help.step.sign":
    "Smlouvu podepíší starostové obou obcí, často při slavnostní návštěvě. Obvykle se vyhotovuje ve dvou jazycích.",
  "help.step.record":
    "Schválení a podpis zaznamenejte ve Spolu u svého kontaktu; jakmile je potvrdí obě strany, partnerství se objeví v rejstříku a na mapě.",
  "help.step.keep":
    "Udržujte partnerství živé: společný plán na rok a pravidelná setkání. Když se v partnerství {months} měsíců nic neděje, Spolu vám to připomene.",

  "help.councilTitle": "Schválení zastupitelstvem",
  "help.council.law":
    "Rozhodovat o spolupráci obce s jinými obcemi a o formě této spolupráce je podle § 84 odst. 2 zákona č. 128/2000 Sb., o obcích (obecní zřízení), vyhrazeno zastupitelstvu obce. Spolupráci s obcemi jiných států obcím umožňuje § 55 téhož zákona. Podle převládajícího výkladu proto partnerskou smlouvu se zahraničním městem schvaluje zastupitelstvo, a to před podpisem.",
  "help.council.resolution":
    "Zastupitelstvo usnesením schválí znění smlouvy a pověří starostu nebo starostku podpisem; navenek pak obec zastupuje starosta (§ 103 odst. 1 zákona o obcích). Neformální spolupráce bez smlouvy, například jedna společná akce, schválení zastupitelstvem obvykle nevyžaduje.",
  "help.council.note":
    "Jde o obecné vodítko, ne o právní radu. V pochybnostech se poraďte s právníkem obce nebo s krajským úřadem.",

  "help.templatesTitle": "Vzory ke stažení",
  "help.templates.lead":
    "Vzory jsou prostý text (UTF-8), který otevřete v každém textovém editoru i ve Wordu. Údaje v hranatých závorkách nahraďte svými a text upravte podle dohody s partnerem.",
  "help.templates.agreement": "Vzor smlouvy o partnerství a spolupráci",
  "help.templates.agreementHint":
    "Smlouvu obvykle podepisují obě strany ve dvou jazycích; dvojjazyčné znění má každý článek nejdřív česky a pak v jazyce partnera.",
  "help.templates.resolution": "Vzor usnesení zastupitelstva",
  "help.templates.resolutionHint":
    "Usnesení přijímá české zastupitelstvo česky; další jazyk slouží jen pro informaci partnera.",
  "templates.single": "{language} (.txt)",
  "templates.bilingual": "{first} a {second} (.txt)",

  "help.fundingTitle": "Na co získat peníze",
  "help.funding.lead":
    "Partnerství nemusí být drahé, ale na výměny a společné projekty se hodí dotace. Obvyklé zdroje jsou:",
  "help.funding.cerv":
    "program EU Občané, rovnost, práva a hodnoty (CERV), jehož výzva Partnerství měst (Town Twinning) je určena přímo na setkání partnerských měst;",
  "help.funding.interreg":
    "programy Interreg a fondy malých projektů euroregionů pro spolupráci se sousedními zeměmi;",
  "help.funding.visegrad":
    "Mezinárodní visegrádský fond pro partnery z Polska, Slovenska a Maďarska;",
  "help.funding.bilateral":
    "Česko-německý fond budoucnosti pro projekty s německými partnery a fondy EHP a Norska pro partnery z Norska, Islandu a Lichtenštejnska;",
  "help.funding.erasmus": "Erasmus+ pro výměny škol a mládeže.",
  "help.funding.page":
    "Aktuální výzvy s uzávěrkami a podmínkami, i s tím, které se hodí pro konkrétní dvojici obcí, najdete na stránce:",

  "help.faqTitle": "Časté otázky",
  "help.faq.cost.q": "Kolik Spolu stojí?",
  "help.faq.cost.a": "Nic. Spolu je pro české obce i zahraniční města zdarma.",
  "help.faq.contract.q": "Musí mít partnerství smlouvu?",
  "help.faq.contract.a":
    "Nemusí. Mnoho partnerství začíná neformálně, společnou akcí nebo memorandem. Smlouva dává spolupráci pevný rámec a hodí se, když chcete společně žádat o dotace.",
  "help.faq.several.q": "Může mít obec víc partnerů, i ve stejné zemi?",
  "help.faq.several.a":
    "Ano. Druhý partner ve stejné zemi je běžný; Spolu jen mírně upřednostní země, kde obec partnera ještě nemá.",
  "help.faq.hidden.q": "Proč nevidím kontakt na druhou obec?",
  "help.faq.hidden.a":
    "Kontaktní údaje se ukážou, až druhá strana váš projev zájmu přijme. Do té doby si píšete přes Spolu.",
  "help.faq.wait.q": "Jak dlouho čekat na odpověď?",
  "help.faq.wait.a":
    "Projev zájmu nejdřív zkontrolují pracovníci provozovatele a předají ho. Neodpoví-li druhá strana do {reminder} dnů, Spolu jí to připomene; po {expiry} dnech bez odpovědi projev zájmu vyprší a můžete oslovit jiné město.",
  "help.faq.language.q": "V jakém jazyce psát?",
  "help.faq.language.a":
    "V jazyce, který obě strany uvádějí jako pracovní; Spolu ho ukazuje u každé nabídky i obce. Často pomůže napsat zprávu dvojjazyčně, například česky a anglicky.",
  "help.faq.data.q": "Jak si stáhnu nebo smažu své údaje?",
  "help.faq.data.a":
    "Na stránce Můj účet si stáhnete všechny své údaje a účet tam můžete i zrušit. Podrobnosti popisuje stránka:",
  "help.faq.advice.q": "Kdo mi poradí?",
  "help.faq.advice.a": "Napište pracovníkům provozovatele na {email}.",
} as const;
