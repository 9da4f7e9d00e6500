import fs from "node:fs";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import {
  countryName,
  formatDate,
  formatMessage,
  formatNumber,
  languageName,
  LANGUAGES,
  LOCALES,
  translateStored,
  translator,
} from "~/i18n";
import { BUNDLED, PARTS } from "~/i18n/bundled.server";
import { PARAMS_FILE, paramsSource, placeholders } from "~/i18n/generate-params";
import { negotiateLocale } from "~/i18n/locales";
import { textTranslator, translateTexts } from "~/i18n/texts.server";
import { getLocale, langCookie, persistLocaleHeader } from "~/utils/locale.server";

/** The plural categories a language uses for whole numbers (fractions aside). */
function integerCategories(locale: string): Set<string> {
  const rules = new Intl.PluralRules(locale);
  return new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
}

function plurals(elements: MessageFormatElement[]): { value: string; options: string[] }[] {
  return elements.flatMap((e) => {
    if (e.type === TYPE.plural)
      return [
        { value: e.value, options: Object.keys(e.options) },
        ...Object.values(e.options).flatMap((o) => plurals(o.value)),
      ];
    if (e.type === TYPE.select) return Object.values(e.options).flatMap((o) => plurals(o.value));
    return [];
  });
}

describe("the messages", () => {
  it("has every Czech message in every language, none empty, none extra", () => {
    const keys = Object.keys(BUNDLED.cs).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(BUNDLED[locale]).sort(), locale).toEqual(keys);
      for (const [key, text] of Object.entries(BUNDLED[locale]))
        expect(text.trim(), `${locale} ${key}`).not.toBe("");
    }
  });

  it("splits each language the same way: the two parts a browser loads, the texts it never does", () => {
    const core = Object.keys(PARTS.cs.core).sort();
    const more = Object.keys(PARTS.cs.more).sort();
    const server = Object.keys(PARTS.cs.server).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(PARTS[locale].core).sort(), locale).toEqual(core);
      expect(Object.keys(PARTS[locale].more).sort(), locale).toEqual(more);
      expect(Object.keys(PARTS[locale].server).sort(), locale).toEqual(server);
    }
    expect(more.filter((key) => core.includes(key))).toEqual([]);
    // The long texts of the pages about the service reach a browser in those pages' data only.
    expect(server.filter((key) => core.includes(key) || more.includes(key))).toEqual([]);
    expect(server).toEqual(
      expect.arrayContaining(["privacy.lead", "terms.law", "help.council.law"]),
    );
  });

  it("are ICU messages taking the Czech message's placeholders, with every plural form", () => {
    for (const locale of LOCALES) {
      const needed = integerCategories(LANGUAGES[locale].intl);
      for (const [key, text] of Object.entries(BUNDLED[locale])) {
        const where = `${locale} ${key}`;
        expect([...placeholders(text).keys()].sort(), where).toEqual(
          [...placeholders(BUNDLED.cs[key as keyof typeof BUNDLED.cs]).keys()].sort(),
        );
        for (const plural of plurals(parse(text, { ignoreTag: true })))
          for (const category of needed)
            expect(plural.options, `${where}: {${plural.value}} lacks "${category}"`).toContain(
              category,
            );
      }
    }
  });

  it("leaves no Czech text in another language (no ě, ř or ů outside Czech)", () => {
    for (const locale of LOCALES.filter((l) => l !== "cs"))
      for (const [key, text] of Object.entries(BUNDLED[locale]))
        expect(text, `${locale} ${key}`).not.toMatch(/[ěřůĚŘŮ]/);
  });

  it("formats every plural message for the counts that appear, in every language", () => {
    const counts = [0, 1, 2, 5, 21, 22, 25];
    for (const locale of LOCALES) {
      const t = translator(locale) as (key: string, params: object) => string;
      for (const [key, text] of Object.entries(BUNDLED[locale])) {
        const args = placeholders(text);
        const numeric = [...args].filter(([, type]) => type === "number").map(([n]) => n);
        if (numeric.length === 0) continue;
        for (const n of counts) {
          const params: Record<string, string | number | Date> = Object.fromEntries(
            [...args].map(([name, type]) => [name, type === "Date | number" ? new Date() : "x"]),
          );
          for (const name of numeric) params[name] = n;
          const shown = t(key, params);
          expect(shown, `${locale} ${key} for ${n}`).not.toMatch(/[{}]/);
          // An exact case ({days, plural, =0 {today} …}) may say it in words.
          if (!text.includes(`=${n} {`))
            expect(shown, `${locale} ${key} for ${n}`).toContain(formatNumber(n, locale));
        }
      }
    }
  });

  it("keeps every apostrophe (an ICU quote character) as the reader should see it", () => {
    for (const locale of LOCALES)
      for (const [key, text] of Object.entries(BUNDLED[locale])) {
        if (!text.includes("'")) continue;
        const params = Object.fromEntries([...placeholders(text).keys()].map((n) => [n, 7]));
        const shown = formatMessage(locale, key, text, params);
        expect(shown.split("'").length, `${locale} ${key}: ${shown}`).toBe(text.split("'").length);
      }
  });

  it("has its parameter types written from the current Czech messages (npm run i18n:types)", async () => {
    const { core, more, server } = PARTS.cs;
    expect(fs.readFileSync(PARAMS_FILE, "utf8")).toBe(
      await paramsSource({ ...core, ...more }, server),
    );
  });
});

