import { describe, expect, it } from "vitest";
import { detectLanguage, parseAnnouncement } from "~/domain/announcement";

// The three requests as the union published them (../shared/seeds, 2019–2020).
const WOLOMIN = `09.08.2019

Polské město Wolomin hledá partnera pro spolupráci

Město Wolomin s 53 000 obyvateli se nachází 20 km severovýchodně od Varšavy. Budoucí partnerská spolupráce by mohla probíhat zejména v oblasti životního prostředí, kultury a nakládání s půdou.`;

const MONTEFRANCO = `17.06.2019

Italské město Montefranco hledá partnera

Město Montefranco se svými zhruba 1 300 obyvateli se nachází v centrální části Itálie v provincii Terni, region Umbria. Montefranco má zájem najít partnerské město s 1 000 – 5 000 obyvateli, s nímž by mohlo spolupracovat v širokém okruhu témat.`;

const LUCK = `31.01.2020

Město Luck uvítá spolupráci s českými partnery na kulturních akcích

Město Luck, které je regionálním centrem Volyňské oblasti na Ukrajině, má zájem o spolupráci s českými partnery na kulturních akcích pořádaných ve svém městě.`;

describe("parseAnnouncement on the union's announcements", () => {
  it("reads Wolomin", () => {
    const draft = parseAnnouncement(WOLOMIN);
    expect(draft.town).toBe("Wolomin");
    expect(draft.country).toBe("PL");
    expect(draft.population).toBe(53_000);
    expect(draft.partnerPopulation).toBeNull();
    expect(draft.topics.sort()).toEqual(["agriculture_land", "culture", "environment"]);
    expect(draft.openToAnyTopic).toBe(false);
    expect(draft.sourceDate).toBe("2019-08-09");
    expect(draft.description.startsWith("Polské město Wolomin")).toBe(true);
  });

  it("reads Montefranco, its wished partner size and its openness to any topic", () => {
    const draft = parseAnnouncement(MONTEFRANCO);
    expect(draft.town).toBe("Montefranco");
    expect(draft.country).toBe("IT");
    expect(draft.population).toBe(1_300);
    expect(draft.partnerPopulation).toEqual({ min: 1_000, max: 5_000 });
    expect(draft.openToAnyTopic).toBe(true);
    expect(draft.topics).toEqual([]);
    expect(draft.region).toBe("Umbria (provincie Terni)");
    expect(draft.sourceDate).toBe("2019-06-17");
  });

  it("reads Luck without a stated population", () => {
    const draft = parseAnnouncement(LUCK);
    expect(draft.town).toBe("Luck");
    expect(draft.country).toBe("UA");
    expect(draft.population).toBeNull();
    expect(draft.topics).toEqual(["culture"]);
    expect(draft.region).toBe("Volyňská oblast");
  });
});

