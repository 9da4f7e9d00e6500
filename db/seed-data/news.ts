// What the union's "Zahraniční spolupráce" news page (smocr.cz, 2019–2020) says,
// carried into the project as data: three partnership requests, the funding
// calls and the events, with the dates the page gives. Nothing here is invented
// beyond the English translations, the country language of each town and the
// eligibility rules read from each call's text.
import type { FundingRules } from "../../app/domain/eligibility";
import type { InterestCode } from "../../app/domain/interests";

export interface NewsOffer {
  geonamesId: number;
  town: string;
  country: string;
  region: string;
  /** The population the announcement states; it wins over GeoNames'. Null: not stated. */
  statedPopulation: number | null;
  topics: InterestCode[];
  openToAnyTopic: boolean;
  partnerPopulation: [number, number] | null;
  languages: string[];
  headlineCs: string;
  textCs: string;
  textEn: string;
  /** The date of the news item. */
  sourceDate: string;
}

export const NEWS_OFFERS: NewsOffer[] = [
  {
    geonamesId: 754800,
    town: "Wołomin",
    country: "PL",
    region: "Masovian Voivodeship",
    statedPopulation: 53_000,
    topics: ["environment", "culture", "agriculture_land"],
    openToAnyTopic: false,
    partnerPopulation: null,
    languages: ["pl"],
    headlineCs: "Polské město Wolomin hledá partnera pro spolupráci",
    textCs:
      "Město Wolomin s 53 000 obyvateli se nachází 20 km severovýchodně od Varšavy. Budoucí partnerská spolupráce by mohla probíhat zejména v oblasti životního prostředí, kultury a nakládání s půdou.",
    textEn:
      "The town of Wołomin, with 53,000 inhabitants, lies 20 km north-east of Warsaw. A future partnership could focus above all on the environment, culture and land management.",
    sourceDate: "2019-08-09",
  },
  {
    geonamesId: 3172916,
    town: "Montefranco",
    country: "IT",
    region: "Umbria (province of Terni)",
    statedPopulation: 1_300,
    topics: [],
    openToAnyTopic: true,
    partnerPopulation: [1_000, 5_000],
    languages: ["it"],
    headlineCs: "Italské město Montefranco hledá partnera",
    textCs:
      "Město Montefranco se svými zhruba 1 300 obyvateli se nachází v centrální části Itálie v provincii Terni, region Umbria. Montefranco má zájem najít partnerské město s 1 000 – 5 000 obyvateli, s nímž by mohlo spolupracovat v širokém okruhu témat.",
    textEn:
      "Montefranco, a town of about 1,300 inhabitants in central Italy (province of Terni, Umbria), would like to find a partner town of 1,000–5,000 inhabitants to cooperate with on a wide range of topics.",
    sourceDate: "2019-06-17",
  },
  {
    geonamesId: 702569,
    town: "Lutsk",
    country: "UA",
    region: "Volyn Oblast",
    statedPopulation: null,
    topics: ["culture"],
    openToAnyTopic: false,
    partnerPopulation: null,
    languages: ["uk"],
    headlineCs: "Město Luck uvítá spolupráci s českými partnery na kulturních akcích",
    textCs:
      "Město Luck, které je regionálním centrem Volyňské oblasti na Ukrajině, má zájem o spolupráci s českými partnery na kulturních akcích pořádaných ve svém městě.",
    textEn:
      "Lutsk, the regional centre of Volyn Oblast in Ukraine, would welcome Czech partners for cultural events held in the city.",
    sourceDate: "2020-01-31",
  },
];

export interface NewsFundingCall {
  slug: string;
  programme: string;
  titleCs: string;
  titleEn: string;
  summaryCs: string;
  summaryEn: string;
  url: string | null;
  opensOn: string | null;
  deadline: string | null;
  themes: InterestCode[];
  /** Eligibility as data, read by app/domain/eligibility.ts (FundingRules). */
  rules: Partial<FundingRules>;
  sourceDate: string;
}