describe("translating", () => {
  it("fills in parameters and uses each language's plural forms", () => {
    const subject = (locale: (typeof LOCALES)[number], count: number) =>
      translator(locale)("digest.subject", { count });
    expect([1, 3, 5, 22].map((n) => subject("cs", n))).toEqual([
      "Spolu: 1 nové oznámení",
      "Spolu: 3 nová oznámení",
      "Spolu: 5 nových oznámení",
      "Spolu: 22 nových oznámení",
    ]);
    expect([1, 2].map((n) => subject("en", n))).toEqual([
      "Spolu: 1 new notification",
      "Spolu: 2 new notifications",
    ]);
    // Polish and Ukrainian tell 2–4 from 5–21 and 22–24 again, which English cannot.
    const pl = [1, 2, 5, 22, 25].map((n) => subject("pl", n));
    expect(new Set(pl).size).toBe(5);
    expect(pl[1]!.replace("2", "")).toBe(pl[3]!.replace("22", ""));
    expect(pl[2]!.replace("5", "")).toBe(pl[4]!.replace("25", ""));
    const uk = [1, 21, 3, 11].map((n) => subject("uk", n));
    expect(uk[0]!.replace("1", "")).toBe(uk[1]!.replace("21", ""));
    expect(uk[2]!.replace("3", "")).not.toBe(uk[3]!.replace("11", ""));
  });

  it("writes numbers the local way, in plurals and in plain placeholders", () => {
    expect(translator("cs")("offer.population", { count: 53_000 })).toBe("53\u00a0000 obyvatel");
    expect(translator("cs")("offer.population", { count: 3 })).toBe("3 obyvatelé");
    expect(translator("en")("offer.population", { count: 1 })).toBe("1 inhabitant");
    expect(translator("de")("offer.population", { count: 53_000 })).toMatch(/^53\.000 /);
    // A number in a plain {placeholder} too (ICU itself would write 6254).
    expect(translator("cs")("directory.count", { count: 6_254 })).toBe("Obcí: 6\u00a0254");
    expect(translator("en")("directory.count", { count: 6_254 })).toBe("6,254 municipalities");
    expect(translator("en")("directory.count", { count: 1 })).toBe("1 municipality");
    // A year is a number written without grouping, in every language.
    for (const locale of LOCALES)
      expect(translator(locale)("partnerships.since", { year: 2026 }), locale).toMatch(/ 2026$/);
  });

  it("translates the texts only the server has, a page's groups of them at once", () => {
    const text = translateTexts("en", ["operator", "legal"], {
      "legal.updated": { date: "today" },
    });
    expect(Object.keys(text).sort()).toEqual(
      Object.keys(PARTS.en.server)
        .filter((key) => /^(operator|legal)\./.test(key))
        .sort(),
    );
    expect(text["operator.name"]).toBe("Operator");
    expect(text["legal.updated"]).toBe("In force from today");
    expect(textTranslator("de")("templates.single", { language: "Deutsch" })).toBe(
      "Deutsch (.txt)",
    );
  });

  it("translates keys from stored data, or says there is none", () => {
    expect(translateStored("en", "status.accepted")).toBe("Accepted");
    expect(translateStored("en", "status.no_such_state")).toBeUndefined();
    // A parameter missing from stored data shows the message rather than failing the page.
    expect(translateStored("en", "digest.subject", {})).toContain("{count, plural");
  });
});

