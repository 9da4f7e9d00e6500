// The 14 Czech regions (kraje): ISO 3166-2 code, the GeoNames admin1 code that
// places carry, and their names. Pages show the official Czech name in every language
// (issue 17); the English one is kept in the database's kraje table for data users.
export interface Kraj {
  code: string;
  geonamesAdmin1: string;
  cs: string;
  en: string;
}

export const KRAJE: readonly Kraj[] = [
  { code: "CZ-10", geonamesAdmin1: "52", cs: "Hlavní město Praha", en: "Prague" },
  { code: "CZ-20", geonamesAdmin1: "88", cs: "Středočeský kraj", en: "Central Bohemian Region" },
  { code: "CZ-31", geonamesAdmin1: "79", cs: "Jihočeský kraj", en: "South Bohemian Region" },
  { code: "CZ-32", geonamesAdmin1: "87", cs: "Plzeňský kraj", en: "Plzeň Region" },
  { code: "CZ-41", geonamesAdmin1: "81", cs: "Karlovarský kraj", en: "Karlovy Vary Region" },
  { code: "CZ-42", geonamesAdmin1: "89", cs: "Ústecký kraj", en: "Ústí nad Labem Region" },
  { code: "CZ-51", geonamesAdmin1: "83", cs: "Liberecký kraj", en: "Liberec Region" },
  { code: "CZ-52", geonamesAdmin1: "82", cs: "Královéhradecký kraj", en: "Hradec Králové Region" },
  { code: "CZ-53", geonamesAdmin1: "86", cs: "Pardubický kraj", en: "Pardubice Region" },
  { code: "CZ-63", geonamesAdmin1: "80", cs: "Kraj Vysočina", en: "Vysočina Region" },
  { code: "CZ-64", geonamesAdmin1: "78", cs: "Jihomoravský kraj", en: "South Moravian Region" },
  { code: "CZ-71", geonamesAdmin1: "84", cs: "Olomoucký kraj", en: "Olomouc Region" },
  { code: "CZ-72", geonamesAdmin1: "90", cs: "Zlínský kraj", en: "Zlín Region" },
  {
    code: "CZ-80",
    geonamesAdmin1: "85",
    cs: "Moravskoslezský kraj",
    en: "Moravian-Silesian Region",
  },
];

const BY_ADMIN1 = new Map(KRAJE.map((k) => [k.geonamesAdmin1, k]));
const BY_CODE = new Map(KRAJE.map((k) => [k.code, k]));

export function krajFromGeonamesAdmin1(admin1: string): Kraj | undefined {
  return BY_ADMIN1.get(admin1);
}

export function krajByCode(code: string): Kraj | undefined {
  return BY_CODE.get(code);
}

/** The kraj of a NUTS 3 code as the register writes it: CZ031 is CZ-31, CZ010 is Praha. */
export function krajFromNuts(nuts: string): Kraj | undefined {
  const match = /^CZ0(\d\d)$/.exec(nuts.trim().toUpperCase());
  return match ? BY_CODE.get(`CZ-${match[1]}`) : undefined;
}
