// The Ukrainian of ../cs/reasons.ts.
import type { reasonsCs } from "../cs/reasons";

export const reasonsUk: Record<keyof typeof reasonsCs, string> = {
  "reason.topics.noProfile":
    "{you, select, yes {Ваш муніципалітет} other {Муніципалітет {name}}} ще не має профілю в Spolu, тож його теми співпраці нам невідомі: вони враховуються наполовину.",
  "reason.topics.noneListed":
    "{you, select, yes {Ваш муніципалітет} other {Муніципалітет {name}}} ще не вказав жодних тем співпраці.",
  "reason.topics.onlyOne":
    "Єдина тема, яку вказує {town}, відповідає інтересам {you, select, yes {Вашого муніципалітету} other {муніципалітету {name}}}: {topics}.",
  "reason.topics.shared":
    "{shared} з {total} тем, які вказує {town}, {shared, plural, one {відповідає} few {відповідають} many {відповідають} other {відповідає}} інтересам {you, select, yes {Вашого муніципалітету} other {муніципалітету {name}}}: {topics}.",
  "reason.topics.openToo": "{town} прийме також інші теми.",
  "reason.topics.anyTopic":
    "{town} шукає партнера для будь-якої теми, тому нараховано частину балів.",
  "reason.topics.noneShared":
    "Жодної спільної теми: {town} шукає співпраці в таких сферах: {topics}.",
  "reason.population.offerRange":
    "{town} шукає муніципалітет {bounds, select, both {із населенням {min}–{max}} min {із населенням щонайменше {min}} other {із населенням щонайбільше {max}}}; {you, select, yes {Ваш муніципалітет} other {муніципалітет {name}}} має населення {population}.",
  "reason.population.municipalityRange":
    "{you, select, yes {Ваш муніципалітет} other {Муніципалітет {name}}} шукає партнера {bounds, select, both {з населенням {min}–{max}} min {з населенням щонайменше {min}} other {з населенням щонайбільше {max}}}; {town} має населення {population}.",
  "reason.population.justOutside": "Це лише трохи за межами бажаного діапазону.",
  "reason.population.outside": "Це за межами бажаного діапазону.",
  "reason.population.similarToTown":
    "У межах діапазону трохи більше балів отримують муніципалітети, ближчі за розміром до міста {town} ({population}).",
  "reason.population.similarToMunicipality":
    "У межах діапазону трохи більше балів отримують партнери, ближчі за розміром до {you, select, yes {Вашого муніципалітету} other {муніципалітету {name}}} ({population}).",
  "reason.population.compare":
    "{town} має населення {townPopulation}, {you, select, yes {Ваш муніципалітет} other {муніципалітет {name}}} – {population}; що ближчі розміри, то більше балів.",
  "reason.language.noProfile":
    "{you, select, yes {Ваш муніципалітет} other {Муніципалітет {name}}} ще не має профілю в Spolu: ми знаємо лише, що його робоча мова – чеська, а {town} чеської не вказує. Інші мови нам невідомі, вони враховуються наполовину.",
  "reason.language.none":
    "Немає спільної робочої мови ({town}: {theirs}; {you, select, yes {Ваш муніципалітет} other {муніципалітет {name}}}: {mine}).",
  "reason.language.common": "Спільна робоча мова: {languages}.",
  "reason.language.mutual": "Чеська і словацька мови взаємно зрозумілі.",
  "reason.preferences.countryIn":
    "{you, select, yes {Ваш муніципалітет} other {Муніципалітет {name}}} шукає партнерів у таких країнах: {countries}; {town} – звідти ({country}).",
  "reason.preferences.countryOut":
    "{you, select, yes {Ваш муніципалітет} other {Муніципалітет {name}}} шукає партнерів у таких країнах: {countries}; {town} – з іншої країни ({country}).",
  "reason.preferences.krajIn":
    "{town} надає перевагу муніципалітетам із краю, де розташований {you, select, yes {Ваш муніципалітет} other {муніципалітет {name}}} ({kraj}).",
  "reason.preferences.krajOut":
    "{town} надає перевагу муніципалітетам із таких країв: {kraje}; {you, select, yes {Ваш муніципалітет} other {муніципалітет {name}}} розташований в іншому краї ({kraj}).",
  "reason.distance.municipality":
    "{you, select, yes {Ваш муніципалітет} other {Муніципалітет {name}}} шукає партнера на відстані до {max} км; відстань становить {km} км.",
  "reason.distance.town":
    "{town} шукає партнера на відстані до {max} км; відстань становить {km} км.",
  // "35 км від Клодзька" would need the foreign name declined: both names stay in the nominative.
  "reason.proximity":
    "{you, select, yes {{town} – за {km} км від Вашого муніципалітету} other {Муніципалітет {name} і {town} розташовані за {km} км один від одного}}{points, select, full {; до {full} км – повні бали за близькість.} none {; від {zero} км балів за близькість уже немає.} other {; що ближче, то більше балів (половина – приблизно за {half} км).}}",
  "reason.freshness":
    "{days, plural, =0 {Запит опубліковано сьогодні} one {Запит опубліковано # день тому} few {Запит опубліковано # дні тому} many {Запит опубліковано # днів тому} other {Запит опубліковано # дня тому}}{stale, select, yes {; через рік балів за актуальність уже не нараховують.} other {; новіші запити отримують більше балів.}}",
  "reason.saturation.country":
    "{you, select, yes {У Вашого муніципалітету} other {У муніципалітету {name}}} в цій країні ({country}) вже є {count, plural, one {# партнер} few {# партнери} many {# партнерів} other {# партнера}}; нова країна має невелику перевагу.",
  "reason.saturation.requests":
    "{town} вже має {count, plural, one {# відкрите звернення} few {# відкриті звернення} many {# відкритих звернень} other {# відкритого звернення}} щодо контакту (повністю враховується від {limit}).",
  "reason.balance":
    "Пара влаштовує одну сторону більше, ніж іншу ({you, select, yes {Ваш муніципалітет} other {муніципалітет {name}}} {municipality}%, {town} {offer}%), тому оцінка нижча за їхнє середнє значення.",
};