describe("choosing the language", () => {
  it("takes the first of our languages the browser asks for, by quality", () => {
    expect(negotiateLocale("pl-PL,pl;q=0.9,en;q=0.8")).toBe("pl");
    expect(negotiateLocale("de-AT")).toBe("de");
    expect(negotiateLocale("fr-FR,fr;q=0.9,uk;q=0.7,en;q=0.5")).toBe("uk");
    expect(negotiateLocale("en;q=0.3,sk;q=0.8")).toBe("sk");
    expect(negotiateLocale("cs;q=0,en")).toBe("en");
    expect(negotiateLocale("fr, it")).toBeNull();
    expect(negotiateLocale("*")).toBeNull();
    expect(negotiateLocale("")).toBeNull();
    expect(negotiateLocale(null)).toBeNull();
    expect(negotiateLocale(";;,q=,=")).toBeNull();
  });

  it("for a page: ?lang=, then the remembered choice, then the browser's languages, then Czech", async () => {
    const page = async (query: string, headers: Record<string, string> = {}) =>
      getLocale(new Request(`http://localhost/offers${query}`, { headers }));
    const remembered = (await langCookie.serialize("en")).split(";")[0]!;
    expect(await page("", { "Accept-Language": "pl-PL,pl;q=0.9" })).toBe("pl");
    expect(await page("", { "Accept-Language": "pl", Cookie: remembered })).toBe("en");
    expect(await page("?lang=uk", { "Accept-Language": "pl", Cookie: remembered })).toBe("uk");
    expect(await page("?lang=xx", { "Accept-Language": "fr" })).toBe("cs");
    expect(await page("")).toBe("cs");
  });

  it("remembers a language chosen by ?lang= in a cookie, only when it changes", async () => {
    const asked = new Request("http://localhost/?lang=sk");
    const header = await persistLocaleHeader(asked);
    expect(header).toMatch(/^lang=/);
    expect(await langCookie.parse(header)).toBe("sk");
    const same = new Request("http://localhost/?lang=sk", {
      headers: { Cookie: header!.split(";")[0]! },
    });
    expect(await persistLocaleHeader(same)).toBeNull();
    expect(await persistLocaleHeader(new Request("http://localhost/?lang=fr"))).toBeNull();
  });

  it("names every language by its own name", () => {
    expect(LOCALES.map((l) => LANGUAGES[l].name)).toEqual([
      "Čeština",
      "English",
      "Deutsch",
      "Polski",
      "Slovenčina",
      "Українська",
    ]);
  });
});

describe("formatting", () => {
  it("formats numbers and dates the local way", () => {
    expect(formatNumber(53000, "cs")).toBe("53\u00a0000");
    expect(formatNumber(53000, "en")).toBe("53,000");
    expect(formatNumber(53000, "de")).toBe("53.000");
    expect(formatDate("2019-08-09", "cs")).toBe("9. 8. 2019");
    expect(formatDate("2019-08-09", "en")).toBe("9 Aug 2019");
    expect(formatDate("2019-08-09", "de")).toBe("9. Aug. 2019");
  });

  it("names languages and countries from Intl, in the reader's language", () => {
    expect(languageName("pl", "cs")).toBe("polština");
    expect(languageName("uk", "en")).toBe("Ukrainian");
    expect(countryName("PL", "cs")).toBe("Polsko");
    expect(countryName("PL", "de")).toBe("Polen");
    expect(countryName("PL", "uk")).toBe("Польща");
    expect(countryName("AA", "sk")).toBe("AA");
  });
});
