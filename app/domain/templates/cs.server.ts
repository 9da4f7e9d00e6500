// The Czech model partnership agreement and council resolution (the source the other
// languages translate). Placeholders are in square brackets, in capitals.
import type { TemplateText } from "./render";

export const agreementCs: TemplateText = {
  note: "Vzor ze služby Spolu. Text v hranatých závorkách nahraďte, ustanovení upravte podle dohody s partnerem a tuto poznámku před podpisem smažte. Vzor není právní radou.",
  title: [
    "SMLOUVA O PARTNERSTVÍ A SPOLUPRÁCI",
    "mezi obcí [NÁZEV ČESKÉ OBCE] (Česká republika) a městem [NÁZEV PARTNERSKÉHO MĚSTA] ([STÁT])",
  ],
  preamble: [
    "Smluvní strany",
    "",
    "[NÁZEV ČESKÉ OBCE], se sídlem [ADRESA], IČO [IČO], zastoupená [JMÉNO A PŘÍJMENÍ], [starostou / starostkou] (dále jen „[KRÁTKÝ NÁZEV ČESKÉ OBCE]“)",
    "",
    "a",
    "",
    "[NÁZEV PARTNERSKÉHO MĚSTA], se sídlem [ADRESA], [IDENTIFIKAČNÍ ČÍSLO, JE-LI], zastoupené [JMÉNO A PŘÍJMENÍ], [FUNKCE] (dále jen „[KRÁTKÝ NÁZEV PARTNERSKÉHO MĚSTA]“),",
    "",
    "vedeny přáním prohlubovat přátelství a vzájemné porozumění mezi svými obyvateli, sdílet zkušenosti místní samosprávy a přispívat ke spolupráci v Evropě, uzavírají tuto smlouvu o partnerství a spolupráci.",
  ],
  sections: [
    {
      heading: "Článek 1 – Předmět smlouvy",
      paragraphs: [
        "(1) Smluvní strany navazují partnerství a budou spolupracovat ve věcech, které patří do jejich samosprávy, v souladu s právními předpisy svých států a s mezinárodními závazky, jimiž jsou tyto státy vázány.",
        "(2) Partnerství je otevřené obyvatelům, školám, spolkům, podnikům a dalším organizacím z obou obcí.",
      ],
    },
    {
      heading: "Článek 2 – Oblasti spolupráce",
      paragraphs: [
        "(1) Smluvní strany budou spolupracovat zejména v těchto oblastech: [OBLASTI SPOLUPRÁCE, NAPŘ. KULTURA, ŠKOLSTVÍ A MLÁDEŽ, SPORT, CESTOVNÍ RUCH, ŽIVOTNÍ PROSTŘEDÍ, VEŘEJNÁ SPRÁVA].",
        "(2) Na dalších oblastech se mohou dohodnout kdykoli později.",
      ],
    },
    {
      heading: "Článek 3 – Formy spolupráce",
      paragraphs: [
        [
          "Spolupráce bude probíhat zejména formou:",
          "a) vzájemných návštěv představitelů obcí, odborníků a delegací;",
          "b) výměn a setkání škol, mládeže, spolků a dalších skupin obyvatel;",
          "c) sdílení zkušeností a dobré praxe místní samosprávy;",
          "d) společných projektů a společných žádostí o podporu z evropských, národních a dalších zdrojů;",
          "e) vzájemné propagace a informování obyvatel o partnerství.",
        ].join("\r\n"),
      ],
    },
    {
      heading: "Článek 4 – Koordinace",
      paragraphs: [
        "(1) Každá smluvní strana určí koordinátora partnerství: za [KRÁTKÝ NÁZEV ČESKÉ OBCE] [JMÉNO, FUNKCE, E-MAIL], za [KRÁTKÝ NÁZEV PARTNERSKÉHO MĚSTA] [JMÉNO, FUNKCE, E-MAIL]. Změnu koordinátora si smluvní strany písemně oznámí.",
        "(2) Koordinátoři připravují společný plán činností, zpravidla na každý kalendářní rok, a nejméně jednou ročně spolu vyhodnotí, jak se spolupráci daří.",
        "(3) Smluvní strany spolu komunikují v jazyce [PRACOVNÍ JAZYK].",
      ],
    },
    {
      heading: "Článek 5 – Financování",
      paragraphs: [
        "(1) Každá smluvní strana hradí náklady, které jí ze spolupráce vzniknou, není-li pro konkrétní činnost dohodnuto jinak.",
        "(2) Náklady společných projektů si smluvní strany rozdělí zvláštní písemnou dohodou.",
        "(3) Tato smlouva nezakládá žádný finanční závazek nad rámec rozpočtů schválených příslušnými orgány smluvních stran.",
      ],
    },
    {
      heading: "Článek 6 – Osobní údaje",
      paragraphs: [
        "Osobní údaje, které si smluvní strany při spolupráci předají, zpracovávají jen za účelem spolupráce a v souladu s předpisy o ochraně osobních údajů, které se na ně vztahují.",
      ],
    },
    {
      heading: "Článek 7 – Doba trvání a ukončení",
      paragraphs: [
        "(1) Smlouva se uzavírá na dobu neurčitou. [NEBO: na dobu určitou do [DATUM].]",
        "(2) Každá smluvní strana může smlouvu písemně vypovědět i bez udání důvodu; výpovědní doba činí [6] měsíců a začíná běžet dnem doručení výpovědi druhé smluvní straně.",
        "(3) Smlouvu lze měnit jen písemnými dodatky podepsanými oběma smluvními stranami.",
      ],
    },
    {
      heading: "Článek 8 – Závěrečná ustanovení",
      paragraphs: [
        "(1) Smlouva je vyhotovena ve [4] stejnopisech, [2] v jazyce českém a [2] v jazyce [JAZYK PARTNERA]; obě jazyková znění jsou rovnocenná. Každá smluvní strana obdrží po jednom stejnopisu v každém jazyce.",
        "(2) Smlouva nabývá účinnosti dnem podpisu oběma smluvními stranami.",
        "(3) Uzavření této smlouvy schválilo Zastupitelstvo obce [NÁZEV ČESKÉ OBCE] usnesením č. [ČÍSLO USNESENÍ] ze dne [DATUM]. Za [KRÁTKÝ NÁZEV PARTNERSKÉHO MĚSTA] uzavření schválil [ORGÁN] rozhodnutím č. [ČÍSLO] ze dne [DATUM], vyžaduje-li to jeho právo.",
      ],
    },
  ],
  closing: [
    "Za [NÁZEV ČESKÉ OBCE]:",
    "V [MÍSTO] dne [DATUM]",
    "",
    "...............................",
    "[JMÉNO A PŘÍJMENÍ], [starosta / starostka]",
    "",
    "Za [NÁZEV PARTNERSKÉHO MĚSTA]:",
    "V [MÍSTO] dne [DATUM]",
    "",
    "...............................",
    "[JMÉNO A PŘÍJMENÍ], [FUNKCE]",
  ],
};