describe("parseAnnouncement on announcements in the same style", () => {
  it("reads a Slovak town with two words, youth and sport, an upper size limit", () => {
    const draft = parseAnnouncement(
      "Slovenské město Banská Štiavnica hledá partnera v Česku\n\nMěsto Banská Štiavnica s přibližně 10 200 obyvateli by rádo navázalo spolupráci s obcí do 15 000 obyvatel, zejména v oblasti práce s mládeží a sportu.",
    );
    expect(draft.town).toBe("Banská Štiavnica");
    expect(draft.country).toBe("SK");
    expect(draft.population).toBe(10_200);
    expect(draft.partnerPopulation).toEqual({ min: null, max: 15_000 });
    expect(draft.topics.sort()).toEqual(["sport", "youth"]);
  });

  it("reads a German town, thousands in words and a lower size limit", () => {
    const draft = parseAnnouncement(
      "Německé město Zittau hledá české partnery\n\nZittau (zhruba 25 tisíc obyvatel) leží na trojmezí. Hledá partnerskou obec nad 5 000 obyvatel pro spolupráci v oblasti cestovního ruchu, dopravy a vzdělávání.",
    );
    expect(draft.town).toBe("Zittau");
    expect(draft.country).toBe("DE");
    expect(draft.population).toBe(25_000);
    expect(draft.partnerPopulation).toEqual({ min: 5_000, max: null });
    expect(draft.topics.sort()).toEqual(["education", "mobility", "tourism"]);
  });

  it("tells Slovenia from Slovakia and reads energy and heritage", () => {
    const draft = parseAnnouncement(
      "Slovinská obec Kobarid nabízí spolupráci\n\nObec Kobarid se 4 100 obyvateli má zájem o spolupráci v oblasti obnovitelných zdrojů energie a péče o kulturní dědictví.",
    );
    expect(draft.town).toBe("Kobarid");
    expect(draft.country).toBe("SI");
    expect(draft.population).toBe(4_100);
    expect(draft.topics.sort()).toEqual(["climate_energy", "culture", "heritage"]);
  });

  it("reads an Austrian market town open to all fields with a range written with 'až'", () => {
    const draft = parseAnnouncement(
      "Rakouský městys Haslach an der Mühl hledá partnera\n\nMěstys Haslach an der Mühl se 2 500 obyvateli hledá obec s 2 000 až 6 000 obyvateli ke spolupráci ve všech oblastech života obce.",
    );
    expect(draft.town).toBe("Haslach an der Mühl");
    expect(draft.country).toBe("AT");
    expect(draft.population).toBe(2_500);
    expect(draft.partnerPopulation).toEqual({ min: 2_000, max: 6_000 });
    expect(draft.openToAnyTopic).toBe(true);
  });

  it("reads a Hungarian town: social care, agriculture, public administration; the first named country wins", () => {
    const draft = parseAnnouncement(
      "Maďarské město Tokaj hledá partnera v Česku nebo na Slovensku\n\nMěsto Tokaj (4 000 obyvatel) chce sdílet zkušenosti z veřejné správy, zemědělství a sociálních služeb pro seniory.",
    );
    expect(draft.town).toBe("Tokaj");
    expect(draft.country).toBe("HU");
    expect(draft.population).toBe(4_000);
    expect(draft.topics.sort()).toEqual([
      "agriculture_land",
      "public_administration",
      "social_health",
    ]);
  });

  it("leaves unknown facts empty instead of guessing", () => {
    const draft = parseAnnouncement("Nabídka spolupráce od partnerů ze zahraničí.");
    expect(draft).toMatchObject({
      town: null,
      country: null,
      population: null,
      partnerPopulation: null,
      topics: [],
      openToAnyTopic: false,
      sourceDate: null,
    });
  });
});

