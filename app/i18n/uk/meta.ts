// Descriptions of pages for search engines and link previews (<meta name="description">).
export const metaUk = {
  "meta.offers":
    "Міста з-за кордону, які шукають громаду-партнера в Чехії: їхній розмір, теми співпраці та як зв’язатися. Публікує Союз міст і громад Чеської Республіки.",
  "meta.offer": "{town} ({country}) шукає громаду-партнера в Чехії.",
  "meta.municipality":
    "{name}, {kraj}: {count, plural, one {# мешканець} few {# мешканці} many {# мешканців} other {# мешканця}}. Міста-партнери та інтерес до співпраці з містами з-за кордону, у Spolu.",
  "meta.login":
    "Вхід до Spolu: для голів чеських громад, міст з-за кордону та працівників Союзу міст і громад.",
  "meta.forgot": "Забули пароль до Spolu? Ми надішлемо посилання, щоб установити новий.",
};
