// The Polish of ../cs/directory.ts.
import type { directoryCs } from "../cs/directory";

export const directoryPl: Record<keyof typeof directoryCs, string> = {
  "register.title": "Dane urzędowe",
  "register.readOnly":
    "Dane te pochodzą z urzędowego rejestru gmin i nikt ich nie zmienia w aplikacji. Jeśli się nie zgadzają, prosimy napisać do Związku.",
  "register.kind": "Rodzaj gminy",
  "register.kind.obec": "gmina",
  "register.kind.městys": "miasteczko",
  "register.kind.město": "miasto",
  "register.kind.statutární město": "miasto statutarne",
  "register.kind.hlavní město": "stolica",
  "register.kraj": "Kraj",
  "register.okres": "Powiat (okres)",
  "register.orp": "Gmina o rozszerzonych kompetencjach (ORP)",
  "register.population": "Liczba mieszkańców",
  "register.populationOn": "stan na {date}",
  "register.ico": "Numer identyfikacyjny (IČO)",
  "register.code": "Kod gminy (RÚIAN)",
  "directory.title": "Gminy w Czechach",
  "directory.lead":
    "Wszystkie 6254 gminy z urzędowego rejestru. Miasta zagraniczne znajdą tu partnerów także wśród gmin, których jeszcze nie ma w Spolu: ich zainteresowanie przekaże Związek.",
  "directory.q": "Nazwa gminy",
  "directory.qHint": "Wystarczy część nazwy, znaki diakrytyczne nie mają znaczenia („bozi dar”).",
  "directory.any": "Wszystkie",
  "directory.okresHint": "Proszę najpierw wybrać kraj, a lista powiatów się skróci.",
  "directory.size": "Wielkość",
  "directory.size.lt500": "do 499 mieszkańców",
  "directory.size.500-999": "500–999 mieszkańców",
  "directory.size.1000-4999": "1000–4999 mieszkańców",
  "directory.size.5000-19999": "5000–19 999 mieszkańców",
  "directory.size.20000-99999": "20 000–99 999 mieszkańców",
  "directory.size.100000+": "100 000 mieszkańców i więcej",
  "directory.more": "W Spolu",
  "directory.withProfile": "Tylko gminy z profilem w Spolu",
  "directory.withPartners": "Tylko gminy z partnerami zagranicznymi",
  "directory.sort": "Sortuj",
  "directory.sort.name": "według nazwy (A–Z)",
  "directory.sort.population": "od największej",
  "directory.sort.population-asc": "od najmniejszej",
  "directory.count": "Liczba gmin: {count}",
  "directory.results": "Znalezione gminy: {count}",
  "directory.noResults":
    "Żadna gmina nie odpowiada tym filtrom. Proszę wpisać krótszą część nazwy lub użyć mniejszej liczby filtrów.",
  "directory.download": "Pobierz CSV",
  "directory.caption": "Gminy odpowiadające filtrom",
  "directory.col.name": "Gmina",
  "directory.col.spolu": "W Spolu",
  "directory.partners": "Partnerzy: {count}",
  "directory.error.value": "Nieznana wartość ({value}); filtr nie został zastosowany.",
  "municipality.noProfile":
    "Gmina nie ma jeszcze profilu w Spolu: znane są tylko jej dane urzędowe. Zainteresowanie miasta zagranicznego przekaże jej Związek.",
  "municipality.noProfileLead":
    "Gmina {name} nie działa jeszcze w Spolu. Jej dane urzędowe są publiczne, a miasta zagraniczne mogą się z nią skontaktować za pośrednictwem Związku.",
  "municipality.noPartnerships": "Spolu nie zna jeszcze żadnego miasta partnerskiego tej gminy.",
  "municipality.interestSignIn":
    "Reprezentują Państwo miasto zagraniczne i chcą nawiązać kontakt z tą gminą? Proszę się zalogować lub zarejestrować.",
  "municipality.interestNeedsOffer":
    "Kontakt z gminą nawiązuje się z poziomu opublikowanej oferty partnerstwa. Proszę ją najpierw utworzyć:",
  "claim.title": "Reprezentują Państwo gminę?",
  "claim.titleFor": "Reprezentują Państwo gminę {name}?",
  "claim.question": "Reprezentują Państwo tę gminę?",
  "claim.lead":
    "Proszę przejąć profil gminy {name}: uzupełnią Państwo tematy, języki i kontakt oraz zobaczą oferty miast zagranicznych, które do Państwa pasują.",
  "claim.leadClaimed":
    "W imieniu gminy {name} działa już w Spolu inne konto. Jeśli to Państwo ją reprezentują, proszę wysłać wniosek: Związek sprawdzi, kto faktycznie działa w imieniu gminy.",
  "claim.formLead":
    "Profil gminy można wypełnić od razu. W tym czasie Związek sprawdzi, czy działają Państwo w imieniu gminy, i oznaczy profil jako „Zweryfikowane przez Związek”.",
  "claim.howVerified":
    "Jak weryfikujemy: dzwonimy do urzędu gminy lub piszemy do jego skrzynki danych (datová schránka) i potwierdzamy Państwa imię i nazwisko oraz stanowisko.",
  "claim.button": "Przejmij profil gminy",
  "claim.signUp": "Zarejestruj się w imieniu gminy",
  "claim.submit": "Przejmij profil gminy",
  "claim.submitConflict": "Wyślij wniosek do Związku",
  "claim.role": "Stanowisko w gminie",
  "claim.roleHint":
    "Np. burmistrz, zastępczyni burmistrza, sekretarz gminy, referentka ds. współpracy zagranicznej.",
  "claim.phone": "Telefon do weryfikacji (opcjonalnie)",
  "claim.phoneHint": "Widoczny tylko dla Związku, gdyby musiał się z Państwem skontaktować.",
  "claim.confirm": "Potwierdzam, że jestem upoważniony(-a) do działania w imieniu gminy.",
  "claim.done":
    "Profil gminy należy do Państwa. Proszę go wypełnić; w tym czasie Związek sprawdzi, czy działają Państwo w imieniu gminy.",
  "claim.doneConflict":
    "W imieniu gminy działa już inne konto, dlatego Państwa wniosek rozpatrzy Związek i skontaktuje się z Państwem.",
  "claim.yours": "Działają Państwo w imieniu tej gminy.",
  "claim.editProfile": "Edytuj profil",
  "claim.waiting": "Państwa wniosek dotyczący tej gminy jest rozpatrywany przez Związek.",
  "claim.waitingFor":
    "Państwa wniosek dotyczący gminy {name} jest rozpatrywany przez Związek. Odpowiemy e-mailem.",
  "claim.rejectedFor":
    "Związek nie potwierdził Państwa wniosku dotyczącego gminy {name}. Proszę ponownie wybrać swoją gminę lub skontaktować się ze Związkiem.",
  "claim.notVerifiedYet": "Oczekuje na weryfikację przez Związek",
  "claim.staffTitle": "Kto działa w imieniu gminy",
  "claim.staffNone": "Nikt jeszcze nie przejął tej gminy.",
  "claim.staffLink": "Wszystkie wnioski dotyczące gmin",
  "claim.deletedAccount": "usunięte konto",
  "claim.status.pending": "oczekuje na weryfikację",
  "claim.status.conflict": "spór: gmina ma już konto",
  "claim.status.verified": "zweryfikowano",
  "claim.status.rejected": "odrzucono",
  "claim.status.withdrawn": "wycofano",
  "claim.status.superseded": "zastąpiono innym kontem",
  "claim.error.not_found": "Tej gminy nie ma w rejestrze.",
  "claim.error.not_mayor": "Gminę może przejąć tylko konto czeskiej gminy.",
  "claim.error.already_owner":
    "Państwa konto działa już w imieniu jednej gminy; konto może działać w imieniu tylko jednej.",
  "claim.error.already_claimed": "W imieniu tej gminy działa już inne konto.",
  "claim.error.claim_pending": "Związek rozpatruje już jeden z Państwa wniosków dotyczących gminy.",
  "claim.error.noOwner": "Gmina nie ma konta, nie ma kogo weryfikować.",
  "claim.error.notOwner":
    "Nie działają już Państwo w imieniu tej gminy; profil nie został zapisany.",
  "claimsAdmin.nav": "Wnioski dotyczące gmin",
  "claimsAdmin.title": "Kto działa w imieniu gminy: wnioski do weryfikacji",
  "claimsAdmin.howtoTitle": "Jak zweryfikować wniosek",
  "claimsAdmin.howto1":
    "Proszę odszukać gminę według numeru IČO (np. w rejestrze ARES) i zadzwonić do urzędu gminy pod numer podany na jego stronie internetowej, a nie pod numer z wniosku.",
  "claimsAdmin.howto2":
    "Można też wysłać wiadomość do skrzynki danych gminy (datová schránka, wyszukiwanej według IČO) i poczekać na odpowiedź urzędu.",
  "claimsAdmin.howto3":
    "Proszę potwierdzić imię i nazwisko oraz stanowisko wnioskodawcy; służbowy adres e-mail w domenie gminy to dobra wskazówka, prywatny adres e-mail sam w sobie nie wystarcza.",
  "claimsAdmin.howto4":
    "Weryfikacja oznacza jedynie, że konto działa w imieniu gminy. Treści profilu zatwierdza się osobno w kolejce do zatwierdzenia.",
  "claimsAdmin.open": "Oczekują na decyzję",
  "claimsAdmin.none": "Żaden wniosek nie oczekuje.",
  "claimsAdmin.decided": "Ostatnio rozstrzygnięte",
  "claimsAdmin.noneDecided": "Jeszcze nic.",
  "claimsAdmin.decidedAt": "Rozstrzygnięto",
  "claimsAdmin.role": "Stanowisko w gminie",
  "claimsAdmin.phone": "Telefon",
  "claimsAdmin.claimant": "Wnioskodawca",
  "claimsAdmin.currentOwner": "Obecnie w imieniu gminy działa",
  "claimsAdmin.emailUnconfirmed": "adres jeszcze niepotwierdzony",
  "claimsAdmin.since": "Data złożenia wniosku",
  "claimsAdmin.note": "Uzasadnienie",
  "claimsAdmin.noteHint": "Wnioskodawca je zobaczy. Wymagane przy odrzuceniu.",
  "claimsAdmin.verify": "Zweryfikowano: działa w imieniu gminy",
  "claimsAdmin.transfer": "Przekaż gminę temu wnioskodawcy",
  "claimsAdmin.reject": "Odrzuć i zwolnij gminę",
  "claimsAdmin.rejectConflict": "Odrzuć wniosek",
  "claimsAdmin.rejectWarning":
    "Konto utraci gminę, a profil, który dla niej napisało, zostanie usunięty. Gmina pozostanie w wykazie z danymi urzędowymi.",
  "claimsAdmin.rejectConflictWarning":
    "Wnioskodawca otrzyma informację, że jego wniosek został odrzucony.",
  "claimsAdmin.done.verify":
    "Wniosek został zweryfikowany; gmina ma oznaczenie „Zweryfikowane przez Związek”.",
  "claimsAdmin.done.reject": "Wniosek został odrzucony.",
  "claimsAdmin.done.transfer": "Gmina została przekazana nowemu kontu.",
  "claimsAdmin.error.bad": "Nie udało się odczytać wniosku. Proszę spróbować ponownie.",
  "claimsAdmin.error.noteRequired": "Proszę napisać, dlaczego wniosek jest odrzucany.",
  "claimsAdmin.error.state":
    "Ktoś w międzyczasie rozstrzygnął ten wniosek albo wnioskodawca działa w imieniu innej gminy. Proszę ponownie wczytać stronę.",
  "relay.title": "Gmina {name} nie ma konta w Spolu",
  "relay.lead":
    "Proszę przekazać zainteresowanie urzędowi gminy (e-mailem lub do skrzynki danych wyszukanej według IČO) i zaprosić gminę do przejęcia profilu. Odpowiedź urzędu należy następnie odnotować tutaj w imieniu gminy.",
  "relay.claimLink": "Link do przejęcia profilu",
  "relay.text": "Tekst dla urzędu gminy",
  "relay.template":
    "Szanowni Państwo,\n\nmiasto zagraniczne {town} ({country}) wyraziło za pośrednictwem platformy Spolu zainteresowanie partnerstwem z gminą {name}. Pisze:\n\n„{message}”\n\nMogą Państwo odpowiedzieć bezpośrednio w Spolu po przejęciu profilu swojej gminy: {link}\nRejestracja trwa kilka minut; następnie Związek sprawdzi, czy działają Państwo w imieniu gminy. Można również odpowiedzieć na tę wiadomość, a Związek przekaże odpowiedź.\n\nZ poważaniem\nZwiązek Miast i Gmin Republiki Czeskiej",
};
