// The Polish model partnership agreement (translated from ./cs.server.ts).
import type { TemplateText } from "./render";

export const agreementPl: TemplateText = {
  note: "Wzór z serwisu Spolu. Zastąp tekst w nawiasach kwadratowych, dostosuj postanowienia do ustaleń z partnerem i przed podpisaniem usuń tę uwagę. Wzór nie stanowi porady prawnej.",
  title: [
    "UMOWA O PARTNERSTWIE I WSPÓŁPRACY",
    "między gminą [NAZWA CZESKIEJ GMINY] (Republika Czeska) a miastem [NAZWA MIASTA PARTNERSKIEGO] ([PAŃSTWO])",
  ],
  preamble: [
    "Strony umowy",
    "",
    "[NAZWA CZESKIEJ GMINY] z siedzibą w [ADRES], numer identyfikacyjny (IČO) [NUMER], reprezentowana przez [IMIĘ I NAZWISKO], [WÓJTA / BURMISTRZA] (dalej „[NAZWA SKRÓCONA CZESKIEJ GMINY]”)",
    "",
    "oraz",
    "",
    "[NAZWA MIASTA PARTNERSKIEGO] z siedzibą w [ADRES], [NUMER IDENTYFIKACYJNY, JEŚLI ISTNIEJE], reprezentowane przez [IMIĘ I NAZWISKO], [FUNKCJA] (dalej „[NAZWA SKRÓCONA MIASTA PARTNERSKIEGO]”),",
    "",
    "pragnąc pogłębiać przyjaźń i wzajemne zrozumienie między swoimi mieszkańcami, dzielić się doświadczeniami samorządu lokalnego i przyczyniać się do współpracy w Europie, zawierają niniejszą umowę o partnerstwie i współpracy.",
  ],
  sections: [
    {
      heading: "Artykuł 1 – Przedmiot umowy",
      paragraphs: [
        "(1) Strony nawiązują partnerstwo i będą współpracować w sprawach należących do zakresu ich samorządu, zgodnie z prawem swoich państw i z zobowiązaniami międzynarodowymi, którymi państwa te są związane.",
        "(2) Partnerstwo jest otwarte dla mieszkańców, szkół, stowarzyszeń, przedsiębiorstw i innych organizacji z obu miejscowości.",
      ],
    },
    {
      heading: "Artykuł 2 – Obszary współpracy",
      paragraphs: [
        "(1) Strony będą współpracować w szczególności w następujących obszarach: [OBSZARY WSPÓŁPRACY, NP. KULTURA, EDUKACJA I MŁODZIEŻ, SPORT, TURYSTYKA, ŚRODOWISKO, ADMINISTRACJA PUBLICZNA].",
        "(2) Na kolejne obszary strony mogą się porozumieć w każdym czasie.",
      ],
    },
    {
      heading: "Artykuł 3 – Formy współpracy",
      paragraphs: [
        [
          "Współpraca będzie prowadzona w szczególności poprzez:",
          "a) wzajemne wizyty przedstawicieli władz lokalnych, ekspertów i delegacji;",
          "b) wymiany i spotkania szkół, młodzieży, stowarzyszeń i innych grup mieszkańców;",
          "c) wymianę doświadczeń i dobrych praktyk samorządu lokalnego;",
          "d) wspólne projekty i wspólne wnioski o wsparcie ze źródeł europejskich, krajowych i innych;",
          "e) wzajemną promocję i informowanie mieszkańców o partnerstwie.",
        ].join("\r\n"),
      ],
    },
    {
      heading: "Artykuł 4 – Koordynacja",
      paragraphs: [
        "(1) Każda ze stron wyznacza koordynatora partnerstwa: ze strony [NAZWA SKRÓCONA CZESKIEJ GMINY] [IMIĘ I NAZWISKO, FUNKCJA, E-MAIL], ze strony [NAZWA SKRÓCONA MIASTA PARTNERSKIEGO] [IMIĘ I NAZWISKO, FUNKCJA, E-MAIL]. O zmianie koordynatora strony powiadamiają się na piśmie.",
        "(2) Koordynatorzy przygotowują wspólny plan działań, z reguły na każdy rok kalendarzowy, i co najmniej raz w roku wspólnie oceniają przebieg współpracy.",
        "(3) Strony porozumiewają się w języku [JĘZYK ROBOCZY].",
      ],
    },
    {
      heading: "Artykuł 5 – Finansowanie",
      paragraphs: [
        "(1) Każda ze stron pokrywa koszty, które ponosi w związku ze współpracą, o ile dla danego działania nie uzgodniono inaczej.",
        "(2) Koszty wspólnych projektów strony dzielą na podstawie odrębnego pisemnego porozumienia.",
        "(3) Niniejsza umowa nie rodzi zobowiązań finansowych wykraczających poza budżety uchwalone przez właściwe organy stron.",
      ],
    },
    {
      heading: "Artykuł 6 – Dane osobowe",
      paragraphs: [
        "Dane osobowe przekazywane sobie w ramach współpracy strony przetwarzają wyłącznie w celu współpracy i zgodnie z mającymi do nich zastosowanie przepisami o ochronie danych osobowych.",
      ],
    },
    {
      heading: "Artykuł 7 – Czas trwania i rozwiązanie umowy",
      paragraphs: [
        "(1) Umowa zostaje zawarta na czas nieokreślony. [LUB: na czas określony do [DATA].]",
        "(2) Każda ze stron może wypowiedzieć umowę na piśmie bez podania przyczyny; okres wypowiedzenia wynosi [6] miesięcy i biegnie od dnia doręczenia wypowiedzenia drugiej stronie.",
        "(3) Zmiany umowy wymagają pisemnych aneksów podpisanych przez obie strony.",
      ],
    },
    {
      heading: "Artykuł 8 – Postanowienia końcowe",
      paragraphs: [
        "(1) Umowę sporządzono w [4] egzemplarzach, [2] w języku czeskim i [2] w języku [JĘZYK PARTNERA]; obie wersje językowe są jednakowo wiążące. Każda ze stron otrzymuje po jednym egzemplarzu w każdym języku.",
        "(2) Umowa wchodzi w życie z dniem jej podpisania przez obie strony.",
        "(3) Zawarcie niniejszej umowy zatwierdziła rada gminy (zastupitelstvo obce) [NAZWA CZESKIEJ GMINY] uchwałą nr [NUMER] z dnia [DATA]. Ze strony [NAZWA SKRÓCONA MIASTA PARTNERSKIEGO] zawarcie umowy zatwierdził [ORGAN] uchwałą nr [NUMER] z dnia [DATA], jeżeli wymaga tego prawo tej strony.",
      ],
    },
  ],
  closing: [
    "W imieniu [NAZWA CZESKIEJ GMINY]:",
    "[MIEJSCOWOŚĆ], dnia [DATA]",
    "",
    "...............................",
    "[IMIĘ I NAZWISKO], [WÓJT / BURMISTRZ]",
    "",
    "W imieniu [NAZWA MIASTA PARTNERSKIEGO]:",
    "[MIEJSCOWOŚĆ], dnia [DATA]",
    "",
    "...............................",
    "[IMIĘ I NAZWISKO], [FUNKCJA]",
  ],
};
