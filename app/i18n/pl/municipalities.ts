// The Polish of ../cs/municipalities.ts.
import type { municipalitiesCs } from "../cs/municipalities";

export const municipalitiesPl: Record<keyof typeof municipalitiesCs, string> = {
  "admin.statsRegister": "Gminy w rejestrze",
  "nav.municipalities": "Gminy",
  "form.cancel": "Wstecz",
  "place.okres": "powiat {okres}",
  "place.none": "Nic nie znaleziono.",
  "directory.hasProfile": "Profil w Spolu",
  "directory.noProfileShort": "Bez profilu",
  "signup.municipalityLegend": "W imieniu której gminy Państwo działają",
  "signup.municipalityLead":
    "Proszę wybrać swoją gminę z urzędowego rejestru; profil wstępnie wypełnimy jej danymi.",
  "signup.municipality": "Gmina",
  "signup.municipalityHint":
    "Proszę zacząć wpisywać nazwę; przy każdej gminie widać powiat i liczbę mieszkańców (np. gmin o nazwie „Nová Ves” jest czternaście).",
  "signup.municipality.choose": "Istnieje kilka gmin o tej nazwie. Proszę wybrać swoją:",
  "signup.municipality.claimedNote": "ma już konto",
  "signup.municipality.missing": "Proszę wybrać swoją gminę.",
  "signup.municipality.notFound":
    "Gminy „{name}” nie ma w rejestrze. Proszę sprawdzić nazwę lub odszukać ją w wykazie gmin.",
  "signup.municipality.ambiguous":
    "Nazwa „{name}” odpowiada kilku gminom. Proszę wybrać swoją z listy.",
  "signup.municipality.notFoundHint":
    "Nie znaleźliśmy gminy „{name}”. Proszę wpisać początek nazwy bez przyimków lub wyszukać ją w",
  "signup.municipality.directory": "wykazie gmin",
  "signup.foreignLegend": "W imieniu którego miasta zagranicznego Państwo działają",
  "signup.organisationHint": "Nazwa miasta lub gminy w jej języku, np. Wołomin.",
  "me.chooseMunicipality":
    "Państwa konto nie działa jeszcze w imieniu żadnej gminy. Proszę wybrać swoją gminę z rejestru i przejąć jej profil.",
  "me.profileFirst":
    "Profil gminy jest jeszcze pusty. Proszę uzupełnić tematy i kontakt, aby miasta zagraniczne mogły Państwa znaleźć.",
  "map.profilesOnly": "Tylko gminy z profilem w Spolu",
  "map.legend.municipalityRegister": "Gmina bez profilu (dane urzędowe)",
  "matches.profilesOnly": "Tylko gminy z profilem w Spolu",
  "home.ctaDirectory": "Wszystkie gminy",
  "foreignPreview.title":
    "Reprezentują Państwo miasto zagraniczne? Proszę sprawdzić, które czeskie gminy do Państwa pasują",
  "foreignPreview.lead":
    "Proszę podać kilka informacji o swoim mieście, a uszeregujemy wszystkie 6254 czeskie gminy według wyniku dopasowania. Gminy bez profilu oceniamy na podstawie znanych danych (wielkość, położenie, kraj).",
  "foreignPreview.town": "Państwa miasto",
  "foreignPreview.townHint":
    "Proszę wybrać miasto z listy, a uzupełnimy liczbę mieszkańców, państwo i położenie; w przeciwnym razie proszę je wpisać samodzielnie.",
  "foreignPreview.country": "Państwo",
  "foreignPreview.topics": "Tematy współpracy (bez wyboru: dowolne)",
  "foreignPreview.languages": "Języki, w których mogą się Państwo porozumieć",
  "foreignPreview.submit": "Pokaż gminy",
  "foreignPreview.results": "Najlepsze spośród {count} czeskich gmin dla Państwa miasta",
  "foreignPreview.signup": "Proszę zarejestrować miasto i opublikować ofertę partnerstwa",
  "foreignPreview.directory": "Przeglądaj wszystkie gminy",
  "openData.municipalitiesCsv":
    "Wszystkie 6254 gminy według filtrów wykazu w formacie CSV (dane urzędowe, informacja o profilu w Spolu, liczba partnerów, źródło).",
  "openData.sourcesTitle": "Źródła i licencje",
  "openData.sourcesLead":
    "Dane przejęte z rejestrów publicznych podajemy ze źródłem, zgodnie z wymogami ich licencji:",
  "notifications.claim_verified":
    "Związek potwierdził, że działają Państwo w imieniu gminy {town}.",
  "notifications.claim_rejected":
    "Związek nie potwierdził Państwa wniosku dotyczącego gminy {town}.",
  "notifications.claim_lost": "Decyzją Związku w imieniu gminy {town} działa teraz inne konto.",
  "field.claimConfirm":
    "Proszę potwierdzić, że są Państwo upoważnieni do działania w imieniu gminy.",
  "field.municipality": "Proszę wybrać gminę z listy.",
  "profileStatus.none": "bez profilu",
  "register.attribution":
    "Gminy: © ČÚZK (RÚIAN, CC BY 4.0); liczba mieszkańców: Czeski Urząd Statystyczny (ČSÚ), stan na 1.01.2025; IČO: Ministerstwo Finansów RC (MONITOR)",
};
