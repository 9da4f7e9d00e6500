// The Ukrainian of ../cs/registry.ts.
import type { registryCs } from "../cs/registry";

export const registryUk: Record<keyof typeof registryCs, string> = {
  "registry.intro":
    "Партнерства чеських муніципалітетів із закордонними містами: взяті з публічних списків (неперевірені, доки їх не підтвердить муніципалітет або Союз), внесені муніципалітетами та укладені через Spolu.",
  "registry.country": "Країна партнера",
  "registry.anyCountry": "Усі країни",
  "registry.kraj": "Край муніципалітету",
  "registry.anyKraj": "Усі краї",
  "registry.verified": "Перевірка",
  "registry.verifiedAny": "Перевірені й неперевірені",
  "registry.verifiedYes": "Лише перевірені",
  "registry.verifiedNo": "Лише неперевірені (з публічних списків)",
  "registry.count": "Партнерства: {count}",
  "registry.emptyFiltered":
    "Жодне партнерство не відповідає цим фільтрам. Спробуйте інші або скиньте їх.",
  "registry.csv": "Завантажити CSV",
  "registry.api": "API та опис даних",
  "registry.attribution":
    "Наявні партнерства: списки міст-побратимів у Вікіпедії (CC BY-SA), неперевірені, доки їх не підтвердить муніципалітет.",
  "registry.badge.unverified": "не перевірено",
  "registry.badge.municipality": "підтверджено муніципалітетом",
  "registry.badge.union": "перевірено Союзом",
  "registry.profileHint":
    "Міста-партнери не вносяться до профілю: їх можна знайти в реєстрі партнерств на сторінці Вашого муніципалітету, де Ви їх підтверджуєте, виправляєте або доповнюєте.",
  "registry.manage": "Підтвердити, виправити або доповнити партнерства",
  "registry.afterVerification":
    "Ви зможете підтверджувати, виправляти й доповнювати партнерства муніципалітету, щойно Союз перевірить, що Ви його представляєте.",
  "registry.manageTitle": "Партнерства муніципалітету {name}",
  "registry.manageLead":
    "Рядки з публічних списків неперевірені: підтвердьте ті, що чинні, виправте рік і стан, вилучіть ті, що не чинні, і доповніть відсутні. Кожну зміну буде записано до історії.",
  "registry.manageLeadStaff":
    "Як Союз Ви можете підтверджувати, виправляти, вилучати й доповнювати рядки від імені муніципалітету; в історії ці зміни буде записано як зміни Союзу.",
  "registry.rows": "Внесені партнерства ({count})",
  "registry.noRows":
    "Spolu поки не відомо про жодне партнерство цього муніципалітету. Доповніть їх нижче.",
  "registry.yearUnknown": "рік започаткування невідомий",
  "registry.state": "Стан",
  "registry.state.active": "активне",
  "registry.state.dormant": "неактивне",
  "registry.confirmedOn": "підтверджено {date}",
  "registry.confirm": "Підтвердити партнерство з містом {town}",
  "registry.correct": "Виправити рік або стан",
  "registry.sinceHint":
    "Чотиризначний рік від {first} до {last}; якщо не знаєте, залиште порожнім.",
  "registry.saveCorrection": "Зберегти виправлення",
  "registry.remove": "Вилучити",
  "registry.removeWarning":
    "Партнерство з містом {town} зникне зі сторінок Spolu, з мапи та з відкритих даних; в історії воно залишиться, і подальший імпорт списків його не поверне.",
  "registry.removeReason": "Причина (необов’язково, її побачать Союз і відвідувачі історії)",
  "registry.removeConfirm": "Так, вилучити {town}",
  "registry.add": "Доповнити відсутнє партнерство",
  "registry.addHint":
    "Закордонне місто, з яким муніципалітет має партнерство і якого немає у списку.",
  "registry.addSubmit": "Додати партнерство",
  "registry.done.confirm": "Партнерство підтверджено.",
  "registry.done.correct": "Виправлення збережено.",
  "registry.done.remove": "Партнерство вилучено.",
  "registry.done.add": "Партнерство додано.",
  "registry.error.duplicate": "Це місто вже є серед партнерів муніципалітету.",
  "registry.error.notFound":
    "Цього партнерства вже немає в реєстрі (можливо, тим часом його хтось вилучив). На сторінці показано поточний стан.",
  "registry.error.unknownAction": "Невідома дія. Оновіть сторінку та спробуйте ще раз.",
  "registry.history.confirmed": "підтверджено",
  "registry.history.corrected": "виправлено",
  "registry.history.removed": "вилучено",
  "registry.history.added": "додано",
  "registry.history.activity": "зафіксовано активність",
  "registry.history.create": "укладено через Spolu",
  "registry.history.dormant": "позначено як неактивне",
  "registry.history.other": "зміна",
  "registry.by.municipality": "муніципалітет",
  "registry.by.union": "Союз",
  "registry.by.foreign": "місто-партнер",
  "partnerships.source.public_list": "з публічних списків",
  "openData.apiPartnerships":
    "Реєстр партнерств чеських муніципалітетів із закордонними містами; фільтри country, kraj, verified (1/0). Рядки з публічних списків містять джерело та ліцензію CC BY-SA.",
  "openData.partnershipsCsv": "Те саме у форматі CSV, з тими самими фільтрами.",
};