// Announcements as partner unions publish them, in their own languages. Each asserts the
// whole draft; the wording follows the unions' notices (ZMP, ZMOS, Städtetag, CEMR,
// Ukrainian city councils), including ones where the language is not the town's country.
describe("parseAnnouncement in Polish", () => {
  it("reads a Polish gmina with its voivodeship, a wished range and several topics", () => {
    const draft = parseAnnouncement(`12.03.2024

Gmina Nowa Wieś szuka partnera w Czechach

Gmina Nowa Wieś położona jest w województwie lubelskim, około 40 km od Lublina, i liczy ok. 8 tys. mieszkańców. Samorząd chciałby nawiązać współpracę z czeską gminą liczącą od 5 000 do 20 000 mieszkańców. Interesuje nas przede wszystkim wymiana doświadczeń w zakresie turystyki, rolnictwa i ochrony środowiska, a także wspólne projekty dla młodzieży. Kontakt: Urząd Gminy Nowa Wieś.`);
    expect(draft).toMatchObject({
      language: "pl",
      town: "Nowa Wieś",
      country: "PL",
      region: "województwo lubelskie",
      population: 8_000,
      partnerPopulation: { min: 5_000, max: 20_000 },
      topics: ["environment", "tourism", "youth", "agriculture_land"],
      openToAnyTopic: false,
      sourceDate: "2024-03-12",
    });
    expect(draft.description.startsWith("Gmina Nowa Wieś szuka")).toBe(true);
  });

  it("reads a German town announced in Polish, open to any field, with an upper limit", () => {
    const draft =
      parseAnnouncement(`Niemieckie miasto Bad Kötzting poszukuje partnera w Polsce lub w Czechach

Miasto Bad Kötzting leży w Bawarii, w powiecie Cham, tuż przy granicy z Czechami, i liczy blisko 7,5 tys. mieszkańców. Władze miasta są otwarte na współpracę w różnych dziedzinach – od kultury i sportu po gospodarkę. Poszukiwany partner powinien liczyć nie więcej niż 15 tys. mieszkańców. Zainteresowane samorządy prosimy o kontakt ze Związkiem Miast Polskich.`);
    expect(draft).toMatchObject({
      language: "pl",
      town: "Bad Kötzting",
      country: "DE",
      region: null,
      population: 7_500,
      partnerPopulation: { min: null, max: 15_000 },
      topics: ["culture", "sport", "economy"],
      openToAnyTopic: true,
      sourceDate: null,
    });
  });

  it("reads a Ukrainian town announced in Polish: its own 'ponad' is its size, the partner's a lower limit", () => {
    const draft = parseAnnouncement(`Ukraińskie miasto Kamieniec Podolski szuka partnerów w Polsce

Kamieniec Podolski to miasto w obwodzie chmielnickim, liczące ponad 90 tys. mieszkańców, słynące z twierdzy i zabytkowego Starego Miasta. Władze miasta chcą nawiązać współpracę z miastami powyżej 20 tys. mieszkańców, przede wszystkim w dziedzinie turystyki, ochrony dziedzictwa kulturowego i edukacji. Mile widziane są również wymiany szkolne i projekty sportowe.`);
    expect(draft).toMatchObject({
      language: "pl",
      town: "Kamieniec Podolski",
      country: "UA",
      region: "obwód chmielnicki",
      population: 90_000,
      partnerPopulation: { min: 20_000, max: null },
      topics: ["culture", "heritage", "tourism", "sport", "education"],
      openToAnyTopic: false,
    });
  });

  it("reads 'ok. 37 tysięcy' and an abbreviated voivodeship", () => {
    const draft = parseAnnouncement(`Miasto Wołomin (woj. mazowieckie) zaprasza do współpracy

Wołomin, położony 20 km na północny wschód od Warszawy, liczy ok. 37 tysięcy mieszkańców. Miasto chętnie nawiąże kontakty z czeskim miastem o podobnej wielkości, zwłaszcza w zakresie kultury, ochrony środowiska i transportu publicznego.`);
    expect(draft).toMatchObject({
      language: "pl",
      town: "Wołomin",
      country: "PL",
      region: "województwo mazowieckie",
      population: 37_000,
      partnerPopulation: null,
      topics: ["environment", "culture", "mobility"],
      openToAnyTopic: false,
    });
  });
});

