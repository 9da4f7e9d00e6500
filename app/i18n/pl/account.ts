// The Polish of ../cs/account.ts.
import type { accountCs } from "../cs/account";

export const accountPl: Record<keyof typeof accountCs, string> = {
  "email.greeting": "Dzień dobry, {name},",
  "email.footer":
    "Ten e-mail został wysłany przez Spolu, platformę Związku Miast i Gmin Republiki Czeskiej.",
  "email.preferences": "Częstotliwość wiadomości e-mail można ustawić tutaj: {url}",
  "email.preferencesLink": "Ustawienia e-maili",

  "verifyEmail.subject": "Proszę potwierdzić adres e-mail w Spolu",
  "verifyEmail.intro":
    "Dziękujemy za rejestrację. Prosimy potwierdzić, że adres {email} należy do Państwa: proszę otworzyć poniższy link i kliknąć przycisk. Link jest ważny 48 godzin. Jeśli nie rejestrowali się Państwo w Spolu, prosimy zignorować tę wiadomość.",
  "verifyEmail.linkText": "Potwierdź adres e-mail",
  "verifyEmail.title": "Potwierdzenie adresu e-mail",
  "verifyEmail.lead": "Kliknięcie przycisku potwierdza, że ten adres e-mail należy do Państwa.",
  "verifyEmail.submit": "Potwierdź adres e-mail",
  "verifyEmail.done": "Dziękujemy, Państwa adres e-mail został potwierdzony.",
  "verifyEmail.doneSignIn":
    "Dziękujemy, Państwa adres e-mail został potwierdzony. Teraz mogą się Państwo zalogować.",
  "verifyEmail.invalid":
    "Ten link jest już nieważny: wygasł (jest ważny 48 godzin), został już wykorzystany lub jest niekompletny.",
  "verifyEmail.alreadyVerified":
    "Państwa adres e-mail jest już potwierdzony, nie trzeba nic więcej robić.",
  "verifyEmail.signInForNew":
    "Proszę się zalogować i wysłać sobie nowy link na stronie Moje konto.",
  "verifyEmail.toAccount": "Przejdź do strony Moje konto",
  "verifyEmail.resend": "Wyślij nowy link",
  "verifyEmail.resent": "Wysłaliśmy nowy link na adres {email}. Jest ważny 48 godzin.",
  "verifyEmail.resendTooMany":
    "Link został już wysłany kilka razy. Proszę sprawdzić także folder ze spamem lub spróbować ponownie za godzinę.",
  "verifyEmail.bannerTitle": "Proszę potwierdzić adres e-mail",
  "verifyEmail.bannerText":
    "Na adres {email} wysłaliśmy link do potwierdzenia. Nie dotarł? Proszę sprawdzić folder ze spamem lub wysłać sobie nowy.",
  "verifyEmail.bannerButton": "Wyślij link ponownie",

  "login.forgot": "Nie pamiętają Państwo hasła?",

  "forgot.title": "Zapomniane hasło",
  "forgot.lead":
    "Proszę podać adres e-mail używany do logowania. Wyślemy link, za pomocą którego można ustawić nowe hasło.",
  "forgot.email": "E-mail",
  "forgot.submit": "Wyślij link",
  "forgot.sent":
    "Jeśli istnieje konto z tym adresem, wysłaliśmy na nie link do ustawienia nowego hasła. Link jest ważny 1 godzinę.",
  "forgot.backToLogin": "Powrót do logowania",

  "resetEmail.subject": "Ustawienie nowego hasła w Spolu",
  "resetEmail.intro":
    "Ktoś (najprawdopodobniej Państwo) poprosił o nowe hasło do konta {email}. Poniższy link jest ważny 1 godzinę i można go użyć tylko raz. Jeśli nie prosili Państwo o nowe hasło, prosimy zignorować tę wiadomość: Państwa hasło pozostaje bez zmian.",
  "resetEmail.linkText": "Ustaw nowe hasło",

  "reset.title": "Ustawienie nowego hasła",
  "reset.lead":
    "Proszę wybrać nowe hasło. Po jego zapisaniu nastąpi wylogowanie ze wszystkich urządzeń.",
  "reset.password": "Nowe hasło",
  "reset.confirm": "Powtórz nowe hasło",
  "reset.mismatch": "Hasła nie są zgodne.",
  "reset.submit": "Zapisz nowe hasło",
  "reset.done":
    "Hasło zostało zmienione, a wszystkie urządzenia wylogowane. Proszę zalogować się nowym hasłem.",
  "reset.invalid":
    "Ten link jest już nieważny: wygasł (jest ważny 1 godzinę), został już wykorzystany lub jest niekompletny.",
  "reset.askAgain": "Poproś o nowy link",

  "prefs.title": "Powiadomienia e-mail",
  "prefs.lead":
    "Powiadomienia są zawsze dostępne tutaj, w Spolu. Proszę wybrać, kiedy mamy o nich informować e-mailem.",
  "prefs.frequency": "Kiedy wysyłać e-maile",
  "prefs.immediate": "Od razu – e-mail przy każdym powiadomieniu",
  "prefs.daily": "Raz dziennie – najwyżej jeden zbiorczy e-mail dziennie",
  "prefs.none": "Nie wysyłać – powiadomienia tylko w Spolu",
  "prefs.weeklyMatches": "Raz w tygodniu e-mail z nowymi ofertami pasującymi do Państwa gminy",
  "prefs.submit": "Zapisz ustawienia e-maili",
  "prefs.saved": "Ustawienia e-maili zostały zapisane.",
  "field.emailPref": "Proszę wybrać, kiedy mamy wysyłać e-maile.",
  "prefs.language": "Język e-maili",
  "field.emailLocale": "Proszę wybrać język e-maili.",
  // Sign-up's consent to the terms (app/routes/signup.tsx).
  "signup.terms": "Akceptuję regulamin Spolu.",
  "signup.termsHint":
    "Co robimy z Państwa danymi, dlaczego i jak długo je przechowujemy, opisują te strony:",
  "signup.termsLink": "Regulamin",
  "signup.privacyLink": "Ochrona danych osobowych",
  "field.terms": "Konto możemy założyć tylko po akceptacji regulaminu.",
  // The start page: / for a signed-in person (app/components/start-page.tsx).
  "start.title": "Dzień dobry, {name}",
  "start.since": "Nowości od ostatniej wizyty {date}",
  "start.waitingTitle": "Czeka na Państwa",
  "start.waitingNone": "Nic nie czeka na Państwa odpowiedź.",
  "start.waiting.answer": "Odpowiedz na wyrażenie zainteresowania: {other}",
  "start.waiting.info": "Uzupełnij informacje: {other}",
  "start.toConfirm": "Etapy partnerstwa do potwierdzenia: {count}",
  "start.municipalityTitle": "Państwa gmina",
  "start.editProfile": "Edytuj profil",
  "start.noProfile": "profil nie jest jeszcze wypełniony",
  "start.noMunicipality":
    "Nie działają Państwo jeszcze w imieniu żadnej gminy. Proszę ją wybrać na stronie Moje konto.",
  "start.claim": "Wniosek o zarządzanie gminą {name}: {status}",
  "start.claim.pending": "czeka na weryfikację przez Związek",
  "start.claim.conflict": "gmina ma już zarządcę; Związek rozpatrzy wniosek",
  "start.claim.rejected": "odrzucony",
  "start.matchesTitle": "Nowe oferty dla Państwa gminy",
  "start.matchesCount": "Nowe oferty od ostatniej wizyty: {count}. Najlepsze z nich:",
  "start.matchesNone": "Od ostatniej wizyty nie pojawiła się żadna nowa oferta.",
  "start.matchesAll": "Wszystkie oferty według dopasowania",
  "start.offersTitle": "Państwa prośby o partnerstwo",
  "start.offersNone": "Nie opublikowali Państwo jeszcze żadnej prośby.",
  "start.expires": "ważna do {date}",
  "start.expiresSoon": "wygasa {date}: przedłuż ją na jej stronie",
  "start.deadlinesTitle": "Zbliżające się terminy naborów",
  "start.deadlinesNone":
    "W ciągu najbliższych 90 dni nie kończy się żaden nabór pasujący do Państwa partnerstw.",
  "start.deadline": "termin {date}",
  "start.staffTitle": "Do załatwienia",
  "start.staffPending": "W administracji czeka: {count}",
  // Signing up and in: pages that load every message, so not core.
  "login.title": "Logowanie",
  "login.email": "E-mail",
  "login.password": "Hasło",
  "login.submit": "Zaloguj się",
  "login.noAccount": "Nie mają Państwo konta?",
  "login.invalid": "Nieprawidłowy e-mail lub hasło.",
  "login.tooMany": "Zbyt wiele nieudanych prób. Proszę spróbować ponownie za {minutes} min.",
  "login.welcome": "Witamy, {name}.",
  "signup.title": "Rejestracja",
  "signup.lead":
    "Konto dla czeskiej gminy lub dla miasta zagranicznego, które szuka partnera w Czechach.",
  "signup.role": "Kto się rejestruje",
  "signup.roleMayor": "Czeska gmina (burmistrz, sekretarz, pracownik urzędu)",
  "signup.roleForeign": "Miasto zagraniczne",
  "signup.name": "Imię i nazwisko",
  "signup.organisation": "Nazwa miasta",
  "signup.email": "E-mail",
  "signup.password": "Hasło",
  "signup.passwordHint":
    "Co najmniej 10 znaków. Długie zdanie jest bezpieczniejsze niż krótkie, skomplikowane hasło.",
  "signup.submit": "Utwórz konto",
  "signup.haveAccount": "Mają Państwo już konto?",
  "signup.done": "Konto zostało utworzone. Witamy w Spolu.",
};
