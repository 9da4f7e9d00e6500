import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, languageName, translator } from "~/i18n";
import { BUNDLED } from "~/i18n/bundled.server";
import { cs } from "~/i18n/cs";
import { moreCs } from "~/i18n/cs-more";
import { en } from "~/i18n/en";
import { moreEn } from "~/i18n/en-more";

describe("i18n", () => {
  it("has an English text for every Czech one, none empty", () => {
    expect(Object.keys(BUNDLED.en).sort()).toEqual(Object.keys(BUNDLED.cs).sort());
    for (const [key, text] of Object.entries(BUNDLED.en)) expect(text.trim(), key).not.toBe("");
  });
  it("splits each language the same way into what every browser loads first and the rest", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(cs).sort());
    expect(Object.keys(moreEn).sort()).toEqual(Object.keys(moreCs).sort());
    const core = new Set(Object.keys(cs));
    expect(Object.keys(moreCs).filter((key) => core.has(key))).toEqual([]);
  });
  it("fills in parameters and leaves unknown ones visible", () => {
    expect(translator("cs")("offer.population", { count: "1 300" })).toBe("1 300 obyvatel");
    expect(translator("en")("offer.population")).toBe("{count} inhabitants");
  });
  it("formats numbers and dates the local way", () => {
    expect(formatNumber(53000, "cs")).toBe("53\u00a0000");
    expect(formatNumber(53000, "en")).toBe("53,000");
    expect(formatDate("2019-08-09", "cs")).toBe("9. 8. 2019");
    expect(formatDate("2019-08-09", "en")).toBe("9 Aug 2019");
  });
  it("names languages", () => {
    expect(languageName("pl", "cs")).toBe("polština");
    expect(languageName("uk", "en")).toBe("Ukrainian");
  });
});
