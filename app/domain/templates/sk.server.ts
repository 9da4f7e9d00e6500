// The Slovak model partnership agreement (translated from ./cs.server.ts).
import type { TemplateText } from "./render";

export const agreementSk: TemplateText = {
  note: "Vzor zo služby Spolu. Text v hranatých zátvorkách nahraďte, ustanovenia upravte podľa dohody s partnerom a túto poznámku pred podpisom vymažte. Vzor nie je právnou radou.",
  title: [
    "ZMLUVA O PARTNERSTVE A SPOLUPRÁCI",
    "medzi obcou [NÁZOV ČESKEJ OBCE] (Česká republika) a mestom [NÁZOV PARTNERSKÉHO MESTA] ([ŠTÁT])",
  ],
  preamble: [
    "Zmluvné strany",
    "",
    "[NÁZOV ČESKEJ OBCE], so sídlom [ADRESA], IČO [IČO], zastúpená [MENO A PRIEZVISKO], [starostom / starostkou] (ďalej len „[SKRÁTENÝ NÁZOV ČESKEJ OBCE]“)",
    "",
    "a",
    "",
    "[NÁZOV PARTNERSKÉHO MESTA], so sídlom [ADRESA], [IDENTIFIKAČNÉ ČÍSLO, AK EXISTUJE], zastúpené [MENO A PRIEZVISKO], [FUNKCIA] (ďalej len „[SKRÁTENÝ NÁZOV PARTNERSKÉHO MESTA]“),",
    "",
    "vedené želaním prehlbovať priateľstvo a vzájomné porozumenie medzi svojimi obyvateľmi, vymieňať si skúsenosti miestnej samosprávy a prispievať k spolupráci v Európe, uzatvárajú túto zmluvu o partnerstve a spolupráci.",
  ],
  sections: [
    {
      heading: "Článok 1 – Predmet zmluvy",
      paragraphs: [
        "(1) Zmluvné strany nadväzujú partnerstvo a budú spolupracovať vo veciach, ktoré patria do ich samosprávy, v súlade s právnymi predpismi svojich štátov a s medzinárodnými záväzkami, ktorými sú tieto štáty viazané.",
        "(2) Partnerstvo je otvorené obyvateľom, školám, spolkom, podnikom a ďalším organizáciám z oboch obcí.",
      ],
    },
    {
      heading: "Článok 2 – Oblasti spolupráce",
      paragraphs: [
        "(1) Zmluvné strany budú spolupracovať najmä v týchto oblastiach: [OBLASTI SPOLUPRÁCE, NAPR. KULTÚRA, ŠKOLSTVO A MLÁDEŽ, ŠPORT, CESTOVNÝ RUCH, ŽIVOTNÉ PROSTREDIE, VEREJNÁ SPRÁVA].",
        "(2) Na ďalších oblastiach sa môžu dohodnúť kedykoľvek neskôr.",
      ],
    },
    {
      heading: "Článok 3 – Formy spolupráce",
      paragraphs: [
        [
          "Spolupráca bude prebiehať najmä formou:",
          "a) vzájomných návštev predstaviteľov obcí, odborníkov a delegácií;",
          "b) výmen a stretnutí škôl, mládeže, spolkov a ďalších skupín obyvateľov;",
          "c) výmeny skúseností a dobrej praxe miestnej samosprávy;",
          "d) spoločných projektov a spoločných žiadostí o podporu z európskych, národných a ďalších zdrojov;",
          "e) vzájomnej propagácie a informovania obyvateľov o partnerstve.",
        ].join("\r\n"),
      ],
    },
    {
      heading: "Článok 4 – Koordinácia",
      paragraphs: [
        "(1) Každá zmluvná strana určí koordinátora partnerstva: za [SKRÁTENÝ NÁZOV ČESKEJ OBCE] [MENO, FUNKCIA, E-MAIL], za [SKRÁTENÝ NÁZOV PARTNERSKÉHO MESTA] [MENO, FUNKCIA, E-MAIL]. Zmenu koordinátora si zmluvné strany písomne oznámia.",
        "(2) Koordinátori pripravujú spoločný plán činností, spravidla na každý kalendárny rok, a najmenej raz ročne spoločne vyhodnotia, ako sa spolupráci darí.",
        "(3) Zmluvné strany spolu komunikujú v jazyku [PRACOVNÝ JAZYK].",
      ],
    },
    {
      heading: "Článok 5 – Financovanie",
      paragraphs: [
        "(1) Každá zmluvná strana hradí náklady, ktoré jej zo spolupráce vzniknú, ak sa pre konkrétnu činnosť nedohodne inak.",
        "(2) Náklady spoločných projektov si zmluvné strany rozdelia osobitnou písomnou dohodou.",
        "(3) Táto zmluva nezakladá žiadny finančný záväzok nad rámec rozpočtov schválených príslušnými orgánmi zmluvných strán.",
      ],
    },
    {
      heading: "Článok 6 – Osobné údaje",
      paragraphs: [
        "Osobné údaje, ktoré si zmluvné strany pri spolupráci odovzdajú, spracúvajú len na účel spolupráce a v súlade s predpismi o ochrane osobných údajov, ktoré sa na ne vzťahujú.",
      ],
    },
    {
      heading: "Článok 7 – Doba trvania a ukončenie",
      paragraphs: [
        "(1) Zmluva sa uzatvára na dobu neurčitú. [ALEBO: na dobu určitú do [DÁTUM].]",
        "(2) Každá zmluvná strana môže zmluvu písomne vypovedať aj bez uvedenia dôvodu; výpovedná lehota je [6] mesiacov a začína plynúť dňom doručenia výpovede druhej zmluvnej strane.",
        "(3) Zmluvu možno meniť len písomnými dodatkami podpísanými oboma zmluvnými stranami.",
      ],
    },
    {
      heading: "Článok 8 – Záverečné ustanovenia",
      paragraphs: [
        "(1) Zmluva je vyhotovená v [4] rovnopisoch, [2] v českom jazyku a [2] v jazyku [JAZYK PARTNERA]; obe jazykové znenia sú rovnocenné. Každá zmluvná strana dostane po jednom rovnopise v každom jazyku.",
        "(2) Zmluva nadobúda účinnosť dňom jej podpisu oboma zmluvnými stranami.",
        "(3) Uzavretie tejto zmluvy schválilo zastupiteľstvo obce [NÁZOV ČESKEJ OBCE] uznesením č. [ČÍSLO] zo dňa [DÁTUM]. Za [SKRÁTENÝ NÁZOV PARTNERSKÉHO MESTA] uzavretie schválil [ORGÁN] uznesením č. [ČÍSLO] zo dňa [DÁTUM], ak to vyžaduje jeho právo.",
      ],
    },
  ],
  closing: [
    "Za [NÁZOV ČESKEJ OBCE]:",
    "V [MIESTO] dňa [DÁTUM]",
    "",
    "...............................",
    "[MENO A PRIEZVISKO], [starosta / starostka]",
    "",
    "Za [NÁZOV PARTNERSKÉHO MESTA]:",
    "V [MIESTO] dňa [DÁTUM]",
    "",
    "...............................",
    "[MENO A PRIEZVISKO], [FUNKCIA]",
  ],
};