describe("parseAnnouncement in Slovak", () => {
  it("reads a Slovak town with its kraj and a wished range", () => {
    const draft = parseAnnouncement(`Mesto Banská Bystrica hľadá partnerské mesto v Českej republike

Mesto Banská Bystrica leží v strede Slovenska a je sídlom Banskobystrického samosprávneho kraja. S približne 76 000 obyvateľmi je piatym najväčším mestom na Slovensku. Radi by sme nadviazali spoluprácu s českým mestom s 20 000 až 100 000 obyvateľmi, najmä v oblasti kultúry, cestovného ruchu a športu. Vítané sú aj výmeny mládeže a škôl.`);
    expect(draft).toMatchObject({
      language: "sk",
      town: "Banská Bystrica",
      country: "SK",
      region: "Banskobystrický kraj",
      population: 76_000,
      partnerPopulation: { min: 20_000, max: 100_000 },
      topics: ["culture", "tourism", "sport", "youth", "education"],
      openToAnyTopic: false,
    });
  });

  it("reads a Polish town announced in Slovak, open to any field, with a lower limit", () => {
    const draft = parseAnnouncement(`Poľské mesto Nowy Targ hľadá partnera na Slovensku a v Česku

Nowy Targ je mesto s 33 000 obyvateľmi na úpätí Tatier, v Malopoľskom vojvodstve. Mesto má záujem o spoluprácu v rôznych oblastiach – od kultúry cez šport až po hospodárstvo a cestovný ruch. Partnerská obec by mala mať aspoň 10 000 obyvateľov.`);
    expect(draft).toMatchObject({
      language: "sk",
      town: "Nowy Targ",
      country: "PL",
      region: "Malopoľské vojvodstvo",
      population: 33_000,
      partnerPopulation: { min: 10_000, max: null },
      topics: ["culture", "tourism", "sport", "economy"],
      openToAnyTopic: true,
    });
  });

  it("reads a Hungarian village announced in Slovak, with a Slovak date and an upper limit", () => {
    const draft = parseAnnouncement(`15. apríla 2024

Maďarská obec Tokaj ponúka spoluprácu slovenským a českým samosprávam

Obec Tokaj (4 000 obyvateľov) leží v severovýchodnom Maďarsku a je známa vinárstvom. Hľadá partnerskú obec do 5 000 obyvateľov, s ktorou by mohla spolupracovať v oblasti poľnohospodárstva, vidieckeho cestovného ruchu a starostlivosti o seniorov.`);
    expect(draft).toMatchObject({
      language: "sk",
      town: "Tokaj",
      country: "HU",
      region: null,
      population: 4_000,
      partnerPopulation: { min: null, max: 5_000 },
      topics: ["tourism", "social_health", "agriculture_land"],
      openToAnyTopic: false,
      sourceDate: "2024-04-15",
    });
    expect(draft.description.startsWith("Maďarská obec Tokaj")).toBe(true);
  });
});

describe("parseAnnouncement in German", () => {
  it("reads an Austrian market town with its Bundesland and Bezirk and a 'zwischen … und' range", () => {
    const draft =
      parseAnnouncement(`Die Marktgemeinde Haslach an der Mühl sucht eine Partnergemeinde in Tschechien

Haslach an der Mühl liegt im Bezirk Rohrbach in Oberösterreich, nur wenige Kilometer von der tschechischen Grenze entfernt, und zählt rund 2.500 Einwohnerinnen und Einwohner. Gesucht wird eine Gemeinde zwischen 1.500 und 6.000 Einwohnern, mit der wir uns vor allem in den Bereichen Kultur, Tourismus und Jugendarbeit austauschen können. Auch gemeinsame Projekte der Vereine und Schulen sind willkommen.`);
    expect(draft).toMatchObject({
      language: "de",
      town: "Haslach an der Mühl",
      country: "AT",
      region: "Oberösterreich (Bezirk Rohrbach)",
      population: 2_500,
      partnerPopulation: { min: 1_500, max: 6_000 },
      topics: ["culture", "tourism", "youth", "education"],
      openToAnyTopic: false,
    });
  });

  it("reads a Polish town announced in German, open to all fields; languages are no country", () => {
    const draft =
      parseAnnouncement(`Polnische Stadt Wolomin sucht Partner in Deutschland und Tschechien

Die Stadt Wolomin liegt rund 20 Kilometer nordöstlich von Warschau in der Woiwodschaft Masowien und hat 37.000 Einwohner. Die Stadtverwaltung ist offen für eine Zusammenarbeit in allen Bereichen des kommunalen Lebens und freut sich besonders über Kontakte zu Städten ähnlicher Größe. Die Korrespondenz kann auf Polnisch, Deutsch oder Englisch geführt werden.`);
    expect(draft).toMatchObject({
      language: "de",
      town: "Wolomin",
      country: "PL",
      region: "Woiwodschaft Masowien",
      population: 37_000,
      partnerPopulation: null,
      topics: [],
      openToAnyTopic: true,
    });
  });

  it("reads an Italian village announced in German, with a German date and 'bis zu'", () => {
    const draft = parseAnnouncement(`Veröffentlicht am 7. März 2024

Die italienische Gemeinde Montefranco (Provinz Terni, Region Umbrien) sucht eine Partnergemeinde im deutschsprachigen Raum. Montefranco ist eine kleine Gemeinde mit etwa 1.300 Einwohnern im Tal der Nera. Gewünscht ist eine Partnerschaft mit einer Kommune bis zu 5.000 Einwohnern, vor allem für Begegnungen in den Bereichen Kultur, Sport und Landwirtschaft sowie für den Austausch von Jugendgruppen.`);
    expect(draft).toMatchObject({
      language: "de",
      town: "Montefranco",
      country: "IT",
      region: "Region Umbrien",
      population: 1_300,
      partnerPopulation: { min: null, max: 5_000 },
      topics: ["culture", "sport", "youth", "agriculture_land"],
      openToAnyTopic: false,
      sourceDate: "2024-03-07",
    });
    // Not a bare date line: the description keeps it.
    expect(draft.description.startsWith("Veröffentlicht am")).toBe(true);
  });

  it("reads a Bavarian town: Landkreis and Land, 'mindestens', the country from the Land", () => {
    const draft = parseAnnouncement(
      "Die Stadt Bad Kötzting im Landkreis Cham (Bayern) sucht eine Partnerstadt in Tschechien. Die Kneipp-Kurstadt mit ihren rund 7.600 Einwohnerinnen und Einwohnern liegt im Bayerischen Wald, nur 20 Kilometer von der Grenze entfernt. Wir wünschen uns eine Partnerkommune mit mindestens 3.000 Einwohnern und Interesse an Gesundheit, Tourismus und Umweltschutz.",
    );
    expect(draft).toMatchObject({
      language: "de",
      town: "Bad Kötzting",
      country: "DE",
      region: "Bayern (Landkreis Cham)",
      population: 7_600,
      partnerPopulation: { min: 3_000, max: null },
      topics: ["environment", "tourism", "social_health"],
      openToAnyTopic: false,
    });
  });
});

