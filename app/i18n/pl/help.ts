// The Polish of ../cs/help.ts.
import type { helpCs, helpTextsCs } from "../cs/help";

export const helpPl: Record<keyof typeof helpCs, string> = {
  "about.title": "O Spolu",
  "meta.about":
    "Spolu pomaga czeskim gminom znaleźć miasto partnerskie za granicą. Kto go prowadzi, skąd pochodzą dane i jak obliczamy dopasowanie.",
  "help.title": "Jak nawiązać partnerstwo gmin",
  "meta.help":
    "Przewodnik dla wójtów i burmistrzów: jak znaleźć miasto partnerskie za granicą, nawiązać kontakt przez Spolu i uzyskać zgodę rady gminy. Wzory umów.",
};

export const helpTextsPl: Record<keyof typeof helpTextsCs, string> = {
  "about.lead":
    "Spolu pomaga czeskim gminom znaleźć miasto partnerskie za granicą, a miastom zagranicznym partnera w Czechach: profile gmin, propozycje z uzasadnieniem, mapa i kontakt, nad którym czuwa operator.",
  "about.whatTitle": "Co oferuje Spolu",
  "about.what.offers":
    "Miasta zagraniczne publikują oferty partnerstwa; czeskie gminy je przeglądają i widzą je uporządkowane według tego, jak do nich pasują.",
  "about.what.municipalities":
    "Każda czeska gmina ma swoją stronę z danymi urzędowymi. Gmina ją przejmuje i uzupełnia profil: tematy współpracy, języki robocze i jakiego partnera szuka.",
  "about.what.contacts":
    "Gminy i miasta nawiązują kontakt przez Spolu; dane kontaktowe są widoczne, gdy obie strony wyrażą zgodę.",
  "about.what.registry":
    "Rejestr partnerstw, mapa oraz przegląd dotacji i wydarzeń pomagają partnerstwa rozpocząć i utrzymać.",
  "about.whoTitle": "Kto prowadzi Spolu",
  "about.who":
    "Operatorem Spolu jest {operator}. Jego pracownicy sprawdzają oferty, profile i wyrażenia zainteresowania, pomagają gminom i wprowadzają oferty, które dotarły inną drogą.",
  "about.dataTitle": "Skąd pochodzą dane",
  "about.data.own":
    "Oferty piszą same miasta zagraniczne albo na podstawie ich komunikatów wprowadzają je pracownicy operatora; profile piszą czeskie gminy. Dane urzędowe i miejscowości pochodzą ze źródeł publicznych:",
  "about.data.reuse":
    "Wszystkie publiczne dane Spolu, wraz z ich źródłami i licencjami, można pobrać i wykorzystać ponownie:",
  "about.scoringTitle": "Jak obliczamy dopasowanie",
  "about.scoring":
    "Wynik od 0 do 100 mówi, jak dobrze czeska gmina i miasto zagraniczne do siebie pasują, i to z perspektywy obu stron: oblicza się go dla każdej strony osobno, a obie części łączy. Najwięcej waży wspólna tematyka współpracy, dalej wielkość (poszukiwany przedział liczby mieszkańców, a w jego braku podobna wielkość), odległość (rzeczywiste miasta partnerskie dzieli w medianie około 320 km), wspólny język roboczy, preferencje co do państw i regionów oraz aktualność oferty; punkty odejmujemy, gdy gmina ma już partnerów w danym państwie lub na ofertę czeka wielu chętnych. Każdy czynnik jest wyjaśniony jednym zdaniem, wagi ustalają pracownicy operatora, a wyniki sprawdzamy na rzeczywistych partnerstwach. Wynik jest tylko propozycją.",
  "about.contactTitle": "Kontakt",
  "about.contact": "Pytania, sugestie i zgłoszenia błędów prosimy wysyłać na adres {email}.",

  "help.lead":
    "Przewodnik dla wójtów i burmistrzów, którzy szukają pierwszego miasta partnerskiego za granicą: od poszukiwania partnera po podpisanie umowy, ze wzorami do pobrania.",
  "help.stepsTitle": "Krok po kroku",
  "help.step.goals":
    "Proszę określić, czego oczekują Państwo od partnerstwa: tematy (szkoły, kultura, straż pożarna, sport, turystyka…), wielkość partnera, jak daleko może się znajdować i w jakim języku się Państwo porozumiecie. Warto omówić zamiar z zarządem lub radą gminy już na początku.",
  "help.step.profile":
    "Proszę się zarejestrować i przejąć stronę swojej gminy. Pracownicy operatora sprawdzą, czy działają Państwo w jej imieniu; następnie proszę uzupełnić profil, na podstawie którego Spolu szuka partnerów.",
  "help.step.find":
    "Proszę znaleźć partnera: w ofertach miast zagranicznych, w propozycjach uporządkowanych według dopasowania wraz z uzasadnieniem lub na mapie.",
  "help.step.contact":
    "Proszę odezwać się przez Spolu: w wyrażeniu zainteresowania warto napisać, dlaczego do siebie pasujecie i co chcielibyście robić wspólnie. Pracownicy operatora je sprawdzą i przekażą; druga strona je przyjmie, odrzuci albo dopyta. Danymi kontaktowymi wymienią się Państwo po przyjęciu.",
  "help.step.meet":
    "Czas się poznać: kilka e-maili, rozmowa wideo, potem wizyta. Najlepiej zacząć od jednego konkretnego wspólnego projektu, na przykład wymiany szkół, straży pożarnych lub stowarzyszeń.",
  "help.step.council":
    "Umowę partnerską zatwierdza rada gminy (zastupitelstvo, zob. niżej); partner zagraniczny zatwierdza ją zgodnie ze swoim prawem.",
  "help.step.sign":
    "Umowę podpisują włodarze obu miejscowości, często podczas uroczystej wizyty. Zwykle sporządza się ją w dwóch językach.",
  "help.step.record":
    "Zatwierdzenie i podpisanie proszę odnotować w Spolu przy swoim kontakcie; gdy potwierdzą je obie strony, partnerstwo pojawi się w rejestrze i na mapie.",
  "help.step.keep":
    "Partnerstwo warto podtrzymywać: wspólny plan na rok i regularne spotkania. Jeśli w partnerstwie przez {months} miesięcy nic się nie dzieje, Spolu o tym przypomni.",

  "help.councilTitle": "Zatwierdzenie przez radę gminy",
  "help.council.law":
    "Zgodnie z § 84 ust. 2 czeskiej ustawy nr 128/2000 Sb. o gminach decyzje o współpracy gminy z innymi gminami i o formie tej współpracy są zastrzeżone dla rady gminy (zastupitelstvo). Współpracę z gminami innych państw umożliwia gminom § 55 tej samej ustawy. Według przeważającej wykładni umowę partnerską z miastem zagranicznym zatwierdza więc rada gminy, i to przed jej podpisaniem.",
  "help.council.resolution":
    "Rada gminy uchwałą zatwierdza treść umowy i upoważnia wójta lub burmistrza (starostę) do jej podpisania; na zewnątrz gminę reprezentuje następnie starosta (§ 103 ust. 1 ustawy o gminach). Nieformalna współpraca bez umowy, na przykład jedno wspólne wydarzenie, zwykle nie wymaga zgody rady gminy.",
  "help.council.note":
    "To ogólna wskazówka, a nie porada prawna. W razie wątpliwości warto skonsultować się z prawnikiem gminy lub z urzędem kraju.",

  "help.templatesTitle": "Wzory do pobrania",
  "help.templates.lead":
    "Wzory są zwykłym tekstem (UTF-8), który otworzy każdy edytor tekstu i Word. Dane w nawiasach kwadratowych proszę zastąpić własnymi, a tekst dostosować do ustaleń z partnerem.",
  "help.templates.agreement": "Wzór umowy o partnerstwie i współpracy",
  "help.templates.agreementHint":
    "Obie strony zwykle podpisują umowę w dwóch językach; wersja dwujęzyczna podaje każdy artykuł najpierw po czesku, a potem w języku partnera.",
  "help.templates.resolution": "Wzór uchwały rady gminy",
  "help.templates.resolutionHint":
    "Czeska rada gminy przyjmuje uchwałę po czesku; drugi język służy jedynie do informacji partnera.",
  "templates.single": "{language} (.txt)",
  "templates.bilingual": "{first} i {second} (.txt)",

  "help.fundingTitle": "Skąd wziąć pieniądze",
  "help.funding.lead":
    "Partnerstwo nie musi być drogie, ale na wymiany i wspólne projekty przydają się dotacje. Typowe źródła to:",
  "help.funding.cerv":
    "program UE Obywatele, Równość, Prawa i Wartości (CERV), którego nabór Partnerstwo miast (Town Twinning) jest przeznaczony właśnie na spotkania miast partnerskich;",
  "help.funding.interreg":
    "programy Interreg i fundusze małych projektów euroregionów, na współpracę z krajami sąsiednimi;",
  "help.funding.visegrad":
    "Międzynarodowy Fundusz Wyszehradzki, dla partnerów z Polski, Słowacji i Węgier;",
  "help.funding.bilateral":
    "Czesko-Niemiecki Fundusz Przyszłości, na projekty z partnerami z Niemiec, oraz fundusze EOG i norweskie, dla partnerów z Norwegii, Islandii i Liechtensteinu;",
  "help.funding.erasmus": "Erasmus+, na wymiany szkół i młodzieży.",
  "help.funding.page":
    "Aktualne nabory z terminami i warunkami, w tym to, które pasują do konkretnej pary miejscowości, znajdą Państwo na stronie:",

  "help.faqTitle": "Częste pytania",
  "help.faq.cost.q": "Ile kosztuje Spolu?",
  "help.faq.cost.a":
    "Nic. Spolu jest bezpłatny zarówno dla czeskich gmin, jak i dla miast zagranicznych.",
  "help.faq.contract.q": "Czy partnerstwo musi mieć umowę?",
  "help.faq.contract.a":
    "Nie. Wiele partnerstw zaczyna się nieformalnie, od wspólnego wydarzenia lub memorandum. Umowa nadaje współpracy trwałe ramy i przydaje się, gdy chcą Państwo wspólnie ubiegać się o dotacje.",
  "help.faq.several.q": "Czy gmina może mieć kilku partnerów, także w tym samym państwie?",
  "help.faq.several.a":
    "Tak. Drugi partner w tym samym państwie to nic niezwykłego; Spolu tylko nieznacznie preferuje państwa, w których gmina nie ma jeszcze partnera.",
  "help.faq.hidden.q": "Dlaczego nie widzę danych kontaktowych drugiej gminy?",
  "help.faq.hidden.a":
    "Dane kontaktowe pojawią się, gdy druga strona przyjmie Państwa wyrażenie zainteresowania. Do tego czasu korespondują Państwo przez Spolu.",
  "help.faq.wait.q": "Jak długo czekać na odpowiedź?",
  "help.faq.wait.a":
    "Wyrażenie zainteresowania najpierw sprawdzają i przekazują pracownicy operatora. Jeśli druga strona nie odpowie w ciągu {reminder} dni, Spolu jej o tym przypomni; po {expiry} dniach bez odpowiedzi wyrażenie zainteresowania wygasa i mogą Państwo zwrócić się do innego miasta.",
  "help.faq.language.q": "W jakim języku pisać?",
  "help.faq.language.a":
    "W języku, który obie strony podają jako roboczy; Spolu pokazuje go przy każdej ofercie i gminie. Często pomaga wiadomość w dwóch językach, na przykład po czesku i po angielsku.",
  "help.faq.data.q": "Jak pobrać lub usunąć swoje dane?",
  "help.faq.data.a":
    "Na stronie Moje konto mogą Państwo pobrać wszystkie swoje dane, a także usunąć konto. Szczegóły opisuje strona:",
  "help.faq.advice.q": "Kto mi doradzi?",
  "help.faq.advice.a": "Prosimy napisać do pracowników operatora na adres {email}.",
};
