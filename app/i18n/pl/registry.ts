// The Polish of ../cs/registry.ts.
import type { registryCs } from "../cs/registry";

export const registryPl: Record<keyof typeof registryCs, string> = {
  "registry.intro":
    "Partnerstwa czeskich gmin z miastami za granicą: przejęte z publicznych wykazów (niezweryfikowane, dopóki nie potwierdzi ich gmina lub Związek), wpisane przez gminy oraz zawarte za pośrednictwem Spolu.",
  "registry.country": "Państwo partnera",
  "registry.anyCountry": "Wszystkie państwa",
  "registry.kraj": "Kraj gminy",
  "registry.anyKraj": "Wszystkie kraje",
  "registry.verified": "Weryfikacja",
  "registry.verifiedAny": "Zweryfikowane i niezweryfikowane",
  "registry.verifiedYes": "Tylko zweryfikowane",
  "registry.verifiedNo": "Tylko niezweryfikowane (z publicznych wykazów)",
  "registry.count": "Partnerstwa: {count}",
  "registry.emptyFiltered":
    "Żadne partnerstwo nie odpowiada tym filtrom. Proszę wybrać inne filtry lub je wyczyścić.",
  "registry.csv": "Pobierz CSV",
  "registry.api": "API i opis danych",
  "registry.attribution":
    "Istniejące partnerstwa: wykazy miast partnerskich w Wikipedii (CC BY-SA), niezweryfikowane, dopóki nie potwierdzi ich gmina.",
  "registry.badge.unverified": "niezweryfikowane",
  "registry.badge.municipality": "potwierdzone przez gminę",
  "registry.badge.union": "zweryfikowane przez Związek",
  "registry.profileHint":
    "Miast partnerskich nie wpisuje się do profilu: znajdują się w rejestrze partnerstw na stronie Państwa gminy, gdzie można je potwierdzić, poprawić lub uzupełnić.",
  "registry.manage": "Potwierdź, popraw lub uzupełnij partnerstwa",
  "registry.afterVerification":
    "Potwierdzanie, poprawianie i uzupełnianie partnerstw gminy będzie możliwe, gdy Związek zweryfikuje, że reprezentują Państwo gminę.",
  "registry.manageTitle": "Partnerstwa gminy {name}",
  "registry.manageLead":
    "Wiersze z publicznych wykazów są niezweryfikowane: proszę potwierdzić te, które są aktualne, poprawić rok i stan, usunąć nieaktualne i uzupełnić brakujące. Każda zmiana jest zapisywana w historii.",
  "registry.manageLeadStaff":
    "Jako Związek mogą Państwo potwierdzać, poprawiać, usuwać i uzupełniać wiersze w imieniu gminy; w historii zmiany zostaną zapisane jako zmiany Związku.",
  "registry.rows": "Wpisane partnerstwa ({count})",
  "registry.noRows":
    "Spolu nie zna jeszcze żadnego partnerstwa tej gminy. Proszę je uzupełnić poniżej.",
  "registry.yearUnknown": "rok nawiązania nieznany",
  "registry.state": "Stan",
  "registry.state.active": "aktywne",
  "registry.state.dormant": "nieaktywne",
  "registry.confirmedOn": "potwierdzono {date}",
  "registry.confirm": "Potwierdź partnerstwo z miastem {town}",
  "registry.correct": "Popraw rok lub stan",
  "registry.sinceHint":
    "Czterocyfrowy rok z przedziału od {first} do {last}; jeśli nie jest znany, proszę pozostawić puste.",
  "registry.saveCorrection": "Zapisz poprawkę",
  "registry.remove": "Usuń",
  "registry.removeWarning":
    "Partnerstwo z miastem {town} zniknie ze stron Spolu, z mapy i z otwartych danych; pozostanie w historii, a późniejszy import wykazów go nie przywróci.",
  "registry.removeReason": "Powód (opcjonalnie, zobaczy go Związek i osoby przeglądające historię)",
  "registry.removeConfirm": "Tak, usuń {town}",
  "registry.add": "Uzupełnij brakujące partnerstwo",
  "registry.addHint":
    "Miasto za granicą, z którym gmina ma partnerstwo, a którego brakuje w wykazie.",
  "registry.addSubmit": "Dodaj partnerstwo",
  "registry.done.confirm": "Partnerstwo zostało potwierdzone.",
  "registry.done.correct": "Poprawka została zapisana.",
  "registry.done.remove": "Partnerstwo zostało usunięte.",
  "registry.done.add": "Partnerstwo zostało dodane.",
  "registry.error.duplicate": "Gmina ma już to miasto wśród partnerów.",
  "registry.error.notFound":
    "Tego partnerstwa nie ma już w rejestrze (być może ktoś je w międzyczasie usunął). Strona pokazuje aktualny stan.",
  "registry.error.unknownAction":
    "Nieznana czynność. Proszę odświeżyć stronę i spróbować ponownie.",
  "registry.history.confirmed": "potwierdzono",
  "registry.history.corrected": "poprawiono",
  "registry.history.removed": "usunięto",
  "registry.history.added": "dodano",
  "registry.history.activity": "odnotowano aktywność",
  "registry.history.create": "zawarto za pośrednictwem Spolu",
  "registry.history.dormant": "oznaczono jako nieaktywne",
  "registry.history.other": "zmiana",
  "registry.by.municipality": "gmina",
  "registry.by.union": "Związek",
  "registry.by.foreign": "miasto partnerskie",
  "partnerships.source.public_list": "z publicznych wykazów",
  "openData.apiPartnerships":
    "Rejestr partnerstw czeskich gmin z miastami za granicą; filtry country, kraj, verified (1/0). Wiersze z publicznych wykazów zawierają źródło i licencję CC BY-SA.",
  "openData.partnershipsCsv": "To samo w formacie CSV, z tymi samymi filtrami.",
};
