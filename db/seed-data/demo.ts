// Demo data for the seed script: Czech municipalities looking for partners and
// offers from towns abroad. Municipalities are real register entries (RÚIAN code,
// db/data/czech-municipalities.csv) and offers real GeoNames towns from
// the places import (cities500); people, e-mails and phone numbers are invented and use the
// reserved .example top-level domain.
import type { InterestCode } from "../../app/domain/interests";

export interface DemoMunicipality {
  /** RÚIAN code: the demo profile is the layer on this register entry. */
  code: string;
  name: string;
  kraj: string;
  interests: InterestCode[];
  languages: string[];
  descriptionCs: string;
  seeksCountries: string[];
  partnerPopulation: [number, number] | null;
  contact: { name: string; role: string; email: string; phone: string };
  verified: boolean;
}

export interface DemoOffer {
  geonamesId: number;
  town: string;
  country: string;
  region: string;
  topics: InterestCode[];
  openToAnyTopic: boolean;
  partnerPopulation: [number, number] | null;
  preferredKraje: string[];
  languages: string[];
  description: string;
  descriptionLang: string;
  descriptionCs: string;
  descriptionEn: string;
  contact: { name: string; email: string; phone: string };
  publishedDaysAgo: number;
}

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  // The demo mayor's own municipality: inside Montefranco's wished size (IT, 1,000–5,000, any
  // topic), though Montefranco lists only Italian, so it earns no language points.
  {
    code: "547166",
    name: "Slavonice",
    kraj: "CZ-31",
    interests: ["heritage", "tourism", "youth", "culture"],
    languages: ["cs", "de", "en"],
    descriptionCs:
      "Slavonice jsou malé renesanční město na hranici s Rakouskem, známé sgrafitovými domy na obou náměstích a podzemními chodbami pod historickým centrem. Žije tu necelé tři tisíce lidí a místní spolky, škola i řemeslníci by rádi navázali spolupráci s podobně malou obcí v jižní Evropě. Zajímají nás výměny dětí a seniorů, zkušenosti s péčí o památky a šetrný cestovní ruch.",
    seeksCountries: ["IT", "AT", "SI"],
    partnerPopulation: [1000, 5000],
    contact: {
      name: "Markéta Dvořáková",
      role: "starostka",
      email: "marketa.dvorakova@slavonice.example",
      phone: "+420 602 418 337",
    },
    verified: true,
  },
  {
    code: "582786",
    name: "Brno",
    kraj: "CZ-64",
    interests: ["smart_city", "mobility", "education", "public_administration"],
    languages: ["cs", "en", "de"],
    descriptionCs:
      "Brno je druhé největší město Česka s desítkami tisíc vysokoškolských studentů a rostoucím technologickým sektorem. Hledáme partnerská města podobné velikosti, se kterými bychom sdíleli zkušenosti s digitalizací městských služeb, plánováním veřejné dopravy a zapojováním obyvatel do rozhodování. Zajímají nás i společné projekty univerzit a městských firem.",
    seeksCountries: [],
    partnerPopulation: [150000, 1500000],
    contact: {
      name: "Tomáš Kratochvíl",
      role: "vedoucí oddělení zahraničních vztahů",
      email: "tomas.kratochvil@brno.example",
      phone: "+420 605 221 904",
    },
    verified: true,
  },
  {
    code: "554821",
    name: "Ostrava",
    kraj: "CZ-80",
    interests: ["climate_energy", "environment", "economy", "culture"],
    languages: ["cs", "en", "pl", "de"],
    descriptionCs:
      "Ostrava byla dlouho městem uhlí a oceli a dnes proměňuje bývalé doly a hutě v kulturní a vzdělávací prostory, jako je Dolní oblast Vítkovice. Chceme se učit od měst, která už prošla útlumem těžkého průmyslu, hlavně v rekultivaci brownfieldů, zlepšování ovzduší a vytváření nových pracovních míst. Vítáme partnery z uhelných regionů Německa, Polska, Belgie i Španělska.",
    seeksCountries: ["DE", "PL", "BE", "ES"],
    partnerPopulation: [100000, 800000],
    contact: {
      name: "Lenka Ševčíková",
      role: "koordinátorka mezinárodní spolupráce",
      email: "lenka.sevcikova@ostrava.example",
      phone: "+420 608 317 552",
    },
    verified: true,
  },
  {
    code: "500496",
    name: "Olomouc",
    kraj: "CZ-71",
    interests: ["education", "heritage", "youth", "culture"],
    languages: ["cs", "en", "de", "fr"],
    descriptionCs:
      "Olomouc je univerzitní město s druhou největší městskou památkovou rezervací v Česku a sloupem Nejsvětější Trojice zapsaným na seznamu UNESCO. Univerzita Palackého přivádí do města tisíce studentů, a proto hledáme partnery pro výměny studentů, mladých umělců a odborníků na obnovu památek. Rádi bychom spolupracovali i na festivalech a kultuře ve veřejném prostoru.",
    seeksCountries: [],
    partnerPopulation: [50000, 400000],
    contact: {
      name: "Ondřej Malina",
      role: "referent pro zahraniční vztahy",
      email: "ondrej.malina@olomouc.example",
      phone: "+420 604 882 105",
    },
    verified: true,
  },
  {
    code: "569810",
    name: "Hradec Králové",
    kraj: "CZ-52",
    interests: ["mobility", "smart_city", "culture", "education"],
    languages: ["cs", "en", "de", "pl"],
    descriptionCs:
      "Hradec Králové je známý meziválečnou architekturou Jana Kotěry a Josefa Gočára, která mu vysloužila přezdívku salon republiky. Město investuje do cyklostezek, elektrobusů a chytrého řízení dopravy a o své zkušenosti se rádo podělí. Hledáme partnera v Polsku, Německu nebo Nizozemsku, ideálně univerzitní město s podobnými dopravními plány.",
    seeksCountries: ["PL", "DE", "NL"],
    partnerPopulation: [50000, 300000],
    contact: {
      name: "Jana Říhová",
      role: "vedoucí kanceláře primátora",
      email: "jana.rihova@hradec-kralove.example",
      phone: "+420 603 640 219",
    },
    verified: true,
  },
  {
    code: "590266",
    name: "Třebíč",
    kraj: "CZ-63",
    interests: ["heritage", "climate_energy", "tourism", "economy"],
    languages: ["cs", "en", "de"],
    descriptionCs:
      "Třebíč má na seznamu UNESCO židovskou čtvrť, židovský hřbitov a baziliku sv. Prokopa. Nedaleko stojí jaderná elektrárna Dukovany, a proto nás zajímá i budoucnost energetiky a udržení kvalifikovaných lidí v regionu. Hledáme partnerské město, které pečuje o podobné památky nebo žije v blízkosti velkého energetického zdroje.",
    seeksCountries: [],
    partnerPopulation: [15000, 100000],
    contact: {
      name: "Pavel Doležal",
      role: "místostarosta",
      email: "pavel.dolezal@trebic.example",
      phone: "+420 607 194 830",
    },
    verified: true,
  },
  {
    code: "588296",
    name: "Kroměříž",
    kraj: "CZ-72",
    interests: ["heritage", "culture", "education"],
    languages: ["cs", "en", "de"],
    descriptionCs:
      "Kroměříž je známá Arcibiskupským zámkem a Květnou zahradou, které patří k památkám UNESCO. Ve městě působí konzervatoř i několik středních škol a každoročně se tu koná řada hudebních festivalů. Rádi bychom navázali spolupráci s městem, kde je zahradní a hudební kultura stejně důležitá jako u nás.",
    seeksCountries: ["AT", "IT", "FR"],
    partnerPopulation: null,
    contact: {
      name: "Kateřina Zapletalová",
      role: "vedoucí odboru kultury",
      email: "katerina.zapletalova@kromeriz.example",
      phone: "+420 606 275 418",
    },
    verified: false,
  },
  {
    code: "555771",
    name: "Klatovy",
    kraj: "CZ-32",
    interests: ["sport", "tourism", "youth", "heritage"],
    languages: ["cs", "de", "en"],
    descriptionCs:
      "Klatovy leží v podhůří Šumavy a jsou známé barokní lékárnou U Bílého jednorožce, katakombami pod jezuitským kostelem a pěstováním karafiátů. Hledáme partnera v Bavorsku nebo Rakousku pro společné akce sportovních klubů a škol. Zajímá nás také spolupráce na rozvoji cestovního ruchu v příhraničí.",
    seeksCountries: ["DE", "AT"],
    partnerPopulation: [10000, 60000],
    contact: {
      name: "Jiří Hrubý",
      role: "místostarosta",
      email: "jiri.hruby@klatovy.example",
      phone: "+420 601 538 762",
    },
    verified: true,
  },
  {
    code: "533955",
    name: "Kutná Hora",
    kraj: "CZ-20",
    interests: ["heritage", "tourism", "public_administration"],
    languages: ["cs", "en", "de"],
    descriptionCs:
      "Kutná Hora zbohatla na těžbě stříbra a chrám sv. Barbory, Vlašský dvůr i sedlecká kostnice dnes přitahují statisíce návštěvníků ročně. Potřebujeme se naučit lépe řídit turistický ruch, aby historické centrum zůstalo živým místem pro obyvatele. Hledáme partnera, který řeší podobné otázky, třeba v Itálii, podle jejíchž mincmistrů dostal jméno Vlašský dvůr.",
    seeksCountries: ["IT", "FR", "ES"],
    partnerPopulation: [10000, 50000],
    contact: {
      name: "Veronika Šťastná",
      role: "vedoucí odboru cestovního ruchu",
      email: "veronika.stastna@kutna-hora.example",
      phone: "+420 602 907 341",
    },
    verified: true,
  },
  {
    code: "563102",
    name: "Kadaň",
    kraj: "CZ-42",
    interests: ["climate_energy", "economy", "environment", "heritage"],
    languages: ["cs", "de", "en"],
    descriptionCs:
      "Kadaň je královské město na Ohři s dochovanými hradbami a Katovou uličkou, jednou z nejužších ulic v Česku. Okolí města stále žije z těžby hnědého uhlí a výroby elektřiny, a proto hledáme partnera, který už řeší útlum uhelného průmyslu a novou práci pro lidi z dolů a elektráren. Vítáme také spolupráci na obnově krajiny po těžbě.",
    seeksCountries: ["DE", "PL"],
    partnerPopulation: [10000, 60000],
    contact: {
      name: "Martin Kučera",
      role: "tajemník městského úřadu",
      email: "martin.kucera@kadan.example",
      phone: "+420 605 463 128",
    },
    verified: false,
  },
  {
    code: "544841",
    name: "Rožnov pod Radhoštěm",
    kraj: "CZ-72",
    interests: ["heritage", "culture", "sport", "education"],
    languages: ["cs", "en", "sk", "pl"],
    descriptionCs:
      "Rožnov pod Radhoštěm leží v Beskydech a je domovem Valašského muzea v přírodě, jednoho z nejstarších skanzenů ve střední Evropě. Město má také dlouhou tradici výroby elektronických součástek. Hledáme partnera v horské oblasti, se kterým bychom spolupracovali na lidové kultuře, sportu a odborném vzdělávání.",
    seeksCountries: ["SK", "PL", "RO", "SI"],
    partnerPopulation: null,
    contact: {
      name: "Zdeněk Macháček",
      role: "místostarosta",
      email: "zdenek.machacek@roznov.example",
      phone: "+420 608 752 019",
    },
    verified: true,
  },
  {
    code: "572659",
    name: "Jičín",
    kraj: "CZ-52",
    interests: ["culture", "youth", "education", "tourism"],
    languages: ["cs", "en", "de"],
    descriptionCs:
      "Jičín je branou do Českého ráje a každé září se celý promění ve festival Jičín – město pohádky. Náměstí s Valdštejnským zámkem a lipová alej vedoucí k Valdštejnské lodžii patří k nejhezčím místům východních Čech. Hledáme partnera pro spolupráci knihoven, škol a divadel zaměřenou na děti a mládež.",
    seeksCountries: [],
    partnerPopulation: [5000, 50000],
    contact: {
      name: "Hana Vondráčková",
      role: "vedoucí odboru školství",
      email: "hana.vondrackova@jicin.example",
      phone: "+420 604 318 927",
    },
    verified: true,
  },
  {
    code: "554642",
    name: "Mariánské Lázně",
    kraj: "CZ-41",
    interests: ["social_health", "tourism", "heritage", "environment"],
    languages: ["cs", "de", "en", "ru"],
    descriptionCs:
      "Mariánské Lázně jsou lázeňské město s kolonádou a Zpívající fontánou a od roku 2021 patří mezi Slavné lázně Evropy zapsané na seznamu UNESCO. Hledáme partnera s lázeňskou tradicí, se kterým bychom sdíleli zkušenosti s péčí o lázeňské parky a s rozvojem zdravotního cestovního ruchu. Vítáme i spolupráci v prevenci a péči o seniory.",
    seeksCountries: ["DE", "AT", "HU", "IT"],
    partnerPopulation: null,
    contact: {
      name: "Irena Pospíšilová",
      role: "manažerka rozvoje města",
      email: "irena.pospisilova@marianske-lazne.example",
      phone: "+420 603 581 476",
    },
    verified: false,
  },
  {
    code: "545392",
    name: "Český Krumlov",
    kraj: "CZ-31",
    interests: ["heritage", "tourism", "public_administration", "mobility"],
    languages: ["cs", "de", "en"],
    descriptionCs:
      "Historické centrum Českého Krumlova se zámkem a barokním divadlem je na seznamu UNESCO a každý rok sem přijíždí přes milion návštěvníků. Hledáme partnera mezi menšími památkovými městy, který řeší podobné problémy: nedostatek bytů pro místní, dopravu v centru a přetížení některých míst. Rádi si vyměníme zkušenosti s regulací krátkodobých pronájmů a s řízením návštěvnosti.",
    seeksCountries: [],
    partnerPopulation: [5000, 50000],
    contact: {
      name: "Vojtěch Bureš",
      role: "místostarosta",
      email: "vojtech.bures@cesky-krumlov.example",
      phone: "+420 607 426 093",
    },
    verified: true,
  },
  {
    code: "578347",
    name: "Litomyšl",
    kraj: "CZ-53",
    interests: ["culture", "heritage", "education"],
    languages: ["cs", "en", "de", "fr"],
    descriptionCs:
      "Litomyšl je rodištěm Bedřicha Smetany a její renesanční zámek s arkádovým nádvořím je zapsán na seznamu UNESCO. Každé léto tu probíhá operní festival Smetanova Litomyšl a město je známé také soudobou architekturou. Hledáme partnera, se kterým bychom propojili hudební školy, festivaly a architekty.",
    seeksCountries: ["FR", "AT", "DE", "IT"],
    partnerPopulation: [5000, 40000],
    contact: {
      name: "Eva Horáková",
      role: "vedoucí odboru kultury a cestovního ruchu",
      email: "eva.horakova@litomysl.example",
      phone: "+420 606 139 857",
    },
    verified: true,
  },
  {
    code: "578576",
    name: "Polička",
    kraj: "CZ-53",
    interests: ["culture", "youth", "heritage"],
    languages: ["cs", "en", "de"],
    descriptionCs:
      "Polička má téměř celé dochované městské hradby a je rodištěm skladatele Bohuslava Martinů, který se narodil ve věži kostela sv. Jakuba. Ve městě působí Centrum Bohuslava Martinů a aktivní základní umělecká škola. Hledáme partnerské město pro výměny mladých hudebníků a spolupráci knihoven a muzeí.",
    seeksCountries: ["FR", "CH", "SK"],
    partnerPopulation: [3000, 20000],
    contact: {
      name: "Lukáš Novotný",
      role: "starosta",
      email: "lukas.novotny@policka.example",
      phone: "+420 601 844 265",
    },
    verified: false,
  },
  {
    code: "547999",
    name: "Humpolec",
    kraj: "CZ-63",
    interests: ["economy", "education", "mobility"],
    languages: ["cs", "en", "de"],
    descriptionCs:
      "Humpolec leží na Vysočině přímo u dálnice D1 mezi Prahou a Brnem a má dlouhou soukenickou tradici. Dnes je známý pivovarem, Muzeem dr. Aleše Hrdličky a rostoucí průmyslovou zónou. Hledáme partnera pro spolupráci místních firem a odborných škol a pro sdílení zkušeností s rozvojem malého města u velké dopravní tepny.",
    seeksCountries: ["DE", "AT", "PL"],
    partnerPopulation: [5000, 30000],
    contact: {
      name: "Radek Svoboda",
      role: "vedoucí odboru rozvoje",
      email: "radek.svoboda@humpolec.example",
      phone: "+420 602 375 614",
    },
    verified: true,
  },
  {
    code: "553425",
    name: "Domažlice",
    kraj: "CZ-32",
    interests: ["culture", "heritage", "youth", "tourism"],
    languages: ["cs", "de", "en"],
    descriptionCs:
      "Domažlice jsou centrem Chodska, kraje dud, lidových krojů a živých tradic, které každý srpen oslavují Chodské slavnosti. Leží kousek od bavorské hranice a s německými sousedy se potkáváme často. Hledáme partnera, se kterým bychom rozvíjeli folklorní soubory, výuku jazyků na školách a společné kulturní akce.",
    seeksCountries: ["DE", "AT", "SK", "HU"],
    partnerPopulation: null,
    contact: {
      name: "Alena Kohoutová",
      role: "referentka pro kulturu",
      email: "alena.kohoutova@domazlice.example",
      phone: "+420 605 908 243",
    },
    verified: true,
  },
  {
    code: "536326",
    name: "Mnichovo Hradiště",
    kraj: "CZ-20",
    interests: ["mobility", "sport", "heritage", "economy"],
    languages: ["cs", "de", "en"],
    descriptionCs:
      "Mnichovo Hradiště leží na okraji Českého ráje a v kapli sv. Anny u zdejšího zámku je pohřben Albrecht z Valdštejna. Mnoho obyvatel dojíždí za prací do automobilového průmyslu v Mladé Boleslavi. Hledáme partnera, se kterým bychom sdíleli zkušenosti s udržitelným dojížděním do práce a se zapojením sportovních klubů do života města.",
    seeksCountries: [],
    partnerPopulation: [3000, 20000],
    contact: {
      name: "Petr Jelínek",
      role: "místostarosta",
      email: "petr.jelinek@mnichovo-hradiste.example",
      phone: "+420 608 219 584",
    },
    verified: false,
  },
  {
    code: "584649",
    name: "Mikulov",
    kraj: "CZ-64",
    interests: ["agriculture_land", "tourism", "heritage", "environment"],
    languages: ["cs", "de", "en"],
    descriptionCs:
      "Mikulov je vinařské město pod Pálavou se zámkem, Svatým kopečkem a dochovanou židovskou čtvrtí. Většina místních rodin má k vínu blízko, ať už jako vinaři, nebo v cestovním ruchu. Hledáme partnera z jiné vinařské oblasti, se kterým bychom sdíleli zkušenosti s péčí o vinice v měnícím se klimatu a s vinařskou turistikou.",
    seeksCountries: ["AT", "HU", "IT", "FR"],
    partnerPopulation: [3000, 30000],
    contact: {
      name: "Barbora Kadlecová",
      role: "manažerka cestovního ruchu",
      email: "barbora.kadlecova@mikulov.example",
      phone: "+420 604 637 912",
    },
    verified: true,
  },
  {
    code: "564028",
    name: "Frýdlant",
    kraj: "CZ-51",
    interests: ["tourism", "environment", "heritage"],
    languages: ["cs", "de", "pl"],
    descriptionCs:
      "Frýdlant leží v severním cípu Čech mezi Jizerskými horami a hranicemi s Polskem a Německem. Nad městem stojí hrad a zámek Frýdlant, který byl jako muzeum zpřístupněn už v roce 1801. Hledáme partnera v Polsku nebo Německu pro společné turistické trasy, ochranu přírody a spolupráci hasičů.",
    seeksCountries: ["PL", "DE"],
    partnerPopulation: [3000, 20000],
    contact: {
      name: "Michal Beneš",
      role: "starosta",
      email: "michal.benes@frydlant.example",
      phone: "+420 603 152 748",
    },
    verified: true,
  },
  {
    code: "588024",
    name: "Telč",
    kraj: "CZ-63",
    interests: ["heritage", "education", "tourism"],
    languages: ["cs", "en", "de"],
    descriptionCs:
      "Telč je známá renesančním náměstím lemovaným štítovými domy a zámkem, které jsou od roku 1992 na seznamu UNESCO. Ve městě sídlí univerzitní centrum a konají se tu letní kurzy i odborné konference. Hledáme partnera, se kterým bychom propojili studenty, restaurátory a řemeslníky pečující o historické domy.",
    seeksCountries: [],
    partnerPopulation: [2000, 20000],
    contact: {
      name: "Lucie Marková",
      role: "tajemnice městského úřadu",
      email: "lucie.markova@telc.example",
      phone: "+420 607 583 106",
    },
    verified: true,
  },
  {
    code: "598259",
    name: "Jablunkov",
    kraj: "CZ-80",
    interests: ["culture", "youth", "sport", "tourism"],
    languages: ["cs", "pl", "sk", "en"],
    descriptionCs:
      "Jablunkov leží v Beskydech nedaleko hranic s Polskem i Slovenskem a žije tu početná polská menšina. Každé léto se tu koná goralský festival Gorolski Święto, který spojuje lidi z obou stran hranice. Hledáme partnera v Polsku nebo na Slovensku pro spolupráci škol, folklorních souborů a sportovních klubů.",
    seeksCountries: ["PL", "SK"],
    partnerPopulation: [2000, 20000],
    contact: {
      name: "Marek Sikora",
      role: "místostarosta",
      email: "marek.sikora@jablunkov.example",
      phone: "+420 606 471 239",
    },
    verified: false,
  },
  {
    code: "585459",
    name: "Luhačovice",
    kraj: "CZ-72",
    interests: ["social_health", "tourism", "heritage", "education"],
    languages: ["cs", "en", "de", "sk"],
    descriptionCs:
      "Luhačovice jsou největší lázně na Moravě, známé pramenem Vincentka a stavbami architekta Dušana Jurkoviče. Město se stará o lázeňský park i prameny a hledá způsoby, jak spojit léčebné lázně s pohybem a prevencí. Rádi bychom spolupracovali s lázeňským městem v zahraničí, také na výměnách učňů ze zdravotnických a hotelových oborů.",
    seeksCountries: ["SK", "HU", "SI", "DE"],
    partnerPopulation: [2000, 30000],
    contact: {
      name: "Simona Hanáková",
      role: "vedoucí odboru rozvoje",
      email: "simona.hanakova@luhacovice.example",
      phone: "+420 601 926 354",
    },
    verified: true,
  },
  {
    code: "560537",
    name: "Loket",
    kraj: "CZ-41",
    interests: ["heritage", "culture", "tourism"],
    languages: ["cs", "de", "en"],
    descriptionCs:
      "Loket je malé město v meandru řeky Ohře, nad kterým se tyčí gotický hrad. Má dlouhou tradici výroby porcelánu a jeho historické centrum je městskou památkovou rezervací. Hledáme menší partnerské město pro spolupráci spolků, řemeslníků a škol a pro společné kulturní akce.",
    seeksCountries: ["DE", "AT"],
    partnerPopulation: [1000, 10000],
    contact: {
      name: "Josef Fiala",
      role: "starosta",
      email: "josef.fiala@loket.example",
      phone: "+420 602 814 573",
    },
    verified: false,
  },
  {
    code: "565814",
    name: "Úštěk",
    kraj: "CZ-42",
    interests: ["agriculture_land", "heritage", "environment"],
    languages: ["cs", "de", "en"],
    descriptionCs:
      "Úštěk je malé město v Českém středohoří, známé Ptačími domky na skále nad rybníkem a obnovenou synagogou. Okolí je krajem ovocných sadů a chmelnic. Hledáme partnera z venkovské oblasti pro sdílení zkušeností s obnovou krajiny, sadařstvím a oživováním malých historických center.",
    seeksCountries: [],
    partnerPopulation: [1000, 8000],
    contact: {
      name: "Klára Šimková",
      role: "starostka",
      email: "klara.simkova@ustek.example",
      phone: "+420 605 347 861",
    },
    verified: true,
  },
  {
    code: "541265",
    name: "Velké Losiny",
    kraj: "CZ-71",
    interests: ["heritage", "tourism", "education", "social_health"],
    languages: ["cs", "de", "en"],
    descriptionCs:
      "Velké Losiny leží v podhůří Jeseníků a jsou známé renesančním zámkem, termálními lázněmi a ruční papírnou, která vyrábí papír tradičním způsobem od konce 16. století. Hledáme partnera, který také pečuje o tradiční řemesla, a rádi bychom spolupracovali na vzdělávacích programech pro školy a na šetrném cestovním ruchu.",
    seeksCountries: [],
    partnerPopulation: [1000, 10000],
    contact: {
      name: "Vladimír Zedník",
      role: "starosta",
      email: "vladimir.zednik@velke-losiny.example",
      phone: "+420 608 605 392",
    },
    verified: false,
  },
  {
    code: "556432",
    name: "Kašperské Hory",
    kraj: "CZ-32",
    interests: ["environment", "tourism", "heritage"],
    languages: ["cs", "de", "en"],
    descriptionCs:
      "Kašperské Hory jsou malé horské město na Šumavě s historií těžby zlata a hradem Kašperk nad městem. Leží na okraji Národního parku Šumava, a proto nás zajímá, jak skloubit ochranu přírody s životem obyvatel a turistikou. Hledáme partnera v Bavorsku nebo v alpských zemích.",
    seeksCountries: ["DE", "AT", "SI"],
    partnerPopulation: [1000, 10000],
    contact: {
      name: "Jaroslava Kubátová",
      role: "místostarostka",
      email: "jaroslava.kubatova@kasperske-hory.example",
      phone: "+420 604 291 708",
    },
    verified: true,
  },
  {
    code: "550230",
    name: "Husinec",
    kraj: "CZ-31",
    interests: ["heritage", "education", "youth"],
    languages: ["cs", "de", "en"],
    descriptionCs:
      "Husinec je malé město v jižních Čechách, kde se kolem roku 1370 narodil Jan Hus; jeho rodný dům je dnes muzeem. Pod městem leží přehrada na řece Blanici. Hledáme partnera pro vzdělávací programy o reformaci a evropských dějinách a pro výměny dětí a mládeže.",
    seeksCountries: ["DE", "CH"],
    partnerPopulation: null,
    contact: {
      name: "Antonín Vlček",
      role: "starosta",
      email: "antonin.vlcek@husinec.example",
      phone: "+420 603 718 245",
    },
    verified: false,
  },
  {
    code: "577081",
    name: "Harrachov",
    kraj: "CZ-51",
    interests: ["sport", "tourism", "youth", "environment"],
    languages: ["cs", "de", "pl", "en"],
    descriptionCs:
      "Harrachov je horské středisko v Krkonoších se skokanskými můstky a sklárnou, kde se sklo vyrábí od začátku 18. století. Jezdí sem lyžaři v zimě i cyklisté v létě. Hledáme partnera z horské oblasti pro spolupráci sportovních klubů, výměny mládeže a sdílení zkušeností s celoročním cestovním ruchem.",
    seeksCountries: ["PL", "NO", "AT", "SI"],
    partnerPopulation: [1000, 15000],
    contact: {
      name: "Filip Šrámek",
      role: "místostarosta",
      email: "filip.sramek@harrachov.example",
      phone: "+420 607 862 437",
    },
    verified: true,
  },
];