describe("parseAnnouncement in English", () => {
  it("reads an Italian town with its region and a 'between … and' range", () => {
    const draft = parseAnnouncement(`Italian town of Pescia seeks Czech partner

The town of Pescia, in the province of Pistoia (Tuscany Region, Italy), is looking for a partner municipality in the Czech Republic. Pescia has a population of 19,600 and is known for its flower market and historic centre. We would like to cooperate with a town of between 5,000 and 20,000 inhabitants, especially on culture, tourism and school exchanges.`);
    expect(draft).toMatchObject({
      language: "en",
      town: "Pescia",
      country: "IT",
      region: "Tuscany Region",
      population: 19_600,
      partnerPopulation: { min: 5_000, max: 20_000 },
      topics: ["culture", "heritage", "tourism", "education"],
      openToAnyTopic: false,
    });
  });

  it("reads a Ukrainian city announced in English, open to a wide range of topics", () => {
    const draft = parseAnnouncement(`Lutsk (Ukraine) invites Czech towns to cooperate

Lutsk City Council is looking for partners among Czech municipalities. Lutsk is a city of 215,000 residents and the administrative centre of Volyn Oblast in north-western Ukraine. The city is open to cooperation on a wide range of topics, from culture and education to economic development and the reconstruction of public infrastructure.`);
    expect(draft).toMatchObject({
      language: "en",
      town: "Lutsk",
      country: "UA",
      region: "Volyn Oblast",
      population: 215_000,
      partnerPopulation: null,
      topics: ["culture", "education", "economy"],
      openToAnyTopic: true,
    });
  });

  it("reads a Polish gmina with its voivodeship, an ISO date and 'up to'", () => {
    const draft = parseAnnouncement(`Published: 2024-05-14

The Municipality of Nowa Wieś in the Lublin Voivodeship, Poland, would like to establish a twinning partnership with a Czech municipality. The municipality has approximately 8,200 inhabitants and a strong agricultural tradition. We are looking for a partner with up to 10,000 inhabitants, interested in rural development, renewable energy and youth exchanges. Communication is possible in English or Polish.`);
    expect(draft).toMatchObject({
      language: "en",
      town: "Nowa Wieś",
      country: "PL",
      region: "Lublin Voivodeship",
      population: 8_200,
      partnerPopulation: { min: null, max: 10_000 },
      topics: ["climate_energy", "youth", "agriculture_land"],
      openToAnyTopic: false,
      sourceDate: "2024-05-14",
    });
  });

  it("reads a Slovenian municipality: its own size and the partner's 'at least' in one sentence", () => {
    const draft = parseAnnouncement(`Slovenian municipality seeks partners

The Municipality of Kobarid, a small town of 4,100 people in the Soča Valley close to the Italian border, is interested in twinning with a Czech town of at least 2,000 residents. Possible areas of cooperation include sustainable tourism, heritage protection, sport and social care for the elderly.`);
    expect(draft).toMatchObject({
      language: "en",
      town: "Kobarid",
      country: "SI",
      region: null,
      population: 4_100,
      partnerPopulation: { min: 2_000, max: null },
      topics: ["heritage", "tourism", "sport", "social_health"],
      openToAnyTopic: false,
    });
  });
});

