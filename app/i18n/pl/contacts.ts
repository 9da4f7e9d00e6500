// The Polish of ../cs/contacts.ts.
import type { contactsCs } from "../cs/contacts";

export const contactsPl: Record<keyof typeof contactsCs, string> = {
  "status.pending_review": "Oczekuje na sprawdzenie przez Związek",
  "status.forwarded": "Przekazano, oczekuje na odpowiedź",
  "status.info_requested": "Poproszono o uzupełnienie",
  "status.accepted": "Przyjęto",
  "status.declined": "Odrzucono",
  "status.in_contact": "W kontakcie",
  "status.council_approved": "Zatwierdzono przez radę gminy",
  "status.agreement_signed": "Umowa podpisana",
  "status.withdrawn": "Wycofano",
  "status.rejected_by_staff": "Nieprzekazane przez Związek",

  "history.action.create": "Wysłano wyrażenie zainteresowania",
  "history.action.introduce": "Związek zaproponował zapoznanie stron",
  "history.action.forward": "Przekazano drugiej stronie",
  "history.action.edit": "Związek zmienił wiadomość",
  "history.action.accept": "Przyjęto",
  "history.action.accept_side": "Jedna ze stron przyjęła zapoznanie",
  "history.action.decline": "Odrzucono",
  "history.action.request_info": "Poproszono o uzupełnienie",
  "history.action.answer": "Uzupełniono",
  "history.action.withdraw": "Wycofano",
  "history.action.in_contact": "Nawiązano pierwszy kontakt",
  "history.action.council_approved": "Zatwierdzono przez radę gminy",
  "history.action.agreement_signed": "Umowa podpisana",
  "history.action.activity": "Odnotowano aktywność",
  "history.action.dormant": "Oznaczono jako nieaktywne",
  "history.action.message": "Wiadomość w wątku",
  "history.action.mutual_interest": "Zainteresowanie wyraziła także druga strona",

  "contacts.title": "Kontakty",
  "contacts.intro":
    "Wyrażenia zainteresowania między czeskimi gminami a miastami zagranicznymi. Dane kontaktowe drugiej strony będą widoczne, gdy przyjmie ona wyrażenie zainteresowania.",
  "contacts.filter.label": "Pokaż",
  "contacts.filter.all": "Wszystkie",
  "contacts.filter.open": "W toku",
  "contacts.filter.active": "Przyjęte",
  "contacts.filter.closed": "Zamknięte",
  "contacts.filter.review": "Do sprawdzenia",
  "contacts.filter.relay": "W imieniu miast bez konta",
  "contacts.empty": "Brak kontaktów.",
  "contacts.emptyHintMayor":
    "Wyrażenie zainteresowania można wysłać ze strony oferty lub z listy dopasowań.",
  "contacts.emptyHintForeign":
    "Wyrażenie zainteresowania można wysłać czeskiej gminie z listy dopasowań do Państwa oferty.",
  "contacts.direction.sent": "Wysłane",
  "contacts.direction.received": "Otrzymane",
  "contacts.direction.introduction": "Zapoznanie przez Związek",
  "contacts.updated": "zmiana {date}",
  "contacts.waitingSince": "oczekuje od {date}",
  "contacts.pair": "{municipality} ↔ {town}",
  "contacts.noAccount": "bez konta (odpowiada Związek)",

  "contact.new.title": "Wyraź zainteresowanie",
  "contact.new.introTitle": "Zaproponuj zapoznanie",
  "contact.new.lead":
    "Związek sprawdzi wiadomość i przekaże ją drugiej stronie. Strony wymienią się danymi kontaktowymi, gdy druga strona przyjmie wyrażenie zainteresowania.",
  "contact.new.introLead":
    "Obie strony otrzymają zaproszenie i każda je przyjmie lub odrzuci. Jeśli przyjmą obie, mogą od razu nawiązać bezpośredni kontakt.",
  "contact.new.offer": "Państwa oferta",
  "contact.new.topics": "Wspólne tematy, które chcą Państwo omówić",
  "contact.new.topicsHint": "Proszę wybrać co najmniej jeden temat wspólny dla obu stron.",
  "contact.new.message": "Wiadomość",
  "contact.new.messageHint":
    "Dlaczego właśnie Państwo i co chcieliby Państwo robić wspólnie. Najwyżej 2000 znaków. Proszę nie podawać tu adresu e-mail ani telefonu: zostaną wymienione po przyjęciu.",
  "contact.new.note": "Uwaga dla obu stron",
  "contact.new.submit": "Wyślij wyrażenie zainteresowania",
  "contact.new.submitIntro": "Zaproponuj zapoznanie",
  "contact.new.sent": "Wyrażenie zainteresowania zostało wysłane. Związek je sprawdzi i przekaże.",
  "contact.new.introduced": "Zaproponowano zapoznanie, obie strony otrzymały zaproszenie.",
  "contact.new.full":
    "Ta oferta ma obecnie {count, plural, one {# wyrażenie} few {# wyrażenia} many {# wyrażeń} other {# wyrażenia}} zainteresowania w toku i nie przyjmuje nowych, aby miasto nie zostało nimi zasypane. Proszę spróbować ponownie później.",
  "contact.new.live": "Mają już Państwo kontakt z tą stroną.",
  "contact.new.liveLink": "Otwórz kontakt",
  "contact.new.noShared":
    "Strony nie mają żadnego wspólnego tematu, dlatego nie można wysłać wyrażenia zainteresowania. Proszę uzupełnić tematy w swoim profilu lub wybrać inną ofertę.",
  "contact.new.noProfile":
    "Najpierw proszę wypełnić profil swojej gminy, aby Związek mógł go zatwierdzić.",
  "contact.new.noOffers": "Nie mają Państwo żadnej opublikowanej oferty, z której można by pisać.",
  "contact.new.closed": "Ta oferta nie jest już opublikowana.",
  "contact.new.notVisible": "Profil tej gminy nie jest opublikowany.",
  "contact.new.unverified":
    "Najpierw proszę potwierdzić swój adres e-mail (wysłaliśmy link), a następnie można pisać.",
  "contact.new.choose": "Proszę wybrać ofertę lub gminę z listy dopasowań.",

  "contact.error.not_found": "Kontakt lub jedna ze stron nie istnieje.",
  "contact.error.forbidden": "Ten krok nie należy do Państwa.",
  "contact.error.wrong_state":
    "Ten krok nie jest już możliwy w obecnym stanie. Strona pokazuje aktualny stan.",
  "contact.error.text_required": "Proszę wpisać tekst.",
  "contact.error.too_long": "Tekst jest dłuższy niż 2000 znaków.",
  "contact.error.topics_required": "Proszę wybrać co najmniej jeden wspólny temat.",
  "contact.error.topic_not_shared": "Wybrany temat nie jest wspólny dla obu stron.",
  "contact.error.offer_not_open": "Ta oferta nie jest już opublikowana.",
  "contact.error.municipality_not_visible": "Profil tej gminy nie jest opublikowany.",
  "contact.error.offer_full":
    "Ta oferta nie przyjmuje obecnie nowych wyrażeń zainteresowania (osiągnięto limit).",
  "contact.error.already_open": "Mają już Państwo kontakt z tą stroną.",
  "contact.error.unverified": "Najpierw proszę potwierdzić swój adres e-mail.",
  "contact.error.bad_date": "Proszę podać prawidłową datę, najpóźniej dzisiejszą.",
  "contact.error.stage_before_previous":
    "Data nie może być wcześniejsza niż data poprzedniego kroku.",
  "contact.error.side_required": "Proszę wybrać, w imieniu której strony Państwo odpowiadają.",
  "contact.error.rate_limited":
    "W ciągu ostatniej godziny wysłali Państwo wiele wiadomości. Proszę spróbować ponownie później.",

  "contact.title": "{municipality} ↔ {town}",
  "contact.state": "Stan",
  "contact.from": "Od",
  "contact.to": "Do",
  "contact.introducedBy": "Zapoznanie zaproponowane przez Związek",
  "contact.topics": "Tematy",
  "contact.message": "Wiadomość",
  "contact.note": "Uwaga Związku",
  "contact.reason": "Powód",
  "contact.answers": "Odpowiedzi na zapoznanie",
  "contact.answer.pending": "jeszcze bez odpowiedzi",
  "contact.answer.accepted": "przyjęto",
  "contact.answer.declined": "odrzucono",
  "contact.explain.sender.pending_review":
    "Związek sprawdza Państwa wiadomość. Zwykle trwa to do dwóch dni roboczych.",
  "contact.explain.sender.forwarded":
    "Wiadomość została przekazana drugiej stronie, która ma 30 dni na odpowiedź.",
  "contact.explain.sender.info_requested": "Druga strona ma pytanie. Proszę odpowiedzieć poniżej.",
  "contact.explain.recipient.forwarded":
    "Proszę przyjąć, odrzucić lub zadać pytanie. Na odpowiedź mają Państwo 30 dni od przekazania.",
  "contact.explain.recipient.info_requested": "Oczekują Państwo na uzupełnienie od drugiej strony.",
  "contact.explain.revealed": "Obie strony wyraziły zgodę: obie widzą dane kontaktowe.",
  "contact.explain.closed": "Ten kontakt jest zamknięty.",
  "contact.privacy":
    "Osoba kontaktowa, adres e-mail i telefon drugiej strony zostaną wyświetlone, gdy przyjmie ona wyrażenie zainteresowania.",
  "contact.details": "Dane kontaktowe",
  "contact.details.person": "Osoba kontaktowa",
  "contact.details.email": "E-mail",
  "contact.details.phone": "Telefon",
  "contact.details.none": "nie podano",
  "contact.relay":
    "{side} nie ma konta w Spolu: Związek przekaże wiadomość i odnotuje odpowiedź w imieniu tej strony.",
  "contact.warnPrivate":
    "Wiadomość zawiera prawdopodobnie adres e-mail lub numer telefonu. Przed przekazaniem warto rozważyć jej zmianę: dane mają zostać wymienione dopiero po przyjęciu.",
  "contact.actions": "Możliwe działania",
  "contact.action.forward": "Przekaż drugiej stronie",
  "contact.action.reject": "Nie przekazuj (z podaniem powodu)",
  "contact.action.edit": "Zapisz zmienioną wiadomość",
  "contact.action.accept": "Przyjmij",
  "contact.action.decline": "Odrzuć",
  "contact.action.request_info": "Zadaj pytanie",
  "contact.action.answer": "Wyślij uzupełnienie",
  "contact.action.withdraw": "Wycofaj wyrażenie zainteresowania",
  "contact.action.in_contact": "Odnotuj: nawiązano pierwszy kontakt",
  "contact.action.council_approved": "Odnotuj: zatwierdzono przez radę gminy",
  "contact.action.agreement_signed": "Odnotuj: umowa podpisana",
  "contact.field.reason": "Powód (zobaczy go nadawca)",
  "contact.field.declineReason": "Powód (opcjonalnie, zobaczy go nadawca)",
  "contact.field.question": "O co chcą Państwo zapytać",
  "contact.field.answer": "Państwa uzupełnienie",
  "contact.field.editMessage": "Wiadomość po zmianie",
  "contact.field.side": "Odpowiada w imieniu",
  "contact.field.date": "Data",
  "contact.field.stageNote": "Uwaga (opcjonalnie)",
  "contact.confirm.withdraw":
    "Czy na pewno wycofać wyrażenie zainteresowania? Druga strona otrzyma o tym informację, a tej czynności nie można cofnąć.",
  "contact.confirm.decline": "Czy na pewno odrzucić? Tej decyzji nie można cofnąć.",
  "contact.done": "Gotowe: {status}.",
  "contact.thread": "Wiadomości",
  "contact.thread.empty": "Brak wiadomości.",
  "contact.thread.closedNote":
    "Swobodna wymiana wiadomości będzie możliwa, gdy druga strona przyjmie wyrażenie zainteresowania.",
  "contact.thread.kind.info_request": "Pytanie",
  "contact.thread.kind.info_answer": "Uzupełnienie",
  "contact.thread.kind.message": "Wiadomość",
  "contact.thread.new": "Nowa wiadomość",
  "contact.thread.send": "Wyślij wiadomość",
  "contact.thread.sent": "Wiadomość została wysłana.",
  "contact.stages": "Droga do partnerstwa",
  "contact.stages.hint":
    "Proszę odnotowywać kolejne kroki z datą: pierwszy kontakt, uchwała rady gminy, podpisanie umowy. Uchwałę rady gminy i podpisanie umowy proponuje jedna strona, a potwierdza druga (lub Związek); potwierdzone podpisanie tworzy partnerstwo widoczne na mapie.",
  "contact.stage.in_contact": "Nawiązano pierwszy kontakt",
  "contact.stage.council_approved": "Zatwierdzono przez radę gminy",
  "contact.stage.agreement_signed": "Umowa podpisana",
  "contact.stage.pending": "jeszcze nie",
  "contact.partnership": "Partnerstwo zostało zawarte i jest widoczne na mapie.",
  "contact.partnershipDormant":
    "Partnerstwo jest nieaktywne od {date} (12 miesięcy bez aktywności).",
  "contact.timeline": "Przebieg",

  "response.title": "Udzielanie odpowiedzi",
  "response.none": "Brak przekazanych wyrażeń zainteresowania.",
  "response.rate": "Odpowiada na {rate}% wyrażeń zainteresowania",
  "response.median":
    "zwykle w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}",
  "response.medianSameDay": "zwykle tego samego dnia",
  "response.counts": "({answered} z {received})",
  "response.waiting": "Wyrażenia zainteresowania jeszcze bez odpowiedzi: {received}.",

  "cta.interest": "Wyraź zainteresowanie",
  "cta.interestSent": "Kontakt: {status}",
  "cta.full":
    "Oferta nie przyjmuje obecnie nowych wyrażeń zainteresowania ({count, plural, one {# w toku} few {# w toku} many {# w toku} other {# w toku}}).",
  "cta.introduce": "Zaproponuj zapoznanie",
  "interest.visitorTitle": "Są Państwo zainteresowani partnerstwem?",
  "interest.visitorOffer":
    "Czeska gmina pisze do miasta {town} przez Spolu. Proszę zalogować się kontem swojej gminy lub ją zarejestrować: potem wrócą Państwo prosto tutaj, aby napisać wiadomość.",
  "interest.visitorMunicipality":
    "Miasto zagraniczne pisze do gminy {name} przez Spolu. Proszę się zalogować albo zarejestrować i opublikować prośbę o partnerstwo: potem wrócą Państwo prosto tutaj.",
  "interest.visitorSignIn": "Zaloguj się i wyraź zainteresowanie",
  "interest.visitorSignUpMayor": "Zarejestruj gminę",
  "interest.visitorSignUpForeign": "Zarejestruj miasto",
  "interest.demo":
    "To przykładowa oferta, której nie opublikowało żadne prawdziwe miasto: zainteresowanie nią do nikogo nie trafi.",

  "notifications.contact_submitted":
    "Państwa wyrażenie zainteresowania {municipality} – {town} oczekuje na sprawdzenie przez Związek.",
  "notifications.contact_forwarded":
    "Związek przekazał Państwa wyrażenie zainteresowania {municipality} – {town} drugiej stronie.",
  "notifications.contact_received":
    "Nowe wyrażenie zainteresowania: {municipality} – {town}. Prosimy o odpowiedź w ciągu 30 dni.",
  "notifications.contact_rejected":
    "Związek nie przekazał Państwa wyrażenia zainteresowania {municipality} – {town}. Powód podano w szczegółach.",
  "notifications.contact_accepted":
    "Wyrażenie zainteresowania {municipality} – {town} zostało przyjęte. Widzą Państwo teraz dane kontaktowe obu stron.",
  "notifications.contact_declined":
    "Wyrażenie zainteresowania {municipality} – {town} zostało odrzucone.",
  "notifications.contact_info_requested":
    "Druga strona prosi o uzupełnienie wyrażenia zainteresowania {municipality} – {town}.",
  "notifications.contact_info_answered":
    "Wyrażenie zainteresowania {municipality} – {town} zostało uzupełnione i oczekuje na Państwa odpowiedź.",
  "notifications.contact_withdrawn":
    "Wyrażenie zainteresowania {municipality} – {town} zostało wycofane.",
  "notifications.contact_reminder":
    "Wyrażenie zainteresowania {municipality} – {town} oczekuje na Państwa odpowiedź już {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}.",
  "notifications.contact_expired":
    "Wyrażenie zainteresowania {municipality} – {town} wygasło: druga strona nie odpowiedziała w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}.",
  "notifications.contact_expired_recipient":
    "Wyrażenie zainteresowania {municipality} – {town} wygasło bez Państwa odpowiedzi.",
  "notifications.contact_introduction":
    "Związek proponuje zapoznanie: {municipality} – {town}. Proszę przyjąć lub odrzucić zaproszenie.",
  "notifications.contact_message": "Nowa wiadomość w kontakcie {municipality} – {town}.",
  "notifications.contact_stage": "{municipality} – {town}: odnotowano krok „{stage}” ({date}).",
  "notifications.partnership_signed":
    "Partnerstwo {municipality} – {town} zostało zawarte. Gratulujemy!",
  "notifications.partnership_dormant":
    "W partnerstwie {municipality} – {town} od {months} mies. nie odnotowano żadnej aktywności.",

  "inbox.title": "Powiadomienia",
  "inbox.unreadOnly": "Tylko nieprzeczytane",
  "inbox.all": "Wszystkie",

  "digest.subject":
    "Spolu: {count, plural, one {# nowe powiadomienie} few {# nowe powiadomienia} many {# nowych powiadomień} other {# nowego powiadomienia}}",
  "digest.intro": "Co wydarzyło się u Państwa w ciągu ostatniego dnia:",
  "digest.weeklySubject": "Spolu: nowe oferty dla gminy {municipality}",
  "digest.weeklyIntro":
    "Nowe oferty partnerstwa z ostatniego tygodnia, które pasują do gminy {municipality}:",
  "digest.weeklyLine": "{town} ({country}): dopasowanie {score} na 100",

  "partnerships.title": "Partnerstwa",
  "partnerships.mine": "Tylko moje",
  "partnerships.dormantOnly": "Tylko nieaktywne",
  "partnerships.empty": "Brak partnerstw.",
  "partnerships.since": "od {year, number, ::group-off}",
  "partnerships.source.spolu": "zawarte za pośrednictwem Spolu",
  "partnerships.source.existing": "wpisane przez gminę",
  "partnerships.dormant": "nieaktywne od {date}",
  "partnerships.lastActivity": "ostatnia aktywność {date}",
  "partnerships.record": "Odnotuj aktywność",
  "partnerships.recordNote": "Co się wydarzyło (opcjonalnie)",
  "partnerships.recorded": "Aktywność została odnotowana.",
  "partnerships.contact": "Kontakt",

  "adminContacts.title": "Kontakty do sprawdzenia",
  "adminContacts.review": "Oczekują na sprawdzenie",
  "adminContacts.relay": "Przekazane miastom bez konta (odpowiada Związek)",
  "adminContacts.empty": "Nic nie oczekuje.",
  "adminContacts.limit": "Limit wyrażeń zainteresowania w toku na ofertę",
  "adminContacts.limitHint":
    "Oferta z taką liczbą wyrażeń zainteresowania w toku (oczekujących na sprawdzenie, odpowiedź lub uzupełnienie) nie przyjmuje nowych.",
  "adminContacts.limitSave": "Zapisz limit",
  "adminContacts.limitSaved": "Zapisano limit: {limit}.",
  "adminContacts.limitInvalid": "Proszę podać liczbę całkowitą od 1 do 1000.",
  "adminContacts.all": "Wszystkie kontakty",
  "adminContacts.dormant": "Nieaktywne partnerstwa: {count}",

  "outbox.title": "Wychodzące e-maile",
  "outbox.intro":
    "Każdy e-mail, który tworzy Spolu. Bez ustawionego SMTP_URL pozostają tutaj (stan „w skrzynce nadawczej”) i nie są nigdzie wysyłane.",
  "outbox.smtpOn": "SMTP jest skonfigurowane: e-maile są wysyłane.",
  "outbox.smtpOff": "SMTP nie jest skonfigurowane: e-maile nie są wysyłane, pozostają tylko tutaj.",
  "outbox.empty": "Brak e-maili.",
  "outbox.to": "Do",
  "outbox.subject": "Temat",
  "outbox.status": "Stan",
  "outbox.created": "Utworzono",
  "outbox.status.outbox": "w skrzynce nadawczej",
  "outbox.status.queued": "w kolejce",
  "outbox.status.sending": "wysyłanie",
  "outbox.status.sent": "wysłano",
  "outbox.status.failed": "błąd",
  "outbox.filter": "Stan",
  "outbox.all": "Wszystkie",
  "outbox.text": "Tekst",
  "outbox.html": "HTML",
  "outbox.error": "Ostatni błąd",
  "outbox.nextAttempt": "Następna próba",
  "outbox.givenUp": "Kolejnych prób nie będzie; można wysłać e-mail ponownie.",
  "outbox.sendAgain": "Wyślij ponownie",
  "outbox.sentAgain": "E-mail oczekuje na ponowne wysłanie.",
  "outbox.notFailed":
    "Wysyłka tego e-maila nie zakończyła się błędem, nie można go wysłać ponownie.",
  "outbox.back": "Powrót do wychodzących e-maili",
  "outbox.jobs": "Zaplanowane zadania",
  "outbox.jobsEmpty": "Jeszcze nie zostały uruchomione.",
  "contact.question": "Pytanie drugiej strony",
  "contact.action.withdrawIntroduction": "Wycofaj zapoznanie",
  "contact.confirm.withdrawUnseen":
    "Czy na pewno wycofać wyrażenie zainteresowania? Związek jeszcze go nie przekazał, więc druga strona się o nim nie dowie. Tej czynności nie można cofnąć.",
  "contact.confirm.withdrawIntroduction":
    "Czy na pewno wycofać zapoznanie? Obie strony otrzymają o tym informację, a tej czynności nie można cofnąć.",
  "contact.field.sideFixed": "Odpowiadają Państwo w imieniu: {side}",
  "contact.explain.introduction.open":
    "Związek proponuje Państwu zapoznanie z drugą stroną. Proszę przyjąć lub odrzucić zaproszenie; jeśli przyjmą je obie strony, zobaczą nawzajem swoje dane kontaktowe.",
  "contact.explain.introduction.waiting":
    "Przyjęli Państwo zaproszenie. Oczekiwanie na odpowiedź drugiej strony.",
  "contact.privacy.sender":
    "Osobę kontaktową, adres e-mail i telefon drugiej strony zobaczą Państwo, gdy przyjmie ona Państwa wyrażenie zainteresowania; jednocześnie ona zobaczy Państwa dane.",
  "contact.privacy.recipient":
    "Jeśli przyjmą Państwo wyrażenie zainteresowania, zobaczą Państwo dane kontaktowe drugiej strony, a ona Państwa. Do tego czasu żadna ze stron ich nie widzi.",
  "contact.privacy.introduction":
    "Gdy zaproszenie przyjmą obie strony, zobaczą nawzajem swoje dane kontaktowe. Do tego czasu żadna ze stron ich nie widzi.",
  "contact.privacy.closed": "Kontakt jest zamknięty; dane kontaktowe nie zostały udostępnione.",
  "contact.new.noAccount":
    "{side} nie ma konta w Spolu: zaproszenie w imieniu tej strony przyjmie lub odrzuci Związek.",
  "contact.new.sharedTopics": "Wspólne tematy: {topics}.",
  "contact.error.has_account": "Ta strona ma własne konto i odpowiada sama.",
  "contact.error.proposal_waiting":
    "Zaproponowany krok wciąż oczekuje na potwierdzenie. Proszę poczekać na nie lub wycofać propozycję.",
  "contact.error.own_proposal":
    "Zaproponowany przez Państwa krok potwierdza druga strona lub Związek.",
  "contact.error.reference_too_long": "Numer uchwały lub link może mieć najwyżej 300 znaków.",
  "contact.action.propose.council_approved": "Zaproponuj: zatwierdzono przez radę gminy",
  "contact.action.propose.agreement_signed": "Zaproponuj: umowa podpisana",
  "contact.action.confirm_stage": "Potwierdź krok",
  "contact.action.refuse_stage": "Nie potwierdzaj",
  "contact.action.withdrawProposal": "Wycofaj propozycję",
  "contact.field.reference": "Numer uchwały lub link (opcjonalnie)",
  "contact.field.referenceHint":
    "Np. „uchwała nr 15/2026” lub link do protokołu z posiedzenia albo do umowy.",
  "contact.field.refuseReason":
    "Dlaczego nie potwierdzają Państwo kroku (opcjonalnie, zobaczy to druga strona)",
  "contact.proposal.title": "Oczekuje na potwierdzenie",
  "contact.proposal.by": "{side} proponuje krok „{stage}” z dnia {date}.",
  "contact.proposal.reference": "Uchwała lub link",
  "contact.proposal.waitingOther":
    "Krok zostanie odnotowany, gdy potwierdzi go druga strona lub Związek. Do tego czasu mogą Państwo wycofać propozycję.",
  "contact.proposal.waitingYou":
    "Proszę potwierdzić krok, jeśli odpowiada stanowi faktycznemu; dopiero wtedy zostanie odnotowany. Jeśli nie odpowiada, proszę go nie potwierdzać.",
  "contact.proposal.waitingStaff":
    "Związek może potwierdzić krok, zwłaszcza gdy druga strona nie ma konta, lub go nie potwierdzić.",
  "contact.proposal.signedNote":
    "Po potwierdzeniu podpisania umowy powstanie partnerstwo widoczne na mapie.",
  "contact.confirm.refuseStage":
    "Propozycja zostanie usunięta, a strona, która ją zgłosiła, otrzyma o tym informację.",
  "contact.confirm.withdrawProposal":
    "Czy na pewno wycofać propozycję? Druga strona otrzyma o tym informację.",
  "contact.stage.proposed": "zaproponowano ({date}), oczekuje na potwierdzenie",
  "contact.stage.confirmed": "potwierdzone przez obie strony",
  "contact.proposed":
    "Krok został zaproponowany. Zostanie odnotowany, gdy potwierdzi go druga strona.",
  "contact.stageRefused": "Propozycja kroku została usunięta.",
  "notifications.contact_stage_proposed":
    "{municipality} – {town}: prosimy o potwierdzenie kroku „{stage}” ({date}).",
  "notifications.contact_stage_refused":
    "{municipality} – {town}: zaproponowany krok „{stage}” nie został potwierdzony.",
  "history.action.propose_council_approved": "Zaproponowano: zatwierdzono przez radę gminy",
  "history.action.propose_agreement_signed": "Zaproponowano: umowa podpisana",
  "history.action.confirm_stage_council_approved": "Potwierdzono: zatwierdzono przez radę gminy",
  "history.action.confirm_stage_agreement_signed": "Potwierdzono: umowa podpisana",
  "history.action.refuse_stage_council_approved": "Nie potwierdzono: zatwierdzono przez radę gminy",
  "history.action.refuse_stage_agreement_signed": "Nie potwierdzono: umowa podpisana",
  "contacts.filter.confirm": "Kroki do potwierdzenia",
};
