import { describe, expect, it } from "vitest";
import { parseAnnouncement } from "~/domain/announcement";

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