describe("parseAnnouncement in Ukrainian", () => {
  it("reads Луцьк in Cyrillic with its oblast, 'понад' as its own size, open to any field", () => {
    const draft = parseAnnouncement(`31.01.2024

Луцька міська рада шукає партнерів у Чеській Республіці

Місто Луцьк — адміністративний центр Волинської області, одне з найстаріших міст Західної України з населенням понад 215 тисяч мешканців. Місто зацікавлене у співпраці з чеськими громадами у будь-яких сферах: від культури та освіти до економіки і розвитку громадського транспорту.`);
    expect(draft).toMatchObject({
      language: "uk",
      town: "Луцьк",
      country: "UA",
      region: "Волинська область",
      population: 215_000,
      partnerPopulation: null,
      topics: ["culture", "education", "economy", "mobility"],
      openToAnyTopic: true,
      sourceDate: "2024-01-31",
    });
    expect(draft.description.startsWith("Луцька міська рада")).toBe(true);
  });

  it("reads a hyphenated town with an apostrophe and 'від 20 до 100 тисяч'", () => {
    const draft =
      parseAnnouncement(`Кам'янець-Подільська міська територіальна громада шукає партнера в Чехії

Місто Кам'янець-Подільський розташоване у Хмельницькій області й налічує близько 97 тис. жителів. Громада прагне співпрацювати з чеським містом з населенням від 20 до 100 тисяч осіб, насамперед у сферах туризму, збереження культурної спадщини та молодіжних обмінів.`);
    expect(draft).toMatchObject({
      language: "uk",
      town: "Кам'янець-Подільський",
      country: "UA",
      region: "Хмельницька область",
      population: 97_000,
      partnerPopulation: { min: 20_000, max: 100_000 },
      topics: ["culture", "heritage", "tourism", "youth"],
      openToAnyTopic: false,
    });
  });

  it("reads a Polish town announced in Ukrainian, with an upper limit", () => {
    const draft = parseAnnouncement(`Польське місто Холм шукає партнерів серед громад України

Холм (пол. Chełm) — місто на сході Польщі в Люблінському воєводстві з населенням близько 60 тисяч мешканців. Місто запрошує до співпраці українські громади до 50 тисяч мешканців у сферах освіти, спорту та охорони здоров'я.`);
    expect(draft).toMatchObject({
      language: "uk",
      town: "Холм",
      country: "PL",
      region: "Люблінське воєводство",
      population: 60_000,
      partnerPopulation: { min: null, max: 50_000 },
      topics: ["sport", "education", "social_health"],
      openToAnyTopic: false,
    });
  });

  it("reads 'м. Ніжин', a Ukrainian date line, and a country named only as the partner's", () => {
    const draft = parseAnnouncement(`7 березня 2024 року

Виконавчий комітет Ніжинської міської ради повідомляє, що м. Ніжин (Чернігівська область) шукає місто-партнера в Чехії або Словаччині. У громаді проживає 66 000 жителів. Ми відкриті до співпраці з містами від 20 000 до 80 000 жителів у галузях культури, туризму та сільського господарства.`);
    expect(draft).toMatchObject({
      language: "uk",
      town: "Ніжин",
      country: "UA",
      region: "Чернігівська область",
      population: 66_000,
      partnerPopulation: { min: 20_000, max: 80_000 },
      topics: ["culture", "tourism", "agriculture_land"],
      openToAnyTopic: false,
      sourceDate: "2024-03-07",
    });
    expect(draft.description.startsWith("Виконавчий комітет")).toBe(true);
  });
});

