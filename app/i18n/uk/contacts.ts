// The Ukrainian of ../cs/contacts.ts.
import type { contactsCs } from "../cs/contacts";

export const contactsUk: Record<keyof typeof contactsCs, string> = {
  "status.pending_review": "Очікує на перевірку Союзом",
  "status.forwarded": "Передано, очікує на відповідь",
  "status.info_requested": "Запитано додаткову інформацію",
  "status.accepted": "Прийнято",
  "status.declined": "Відхилено",
  "status.in_contact": "У контакті",
  "status.council_approved": "Схвалено радою",
  "status.agreement_signed": "Угоду підписано",
  "status.withdrawn": "Відкликано",
  "status.rejected_by_staff": "Союз не передав",

  "history.action.create": "Вияв зацікавлення надіслано",
  "history.action.introduce": "Союз запропонував знайомство",
  "history.action.forward": "Передано іншій стороні",
  "history.action.edit": "Союз відредагував повідомлення",
  "history.action.accept": "Прийнято",
  "history.action.accept_side": "Одна сторона прийняла знайомство",
  "history.action.decline": "Відхилено",
  "history.action.request_info": "Запитано додаткову інформацію",
  "history.action.answer": "Інформацію доповнено",
  "history.action.withdraw": "Відкликано",
  "history.action.in_contact": "Встановлено перший контакт",
  "history.action.council_approved": "Схвалено радою",
  "history.action.agreement_signed": "Угоду підписано",
  "history.action.activity": "Зафіксовано активність",
  "history.action.dormant": "Позначено як неактивне",
  "history.action.message": "Повідомлення в листуванні",
  "history.action.mutual_interest": "Зацікавлення виявила й інша сторона",

  "contacts.title": "Контакти",
  "contacts.intro":
    "Вияви зацікавлення між чеськими муніципалітетами та закордонними містами. Контактні дані іншої сторони Ви побачите, щойно вона прийме вияв зацікавлення.",
  "contacts.filter.label": "Показати",
  "contacts.filter.all": "Усі",
  "contacts.filter.open": "У процесі",
  "contacts.filter.active": "Прийняті",
  "contacts.filter.closed": "Закриті",
  "contacts.filter.review": "На перевірку",
  "contacts.filter.relay": "Від імені міст без облікового запису",
  "contacts.empty": "Контактів поки немає.",
  "contacts.emptyHintMayor":
    "Вияв зацікавлення можна надіслати зі сторінки запиту або зі своїх збігів.",
  "contacts.emptyHintForeign":
    "Вияв зацікавлення чеському муніципалітету можна надіслати зі списку збігів Вашого запиту.",
  "contacts.direction.sent": "Надісланий",
  "contacts.direction.received": "Отриманий",
  "contacts.direction.introduction": "Знайомство від Союзу",
  "contacts.updated": "змінено {date}",
  "contacts.waitingSince": "очікує з {date}",
  "contacts.pair": "{municipality} ↔ {town}",
  "contacts.noAccount": "без облікового запису (відповідає Союз)",

  "contact.new.title": "Виявити зацікавлення",
  "contact.new.introTitle": "Запропонувати знайомство",
  "contact.new.lead":
    "Союз перевірить повідомлення й передасть його іншій стороні. Сторони обміняються контактними даними, щойно інша сторона прийме вияв зацікавлення.",
  "contact.new.introLead":
    "Обидві сторони отримають запрошення, і кожна його прийме або відхилить. Якщо приймуть обидві, вони зможуть спілкуватися безпосередньо.",
  "contact.new.offer": "Ваш запит",
  "contact.new.topics": "Спільні теми, які Ви хочете обговорити",
  "contact.new.topicsHint": "Виберіть принаймні одну тему, яку мають обидві сторони.",
  "contact.new.message": "Повідомлення",
  "contact.new.messageHint":
    "Чому саме Ви і що хочете робити разом. Щонайбільше 2 000 символів. Не вказуйте тут електронну адресу чи телефон: ними обміняються після прийняття.",
  "contact.new.note": "Примітка для обох сторін",
  "contact.new.submit": "Надіслати вияв зацікавлення",
  "contact.new.submitIntro": "Запропонувати знайомство",
  "contact.new.sent": "Вияв зацікавлення надіслано. Союз перевірить його й передасть.",
  "contact.new.introduced": "Знайомство запропоновано, обидві сторони отримали запрошення.",
  "contact.new.full":
    "Цей запит зараз має {count, plural, one {# незавершений вияв зацікавлення} few {# незавершені вияви зацікавлення} many {# незавершених виявів зацікавлення} other {# незавершеного вияву зацікавлення}} і не приймає нових, щоб місто не було перевантажене. Будь ласка, спробуйте пізніше.",
  "contact.new.live": "Ви вже маєте контакт із цією стороною.",
  "contact.new.liveLink": "Відкрити контакт",
  "contact.new.noShared":
    "Сторони не мають жодної спільної теми, тому вияв зацікавлення надіслати неможливо. Доповніть теми у своєму профілі або виберіть інший запит.",
  "contact.new.noProfile":
    "Спершу заповніть профіль свого муніципалітету, щоб Союз міг його схвалити.",
  "contact.new.noOffers":
    "У Вас немає жодного опублікованого запиту, від імені якого можна писати.",
  "contact.new.closed": "Цей запит більше не опублікований.",
  "contact.new.notVisible": "Профіль цього муніципалітету не опублікований.",
  "contact.new.unverified":
    "Спершу підтвердьте свою електронну адресу (ми надіслали Вам посилання), після цього Ви зможете писати.",
  "contact.new.choose": "Виберіть запит або муніципалітет зі списку збігів.",

  "contact.error.not_found": "Контакт або одна зі сторін не існує.",
  "contact.error.forbidden": "Цей крок не належить до Ваших повноважень.",
  "contact.error.wrong_state":
    "У цьому стані цей крок уже неможливий. На сторінці показано поточний стан.",
  "contact.error.text_required": "Будь ласка, заповніть текст.",
  "contact.error.too_long": "Текст довший за 2 000 символів.",
  "contact.error.topics_required": "Виберіть принаймні одну спільну тему.",
  "contact.error.topic_not_shared": "Вибрана тема не є спільною для обох сторін.",
  "contact.error.offer_not_open": "Цей запит більше не опублікований.",
  "contact.error.municipality_not_visible": "Профіль цього муніципалітету не опублікований.",
  "contact.error.offer_full":
    "Цей запит зараз не приймає нових виявів зацікавлення (досягнуто ліміту).",
  "contact.error.already_open": "Ви вже маєте контакт із цією стороною.",
  "contact.error.unverified": "Спершу підтвердьте свою електронну адресу.",
  "contact.error.bad_date": "Введіть дійсну дату, не пізнішу за сьогоднішню.",
  "contact.error.stage_before_previous": "Дата не може бути ранішою за дату попереднього кроку.",
  "contact.error.side_required": "Виберіть, від імені якої сторони Ви відповідаєте.",
  "contact.error.rate_limited":
    "За останню годину Ви надіслали забагато. Будь ласка, спробуйте пізніше.",

  "contact.title": "{municipality} ↔ {town}",
  "contact.state": "Стан",
  "contact.from": "Від",
  "contact.to": "Кому",
  "contact.introducedBy": "Знайомство запропонував Союз",
  "contact.topics": "Теми",
  "contact.message": "Повідомлення",
  "contact.note": "Примітка Союзу",
  "contact.reason": "Причина",
  "contact.answers": "Відповіді на знайомство",
  "contact.answer.pending": "поки без відповіді",
  "contact.answer.accepted": "прийнято",
  "contact.answer.declined": "відхилено",
  "contact.explain.sender.pending_review":
    "Союз перевіряє Ваше повідомлення. Зазвичай це триває до двох робочих днів.",
  "contact.explain.sender.forwarded":
    "Повідомлення передано іншій стороні. На відповідь у неї є 30 днів.",
  "contact.explain.sender.info_requested": "Інша сторона має запитання. Дайте відповідь нижче.",
  "contact.explain.recipient.forwarded":
    "Прийміть, відхиліть або поставте запитання. На відповідь у Вас є 30 днів від моменту передання.",
  "contact.explain.recipient.info_requested": "Ви очікуєте на доповнення від іншої сторони.",
  "contact.explain.revealed": "Обидві сторони домовилися: контактні дані бачать обидві.",
  "contact.explain.closed": "Цей контакт закрито.",
  "contact.privacy":
    "Контактна особа, електронна адреса й телефон іншої сторони з’являться, щойно вона прийме вияв зацікавлення.",
  "contact.details": "Контактні дані",
  "contact.details.person": "Контактна особа",
  "contact.details.email": "Електронна пошта",
  "contact.details.phone": "Телефон",
  "contact.details.none": "не вказано",
  "contact.relay":
    "{side} не має облікового запису в Spolu: Союз передасть повідомлення й зафіксує відповідь від імені цієї сторони.",
  "contact.warnPrivate":
    "Схоже, повідомлення містить електронну адресу або телефон. Перед переданням розгляньте можливість його відредагувати: контактними даними сторони мають обмінятися лише після прийняття.",
  "contact.actions": "Що Ви можете зробити",
  "contact.action.forward": "Передати іншій стороні",
  "contact.action.reject": "Не передавати (з обґрунтуванням)",
  "contact.action.edit": "Зберегти відредаговане повідомлення",
  "contact.action.accept": "Прийняти",
  "contact.action.decline": "Відхилити",
  "contact.action.request_info": "Поставити запитання",
  "contact.action.answer": "Надіслати доповнення",
  "contact.action.withdraw": "Відкликати вияв зацікавлення",
  "contact.action.in_contact": "Зафіксувати: встановлено перший контакт",
  "contact.action.council_approved": "Зафіксувати: схвалено радою",
  "contact.action.agreement_signed": "Зафіксувати: угоду підписано",
  "contact.field.reason": "Причина (її побачить відправник)",
  "contact.field.declineReason": "Причина (необов’язково, її побачить відправник)",
  "contact.field.question": "Що Ви хочете запитати",
  "contact.field.answer": "Ваше доповнення",
  "contact.field.editMessage": "Повідомлення після редагування",
  "contact.field.side": "Відповідає від імені",
  "contact.field.date": "Дата",
  "contact.field.stageNote": "Примітка (необов’язково)",
  "contact.confirm.withdraw":
    "Справді відкликати вияв зацікавлення? Інша сторона про це дізнається, і скасувати цю дію буде неможливо.",
  "contact.confirm.decline": "Справді відхилити? Це рішення неможливо скасувати.",
  "contact.done": "Готово: {status}.",
  "contact.thread": "Повідомлення",
  "contact.thread.empty": "Повідомлень поки немає.",
  "contact.thread.closedNote":
    "Вільне листування стане доступним, щойно інша сторона прийме вияв зацікавлення.",
  "contact.thread.kind.info_request": "Запитання",
  "contact.thread.kind.info_answer": "Доповнення",
  "contact.thread.kind.message": "Повідомлення",
  "contact.thread.new": "Нове повідомлення",
  "contact.thread.send": "Надіслати повідомлення",
  "contact.thread.sent": "Повідомлення надіслано.",
  "contact.stages": "Шлях до партнерства",
  "contact.stages.hint":
    "Фіксуйте кроки з датами: перший контакт, рішення ради, підписання угоди. Рішення ради та підписання пропонує одна сторона, а підтверджує інша (або Союз); підтверджене підписання створює партнерство на мапі.",
  "contact.stage.in_contact": "Встановлено перший контакт",
  "contact.stage.council_approved": "Схвалено радою",
  "contact.stage.agreement_signed": "Угоду підписано",
  "contact.stage.pending": "ще ні",
  "contact.partnership": "Партнерство укладено, воно відображається на мапі.",
  "contact.partnershipDormant": "Партнерство неактивне з {date} (12 місяців без активності).",
  "contact.timeline": "Перебіг",

  "response.title": "Відповіді",
  "response.none": "Переданих виявів зацікавлення поки немає.",
  "response.rate": "Відповідає на {rate} % виявів зацікавлення",
  "response.median":
    "зазвичай протягом {days, plural, one {# дня} few {# днів} many {# днів} other {# дня}}",
  "response.medianSameDay": "зазвичай того самого дня",
  "response.counts": "({answered} з {received})",
  "response.waiting": "Поки немає відповіді на вияви зацікавлення (отримано: {received}).",

  "cta.interest": "Виявити зацікавлення",
  "cta.interestSent": "Контакт: {status}",
  "cta.full":
    "Запит зараз не приймає нових виявів зацікавлення ({count, plural, one {# незавершений} few {# незавершені} many {# незавершених} other {# незавершеного}}).",
  "cta.introduce": "Запропонувати знайомство",
  "interest.visitorTitle": "Цікавить партнерство?",
  "interest.visitorOffer":
    "Чеська громада пише місту {town} через Spolu. Увійдіть з обліковим записом своєї громади або зареєструйте її: після цього ви повернетеся просто сюди й допишете повідомлення.",
  "interest.visitorMunicipality":
    "Закордонне місто пише громаді {name} через Spolu. Увійдіть або зареєструйтеся та опублікуйте запит на партнерство: після цього ви повернетеся просто сюди.",
  "interest.visitorSignIn": "Увійти й виявити зацікавленість",
  "interest.visitorSignUpMayor": "Зареєструвати громаду",
  "interest.visitorSignUpForeign": "Зареєструвати місто",
  "interest.demo":
    "Це зразковий запит, який не публікувало жодне справжнє місто: зацікавленість у ньому нікому не надійде.",

  "notifications.contact_submitted":
    "Ваш вияв зацікавлення {municipality} – {town} очікує на перевірку Союзом.",
  "notifications.contact_forwarded":
    "Союз передав Ваш вияв зацікавлення {municipality} – {town} іншій стороні.",
  "notifications.contact_received":
    "Новий вияв зацікавлення: {municipality} – {town}. Будь ласка, дайте відповідь протягом 30 днів.",
  "notifications.contact_rejected":
    "Союз не передав Ваш вияв зацікавлення {municipality} – {town}. Причину наведено на сторінці контакту.",
  "notifications.contact_accepted":
    "Вияв зацікавлення {municipality} – {town} прийнято. Тепер Ви бачите контактні дані обох сторін.",
  "notifications.contact_declined": "Вияв зацікавлення {municipality} – {town} відхилено.",
  "notifications.contact_info_requested":
    "Інша сторона просить доповнити вияв зацікавлення {municipality} – {town}.",
  "notifications.contact_info_answered":
    "Вияв зацікавлення {municipality} – {town} доповнено, він очікує на Вашу відповідь.",
  "notifications.contact_withdrawn": "Вияв зацікавлення {municipality} – {town} відкликано.",
  "notifications.contact_reminder":
    "Вияв зацікавлення {municipality} – {town} очікує на Вашу відповідь уже {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}.",
  "notifications.contact_expired":
    "Термін дії вияву зацікавлення {municipality} – {town} минув: інша сторона не відповіла протягом {days, plural, one {# дня} few {# днів} many {# днів} other {# дня}}.",
  "notifications.contact_expired_recipient":
    "Термін дії вияву зацікавлення {municipality} – {town} минув без Вашої відповіді.",
  "notifications.contact_introduction":
    "Союз пропонує Вам знайомство: {municipality} – {town}. Прийміть або відхиліть запрошення.",
  "notifications.contact_message": "Нове повідомлення в контакті {municipality} – {town}.",
  "notifications.contact_stage": "{municipality} – {town}: зафіксовано крок «{stage}» ({date}).",
  "notifications.partnership_signed": "Партнерство {municipality} – {town} укладено. Вітаємо!",
  "notifications.partnership_dormant":
    "Партнерство {municipality} – {town} не має зафіксованої активності вже {months} міс.",

  "inbox.title": "Сповіщення",
  "inbox.unreadOnly": "Лише непрочитані",
  "inbox.all": "Усі",

  "digest.subject":
    "Spolu: {count, plural, one {# нове сповіщення} few {# нові сповіщення} many {# нових сповіщень} other {# нового сповіщення}}",
  "digest.intro": "Що сталося у Вас за останню добу:",
  "digest.weeklySubject": "Spolu: нові запити для муніципалітету {municipality}",
  "digest.weeklyIntro":
    "Нові запити на партнерство за останній тиждень, які підходять муніципалітету {municipality}:",
  "digest.weeklyLine": "{town} ({country}): відповідність {score} зі 100",

  "partnerships.title": "Партнерства",
  "partnerships.mine": "Лише мої",
  "partnerships.dormantOnly": "Лише неактивні",
  "partnerships.empty": "Партнерств немає.",
  "partnerships.since": "з {year, number, ::group-off}",
  "partnerships.source.spolu": "укладено через Spolu",
  "partnerships.source.existing": "внесено муніципалітетом",
  "partnerships.dormant": "неактивне з {date}",
  "partnerships.lastActivity": "остання активність {date}",
  "partnerships.record": "Зафіксувати активність",
  "partnerships.recordNote": "Що відбулося (необов’язково)",
  "partnerships.recorded": "Активність зафіксовано.",
  "partnerships.contact": "Контакт",

  "adminContacts.title": "Контакти на перевірку",
  "adminContacts.review": "Очікують на перевірку",
  "adminContacts.relay": "Передані містам без облікового запису (відповідає Союз)",
  "adminContacts.empty": "Нічого не очікує.",
  "adminContacts.limit": "Ліміт незавершених виявів зацікавлення на один запит",
  "adminContacts.limitHint":
    "Запит із такою кількістю незавершених виявів зацікавлення (що очікують на перевірку, відповідь або доповнення) не приймає нових.",
  "adminContacts.limitSave": "Зберегти ліміт",
  "adminContacts.limitSaved": "Ліміт збережено: {limit}.",
  "adminContacts.limitInvalid": "Введіть ціле число від 1 до 1000.",
  "adminContacts.all": "Усі контакти",
  "adminContacts.dormant": "Неактивні партнерства: {count}",

  "outbox.title": "Вихідні листи",
  "outbox.intro":
    "Кожен лист, який пише Spolu. Якщо SMTP_URL не налаштовано, листи залишаються тут (стан «у вихідних») і нікуди не надсилаються.",
  "outbox.smtpOn": "SMTP налаштовано: листи надсилаються.",
  "outbox.smtpOff": "SMTP не налаштовано: листи не надсилаються, вони зберігаються лише тут.",
  "outbox.empty": "Листів немає.",
  "outbox.to": "Кому",
  "outbox.subject": "Тема",
  "outbox.status": "Стан",
  "outbox.created": "Створено",
  "outbox.status.outbox": "у вихідних",
  "outbox.status.queued": "у черзі",
  "outbox.status.sending": "надсилається",
  "outbox.status.sent": "надіслано",
  "outbox.status.failed": "помилка",
  "outbox.filter": "Стан",
  "outbox.all": "Усі",
  "outbox.text": "Текст",
  "outbox.html": "HTML",
  "outbox.error": "Остання помилка",
  "outbox.nextAttempt": "Наступна спроба",
  "outbox.givenUp": "Наступної спроби не буде; Ви можете надіслати лист повторно.",
  "outbox.sendAgain": "Надіслати повторно",
  "outbox.sentAgain": "Лист очікує на повторне надсилання.",
  "outbox.notFailed":
    "Цей лист зараз не має помилки надсилання, тому надіслати його повторно неможливо.",
  "outbox.back": "Назад до вихідних листів",
  "outbox.jobs": "Заплановані завдання",
  "outbox.jobsEmpty": "Ще не виконувалися.",
  "contact.question": "Запитання іншої сторони",
  "contact.action.withdrawIntroduction": "Відкликати знайомство",
  "contact.confirm.withdrawUnseen":
    "Справді відкликати вияв зацікавлення? Союз його ще не передав, тому інша сторона про нього не дізнається. Скасувати цю дію неможливо.",
  "contact.confirm.withdrawIntroduction":
    "Справді відкликати знайомство? Обидві сторони про це дізнаються, і скасувати цю дію буде неможливо.",
  "contact.field.sideFixed": "Ви відповідаєте від імені: {side}",
  "contact.explain.introduction.open":
    "Союз пропонує Вам знайомство з іншою стороною. Прийміть або відхиліть запрошення; якщо приймуть обидві сторони, Ви побачите контактні дані одне одного.",
  "contact.explain.introduction.waiting":
    "Ви прийняли запрошення. Очікуємо на відповідь іншої сторони.",
  "contact.privacy.sender":
    "Контактну особу, електронну адресу й телефон іншої сторони Ви побачите, щойно вона прийме Ваш вияв зацікавлення; водночас вона побачить Ваші.",
  "contact.privacy.recipient":
    "Якщо Ви приймете вияв зацікавлення, Ви побачите контактні дані іншої сторони, а вона – Ваші. До того часу їх не бачить жодна зі сторін.",
  "contact.privacy.introduction":
    "Якщо запрошення приймуть обидві сторони, вони побачать контактні дані одна одної. До того часу їх не бачить жодна зі сторін.",
  "contact.privacy.closed": "Контакт закрито; контактними даними не обмінювалися.",
  "contact.new.noAccount":
    "{side} не має облікового запису в Spolu: запрошення від імені цієї сторони прийме або відхилить Союз.",
  "contact.new.sharedTopics": "Спільні теми: {topics}.",
  "contact.error.has_account": "Ця сторона має власний обліковий запис і відповідає самостійно.",
  "contact.error.proposal_waiting":
    "Запропонований крок ще очікує на підтвердження. Дочекайтеся його або відкличте пропозицію.",
  "contact.error.own_proposal": "Запропонований Вами крок підтверджує інша сторона або Союз.",
  "contact.error.reference_too_long":
    "Номер рішення або посилання може містити щонайбільше 300 символів.",
  "contact.action.propose.council_approved": "Запропонувати: схвалено радою",
  "contact.action.propose.agreement_signed": "Запропонувати: угоду підписано",
  "contact.action.confirm_stage": "Підтвердити крок",
  "contact.action.refuse_stage": "Не підтверджувати",
  "contact.action.withdrawProposal": "Відкликати пропозицію",
  "contact.field.reference": "Номер рішення або посилання (необов’язково)",
  "contact.field.referenceHint":
    "Напр. «рішення № 15/2026» або посилання на протокол засідання чи на угоду.",
  "contact.field.refuseReason":
    "Чому Ви не підтверджуєте крок (необов’язково, це побачить інша сторона)",
  "contact.proposal.title": "Очікує на підтвердження",
  "contact.proposal.by": "{side} пропонує крок «{stage}» від {date}.",
  "contact.proposal.reference": "Рішення або посилання",
  "contact.proposal.waitingOther":
    "Крок буде зафіксовано, щойно його підтвердить інша сторона або Союз. До того часу Ви можете відкликати пропозицію.",
  "contact.proposal.waitingYou":
    "Підтвердьте крок, якщо він відповідає дійсності; лише тоді його буде зафіксовано. Якщо не відповідає, не підтверджуйте його.",
  "contact.proposal.waitingStaff":
    "Союз може підтвердити крок (особливо якщо інша сторона не має облікового запису) або не підтвердити його.",
  "contact.proposal.signedNote":
    "Після підтвердження підписання буде створено партнерство, видиме на мапі.",
  "contact.confirm.refuseStage":
    "Пропозицію буде видалено, і сторона, яка її подала, про це дізнається.",
  "contact.confirm.withdrawProposal":
    "Справді відкликати пропозицію? Інша сторона про це дізнається.",
  "contact.stage.proposed": "запропоновано ({date}), очікує на підтвердження",
  "contact.stage.confirmed": "підтверджено обома сторонами",
  "contact.proposed":
    "Крок запропоновано. Його буде зафіксовано, щойно його підтвердить інша сторона.",
  "contact.stageRefused": "Пропозицію кроку видалено.",
  "notifications.contact_stage_proposed":
    "{municipality} – {town}: будь ласка, підтвердьте крок «{stage}» ({date}).",
  "notifications.contact_stage_refused":
    "{municipality} – {town}: запропонований крок «{stage}» не підтверджено.",
  "history.action.propose_council_approved": "Запропоновано: схвалено радою",
  "history.action.propose_agreement_signed": "Запропоновано: угоду підписано",
  "history.action.confirm_stage_council_approved": "Підтверджено: схвалено радою",
  "history.action.confirm_stage_agreement_signed": "Підтверджено: угоду підписано",
  "history.action.refuse_stage_council_approved": "Не підтверджено: схвалено радою",
  "history.action.refuse_stage_agreement_signed": "Не підтверджено: угоду підписано",
  "contacts.filter.confirm": "Кроки на підтвердження",
};