export const NEWS_FUNDING_CALLS: NewsFundingCall[] = [
  {
    slug: "norway-grants-bilateral-fund-2020",
    programme: "EEA and Norway Grants",
    titleCs: "Norské fondy: druhá otevřená výzva Fondu pro bilaterální vztahy",
    titleEn: "Norway Grants: second open call of the Fund for Bilateral Relations",
    summaryCs:
      "Žádosti mohou být předkládány do 25. 6. 2020 nebo do vyčerpání alokace. Výzva je zaměřena pouze na spolupráci subjektů z ČR a Norska.",
    summaryEn:
      "Applications until 25 June 2020 or until the allocation is used up. The call is only for cooperation between Czech and Norwegian organisations.",
    url: "https://www.eeagrants.cz/",
    opensOn: "2019-07-02",
    deadline: "2020-06-25",
    themes: [],
    rules: { leadCountries: ["CZ"], partnerCountries: ["NO"], minCountries: 2 },
    sourceDate: "2019-07-02",
  },
  {
    slug: "euki-2020",
    programme: "European Climate Initiative (EUKI)",
    titleCs:
      "EUKI: mezinárodní projekty na zmírnění dopadů klimatických změn a posílení spolupráce v Evropě",
    titleEn: "EUKI: international projects on climate change and cooperation in Europe",
    summaryCs:
      "Místní samosprávy, neziskové organizace, veřejné, akademické a vzdělávací instituce mohou získat prostředky na mezinárodní projekty v oblasti klimatu. Podpora směřuje především do střední, východní, jihovýchodní a jižní Evropy. Výzvu vyhlásilo německé ministerstvo životního prostředí; žádosti do 18. února 2020.",
    summaryEn:
      "Local governments, NGOs, public, academic and educational institutions can get funding for international climate projects, mainly in central, eastern, south-eastern and southern Europe. Call by the German Federal Environment Ministry; applications until 18 February 2020.",
    url: "https://www.euki.de/en/",
    opensOn: null,
    deadline: "2020-02-18",
    themes: ["climate_energy", "environment"],
    rules: {
      regions: ["central", "eastern", "south-eastern", "southern"],
      minCountries: 2,
      applicantTypes: ["municipality", "region", "ngo", "school"],
    },
    sourceDate: "2020-01-10",
  },
  {
    slug: "europe-goes-local",
    programme: "Erasmus+ (Europe Goes Local)",
    titleCs: "Europe Goes Local: podpora práce s mládeží na místní úrovni, nově také v ČR",
    titleEn:
      "Europe Goes Local: supporting youth work at local level, now open to Czech municipalities",
    summaryCs:
      "Dlouhodobá mezinárodní spolupráce národních agentur Erasmus+ a dalších institucí (Rada Evropy, Evropské fórum mládeže) zaměřená na kvalitu práce s mládeží na místní úrovni. Obce z České republiky se nyní mohou zapojit.",
    summaryEn:
      "A long-term cooperation of Erasmus+ national agencies and European institutions (Council of Europe, European Youth Forum) to improve youth work at local level. Czech municipalities can now take part.",
    url: "https://europegoeslocal.eu/",
    opensOn: "2019-12-23",
    deadline: null,
    themes: ["youth"],
    rules: { applicantTypes: ["municipality"] },
    sourceDate: "2019-12-23",
  },
  {
    slug: "clrae-youth-2020",
    programme: "Council of Europe — Congress of Local and Regional Authorities",
    titleCs: "Kongres místních a regionálních samospráv (CLRAE): výzva pro mladé lidi 18–30 let",
    titleEn: "Congress of Local and Regional Authorities (CLRAE): call for young people aged 18–30",
    summaryCs:
      "Úspěšní žadatelé se zapojí do činnosti Kongresu a zúčastní se dvou plenárních zasedání v roce 2020. Výzva trvá do 3. ledna 2020.",
    summaryEn:
      "Successful applicants join the Congress's work and attend two plenary sessions in 2020. Applications until 3 January 2020.",
    url: "https://www.coe.int/en/web/congress",
    opensOn: "2019-11-29",
    deadline: "2020-01-03",
    themes: ["youth", "public_administration"],
    rules: { applicantTypes: ["individual"] },
    sourceDate: "2019-11-29",
  },
];

export interface NewsEvent {
  slug: string;
  titleCs: string;
  titleEn: string;
  summaryCs: string;
  summaryEn: string;
  startsOn: string;
  endsOn: string;
  city: string;
  country: string;
  url: string | null;
  sourceDate: string;
}

export const NEWS_EVENTS: NewsEvent[] = [
  {
    slug: "cemr-congress-innsbruck-2020",
    titleCs: "Kongres Rady evropských obcí a regionů (CEMR) v Innsbrucku",
    titleEn: "Congress of the Council of European Municipalities and Regions (CEMR), Innsbruck",
    summaryCs:
      "Jak obce řeší dopady klimatických změn, úspory energie, alternativní zdroje, čistou mobilitu, čistotu ovzduší a vod a dopady sucha.",
    summaryEn:
      "How municipalities deal with climate change, energy savings, alternative sources, clean mobility, clean air and water, and drought.",
    startsOn: "2020-05-06",
    endsOn: "2020-05-08",
    city: "Innsbruck",
    country: "AT",
    url: "https://www.ccre.org/",
    sourceDate: "2020-02-14",
  },
  {
    slug: "historic-cities-forum-ryazan-2020",
    titleCs: "3. Mezinárodní fórum historických měst v Rjazani",
    titleEn: "3rd International Forum of Historic Cities, Ryazan",
    summaryCs:
      "Zachování a rozvoj tradic a kultury, partnerská spolupráce ke zlepšení prostředí ve městech a popularizace historického dědictví.",
    summaryEn:
      "Preserving and developing traditions and culture, partnerships that improve towns, and making historic heritage better known.",
    startsOn: "2020-08-19",
    endsOn: "2020-08-23",
    city: "Ryazan",
    country: "RU",
    url: null,
    sourceDate: "2020-01-24",
  },
];