describe("detectLanguage", () => {
  it("reads the union's Czech announcements as Czech", () => {
    for (const text of [WOLOMIN, MONTEFRANCO, LUCK]) {
      expect(parseAnnouncement(text).language).toBe("cs");
    }
  });

  it("tells Czech from Slovak in sentences that differ only in a few words", () => {
    expect(
      detectLanguage("Město Trnava hledá partnerské město pro spolupráci v oblasti kultury."),
    ).toBe("cs");
    expect(
      detectLanguage("Mesto Trnava hľadá partnerské mesto pre spoluprácu v oblasti kultúry."),
    ).toBe("sk");
    // Without ě, ř, ů or ľ, ô, ä: the words decide.
    expect(detectLanguage("Obec Terchová má zájem o spolupráci s obcí podobné velikosti.")).toBe(
      "cs",
    );
    expect(detectLanguage("Obec Terchová má záujem o spoluprácu so susednými obcami.")).toBe("sk");
    // A Slovak town named in a Czech sentence, and a Czech one in a Slovak sentence.
    expect(detectLanguage("Slovenské město Banská Štiavnica hledá partnera v Česku.")).toBe("cs");
    expect(detectLanguage("Mesto Poprad sa teší na spoluprácu s mestom Uherské Hradiště.")).toBe(
      "sk",
    );
  });

  it("recognises Polish, German, English and Ukrainian, and falls back to Czech", () => {
    expect(detectLanguage("Gmina Nowa Wieś szuka partnera")).toBe("pl");
    expect(detectLanguage("Die Stadt Zittau sucht eine Partnerstadt")).toBe("de");
    expect(detectLanguage("The town of Pescia is looking for a partner")).toBe("en");
    expect(detectLanguage("Місто Луцьк шукає партнерів")).toBe("uk");
    expect(detectLanguage("Wołomin")).toBe("pl");
    expect(detectLanguage("")).toBe("cs");
    expect(detectLanguage("12.03.2024")).toBe("cs");
  });
});

describe("parseAnnouncement reads each language's number format", () => {
  it("takes 1,300 in English and 1.300 in German as one thousand three hundred", () => {
    expect(
      parseAnnouncement("The town of Montefranco, a village of 1,300 inhabitants, seeks a partner.")
        .population,
    ).toBe(1_300);
    expect(parseAnnouncement("Die Gemeinde Montefranco hat 1.300 Einwohner.").population).toBe(
      1_300,
    );
    expect(parseAnnouncement("Gmina Montefranco liczy 1 300 mieszkańców.").population).toBe(1_300);
    // A no-break space, as word processors put it.
    expect(parseAnnouncement("Mesto Montefranco má 1\u00a0300 obyvateľov.").population).toBe(1_300);
  });

  it("reads decimals before thousands words, Swiss apostrophes and 'Einwohnerinnen und Einwohnern'", () => {
    expect(parseAnnouncement("Die Gemeinde Zug hat 2,5 Tausend Einwohner.").population).toBe(2_500);
    expect(parseAnnouncement("The town of Zug has 2.5 thousand residents.").population).toBe(2_500);
    expect(parseAnnouncement("Die Stadt Zug (Kanton Zug) zählt 31'500 Einwohner.")).toMatchObject({
      population: 31_500,
      country: "CH",
      region: "Kanton Zug",
    });
    expect(
      parseAnnouncement("Die Stadt Graz zählt rund 53 000 Einwohnerinnen und Einwohnern.")
        .population,
    ).toBe(53_000);
    expect(parseAnnouncement("Miasto Wołomin liczy 37 tys. mieszkańców.").population).toBe(37_000);
    expect(parseAnnouncement("Місто Луцьк: населення 53 тисячі.").population).toBe(53_000);
  });

  it("does not read 'nie więcej niż' as 'więcej niż', nor 'no more than' as 'more than'", () => {
    expect(
      parseAnnouncement(
        "Gmina Nowa Wieś szuka partnera liczącego nie więcej niż 15 tys. mieszkańców.",
      ).partnerPopulation,
    ).toEqual({ min: null, max: 15_000 });
    expect(
      parseAnnouncement(
        "Gmina Nowa Wieś szuka partnera liczącego nie mniej niż 5 tys. mieszkańców.",
      ).partnerPopulation,
    ).toEqual({ min: 5_000, max: null });
    expect(
      parseAnnouncement("The town of Pescia seeks a partner of no more than 10,000 inhabitants.")
        .partnerPopulation,
    ).toEqual({ min: null, max: 10_000 });
  });
});

