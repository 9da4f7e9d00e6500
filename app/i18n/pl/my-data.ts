// The Polish of ../cs/my-data.ts.
import type { myDataCs } from "../cs/my-data";

export const myDataPl: Record<keyof typeof myDataCs, string> = {
  "myData.title": "Państwa dane",
  "myData.lead":
    "Można pobrać wszystkie dane, które Spolu przechowuje na Państwa temat, w jednym pliku JSON, albo usunąć konto.",
  "myData.download": "Pobierz moje dane (JSON)",
  "myData.deleteLink": "Usuń konto",

  "myData.export.about":
    "Wszystkie dane, które platforma Spolu Związku Miast i Gmin Republiki Czeskiej przechowuje o Państwa koncie, według stanu na dzień eksportu: konto, zalogowane urządzenia, profil gminy lub oferty, którymi Państwo zarządzają (wraz z danymi kontaktowymi), wyrażenia zainteresowania, których są Państwo stroną, partnerstwa, powiadomienia, wysłane do Państwa e-maile oraz zapisy wykonanych przez Państwa czynności.",
  "myData.export.password":
    "Hasło przechowujemy wyłącznie w postaci jednokierunkowego skrótu (bcrypt); samego hasła nie znamy, a skrót nie jest częścią eksportu.",
  "myData.export.secrets":
    "Identyfikatory sesji i linki jednorazowe (potwierdzenie adresu e-mail, odzyskiwanie hasła) są kluczami do konta: eksport informuje tylko o ich istnieniu, nie zawiera ich samych.",
  "myData.export.contacts":
    "Wyrażenia zainteresowania są przedstawione tak, jak widzą je Państwo na ich stronie: dane kontaktowe drugiej strony dopiero od chwili przyjęcia wyrażenia zainteresowania.",
  "myData.export.staffNotes":
    "Pracownicy Związku prowadzą wewnętrzne notatki dotyczące Państwa gminy, ofert lub wyrażeń zainteresowania ({count}). Nie są one częścią eksportu; ich treść można uzyskać na wniosek w Związku Miast i Gmin Republiki Czeskiej.",
  "myData.export.staffNotesNone":
    "Związek nie prowadzi żadnych wewnętrznych notatek dotyczących Państwa gminy, ofert ani wyrażeń zainteresowania.",
  "myData.export.staffNotesStaff":
    "Napisane przez Państwa notatki wewnętrzne pozostają przy gminach i ofertach, których dotyczą; nie są częścią eksportu.",

  "myData.delete.title": "Usuń konto",
  "myData.delete.lead":
    "Usunięcia nie można cofnąć. Przed kontynuowaniem mogą Państwo pobrać swoje dane.",
  "myData.delete.erasedTitle": "Co usuniemy",
  "myData.delete.erasedAccount":
    "Imię i nazwisko, adres e-mail, hasło, język i ustawienia e-maili; zalogowania na wszystkich urządzeniach, powiadomienia i e-maile adresowane do Państwa.",
  "myData.delete.erasedMunicipality":
    "Osobę kontaktową, stanowisko, adres e-mail i telefon w profilu gminy {name}. Publiczny profil gminy pozostaje: należy do gminy, a nie do Państwa. Na wyrażenia zainteresowania w imieniu gminy będzie wtedy odpowiadać Związek.",
  "myData.delete.erasedOffers":
    "Osobę kontaktową, adres e-mail i telefon we wszystkich Państwa ofertach.",
  "myData.delete.offersTitle": "Oferty, które zamkniemy",
  "myData.delete.offersNone": "Nie mają Państwo żadnej otwartej oferty.",
  "myData.delete.offersCaption": "Oferty, które zostaną zamknięte wraz z usunięciem konta",
  "myData.delete.town": "Miasto",
  "myData.delete.status": "Obecny stan",
  "myData.delete.contactsTitle": "Wyrażenia zainteresowania",
  "myData.delete.contactsOpen":
    "Otwarte wyrażenia zainteresowania ({count}) zakończymy: wysłane przez Państwa wycofamy, pozostałe odrzucimy lub wycofamy. Druga strona otrzyma powiadomienie, aby nikt nie czekał niepotrzebnie.",
  "myData.delete.contactsActive":
    "Przyjęte wyrażenia zainteresowania i partnerstwa w toku ({count}) pozostają przy gminach; w imieniu Państwa strony będzie w nich dalej działać Związek.",
  "myData.delete.contactsNone":
    "Nie są Państwo stroną żadnego otwartego wyrażenia zainteresowania.",
  "myData.delete.keptTitle": "Co pozostanie bez Państwa nazwiska",
  "myData.delete.kept":
    "Historia czynności (kto, co i kiedy zatwierdził, wysłał, odrzucił) pozostaje ze względu na możliwość jej odtworzenia, ale zamiast Państwa będzie w niej widnieć „usunięte konto”. Wiadomości w wątkach pozostają u drugiej strony; usuniemy z nich Państwa imię i nazwisko, adres e-mail i telefon.",
  "myData.delete.formTitle": "Potwierdzenie",
  "myData.delete.password": "Obecne hasło",
  "myData.delete.confirm": "Rozumiem, że usunięcie konta jest nieodwracalne.",
  "myData.delete.submit": "Trwale usuń konto",
  "myData.delete.cancel": "Powrót do strony Moje konto",
  "myData.delete.passwordWrong": "Nieprawidłowe hasło.",
  "myData.delete.confirmRequired": "Prosimy potwierdzić, że usunięcie jest nieodwracalne.",
  "myData.delete.lastStaff":
    "Jest Pan/Pani ostatnim pracownikiem Związku. Przed usunięciem konta proszę utworzyć w sekcji Administracja konto dla współpracownika – w przeciwnym razie nikt nie mógłby zatwierdzać ofert ani zakładać kont.",
  "myData.delete.demo":
    "Z kont przykładowych korzystają wszyscy, którzy wypróbowują Spolu, dlatego nie można ich usunąć.",
  "myData.delete.tooMany": "Zbyt wiele prób. Proszę spróbować ponownie za chwilę.",
  "myData.delete.done":
    "Konto zostało usunięte i nastąpiło wylogowanie. Dziękujemy za korzystanie ze Spolu.",

  "history.action.owner_deleted": "Przedstawiciel gminy usunął swoje konto",
  "history.action.account_deleted": "Konto usunięte",
  "history.deletedAccount": "usunięte konto",
};