export const DEMO_OFFERS: DemoOffer[] = [
  {
    geonamesId: 3096053,
    town: "Kłodzko",
    country: "PL",
    region: "Lower Silesia",
    topics: ["tourism", "heritage", "youth"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: ["CZ-52", "CZ-53"],
    languages: ["pl", "cs", "en"],
    description:
      "Kłodzko leży w centrum Kotliny Kłodzkiej, niedaleko granicy z Czechami. Miasto jest znane z twierdzy górującej nad starówką i gotyckiego mostu św. Jana. Szukamy partnera po czeskiej stronie granicy do wspólnych projektów turystycznych i wymian młodzieży.",
    descriptionLang: "pl",
    descriptionCs:
      "Kladsko leží uprostřed Kladské kotliny nedaleko hranic s Českem. Město je známé pevností, která se tyčí nad starým městem, a gotickým mostem sv. Jana. Hledáme partnera na české straně hranice pro společné turistické projekty a výměny mládeže.",
    descriptionEn:
      "Kłodzko lies in the middle of the Kłodzko Valley, close to the Czech border. The town is known for the fortress above its old town and the Gothic St John's Bridge. We are looking for a partner on the Czech side of the border for joint tourism projects and youth exchanges.",
    contact: {
      name: "Agnieszka Wróbel",
      email: "a.wrobel@klodzko.example",
      phone: "+48 74 865 42 17",
    },
    publishedDaysAgo: 12,
  },
  {
    geonamesId: 3099169,
    town: "Głuchołazy",
    country: "PL",
    region: "Opole Voivodeship",
    topics: ["mobility", "social_health", "sport"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: ["CZ-71", "CZ-80"],
    languages: ["pl", "cs", "de"],
    description:
      "Głuchołazy to niewielkie miasto u podnóża Gór Opawskich, tuż przy granicy z Czechami. Mieszkańcy przekraczają granicę na co dzień, w drodze do pracy, na zakupy i na rowerze. Chcemy współpracować z czeskimi gminami przy rozwoju tras rowerowych, opiece nad seniorami i wspólnych wydarzeniach sportowych.",
    descriptionLang: "pl",
    descriptionCs:
      "Głuchołazy jsou malé město na úpatí Zlatohorské vrchoviny, hned u hranic s Českem. Obyvatelé přejíždějí hranici denně – do práce, na nákupy i na kole. Chceme spolupracovat s českými obcemi na rozvoji cyklotras, péči o seniory a společných sportovních akcích.",
    descriptionEn:
      "Głuchołazy is a small town at the foot of the Opawskie Mountains, right on the Czech border. People cross the border every day, for work, for shopping and by bike. We want to work with Czech municipalities on cycle routes, care for older people and joint sports events.",
    contact: {
      name: "Piotr Kowalczyk",
      email: "p.kowalczyk@glucholazy.example",
      phone: "+48 77 439 12 58",
    },
    publishedDaysAgo: 47,
  },
  {
    geonamesId: 759603,
    town: "Sandomierz",
    country: "PL",
    region: "Świętokrzyskie",
    topics: ["tourism", "agriculture_land", "heritage"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["pl", "en"],
    description:
      "Sandomierz to jedno z najstarszych miast Polski, położone na wzgórzach nad Wisłą. Słynie z zabytkowego Starego Miasta, podziemnej trasy turystycznej i sadów owocowych w okolicy. Szukamy partnera do wymiany doświadczeń w turystyce kulturowej i w promocji lokalnych produktów, takich jak jabłka i wino.",
    descriptionLang: "pl",
    descriptionCs:
      "Sandoměř je jedno z nejstarších polských měst a leží na kopcích nad Vislou. Je známý historickým Starým Městem, podzemní turistickou trasou a ovocnými sady v okolí. Hledáme partnera pro výměnu zkušeností s kulturním cestovním ruchem a s propagací místních produktů, jako jsou jablka a víno.",
    descriptionEn:
      "Sandomierz is one of Poland's oldest towns, set on hills above the Vistula. It is known for its historic Old Town, an underground tourist route and the orchards around it. We are looking for a partner to share experience in cultural tourism and in promoting local produce such as apples and wine.",
    contact: {
      name: "Magdalena Nowak",
      email: "m.nowak@sandomierz.example",
      phone: "+48 15 832 64 09",
    },
    publishedDaysAgo: 133,
  },
  {
    geonamesId: 3061184,
    town: "Banská Štiavnica",
    country: "SK",
    region: "Banská Bystrica Region",
    topics: ["heritage", "education", "environment", "tourism"],
    openToAnyTopic: false,
    partnerPopulation: [5000, 30000],
    preferredKraje: [],
    languages: ["sk", "cs", "en", "de"],
    description:
      "Banská Štiavnica je historické banícke mesto zapísané do zoznamu UNESCO spolu s technickými pamiatkami v okolí. V 18. storočí tu vznikla Banská akadémia a v okolí sa zachovali tajchy, umelé vodné nádrže, ktoré kedysi poháňali banské stroje a dnes slúžia na rekreáciu. Hľadáme partnera s banskou minulosťou na spoluprácu pri ochrane pamiatok, vo vzdelávaní a pri starostlivosti o krajinu.",
    descriptionLang: "sk",
    descriptionCs:
      "Banská Štiavnica je historické hornické město zapsané na seznam UNESCO spolu s technickými památkami v okolí. V 18. století zde vznikla Báňská akademie a v okolí se zachovaly tajchy, umělé vodní nádrže, které kdysi poháněly důlní stroje a dnes slouží k rekreaci. Hledáme partnera s hornickou minulostí pro spolupráci při ochraně památek, ve vzdělávání a při péči o krajinu.",
    descriptionEn:
      "Banská Štiavnica is a historic mining town on the UNESCO list together with the technical monuments around it. The Mining Academy was founded here in the 18th century, and the surrounding hills still hold tajchy, artificial reservoirs that once powered the mining machinery and are now used for leisure. We are looking for a partner with a mining past to work together on heritage protection, education and landscape care.",
    contact: {
      name: "Juraj Kováč",
      email: "juraj.kovac@banska-stiavnica.example",
      phone: "+421 45 694 27 13",
    },
    publishedDaysAgo: 5,
  },
  {
    geonamesId: 725168,
    town: "Bardejov",
    country: "SK",
    region: "Prešov Region",
    topics: ["heritage", "social_health", "tourism"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["sk", "en", "pl"],
    description:
      "Bardejov má gotické námestie s radnicou a Baziliku sv. Egídia a historické jadro mesta je na zozname UNESCO. Neďaleko sa nachádzajú Bardejovské Kúpele a drevené kostoly v okolitých obciach. Hľadáme partnera na výmenu skúseností s kúpeľníctvom, s obnovou pamiatok a s rozvojom cestovného ruchu v menej známych regiónoch.",
    descriptionLang: "sk",
    descriptionCs:
      "Bardejov má gotické náměstí s radnicí a bazilikou sv. Egidia a historické jádro města je na seznamu UNESCO. Nedaleko leží Bardejovské Kúpele a dřevěné kostely v okolních obcích. Hledáme partnera pro výměnu zkušeností s lázeňstvím, obnovou památek a rozvojem cestovního ruchu v méně známých regionech.",
    descriptionEn:
      "Bardejov has a Gothic square with its town hall and the Basilica of St Giles, and the historic centre is on the UNESCO list. Nearby are the Bardejov spa and wooden churches in the surrounding villages. We are looking for a partner to share experience in spa care, restoring monuments and developing tourism in less-known regions.",
    contact: {
      name: "Mária Hudáková",
      email: "maria.hudakova@bardejov.example",
      phone: "+421 54 472 38 60",
    },
    publishedDaysAgo: 88,
  },
  {
    geonamesId: 3057630,
    town: "Skalica",
    country: "SK",
    region: "Trnava Region",
    topics: ["culture", "tourism", "agriculture_land", "mobility"],
    openToAnyTopic: false,
    partnerPopulation: [5000, 25000],
    preferredKraje: ["CZ-64", "CZ-72"],
    languages: ["sk", "cs", "en"],
    description:
      "Skalica leží na hranici s Moravou, uprostred vinohradov. Je známa románskou rotundou sv. Juraja, skalickým trdelníkom a vínom. Radi by sme spolupracovali s menším mestom na južnej Morave alebo na Zlínsku pri cyklotrasách, vinárstve a kultúrnych podujatiach.",
    descriptionLang: "sk",
    descriptionCs:
      "Skalica leží na hranici s Moravou uprostřed vinic. Je známá románskou rotundou sv. Jiří, skalickým trdelníkem a vínem. Rádi bychom spolupracovali s menším městem na jižní Moravě nebo na Zlínsku na cyklotrasách, vinařství a kulturních akcích.",
    descriptionEn:
      "Skalica lies on the border with Moravia, surrounded by vineyards. It is known for the Romanesque rotunda of St George, the Skalica trdelník pastry and its wine. We would like to work with a smaller town in South Moravia or the Zlín region on cycle routes, winemaking and cultural events.",
    contact: {
      name: "Peter Baláž",
      email: "peter.balaz@skalica.example",
      phone: "+421 34 664 51 92",
    },
    publishedDaysAgo: 21,
  },
  {
    geonamesId: 2804008,
    town: "Zittau",
    country: "DE",
    region: "Saxony",
    topics: ["education", "climate_energy", "mobility"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: ["CZ-51"],
    languages: ["de", "cs", "pl", "en"],
    description:
      "Zittau liegt im Dreiländereck von Deutschland, Polen und Tschechien am Fuß des Zittauer Gebirges. Die Stadt ist bekannt für ihre beiden Fastentücher und ist Sitz der Hochschule Zittau/Görlitz. Wir suchen Partner in der Region Liberec für gemeinsame Projekte in Bildung, Energiewende und grenzüberschreitendem Verkehr.",
    descriptionLang: "de",
    descriptionCs:
      "Žitava leží na trojmezí Německa, Polska a Česka na úpatí Žitavských hor. Město je známé svými dvěma postními plátny a sídlí v něm Vysoká škola Zittau/Görlitz. Hledáme partnery v Libereckém kraji pro společné projekty ve vzdělávání, energetické transformaci a přeshraniční dopravě.",
    descriptionEn:
      "Zittau lies where Germany, Poland and the Czech Republic meet, at the foot of the Zittau Mountains. The town is known for its two Lenten veils and is home to the Zittau/Görlitz University of Applied Sciences. We are looking for partners in the Liberec region for joint projects in education, the energy transition and cross-border transport.",
    contact: {
      name: "Katrin Schubert",
      email: "k.schubert@zittau.example",
      phone: "+49 3583 752 314",
    },
    publishedDaysAgo: 2,
  },
  {
    geonamesId: 2814880,
    town: "Waldkirchen",
    country: "DE",
    region: "Bavaria",
    topics: ["youth", "sport", "environment"],
    openToAnyTopic: false,
    partnerPopulation: [5000, 20000],
    preferredKraje: ["CZ-31", "CZ-32"],
    languages: ["de", "en", "cs"],
    description:
      "Waldkirchen ist eine Kleinstadt im Bayerischen Wald nahe der tschechischen Grenze. Vereine, Schulen und Handwerksbetriebe prägen das Leben in der Stadt. Wir suchen eine ähnlich große Gemeinde in Südböhmen oder im Pilsner Land für Schüleraustausch, Sportbegegnungen und gemeinsame Projekte zum Schutz der Natur im Bayerischen Wald und im Böhmerwald.",
    descriptionLang: "de",
    descriptionCs:
      "Waldkirchen je malé město v Bavorském lese nedaleko českých hranic. Život ve městě utvářejí spolky, školy a řemeslné firmy. Hledáme podobně velkou obec v jižních Čechách nebo na Plzeňsku pro výměny žáků, sportovní setkání a společné projekty na ochranu přírody v Bavorském lese a na Šumavě.",
    descriptionEn:
      "Waldkirchen is a small town in the Bavarian Forest near the Czech border. Clubs, schools and craft businesses shape life in the town. We are looking for a municipality of similar size in South Bohemia or the Plzeň region for pupil exchanges, sports meetings and joint nature protection projects in the Bavarian and Bohemian Forests.",
    contact: {
      name: "Florian Huber",
      email: "f.huber@waldkirchen.example",
      phone: "+49 8581 204 67",
    },
    publishedDaysAgo: 64,
  },
  {
    geonamesId: 2812482,
    town: "Weimar",
    country: "DE",
    region: "Thuringia",
    topics: ["culture", "heritage", "education"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["de", "en", "fr"],
    description:
      "Weimar ist die Stadt von Goethe und Schiller und der Ort, an dem 1919 das Bauhaus gegründet wurde. Mehrere Stätten der Weimarer Klassik und des Bauhauses gehören zum UNESCO-Welterbe. Wir suchen Partnerstädte für Kooperationen zwischen Musikschulen, Museen und Hochschulen sowie für Begegnungen junger Künstlerinnen und Künstler.",
    descriptionLang: "de",
    descriptionCs:
      "Výmar je město Goetha a Schillera a místo, kde byl v roce 1919 založen Bauhaus. Několik míst spojených s výmarskou klasikou a Bauhausem patří ke světovému dědictví UNESCO. Hledáme partnerská města pro spolupráci hudebních škol, muzeí a vysokých škol i pro setkávání mladých umělců a umělkyň.",
    descriptionEn:
      "Weimar is the town of Goethe and Schiller and the place where the Bauhaus was founded in 1919. Several sites of Classical Weimar and the Bauhaus are UNESCO World Heritage. We are looking for partner towns for cooperation between music schools, museums and universities, and for meetings of young artists.",
    contact: {
      name: "Sabine Vogel",
      email: "s.vogel@weimar.example",
      phone: "+49 3643 762 158",
    },
    publishedDaysAgo: 176,
  },
  {
    geonamesId: 2761538,
    town: "Weitra",
    country: "AT",
    region: "Lower Austria",
    topics: [],
    openToAnyTopic: true,
    partnerPopulation: [1000, 8000],
    preferredKraje: ["CZ-31"],
    languages: ["de", "cs", "en"],
    description:
      "Weitra im Waldviertel gilt als älteste Braustadt Österreichs und liegt nur wenige Kilometer von der tschechischen Grenze entfernt. Die kleine Stadt mit Schloss und bemalten Bürgerhäusern sucht eine ähnlich kleine Partnergemeinde in Südböhmen. Wir sind für jedes Thema offen – von Vereinen und Schulen bis zu Landwirtschaft und Kultur.",
    descriptionLang: "de",
    descriptionCs:
      "Weitra ve Waldviertelu je považována za nejstarší pivovarnické město Rakouska a leží jen pár kilometrů od českých hranic. Malé město se zámkem a zdobenými měšťanskými domy hledá podobně malou partnerskou obec v jižních Čechách. Jsme otevřeni jakémukoli tématu – od spolků a škol po zemědělství a kulturu.",
    descriptionEn:
      "Weitra in the Waldviertel is considered Austria's oldest brewing town and lies only a few kilometres from the Czech border. The small town, with its castle and painted burghers' houses, is looking for a similarly small partner municipality in South Bohemia. We are open to any topic, from clubs and schools to farming and culture.",
    contact: {
      name: "Johann Pichler",
      email: "j.pichler@weitra.example",
      phone: "+43 2856 2318",
    },
    publishedDaysAgo: 9,
  },
  {
    geonamesId: 2765390,
    town: "Schwaz",
    country: "AT",
    region: "Tyrol",
    topics: ["heritage", "tourism", "economy"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["de", "en", "it"],
    description:
      "Schwaz war im 15. und 16. Jahrhundert eines der bedeutendsten Zentren des Silberbergbaus in Europa; das Silberbergwerk ist heute ein Schaubergwerk. Die Stadt im Inntal ist heute ein Wirtschafts- und Schulstandort. Wir suchen eine Partnerstadt mit Bergbaugeschichte für den Austausch über Museen, Tourismus und den Strukturwandel.",
    descriptionLang: "de",
    descriptionCs:
      "Schwaz patřil v 15. a 16. století k nejvýznamnějším centrům těžby stříbra v Evropě; stříbrný důl je dnes zpřístupněn návštěvníkům. Město v údolí Innu je dnes centrem podnikání a škol. Hledáme partnerské město s hornickou historií pro výměnu zkušeností s muzei, cestovním ruchem a proměnou místní ekonomiky.",
    descriptionEn:
      "In the 15th and 16th centuries Schwaz was one of Europe's most important silver mining centres; the silver mine is now a show mine. Today the town in the Inn valley is a centre for business and schools. We are looking for a partner town with a mining history to share experience with museums, tourism and economic change.",
    contact: {
      name: "Maria Steiner",
      email: "m.steiner@schwaz.example",
      phone: "+43 5242 696 41",
    },
    publishedDaysAgo: 219,
  },
  {
    geonamesId: 3044681,
    town: "Szentendre",
    country: "HU",
    region: "Pest County",
    topics: ["culture", "tourism", "heritage"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["hu", "en", "de"],
    description:
      "Szentendre Duna-parti művészváros Budapest közelében, ahol galériák, szerb templomok és a Szabadtéri Néprajzi Múzeum várja a látogatókat. Olyan partnervárost keresünk, amellyel művésztelepeket, kiállításcseréket és közös fesztiválokat szervezhetünk.",
    descriptionLang: "hu",
    descriptionCs:
      "Szentendre je umělecké město na Dunaji nedaleko Budapešti, kde na návštěvníky čekají galerie, srbské kostely a Maďarské muzeum v přírodě. Hledáme partnerské město, se kterým bychom pořádali umělecká sympozia, výměnné výstavy a společné festivaly.",
    descriptionEn:
      "Szentendre is an artists' town on the Danube near Budapest, with galleries, Serbian churches and the Hungarian Open Air Museum. We are looking for a partner town to organise artists' residencies, exhibition exchanges and joint festivals with.",
    contact: {
      name: "Kovács Zsófia",
      email: "zsofia.kovacs@szentendre.example",
      phone: "+36 26 785 031",
    },
    publishedDaysAgo: 31,
  },
  {
    geonamesId: 3046526,
    town: "Pécs",
    country: "HU",
    region: "Baranya County",
    topics: ["culture", "education", "youth"],
    openToAnyTopic: false,
    partnerPopulation: [50000, 400000],
    preferredKraje: [],
    languages: ["hu", "en", "de"],
    description:
      "Pécs 2010-ben Európa Kulturális Fővárosa volt, ókeresztény sírkamrái az UNESCO világörökség részei, egyetemének gyökerei pedig 1367-ig nyúlnak vissza. Nagyobb városokkal keresünk kapcsolatot kulturális és oktatási együttműködésre, különösen diákcserék és ifjúsági projektek terén.",
    descriptionLang: "hu",
    descriptionCs:
      "Pécs byl v roce 2010 Evropským hlavním městem kultury, jeho starokřesťanské hrobky patří ke světovému dědictví UNESCO a kořeny jeho univerzity sahají do roku 1367. Hledáme kontakty s většími městy pro spolupráci v kultuře a vzdělávání, zejména na výměnách studentů a projektech pro mládež.",
    descriptionEn:
      "Pécs was European Capital of Culture in 2010, its early Christian burial chambers are UNESCO World Heritage, and its university traces its roots back to 1367. We are looking for larger towns and cities for cooperation in culture and education, especially student exchanges and youth projects.",
    contact: {
      name: "Nagy Gábor",
      email: "gabor.nagy@pecs.example",
      phone: "+36 72 533 846",
    },
    publishedDaysAgo: 102,
  },
  {
    geonamesId: 3182297,
    town: "Bassano del Grappa",
    country: "IT",
    region: "Veneto",
    topics: ["economy", "heritage", "culture"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["it", "en", "de"],
    description:
      "Bassano del Grappa si trova ai piedi del Monte Grappa ed è conosciuta per il Ponte Vecchio progettato da Andrea Palladio, per la ceramica e per la distillazione della grappa. Cerchiamo una città partner con cui scambiare esperienze sulle piccole imprese artigiane e sulla valorizzazione dei prodotti locali.",
    descriptionLang: "it",
    descriptionCs:
      "Bassano del Grappa leží na úpatí hory Monte Grappa a je známé Starým mostem navrženým Andreou Palladiem, keramikou a pálením grappy. Hledáme partnerské město, se kterým bychom si vyměňovali zkušenosti s malými řemeslnými podniky a propagací místních výrobků.",
    descriptionEn:
      "Bassano del Grappa lies at the foot of Monte Grappa and is known for the Old Bridge designed by Andrea Palladio, for its ceramics and for grappa distilling. We are looking for a partner town to share experience on small craft businesses and promoting local products.",
    contact: {
      name: "Giulia Zanon",
      email: "g.zanon@bassano.example",
      phone: "+39 0424 519 372",
    },
    publishedDaysAgo: 57,
  },
  {
    geonamesId: 3173721,
    town: "Matera",
    country: "IT",
    region: "Basilicata",
    topics: ["culture", "youth", "heritage", "tourism"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["it", "en", "fr"],
    description:
      "I Sassi di Matera sono patrimonio UNESCO dal 1993 e nel 2019 la città è stata Capitale europea della cultura. Vogliamo continuare a lavorare con i giovani e con le associazioni culturali e cerchiamo partner per scambi di artisti, progetti scolastici e turismo sostenibile.",
    descriptionLang: "it",
    descriptionCs:
      "Materské Sassi jsou od roku 1993 na seznamu UNESCO a v roce 2019 bylo město Evropským hlavním městem kultury. Chceme dál pracovat s mladými lidmi a kulturními spolky a hledáme partnery pro výměny umělců, školní projekty a udržitelný cestovní ruch.",
    descriptionEn:
      "The Sassi of Matera have been UNESCO World Heritage since 1993, and in 2019 the city was European Capital of Culture. We want to keep working with young people and cultural associations and are looking for partners for artist exchanges, school projects and sustainable tourism.",
    contact: {
      name: "Vito Lorusso",
      email: "v.lorusso@matera.example",
      phone: "+39 0835 241 786",
    },
    publishedDaysAgo: 248,
  },
  {
    geonamesId: 3024297,
    town: "Colmar",
    country: "FR",
    region: "Alsace",
    topics: ["tourism", "agriculture_land", "culture"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["fr", "de", "en"],
    description:
      "Colmar, au cœur du vignoble alsacien, est connue pour ses maisons à colombages, le quartier de la Petite Venise et le musée Unterlinden, qui abrite le retable d'Issenheim. Nous cherchons une ville partenaire pour échanger sur l'accueil des visiteurs, la viticulture et la vie culturelle.",
    descriptionLang: "fr",
    descriptionCs:
      "Colmar v srdci alsaských vinic je známý hrázděnými domy, čtvrtí Malé Benátky a muzeem Unterlinden, kde je vystaven Isenheimský oltář. Hledáme partnerské město pro výměnu zkušeností s péčí o návštěvníky, vinařstvím a kulturním životem.",
    descriptionEn:
      "Colmar, in the heart of the Alsace wine country, is known for its half-timbered houses, the Little Venice quarter and the Unterlinden Museum, home of the Isenheim Altarpiece. We are looking for a partner town to share experience on welcoming visitors, winegrowing and cultural life.",
    contact: {
      name: "Claire Muller",
      email: "c.muller@colmar.example",
      phone: "+33 3 89 20 47 15",
    },
    publishedDaysAgo: 15,
  },
  {
    geonamesId: 2980104,
    town: "Saint-Flour",
    country: "FR",
    region: "Auvergne",
    topics: ["agriculture_land", "education", "heritage"],
    openToAnyTopic: false,
    partnerPopulation: [3000, 15000],
    preferredKraje: [],
    languages: ["fr", "en"],
    description:
      "Saint-Flour est une petite ville du Cantal bâtie sur un promontoire basaltique, au milieu des pâturages de la Planèze. L'élevage et les fromages d'Auvergne font vivre une grande partie du territoire. Nous cherchons une commune rurale de taille comparable pour des échanges entre agriculteurs, lycées agricoles et associations.",
    descriptionLang: "fr",
    descriptionCs:
      "Saint-Flour je malé město v departementu Cantal, postavené na čedičovém ostrohu uprostřed pastvin náhorní plošiny Planèze. Chov dobytka a auvergneské sýry živí velkou část kraje. Hledáme venkovskou obec podobné velikosti pro výměny mezi zemědělci, zemědělskými školami a spolky.",
    descriptionEn:
      "Saint-Flour is a small town in the Cantal built on a basalt promontory amid the pastures of the Planèze. Livestock farming and Auvergne cheeses support much of the area. We are looking for a rural municipality of similar size for exchanges between farmers, agricultural schools and associations.",
    contact: {
      name: "Julien Roux",
      email: "j.roux@saint-flour.example",
      phone: "+33 4 71 60 38 24",
    },
    publishedDaysAgo: 73,
  },
  {
    geonamesId: 3120874,
    town: "Haro",
    country: "ES",
    region: "La Rioja",
    topics: ["agriculture_land", "tourism", "education"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["es", "en", "fr"],
    description:
      "Haro es la capital de la Rioja Alta y uno de los centros históricos del vino de Rioja, con bodegas centenarias junto a la estación de tren. Cada 29 de junio celebra la Batalla del Vino. Buscamos un municipio socio de otra región vinícola para intercambiar experiencias en enoturismo, formación profesional y cuidado del paisaje.",
    descriptionLang: "es",
    descriptionCs:
      "Haro je hlavním městem Horní Riojy a jedním z historických center riojského vína, se staletými vinnými sklepy u železniční stanice. Každého 29. června se tu slaví Vinná bitva. Hledáme partnerskou obec z jiné vinařské oblasti pro výměnu zkušeností s vinařskou turistikou, odborným vzděláváním a péčí o krajinu.",
    descriptionEn:
      "Haro is the capital of Rioja Alta and one of the historic centres of Rioja wine, with century-old wineries next to the railway station. Every 29 June it holds the Wine Battle. We are looking for a partner municipality from another wine region to share experience in wine tourism, vocational training and landscape care.",
    contact: {
      name: "Ana Martínez",
      email: "ana.martinez@haro.example",
      phone: "+34 941 310 482",
    },
    publishedDaysAgo: 140,
  },
  {
    geonamesId: 3130679,
    town: "Albarracín",
    country: "ES",
    region: "Aragon",
    topics: [],
    openToAnyTopic: true,
    partnerPopulation: [1000, 5000],
    preferredKraje: [],
    languages: ["es", "en"],
    description:
      "Albarracín es un pequeño pueblo medieval de la provincia de Teruel, rodeado de murallas y de pinares con pinturas rupestres. Como muchos municipios de la España rural, luchamos contra la despoblación. Estamos abiertos a cualquier tema de cooperación con un municipio pequeño: cultura, turismo, escuelas o nuevas formas de atraer a familias jóvenes.",
    descriptionLang: "es",
    descriptionCs:
      "Albarracín je malé středověké městečko v provincii Teruel obklopené hradbami a borovými lesy se skalními malbami. Stejně jako mnoho obcí na španělském venkově bojujeme s vylidňováním. Jsme otevřeni jakémukoli tématu spolupráce s malou obcí: kultuře, cestovnímu ruchu, školám nebo novým způsobům, jak přilákat mladé rodiny.",
    descriptionEn:
      "Albarracín is a small medieval town in the province of Teruel, surrounded by walls and by pine forests with rock paintings. Like many municipalities in rural Spain, we are fighting depopulation. We are open to any topic of cooperation with a small municipality: culture, tourism, schools or new ways to attract young families.",
    contact: {
      name: "Javier Gil",
      email: "javier.gil@albarracin.example",
      phone: "+34 978 710 264",
    },
    publishedDaysAgo: 3,
  },
  {
    geonamesId: 2262644,
    town: "Tomar",
    country: "PT",
    region: "Santarém District",
    topics: ["heritage", "culture", "education"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["pt", "en", "es"],
    description:
      "Tomar foi sede da Ordem dos Templários em Portugal e o Convento de Cristo é Património Mundial da UNESCO. De quatro em quatro anos, a cidade celebra a Festa dos Tabuleiros. Procuramos uma cidade parceira para projetos de património, cultura e intercâmbio entre escolas.",
    descriptionLang: "pt",
    descriptionCs:
      "Tomar býval sídlem templářského řádu v Portugalsku a zdejší Kristův konvent patří ke světovému dědictví UNESCO. Jednou za čtyři roky se ve městě slaví Festa dos Tabuleiros. Hledáme partnerské město pro projekty v oblasti památek, kultury a výměn mezi školami.",
    descriptionEn:
      "Tomar was the seat of the Knights Templar in Portugal, and the Convent of Christ is a UNESCO World Heritage Site. Every four years the town celebrates the Festa dos Tabuleiros. We are looking for a partner town for heritage and culture projects and school exchanges.",
    contact: {
      name: "Rita Ferreira",
      email: "rita.ferreira@tomar.example",
      phone: "+351 249 329 150",
    },
    publishedDaysAgo: 196,
  },
  {
    geonamesId: 3199171,
    town: "Idrija",
    country: "SI",
    region: "Goriška",
    topics: ["heritage", "education", "culture"],
    openToAnyTopic: false,
    partnerPopulation: [3000, 20000],
    preferredKraje: [],
    languages: ["sl", "en", "it"],
    description:
      "Idrija je rudarsko mesto, ki je več kot petsto let živelo od rudnika živega srebra in je danes na Unescovem seznamu svetovne dediščine. Znana je tudi po idrijski čipki in Geoparku Idrija. Iščemo partnersko mesto podobne velikosti za sodelovanje šol, muzejev in čipkarskih društev.",
    descriptionLang: "sl",
    descriptionCs:
      "Idrija je hornické město, které přes pět set let žilo z dolu na rtuť a dnes je na seznamu světového dědictví UNESCO. Je známá také idrijskou krajkou a Geoparkem Idrija. Hledáme partnerské město podobné velikosti pro spolupráci škol, muzeí a krajkářských spolků.",
    descriptionEn:
      "Idrija is a mining town that lived from its mercury mine for more than five hundred years and is now on the UNESCO World Heritage list. It is also known for Idrija lace and the Idrija Geopark. We are looking for a partner town of similar size for cooperation between schools, museums and lace-making societies.",
    contact: {
      name: "Maja Kos",
      email: "maja.kos@idrija.example",
      phone: "+386 5 373 41 26",
    },
    publishedDaysAgo: 40,
  },
  {
    geonamesId: 3188383,
    town: "Varaždin",
    country: "HR",
    region: "Varaždin County",
    topics: ["culture", "youth", "heritage"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["hr", "en", "de"],
    description:
      "Varaždin je barokni grad na sjeveru Hrvatske koji je u 18. stoljeću nakratko bio glavni grad Hrvatske. Poznat je po Špancirfestu, uličnom festivalu na kraju ljeta, i Varaždinskim baroknim večerima. Tražimo grad partner za suradnju u kulturi, obrazovanju i projektima za mlade.",
    descriptionLang: "hr",
    descriptionCs:
      "Varaždin je barokní město na severu Chorvatska, které bylo v 18. století krátce hlavním městem Chorvatska. Je známý pouličním festivalem Špancirfest na konci léta a Varaždínskými barokními večery. Hledáme partnerské město pro spolupráci v kultuře, vzdělávání a projektech pro mládež.",
    descriptionEn:
      "Varaždin is a Baroque town in northern Croatia that was briefly the Croatian capital in the 18th century. It is known for Špancirfest, a street festival at the end of summer, and the Varaždin Baroque Evenings. We are looking for a partner town for cooperation in culture, education and youth projects.",
    contact: {
      name: "Ivana Horvat",
      email: "ivana.horvat@varazdin.example",
      phone: "+385 42 402 917",
    },
    publishedDaysAgo: 118,
  },
  {
    geonamesId: 8436351,
    town: "Sighișoara",
    country: "RO",
    region: "Mureș County",
    topics: ["heritage", "tourism", "education"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["ro", "en", "de", "hu"],
    description:
      "Sighișoara este unul dintre puținele orașe medievale fortificate din Europa care sunt încă locuite, iar cetatea sa este înscrisă în patrimoniul mondial UNESCO. Orașul are o bogată moștenire săsească și maghiară. Căutăm un partener pentru schimburi de experiență privind restaurarea clădirilor istorice, turismul și educația.",
    descriptionLang: "ro",
    descriptionCs:
      "Sighișoara je jedním z mála opevněných středověkých měst v Evropě, která jsou stále obydlená, a její citadela je zapsána na seznamu světového dědictví UNESCO. Město má bohaté saské a maďarské dědictví. Hledáme partnera pro výměnu zkušeností s obnovou historických budov, cestovním ruchem a vzděláváním.",
    descriptionEn:
      "Sighișoara is one of the few fortified medieval towns in Europe that are still inhabited, and its citadel is a UNESCO World Heritage Site. The town has a rich Saxon and Hungarian heritage. We are looking for a partner to share experience in restoring historic buildings, tourism and education.",
    contact: {
      name: "Andrei Popa",
      email: "andrei.popa@sighisoara.example",
      phone: "+40 265 771 348",
    },
    publishedDaysAgo: 26,
  },
  {
    geonamesId: 731549,
    town: "Gabrovo",
    country: "BG",
    region: "Gabrovo Province",
    topics: [],
    openToAnyTopic: true,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["bg", "en", "ru"],
    description:
      "Габрово е известно с Дома на хумора и сатирата, с архитектурно-етнографския комплекс „Етър“ и с индустриалните си традиции, заради които някога са го наричали „българският Манчестър“. В града има технически университет. Отворени сме за сътрудничество по всякакви теми – от образование и култура до предприемачество.",
    descriptionLang: "bg",
    descriptionCs:
      "Gabrovo je známé Domem humoru a satiry, architektonicko-etnografickým skanzenem Etăr a průmyslovou tradicí, kvůli které se mu kdysi říkalo „bulharský Manchester“. Ve městě sídlí technická univerzita. Jsme otevřeni spolupráci na jakékoli téma – od vzdělávání a kultury po podnikání.",
    descriptionEn:
      "Gabrovo is known for the House of Humour and Satire, the Etar architectural and ethnographic complex and its industrial tradition, which once earned it the name 'the Bulgarian Manchester'. The town has a technical university. We are open to cooperation on any topic, from education and culture to entrepreneurship.",
    contact: {
      name: "Nikolay Ivanov",
      email: "n.ivanov@gabrovo.example",
      phone: "+359 66 804 215",
    },
    publishedDaysAgo: 81,
  },
  {
    geonamesId: 690548,
    town: "Uzhgorod",
    country: "UA",
    region: "Zakarpattia",
    topics: ["heritage", "public_administration", "education"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["uk", "en", "sk"],
    description:
      "Ужгород — обласний центр Закарпаття на кордоні зі Словаччиною. Цілий район міста, Малий Галагов, забудували у 1920–1930-х роках, коли Ужгород входив до складу Чехословаччини. Шукаємо партнерів у Чехії для співпраці у збереженні цієї спадщини, обміну досвідом місцевого самоврядування та освітніх проєктів.",
    descriptionLang: "uk",
    descriptionCs:
      "Užhorod je krajským městem Zakarpatí na hranici se Slovenskem. Celá čtvrť Malý Galagov byla postavena ve 20. a 30. letech 20. století, kdy byl Užhorod součástí Československa. Hledáme partnery v Česku pro spolupráci při péči o toto dědictví, výměnu zkušeností s místní samosprávou a vzdělávací projekty.",
    descriptionEn:
      "Uzhhorod is the regional centre of Zakarpattia, on the border with Slovakia. A whole district of the city, Malyi Galagov, was built in the 1920s and 1930s, when Uzhhorod was part of Czechoslovakia. We are looking for partners in the Czech Republic to work together on caring for this heritage, sharing experience in local self-government and education projects.",
    contact: {
      name: "Olena Kovach",
      email: "o.kovach@uzhhorod.example",
      phone: "+380 312 61 47 29",
    },
    publishedDaysAgo: 7,
  },
  {
    geonamesId: 710719,
    town: "Chernivtsi",
    country: "UA",
    region: "Bukovina",
    topics: ["social_health", "education", "culture"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["uk", "en", "de", "ro"],
    description:
      "Чернівці — історична столиця Буковини, місто з австрійською архітектурою та Резиденцією буковинських митрополитів, яка внесена до Списку всесвітньої спадщини ЮНЕСКО. Сьогодні місто приймає багато внутрішньо переміщених осіб. Шукаємо партнерів для обміну досвідом у соціальних послугах, освіті та культурі.",
    descriptionLang: "uk",
    descriptionCs:
      "Černovice jsou historickým hlavním městem Bukoviny, městem rakouské architektury a Rezidence bukovinských metropolitů, která je zapsána na seznamu světového dědictví UNESCO. Dnes město přijímá mnoho vnitřně vysídlených lidí. Hledáme partnery pro výměnu zkušeností v sociálních službách, vzdělávání a kultuře.",
    descriptionEn:
      "Chernivtsi is the historic capital of Bukovina, a city of Austrian-era architecture and of the Residence of Bukovinian Metropolitans, a UNESCO World Heritage Site. Today the city hosts many internally displaced people. We are looking for partners to share experience in social services, education and culture.",
    contact: {
      name: "Andrii Melnyk",
      email: "a.melnyk@chernivtsi.example",
      phone: "+380 372 52 18 63",
    },
    publishedDaysAgo: 160,
  },
  {
    geonamesId: 598272,
    town: "Kėdainiai",
    country: "LT",
    region: "Kaunas County",
    topics: ["economy", "agriculture_land", "heritage"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["lt", "en", "ru"],
    description:
      "Kėdainiai – senas miestas Lietuvos centre, garsėjantis agurkais ir kasmetine agurkų švente. Čia veikia didelės chemijos ir maisto pramonės įmonės. Ieškome partnerio, su kuriuo galėtume dalytis patirtimi apie ūkininkavimą, smulkųjį verslą ir senamiesčio atgaivinimą.",
    descriptionLang: "lt",
    descriptionCs:
      "Kėdainiai jsou staré město ve středu Litvy, proslulé okurkami a každoroční okurkovou slavností. Sídlí tu velké chemické a potravinářské podniky. Hledáme partnera pro výměnu zkušeností v zemědělství, drobném podnikání a oživování historického centra.",
    descriptionEn:
      "Kėdainiai is an old town in central Lithuania, famous for its cucumbers and the annual cucumber festival. Large chemical and food companies operate here. We are looking for a partner to share experience in farming, small business and reviving the old town.",
    contact: {
      name: "Rūta Kazlauskienė",
      email: "ruta.kazlauskiene@kedainiai.example",
      phone: "+370 347 50 213",
    },
    publishedDaysAgo: 295,
  },
  {
    geonamesId: 460570,
    town: "Cēsis",
    country: "LV",
    region: "Vidzeme",
    topics: ["culture", "youth", "environment", "heritage"],
    openToAnyTopic: false,
    partnerPopulation: [10000, 40000],
    preferredKraje: [],
    languages: ["lv", "en"],
    description:
      "Cēsis ir viena no vecākajām Latvijas pilsētām ar Livonijas ordeņa pili un vēsturisku vecpilsētu Gaujas nacionālā parka malā. Katru vasaru šeit notiek Cēsu Mākslas festivāls. Meklējam līdzīga lieluma partnerpilsētu sadarbībai kultūrā, jauniešu apmaiņās un dabas aizsardzībā.",
    descriptionLang: "lv",
    descriptionCs:
      "Cēsis je jedno z nejstarších lotyšských měst, s hradem Livonského řádu a historickým centrem na okraji národního parku Gauja. Každé léto se tu koná Cēsiský festival umění. Hledáme podobně velké partnerské město pro spolupráci v kultuře, výměny mládeže a ochranu přírody.",
    descriptionEn:
      "Cēsis is one of Latvia's oldest towns, with a castle of the Livonian Order and a historic old town on the edge of Gauja National Park. The Cēsis Art Festival takes place here every summer. We are looking for a partner town of similar size for cooperation in culture, youth exchanges and nature protection.",
    contact: {
      name: "Līga Bērziņa",
      email: "liga.berzina@cesis.example",
      phone: "+371 641 22 875",
    },
    publishedDaysAgo: 19,
  },
  {
    geonamesId: 587577,
    town: "Viljandi",
    country: "EE",
    region: "Viljandi County",
    topics: ["culture", "education", "youth"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["et", "en", "fi"],
    description:
      "Viljandi on väike linn Lõuna-Eestis, kus igal suvel toimub Viljandi pärimusmuusika festival. Linnas asub Tartu Ülikooli Viljandi kultuuriakadeemia, mis koolitab muusikuid, näitlejaid ja käsitöömeistreid. Otsime partnerlinna, kellega korraldada noorte muusikute ja kultuuritöötajate vahetusi.",
    descriptionLang: "et",
    descriptionCs:
      "Viljandi je malé město na jihu Estonska, kde se každé léto koná Viljandský festival lidové hudby. Ve městě sídlí Viljandská kulturní akademie Tartuské univerzity, která vzdělává hudebníky, herce a řemeslníky. Hledáme partnerské město, se kterým bychom pořádali výměny mladých hudebníků a pracovníků v kultuře.",
    descriptionEn:
      "Viljandi is a small town in southern Estonia that hosts the Viljandi Folk Music Festival every summer. It is home to the University of Tartu Viljandi Culture Academy, which trains musicians, actors and craftspeople. We are looking for a partner town to organise exchanges of young musicians and cultural workers.",
    contact: {
      name: "Kadri Tamm",
      email: "kadri.tamm@viljandi.example",
      phone: "+372 435 4718",
    },
    publishedDaysAgo: 52,
  },
  {
    geonamesId: 2743608,
    town: "Zutphen",
    country: "NL",
    region: "Gelderland",
    topics: ["mobility", "climate_energy", "heritage"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["nl", "en", "de"],
    description:
      "Zutphen is een Hanzestad aan de IJssel met een goed bewaarde binnenstad en de Librije, een middeleeuwse kettingbibliotheek. In de stad wordt veel gefietst. Wij zoeken een partnerstad om ervaringen uit te wisselen over fietsbeleid, klimaatadaptatie en het beheer van een historische binnenstad.",
    descriptionLang: "nl",
    descriptionCs:
      "Zutphen je hanzovní město na řece IJssel s dobře zachovaným centrem a knihovnou Librije, středověkou knihovnou s knihami na řetězech. Ve městě se hodně jezdí na kole. Hledáme partnerské město pro výměnu zkušeností s cyklistickou politikou, přizpůsobením se změně klimatu a správou historického centra.",
    descriptionEn:
      "Zutphen is a Hanseatic town on the IJssel with a well-preserved centre and the Librije, a medieval chained library. Cycling is a big part of everyday life here. We are looking for a partner town to share experience on cycling policy, climate adaptation and managing a historic town centre.",
    contact: {
      name: "Sanne de Vries",
      email: "s.devries@zutphen.example",
      phone: "+31 575 584 219",
    },
    publishedDaysAgo: 34,
  },
  {
    geonamesId: 2799357,
    town: "Dinant",
    country: "BE",
    region: "Province of Namur",
    topics: ["culture", "youth", "tourism"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["fr", "nl", "en"],
    description:
      "Dinant, au bord de la Meuse, est dominée par sa citadelle et la collégiale Notre-Dame. C'est la ville natale d'Adolphe Sax, l'inventeur du saxophone. Nous cherchons un partenaire pour des échanges entre écoles de musique, des projets de jeunesse et le développement du tourisme fluvial.",
    descriptionLang: "fr",
    descriptionCs:
      "Nad Dinantem na břehu Mázy se tyčí citadela a kolegiátní kostel Panny Marie. Je to rodné město Adolpha Saxe, vynálezce saxofonu. Hledáme partnera pro výměny mezi hudebními školami, projekty pro mládež a rozvoj turistiky na řece.",
    descriptionEn:
      "Dinant, on the banks of the Meuse, is overlooked by its citadel and the Collegiate Church of Notre-Dame. It is the birthplace of Adolphe Sax, the inventor of the saxophone. We are looking for a partner for exchanges between music schools, youth projects and developing river tourism.",
    contact: {
      name: "Thomas Lambert",
      email: "t.lambert@dinant.example",
      phone: "+32 82 21 47 63",
    },
    publishedDaysAgo: 97,
  },
  {
    geonamesId: 2612045,
    town: "Svendborg",
    country: "DK",
    region: "Southern Denmark",
    topics: ["mobility", "climate_energy", "education", "environment"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["da", "en", "de"],
    description:
      "Svendborg er en havneby på Sydfyn med færger til øerne i Det Sydfynske Øhav og lange maritime traditioner. Kommunen arbejder på at gøre havnen og færgefarten grønnere. Vi søger en partnerby til udveksling om bæredygtig transport, maritim uddannelse og klimatilpasning ved kysten.",
    descriptionLang: "da",
    descriptionCs:
      "Svendborg je přístavní město na jihu ostrova Fyn s trajekty na ostrovy Jihofynského souostroví a dlouhou námořní tradicí. Obec pracuje na tom, aby přístav a trajektová doprava byly šetrnější k životnímu prostředí. Hledáme partnerské město pro výměnu zkušeností s udržitelnou dopravou, námořním vzděláváním a přizpůsobením pobřeží změně klimatu.",
    descriptionEn:
      "Svendborg is a harbour town in southern Funen with ferries to the islands of the South Funen Archipelago and long maritime traditions. The municipality is working to make the harbour and its ferries greener. We are looking for a partner town to share experience in sustainable transport, maritime education and coastal climate adaptation.",
    contact: {
      name: "Mette Jensen",
      email: "mette.jensen@svendborg.example",
      phone: "+45 62 23 48 17",
    },
    publishedDaysAgo: 68,
  },
  {
    geonamesId: 2715459,
    town: "Falun",
    country: "SE",
    region: "Dalarna",
    topics: ["sport", "youth", "heritage", "tourism"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["sv", "en"],
    description:
      "Falun är känt för Falu gruva, som i århundraden var en av Europas viktigaste kopparkällor och i dag är ett världsarv. Här finns också skidstadion Lugnet, där flera världsmästerskap i nordisk skidsport har arrangerats. Vi söker en vänort för utbyte inom idrott, ungdomsverksamhet och besöksnäring.",
    descriptionLang: "sv",
    descriptionCs:
      "Falun je známý měděným dolem Falu gruva, který byl po staletí jedním z nejdůležitějších zdrojů mědi v Evropě a dnes patří ke světovému dědictví. Je tu také lyžařský stadion Lugnet, kde se konalo několik mistrovství světa v klasickém lyžování. Hledáme partnerské město pro výměny ve sportu, práci s mládeží a cestovním ruchu.",
    descriptionEn:
      "Falun is known for the Falu Mine, for centuries one of Europe's most important sources of copper and now a World Heritage Site. It is also home to the Lugnet ski stadium, which has hosted several Nordic World Ski Championships. We are looking for a twin town for exchanges in sport, youth work and tourism.",
    contact: {
      name: "Erik Lindqvist",
      email: "erik.lindqvist@falun.example",
      phone: "+46 23 827 413",
    },
    publishedDaysAgo: 226,
  },
  {
    geonamesId: 3141332,
    town: "Røros",
    country: "NO",
    region: "Trøndelag",
    topics: [],
    openToAnyTopic: true,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["no", "en", "sv"],
    description:
      "Røros er en gammel bergstad med trehusbebyggelse som står på UNESCOs verdensarvliste. Hvert år i februar arrangeres Rørosmartnan, et vintermarked med lange tradisjoner. Vi er en liten kommune og er åpne for samarbeid om alle temaer, fra lokalmat og reiseliv til skole og kultur.",
    descriptionLang: "no",
    descriptionCs:
      "Røros je staré hornické město s dřevěnou zástavbou zapsanou na seznamu světového dědictví UNESCO. Každý rok v únoru se tu koná Rørosmartnan, zimní trh s dlouhou tradicí. Jsme malá obec a jsme otevřeni spolupráci na jakékoli téma, od místních potravin a cestovního ruchu po školy a kulturu.",
    descriptionEn:
      "Røros is an old mining town whose wooden buildings are on the UNESCO World Heritage list. Every February it holds Rørosmartnan, a winter market with long traditions. We are a small municipality and are open to cooperation on any topic, from local food and tourism to schools and culture.",
    contact: {
      name: "Ingrid Haugen",
      email: "ingrid.haugen@roros.example",
      phone: "+47 72 41 93 06",
    },
    publishedDaysAgo: 11,
  },
  {
    geonamesId: 637292,
    town: "Savonlinna",
    country: "FI",
    region: "South Savo",
    topics: ["culture", "environment", "tourism"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["fi", "en", "sv"],
    description:
      "Savonlinna sijaitsee Saimaan rannalla, ja sen tunnetuin nähtävyys on keskiaikainen Olavinlinna, jossa järjestetään joka kesä Savonlinnan Oopperajuhlat. Saimaassa elää uhanalainen saimaannorppa. Etsimme ystävyyskaupunkia yhteistyöhön kulttuurin, luonnonsuojelun ja järvimatkailun aloilla.",
    descriptionLang: "fi",
    descriptionCs:
      "Savonlinna leží na břehu jezera Saimaa a její nejznámější památkou je středověký hrad Olavinlinna, kde se každé léto konají operní slavnosti. V Saimaa žije ohrožený tuleň saimaaský. Hledáme partnerské město pro spolupráci v kultuře, ochraně přírody a turistice na jezerech.",
    descriptionEn:
      "Savonlinna lies on the shore of Lake Saimaa, and its best-known sight is the medieval Olavinlinna castle, which hosts the Savonlinna Opera Festival every summer. The endangered Saimaa ringed seal lives in the lake. We are looking for a twin town for cooperation in culture, nature protection and lake tourism.",
    contact: {
      name: "Mikko Korhonen",
      email: "mikko.korhonen@savonlinna.example",
      phone: "+358 15 527 3184",
    },
    publishedDaysAgo: 150,
  },
  {
    geonamesId: 2960970,
    town: "Westport",
    country: "IE",
    region: "County Mayo",
    topics: ["tourism", "sport", "mobility", "environment"],
    openToAnyTopic: false,
    partnerPopulation: [3000, 15000],
    preferredKraje: [],
    languages: ["en", "ga"],
    description:
      "Westport is a small harbour town in County Mayo at the start of the Great Western Greenway, a cycling and walking trail built on an old railway line. Croagh Patrick, Ireland's pilgrimage mountain, rises just outside the town. We are looking for a town of similar size to share experience in active tourism, greenways and community-led town improvement.",
    descriptionLang: "en",
    descriptionCs:
      "Westport je malé přístavní město v hrabství Mayo na začátku Great Western Greenway, cyklistické a pěší stezky vedoucí po bývalé železniční trati. Hned za městem se zvedá poutní hora Croagh Patrick. Hledáme podobně velké město pro výměnu zkušeností s aktivní turistikou, stezkami na bývalých tratích a zlepšováním města za účasti obyvatel.",
    descriptionEn:
      "Westport is a small harbour town in County Mayo at the start of the Great Western Greenway, a cycling and walking trail built on an old railway line. Croagh Patrick, Ireland's pilgrimage mountain, rises just outside the town. We are looking for a town of similar size to share experience in active tourism, greenways and community-led town improvement.",
    contact: {
      name: "Siobhán Walsh",
      email: "siobhan.walsh@westport.example",
      phone: "+353 98 25 614",
    },
    publishedDaysAgo: 44,
  },
  {
    geonamesId: 256637,
    town: "Náfplio",
    country: "GR",
    region: "Peloponnese",
    topics: ["heritage", "tourism", "culture"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["el", "en"],
    description:
      "Το Ναύπλιο ήταν η πρώτη πρωτεύουσα του σύγχρονου ελληνικού κράτους. Η παλιά πόλη, το φρούριο του Παλαμηδίου και το Μπούρτζι προσελκύουν πολλούς επισκέπτες όλο τον χρόνο. Αναζητούμε πόλη-εταίρο για ανταλλαγές στον πολιτισμό, στην προστασία των μνημείων και στον βιώσιμο τουρισμό.",
    descriptionLang: "el",
    descriptionCs:
      "Nafplio bylo prvním hlavním městem novodobého řeckého státu. Staré město, pevnost Palamidi a ostrůvek s pevností Bourtzi přitahují návštěvníky po celý rok. Hledáme partnerské město pro výměny v kultuře, ochraně památek a udržitelném cestovním ruchu.",
    descriptionEn:
      "Nafplio was the first capital of the modern Greek state. The old town, the Palamidi fortress and the Bourtzi attract visitors all year round. We are looking for a partner town for exchanges in culture, heritage protection and sustainable tourism.",
    contact: {
      name: "Eleni Papadopoulou",
      email: "e.papadopoulou@nafplio.example",
      phone: "+30 27520 23418",
    },
    publishedDaysAgo: 268,
  },
  {
    geonamesId: 3190101,
    town: "Sremski Karlovci",
    country: "RS",
    region: "Vojvodina",
    topics: ["education", "agriculture_land", "heritage"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["sr", "en", "de"],
    description:
      "Сремски Карловци су мала варош на обронцима Фрушке горе, позната по Карловачкој гимназији, најстаријој српској гимназији, основаној 1791. године. Овде се производи бермет, традиционално десертно вино. Тражимо партнера за сарадњу школа, винара и удружења која чувају културно наслеђе.",
    descriptionLang: "sr",
    descriptionCs:
      "Sremski Karlovci jsou malé město na svazích Fruška gory, známé Karlovackým gymnáziem, nejstarším srbským gymnáziem, založeným v roce 1791. Vyrábí se tu bermet, tradiční dezertní víno. Hledáme partnera pro spolupráci škol, vinařů a spolků, které pečují o kulturní dědictví.",
    descriptionEn:
      "Sremski Karlovci is a small town on the slopes of Fruška Gora, known for the Karlovci Gymnasium, the oldest Serbian grammar school, founded in 1791. Bermet, a traditional dessert wine, is made here. We are looking for a partner for cooperation between schools, winemakers and heritage associations.",
    contact: {
      name: "Milica Jovanović",
      email: "milica.jovanovic@sremski-karlovci.example",
      phone: "+381 21 881 347",
    },
    publishedDaysAgo: 111,
  },
  {
    geonamesId: 611694,
    town: "Telavi",
    country: "GE",
    region: "Kakheti",
    topics: ["agriculture_land", "tourism", "education"],
    openToAnyTopic: false,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["ka", "en", "ru"],
    description:
      "თელავი კახეთის მხარის ადმინისტრაციული ცენტრია და მდებარეობს საქართველოს უმთავრეს მეღვინეობის რეგიონში. ქალაქში არის ერეკლე II-ის სასახლე და იაკობ გოგებაშვილის სახელობის თელავის სახელმწიფო უნივერსიტეტი. ვეძებთ პარტნიორ ქალაქს ღვინის ტურიზმის, სოფლის მეურნეობისა და განათლების სფეროებში თანამშრომლობისთვის.",
    descriptionLang: "ka",
    descriptionCs:
      "Telavi je správním centrem regionu Kachetie a leží v nejvýznamnější vinařské oblasti Gruzie. Ve městě stojí palác krále Erekleho II. a sídlí zde Státní univerzita Iakoba Gogebašviliho. Hledáme partnerské město pro spolupráci ve vinařské turistice, zemědělství a vzdělávání.",
    descriptionEn:
      "Telavi is the administrative centre of the Kakheti region and lies in Georgia's most important wine region. The town has the palace of King Erekle II and the Iakob Gogebashvili Telavi State University. We are looking for a partner town for cooperation in wine tourism, agriculture and education.",
    contact: {
      name: "Nino Beridze",
      email: "n.beridze@telavi.example",
      phone: "+995 350 27 14 86",
    },
    publishedDaysAgo: 185,
  },
  {
    geonamesId: 617638,
    town: "Orhei",
    country: "MD",
    region: "Orhei District",
    topics: [],
    openToAnyTopic: true,
    partnerPopulation: null,
    preferredKraje: [],
    languages: ["ro", "en", "ru"],
    description:
      "Orheiul se află în centrul Republicii Moldova, la aproximativ 20 de kilometri de complexul arheologic Orheiul Vechi, cu mănăstirea săpată în stâncă. Orașul lucrează la modernizarea spațiilor publice și a infrastructurii. Suntem deschiși la cooperare pe orice temă și ne dorim în special schimburi de experiență cu autoritățile locale din Uniunea Europeană.",
    descriptionLang: "ro",
    descriptionCs:
      "Orhei leží ve středu Moldavska, asi 20 kilometrů od archeologického areálu Orheiul Vechi se skalním klášterem. Město pracuje na modernizaci veřejných prostranství a infrastruktury. Jsme otevřeni spolupráci na jakékoli téma a zvlášť stojíme o výměnu zkušeností s místními samosprávami z Evropské unie.",
    descriptionEn:
      "Orhei lies in central Moldova, about 20 kilometres from the Orheiul Vechi archaeological complex with its cave monastery. The town is working on modernising its public spaces and infrastructure. We are open to cooperation on any topic and are especially keen to share experience with local authorities in the European Union.",
    contact: {
      name: "Ion Rusu",
      email: "ion.rusu@orhei.example",
      phone: "+373 235 22 681",
    },
    publishedDaysAgo: 23,
  },
];

/**
 * Existing twin-town partnerships of some demo municipalities, as their towns
 * list them (years left out where unsure). They draw the partnership lines on
 * the map; the partner's place is looked up in GeoNames by name and country.
 */
export const DEMO_PARTNERSHIPS: Record<string, [town: string, country: string][]> = {
  Brno: [
    ["Leipzig", "DE"],
    ["Stuttgart", "DE"],
    ["Utrecht", "NL"],
    ["Rennes", "FR"],
  ],
  Ostrava: [
    ["Katowice", "PL"],
    ["Košice", "SK"],
  ],
  Olomouc: [
    ["Pécs", "HU"],
    ["Luzern", "CH"],
  ],
  "Hradec Králové": [
    ["Wrocław", "PL"],
    ["Giessen", "DE"],
  ],
  "Český Krumlov": [
    ["Vöcklabruck", "AT"],
    ["Slovenj Gradec", "SI"],
  ],
};