describe("parseAnnouncement on names and dates in any language", () => {
  it("keeps multi-word names whole", () => {
    expect(parseAnnouncement("Die Stadt Neumarkt in der Oberpfalz sucht Partner.").town).toBe(
      "Neumarkt in der Oberpfalz",
    );
    // "in der Steiermark" is where Graz lies, not part of its name.
    expect(parseAnnouncement("Die Stadt Graz in der Steiermark sucht Partner.").town).toBe("Graz");
    expect(parseAnnouncement("Die Stadt St. Pölten sucht Partner.").town).toBe("St. Pölten");
    expect(parseAnnouncement("Gmina Stare Miasto nad Pilicą szuka partnera.").town).toBe(
      "Stare Miasto nad Pilicą",
    );
    expect(
      parseAnnouncement("Obec Lehota pod Vtáčnikom (Trenčiansky kraj) hľadá partnera."),
    ).toMatchObject({ town: "Lehota pod Vtáčnikom", region: "Trenčiansky kraj", country: "SK" });
    expect(
      parseAnnouncement("The Italian city of Reggio nell'Emilia has 170,000 inhabitants.").town,
    ).toBe("Reggio nell'Emilia");
    expect(
      parseAnnouncement("Stratford-upon-Avon Town Council is looking for a twin town.").town,
    ).toBe("Stratford-upon-Avon");
    // Title-case headlines: the verb is not part of the name.
    expect(parseAnnouncement("Town of Pescia Seeks Partners").town).toBe("Pescia");
  });

  it("reads English and German dates written out, and a Polish one with 'r.'", () => {
    expect(parseAnnouncement("7 March 2024\nThe town of Pescia seeks partners.")).toMatchObject({
      sourceDate: "2024-03-07",
      description: "The town of Pescia seeks partners.",
    });
    expect(parseAnnouncement("March 7, 2024\nThe town of Pescia seeks partners.").sourceDate).toBe(
      "2024-03-07",
    );
    expect(parseAnnouncement("7. März 2024\nDie Stadt Zittau sucht Partner.").sourceDate).toBe(
      "2024-03-07",
    );
    expect(parseAnnouncement("7 marca 2024 r.\nGmina Nowa Wieś szuka partnera.")).toMatchObject({
      sourceDate: "2024-03-07",
      description: "Gmina Nowa Wieś szuka partnera.",
    });
  });

  it("takes a country named in the partner's clause for the partner's, not the town's", () => {
    // The heading's cue ("twinning") does not hide Portugal in the next clause.
    expect(
      parseAnnouncement(
        "Town twinning: the municipality of Lousada (Portugal), with about 47,000 inhabitants, is seeking partners from 10 000 to 50 000 inhabitants.",
      ),
    ).toMatchObject({
      town: "Lousada",
      country: "PT",
      population: 47_000,
      partnerPopulation: { min: 10_000, max: 50_000 },
    });
    // Germany is where the partner is sought; Chełm's country is not named.
    expect(
      parseAnnouncement("The town of Chełm seeks a partner town in Germany.").country,
    ).toBeNull();
  });

  it("does not take a language of correspondence for the town's country", () => {
    expect(
      parseAnnouncement(
        "The town of Chełm seeks a partner town. Communication in German or English.",
      ).country,
    ).toBeNull();
    expect(
      parseAnnouncement("Die Stadt Zittau sucht Partner. Korrespondenz auf Polnisch oder Englisch.")
        .country,
    ).toBeNull();
  });
});
