// The Polish of ../cs/legal.ts.
import type { legalCs, legalTextsCs } from "../cs/legal";

export const legalPl: Record<keyof typeof legalCs, string> = {
  "privacy.title": "Ochrona danych osobowych",
  "meta.privacy":
    "Jakie dane osobowe przetwarza Spolu, w jakim celu, kto je widzi, jak długo są przechowywane i jakie prawa Państwu przysługują. Tylko niezbędne cookie.",
  "terms.title": "Warunki korzystania",
  "meta.terms":
    "Warunki korzystania ze Spolu: kto może się zarejestrować, co można publikować, jak operator sprawdza treści, otwarte dane i jak zgłosić nadużycie.",
};

export const legalTextsPl: Record<keyof typeof legalTextsCs, string> = {
  "operator.name": "Operator",
  "operator.address": "Siedziba",
  "operator.ico": "Numer identyfikacyjny (IČO)",
  "operator.email": "E-mail",
  "operator.website": "Strona internetowa",
  "operator.dpo": "Inspektor ochrony danych",
  "legal.updated": "Obowiązuje od {date}",

  "privacy.lead":
    "Ta strona wyjaśnia, jakie dane osobowe przetwarza Spolu, w jakim celu i na jakiej podstawie, kto je zobaczy, jak długo je przechowujemy i jakie prawa Państwu przysługują (art. 13 i 14 ogólnego rozporządzenia o ochronie danych, RODO).",
  "privacy.controllerTitle": "Kto przetwarza dane",
  "privacy.controller": "Administratorem Państwa danych osobowych jest operator Spolu:",
  "privacy.contactUs":
    "W sprawach danych osobowych i w celu skorzystania ze swoich praw prosimy pisać na adres {email}.",

  "privacy.dataTitle": "Jakie dane przetwarzamy",
  "privacy.data.account":
    "Konto: imię i nazwisko, adres e-mail, gmina lub miasto, w imieniu którego Państwo działają, rola, język wiadomości e-mail i ustawienia powiadomień. Hasło przechowujemy wyłącznie jako jednokierunkowy skrót (hash), nigdy w czytelnej postaci.",
  "privacy.data.contact":
    "Osoba kontaktowa gminy lub oferty: imię i nazwisko, funkcja, adres e-mail i telefon. Dane te nie są publiczne.",
  "privacy.data.claim":
    "Wniosek o zarządzanie stroną gminy: Państwa funkcja i telefon, aby pracownicy operatora mogli sprawdzić, że działają Państwo w imieniu gminy.",
  "privacy.data.messages":
    "Wyrażenia zainteresowania, wiadomości między gminami i miastami, zapisane etapy partnerstwa oraz powiadomienia, które Spolu Państwu wysłał, również e-mailem.",
  "privacy.data.history":
    "Historia zmian: kto i kiedy wysłał, zmienił, zatwierdził lub odrzucił treść.",
  "privacy.data.technical":
    "Dane techniczne: Państwa logowania (kiedy się rozpoczęły i z jakiej przeglądarki) oraz liczniki prób chroniące przed nadużyciami, które przechowują adres IP lub e-mail wyłącznie jako jednokierunkowy skrót. Dziennik serwera zawiera adres żądanej strony i odpowiedź, a nie Państwa adres IP.",

  "privacy.purposesTitle": "W jakim celu i na jakiej podstawie przetwarzamy dane",
  "privacy.purpose.service":
    "Prowadzenie konta i usługi Spolu: profil gminy, oferty, propozycje partnerów, wyrażenia zainteresowania, wiadomości i powiadomienia zgodnie z Państwa ustawieniami, w tym e-maile potwierdzające adres i służące do odzyskania hasła.",
  "privacy.basis.contract":
    "Podstawa prawna: wykonanie umowy, czyli warunków korzystania, które Państwo akceptują przy rejestracji (art. 6 ust. 1 lit. b RODO).",
  "privacy.purpose.moderation":
    "Sprawdzanie treści przed publikacją i przed przekazaniem drugiej stronie, weryfikacja, kto działa w imieniu gminy, historia zmian oraz wprowadzanie ofert przejętych z komunikatów miast, aby gminy mogły polegać na tym, co operator publikuje pod swoją nazwą.",
  "privacy.purpose.security":
    "Ochrona przed nadużyciami: bezpieczne logowanie i ograniczenie liczby prób logowania, rejestracji, odzyskiwania hasła i wysyłania wiadomości.",
  "privacy.basis.interest":
    "Podstawa prawna: prawnie uzasadniony interes operatora (art. 6 ust. 1 lit. f RODO).",
  "privacy.noAutomatedDecisions":
    "Wynik dopasowania jest jedynie propozycją ułatwiającą wyszukiwanie. Spolu nie podejmuje wobec nikogo zautomatyzowanych decyzji: o tym, czy się odezwać i czy przyjąć ofertę, decydują ludzie.",

  "privacy.recipientsTitle": "Kto zobaczy dane",
  "privacy.recipients.public":
    "Opinia publiczna widzi opublikowane oferty i profile gmin bez danych kontaktowych. Osoba kontaktowa, e-mail, telefon, wiadomości ani notatki wewnętrzne nie są nigdy publikowane, także w otwartych danych.",
  "privacy.recipients.staff":
    "Pracownicy operatora widzą to, czego potrzebują do sprawdzania treści i pomocy użytkownikom.",
  "privacy.recipients.partner":
    "Druga strona kontaktu: wyrażenie zainteresowania najpierw sprawdzają pracownicy operatora, a następnie je przekazują. Dopóki druga strona go nie przyjmie, widzi tylko nazwę Państwa gminy lub miasta i Państwa wiadomość. Osobę kontaktową, e-mail i telefon obie strony zobaczą dopiero po przyjęciu.",
  "privacy.recipients.processors":
    "Dostawcy hostingu i wysyłki e-maili, którzy pracują dla operatora na podstawie umowy powierzenia przetwarzania (art. 28 RODO). Nie sprzedajemy danych i nie wykorzystujemy ich do reklamy.",
  "privacy.recipients.tiles":
    "Podkład map jest pobierany z serwera {origin}; Państwa przeglądarka przekazuje mu przy tym swój adres IP.",
  "privacy.recipients.authorities": "Organy władzy publicznej, wyłącznie gdy wymaga tego prawo.",

  "privacy.transfersTitle": "Przekazywanie poza UE",
  "privacy.transfers":
    "Operator nie przekazuje danych osobowych do państw spoza Unii Europejskiej i Europejskiego Obszaru Gospodarczego i nie korzysta z usług, które by je tam wysyłały. Jedynym wyjątkiem jest sytuacja, gdy sami Państwo przyjmą współpracę z miastem spoza UE i EOG (na przykład na Ukrainie): jego przedstawiciel zobaczy wtedy Państwa dane kontaktowe, ponieważ jest to niezbędne do wykonania tego, o co Państwo poprosili (art. 49 ust. 1 lit. b RODO).",

  "privacy.retentionTitle": "Jak długo przechowujemy dane",
  "privacy.retention.account":
    "Konto i związane z nim dane przechowujemy do czasu usunięcia konta. Nieaktywne konta nie są usuwane automatycznie.",
  "privacy.retention.deletion":
    "Usunięcie konta natychmiast kasuje Państwa imię i nazwisko, e-mail, organizację i hasło, dane kontaktowe w profilu gminy i w ofertach oraz Państwa powiadomienia, e-maile i logowania. W wiadomościach i notatkach, które pozostają drugiej stronie, Państwa imię i nazwisko, e-mail i telefon zostają zastąpione znakiem „[…]”.",
  "privacy.retention.kept":
    "Pozostają: publiczny profil gminy i jej partnerstwa (należą do gminy), Państwa oferty jako zamknięte (ich opis jest publicznym tekstem miasta i nie jest zmieniany), już przyjęte kontakty dla drugiej strony oraz historia zmian, w której zamiast Państwa nazwiska widnieje „usunięte konto”. E-maili już doręczonych innym osobom nie można cofnąć.",
  "privacy.retention.offers":
    "Oferta po upływie ważności przestaje być publiczna, ale nie jest usuwana. Wyrażenie zainteresowania, na które druga strona nie odpowie, wygasa po {days} dniach i pozostaje w historii obu stron.",
  "privacy.retention.session":
    "Logowanie jest ważne przez {days} dni, o ile wcześniej się Państwo nie wylogują.",
  "privacy.retention.throttle":
    "Liczniki prób są usuwane, gdy upłynie ich okres: po 15 minutach do 1 godziny; skrót adresu, z którego skutecznie logują się Państwo na konto, po 90 dniach.",

  "privacy.rightsTitle": "Państwa prawa",
  "privacy.rights.access":
    "Dostęp i przenoszenie danych (art. 15 i 20 RODO): po zalogowaniu mogą Państwo pobrać wszystkie dane, które Spolu o Państwu przechowuje, jako plik JSON.",
  "privacy.rights.accessLink": "Pobierz moje dane",
  "privacy.rights.rectification":
    "Sprostowanie (art. 16): profil gminy i oferty edytują Państwo sami; o poprawienie imienia i nazwiska, e-maila lub organizacji konta prosimy nas poprosić.",
  "privacy.rights.erasure":
    "Usunięcie (art. 17): konto usuwają Państwo sami; co zostanie usunięte, a co pozostanie, opisuje wyżej część o przechowywaniu.",
  "privacy.rights.erasureLink": "Usuń konto",
  "privacy.rights.restriction":
    "Ograniczenie przetwarzania i sprzeciw (art. 18 i 21): wobec przetwarzania na podstawie prawnie uzasadnionego interesu mogą Państwo wnieść sprzeciw; prosimy do nas napisać, a rozpatrzymy go.",
  "privacy.rights.answer": "Odpowiadamy bez zbędnej zwłoki, najpóźniej w ciągu miesiąca.",
  "privacy.rights.complaint":
    "Mają Państwo również prawo wnieść skargę do organu nadzorczego: w Czechach jest to Urząd Ochrony Danych Osobowych (ÚOOÚ), Pplk. Sochora 27, 170 00 Praha 7; mogą się Państwo zwrócić także do organu państwa UE, w którym mieszkają lub pracują.",
  "privacy.rights.complaintLink": "www.uoou.gov.cz",

  "privacy.cookiesTitle": "Pliki cookie",
  "privacy.cookies":
    "Spolu zapisuje wyłącznie pliki cookie niezbędne do działania stron, dlatego nie prosi o zgodę (§ 89 ust. 3 czeskiej ustawy nr 127/2005 Sb. o łączności elektronicznej). Nie używamy analitycznych, reklamowych ani zewnętrznych plików cookie i nie śledzimy Państwa.",
  "privacy.cookiesCaption": "Pliki cookie zapisywane przez Spolu",
  "privacy.cookieName": "Nazwa",
  "privacy.cookiePurpose": "Cel",
  "privacy.cookieDuration": "Ważność",
  "privacy.cookie.session": "Logowanie (tylko po zalogowaniu)",
  "privacy.cookie.sessionDuration": "{days} dni lub do wylogowania",
  "privacy.cookie.lang": "Wybrany język stron",
  "privacy.cookie.langDuration": "1 rok",
  "privacy.cookie.toast": "Jednorazowe potwierdzenie po wykonaniu czynności, np. „Zapisano”",
  "privacy.cookie.toastDuration": "Do wyświetlenia potwierdzenia",

  "privacy.changesTitle": "Zmiany",
  "privacy.changes":
    "Gdy zmieni się to, co Spolu robi z danymi osobowymi, zaktualizujemy tę stronę. Obowiązująca wersja jest zawsze tutaj.",

  "terms.lead":
    "Zasady dla wszystkich, którzy korzystają ze Spolu: kto może się zarejestrować, co można publikować, jak operator sprawdza treści i za co nie odpowiada.",
  "terms.operatorTitle": "Operator",
  "terms.operator": "Operatorem Spolu jest:",
  "terms.acceptance":
    "Rejestrując się, akceptują Państwo niniejsze warunki. Strony publiczne może bez rejestracji przeglądać każdy. Spolu jest bezpłatny.",

  "terms.whoTitle": "Kto może korzystać ze Spolu",
  "terms.who.visitors":
    "Oferty, mapę, katalog gmin, rejestr partnerstw i otwarte dane może bez rejestracji przeglądać każdy.",
  "terms.who.mayors":
    "Konto czeskiej gminy może założyć wyłącznie osoba uprawniona do działania w jej imieniu lub przez nią upoważniona, na przykład wójt lub burmistrz (starosta), jego zastępca, sekretarz albo pracownik urzędu gminy. Każdą gminą zarządza jedno konto; pracownicy operatora sprawdzają, czy rzeczywiście działają Państwo w imieniu gminy.",
  "terms.who.foreign":
    "Konto miasta zagranicznego może założyć przedstawiciel jego samorządu lub osoba przez samorząd upoważniona.",
  "terms.who.account":
    "Dane podane przy rejestracji muszą być prawdziwe. Konto jest osobiste: prosimy nikomu nie udostępniać hasła, a w razie podejrzenia nadużycia odzyskać hasło i dać nam znać.",

  "terms.contentTitle": "Jakie muszą być profile, oferty i wiadomości",
  "terms.content.true":
    "Zgodnie z prawdą opisują gminę lub miasto i jego rzeczywiste zainteresowanie partnerstwem.",
  "terms.content.purpose":
    "Służą współpracy gmin i miast: nie są reklamą, ofertą handlową, kampanią polityczną ani zbiórką pieniędzy.",
  "terms.content.lawful":
    "Nie zawierają niczego bezprawnego, obraźliwego ani nienawistnego i nie naruszają praw innych osób, w tym praw autorskich.",
  "terms.content.contact":
    "Dane kontaktowe należy wpisywać wyłącznie w przeznaczone do tego pola, gdzie pozostają niepubliczne, a nie w publiczny opis. Dane osobowe innych osób prosimy podawać tylko za ich wiedzą.",

  "terms.moderationTitle": "Sprawdzanie treści",
  "terms.moderation.offers":
    "Pracownicy operatora publikują ofertę dopiero po jej sprawdzeniu; każda zmiana opublikowanej oferty jest sprawdzana ponownie. Oferta jest ważna do wybranej daty i można ją przedłużyć.",
  "terms.moderation.profiles":
    "Profil gminy jest widoczny od razu, ale do czasu zatwierdzenia przez pracowników operatora jest oznaczony jako niezweryfikowany.",
  "terms.moderation.contacts":
    "Wyrażenie zainteresowania pracownicy operatora sprawdzają przed przekazaniem drugiej stronie; mogą usunąć z niego dane kontaktowe albo je odrzucić z podaniem uzasadnienia.",
  "terms.moderation.decisions":
    "Treści naruszające niniejsze warunki operator może zwrócić do poprawy, odrzucić lub ukryć; w razie poważnego lub powtarzającego się naruszenia może zakończyć dostęp do konta. Każda decyzja jest zapisywana wraz z uzasadnieniem.",

  "terms.contactsTitle": "Kontakty między gminami",
  "terms.contacts.flow":
    "Gminy i miasta nawiązują kontakt poprzez wyrażenie zainteresowania w Spolu. Dane kontaktowe drugiej strony zobaczą Państwo, gdy przyjmie ona Państwa wyrażenie zainteresowania (lub gdy Państwo przyjmą jej). Wyrażenie zainteresowania bez odpowiedzi wygasa po {days} dniach.",
  "terms.contacts.limit":
    "Jedna oferta przyjmuje jednocześnie najwyżej {limit} otwartych wyrażeń zainteresowania; potem jest oznaczana jako pełna.",
  "terms.contacts.use":
    "Dane kontaktowe, które pokaże Państwu Spolu, prosimy wykorzystywać wyłącznie do rozmów o współpracy, a nie do wysyłania niezamówionych wiadomości.",

  "terms.openDataTitle": "Otwarte dane",
  "terms.openData":
    "Opublikowane oferty, publiczne profile gmin, rejestr partnerstw i przegląd dotacji są swobodnie dostępne do ponownego wykorzystania przez API, CSV, iCalendar i kanał Atom, bez rejestracji. Przy ponownym wykorzystaniu prosimy podać źródło „Spolu, {operator}”.",
  "terms.openDataSources":
    "Dane przejęte z innych źródeł podlegają ich licencjom; prosimy zachować wymagane przez nie oznaczenie źródła:",
  "terms.openDataPrivate":
    "Otwarte dane nigdy nie zawierają danych kontaktowych, wiadomości ani notatek wewnętrznych.",

  "terms.warrantyTitle": "Bez gwarancji",
  "terms.warranty.score":
    "Wynik dopasowania i jego uzasadnienie to propozycje obliczone na podstawie danych podanych przez gminy i miasta oraz rejestrów publicznych. Nie gwarantują, że partnerstwo powstanie ani że druga strona odpowie.",
  "terms.warranty.content":
    "Za treść profili, ofert i wiadomości odpowiadają ich autorzy. Partnerstwa przejęte z publicznych list są niezweryfikowane, dopóki gmina ich nie potwierdzi.",
  "terms.warranty.agreements":
    "Operator nie jest stroną porozumień między gminami i miastami i nie odpowiada za ich wykonanie.",
  "terms.warranty.service":
    "Spolu jest udostępniany bezpłatnie i w takiej postaci, w jakiej jest, i może być czasowo niedostępny. Operator odpowiada za szkodę tylko w zakresie, którego nie można wyłączyć na mocy przepisów prawa.",

  "terms.abuseTitle": "Zgłaszanie nadużyć",
  "terms.abuse":
    "Jeśli natrafią Państwo na nieprawdziwą ofertę, niestosowną wiadomość lub wykorzystywane bezprawnie konto, prosimy napisać na adres {email} i dołączyć link do strony. Pracownicy operatora zbadają sprawę i poinformują Państwa o decyzji.",

  "terms.endTitle": "Usunięcie konta",
  "terms.end":
    "Konto mogą Państwo w każdej chwili usunąć sami. Co zostanie przy tym usunięte, a co pozostanie, opisuje strona:",

  "terms.lawTitle": "Zmiany warunków i prawo właściwe",
  "terms.law":
    "Warunki podlegają prawu Republiki Czeskiej, a spory z nich wynikające rozstrzygają sądy czeskie. Zmiany warunków ogłosimy z wyprzedzeniem na tej stronie; dalsze korzystanie ze Spolu oznacza ich akceptację.",
};