export const resolutionCs: TemplateText = {
  note: "Vzor ze služby Spolu. Text v hranatých závorkách nahraďte a usnesení upravte podle zvyklostí vašeho zastupitelstva; tuto poznámku smažte. Vzor není právní radou.",
  title: ["USNESENÍ ZASTUPITELSTVA OBCE [NÁZEV OBCE]", "č. [ČÍSLO USNESENÍ] ze dne [DATUM]"],
  preamble: [
    "Zastupitelstvo obce [NÁZEV OBCE] podle § 84 odst. 2 zákona č. 128/2000 Sb., o obcích (obecní zřízení), ve znění pozdějších předpisů,",
  ],
  sections: [
    {
      heading: "I. schvaluje",
      paragraphs: [
        "navázání partnerské spolupráce obce [NÁZEV OBCE] s městem [NÁZEV PARTNERSKÉHO MĚSTA] ([STÁT]) a uzavření Smlouvy o partnerství a spolupráci mezi obcí [NÁZEV OBCE] a městem [NÁZEV PARTNERSKÉHO MĚSTA] v předloženém znění, které je přílohou tohoto usnesení;",
      ],
    },
    {
      heading: "II. pověřuje",
      paragraphs: ["[starostu / starostku] obce [JMÉNO A PŘÍJMENÍ] podpisem smlouvy podle bodu I;"],
    },
    {
      heading: "III. určuje",
      paragraphs: ["koordinátorem partnerské spolupráce [JMÉNO A PŘÍJMENÍ, FUNKCE];"],
    },
    {
      heading: "IV. ukládá",
      paragraphs: [
        "[starostovi / starostce] informovat zastupitelstvo o průběhu partnerské spolupráce nejméně jednou ročně.\r\nTermín: průběžně, poprvé do [DATUM].",
      ],
    },
  ],
  closing: [
    "Výsledek hlasování: pro [POČET], proti [POČET], zdrželo se [POČET]. Usnesení bylo přijato.",
    "",
    "Příloha: návrh Smlouvy o partnerství a spolupráci",
    "",
    "...............................",
    "[JMÉNO A PŘÍJMENÍ], [starosta / starostka]",
    "",
    "...............................",
    "[JMÉNO A PŘÍJMENÍ], [místostarosta / místostarostka]",
  ],
  appendix: {
    heading: "Důvodová zpráva (vzor pro podklady zastupitelstva)",
    paragraphs: [
      "Město [NÁZEV PARTNERSKÉHO MĚSTA] ([STÁT], [POČET] obyvatel) projevilo zájem o partnerství s naší obcí. V kontaktu jsme od [DATUM] prostřednictvím služby Spolu. Spolupráce se zaměří na [OBLASTI SPOLUPRÁCE]; první společnou akcí bude [AKCE].",
      "Každá strana hradí své náklady sama; v rozpočtu obce na rok [ROK] se počítá s částkou [ČÁSTKA] Kč na [ÚČEL]. Navrženým koordinátorem je [JMÉNO A PŘÍJMENÍ, FUNKCE].",
    ],
  },
};
