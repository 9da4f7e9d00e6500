// The Ukrainian of ../cs/municipalities.ts.
import type { municipalitiesCs } from "../cs/municipalities";

export const municipalitiesUk: Record<keyof typeof municipalitiesCs, string> = {
  "admin.statsRegister": "Муніципалітети в реєстрі",
  "nav.municipalities": "Муніципалітети",
  "form.cancel": "Назад",
  "place.okres": "округ {okres}",
  "place.none": "Нічого не знайдено.",
  "directory.hasProfile": "Профіль у Spolu",
  "directory.noProfileShort": "Без профілю",
  "signup.municipalityLegend": "Який муніципалітет Ви представляєте",
  "signup.municipalityLead":
    "Виберіть свій муніципалітет з офіційного реєстру; ми попередньо заповнимо профіль його даними.",
  "signup.municipality": "Муніципалітет",
  "signup.municipalityHint":
    "Почніть вводити назву; біля кожного муніципалітету буде показано округ і чисельність населення (наприклад, муніципалітетів «Nová Ves» – чотирнадцять).",
  "signup.municipality.choose": "Муніципалітетів із такою назвою кілька. Виберіть свій:",
  "signup.municipality.claimedNote": "уже має обліковий запис",
  "signup.municipality.missing": "Виберіть свій муніципалітет.",
  "signup.municipality.notFound":
    "Муніципалітету «{name}» немає в реєстрі. Перевірте назву або знайдіть його в довіднику муніципалітетів.",
  "signup.municipality.ambiguous":
    "Назва «{name}» відповідає кільком муніципалітетам. Виберіть свій зі списку.",
  "signup.municipality.notFoundHint":
    "Муніципалітет «{name}» не знайдено. Спробуйте ввести початок назви без прийменників або пошукайте його в",
  "signup.municipality.directory": "довіднику муніципалітетів",
  "signup.foreignLegend": "Яке закордонне місто Ви представляєте",
  "signup.organisationHint": "Назва міста чи громади мовою оригіналу, напр. Wołomin.",
  "me.chooseMunicipality":
    "Ваш обліковий запис ще не представляє жодного муніципалітету. Виберіть свій муніципалітет із реєстру та візьміть на себе ведення його профілю.",
  "me.profileFirst":
    "Профіль муніципалітету поки порожній. Заповніть теми та контакт, щоб закордонні міста могли Вас знайти.",
  "map.profilesOnly": "Лише муніципалітети з профілем у Spolu",
  "map.legend.municipalityRegister": "Муніципалітет без профілю (офіційні дані)",
  "matches.profilesOnly": "Лише муніципалітети з профілем у Spolu",
  "home.ctaDirectory": "Усі муніципалітети",
  "foreignPreview.title":
    "Ви закордонне місто? Подивіться, які чеські муніципалітети Вам підходять",
  "foreignPreview.lead":
    "Розкажіть нам, хто Ви, і ми впорядкуємо всі 6 254 чеські муніципалітети за оцінкою відповідності. Муніципалітети без профілю оцінюємо за тим, що про них відомо (розмір, розташування, край).",
  "foreignPreview.town": "Ваше місто",
  "foreignPreview.townHint":
    "Виберіть місто зі списку, і ми доповнимо чисельність населення, країну й розташування; інакше введіть їх самостійно.",
  "foreignPreview.country": "Країна",
  "foreignPreview.topics": "Теми співпраці (якщо не вибрано – будь-які)",
  "foreignPreview.languages": "Мови, якими Ви можете спілкуватися",
  "foreignPreview.submit": "Показати муніципалітети",
  "foreignPreview.results": "Найкращі з {count} чеських муніципалітетів для Вашого міста",
  "foreignPreview.signup": "Зареєструйте місто й опублікуйте запит на партнерство",
  "foreignPreview.directory": "Переглянути всі муніципалітети",
  "openData.municipalitiesCsv":
    "Усі 6 254 муніципалітети з урахуванням фільтрів довідника у форматі CSV (офіційні дані, наявність профілю в Spolu, кількість партнерів, джерело).",
  "openData.sourcesTitle": "Джерела та ліцензії",
  "openData.sourcesLead":
    "Дані, взяті з публічних реєстрів, ми наводимо із зазначенням джерела, як того вимагають їхні ліцензії:",
  "notifications.claim_verified": "Союз підтвердив, що Ви представляєте муніципалітет {town}.",
  "notifications.claim_rejected": "Союз не підтвердив Вашу заявку щодо муніципалітету {town}.",
  "notifications.claim_lost":
    "За рішенням Союзу муніципалітет {town} тепер представляє інший обліковий запис.",
  "field.claimConfirm": "Підтвердьте, що Ви уповноважені діяти від імені муніципалітету.",
  "field.municipality": "Виберіть муніципалітет зі списку.",
  "profileStatus.none": "без профілю",
  "register.attribution":
    "Муніципалітети: © ČÚZK (RÚIAN, CC BY 4.0); чисельність населення: Чеське статистичне управління (ČSÚ), станом на 1.01.2025; IČO: Міністерство фінансів ЧР (MONITOR)",
};
