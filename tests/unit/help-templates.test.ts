// The model documents of /help: every translation of the agreement has the articles and
// paragraphs of the Czech one (a bilingual file pairs them up), file names parse only to
// documents that exist, and the text opens cleanly in Notepad and Word.
import { describe, expect, it } from "vitest";
import {
  TEMPLATE_LANGUAGES,
  parseTemplateFile,
  templateLanguage,
  templatePath,
} from "~/domain/templates/catalog";
import { renderTemplate } from "~/domain/templates/render";
import { templateText } from "~/domain/templates/texts.server";
import { LOCALES } from "~/i18n/locales";

const shape = (language: (typeof LOCALES)[number], name = "partnership-agreement" as const) => {
  const text = templateText(name, language)!;
  return {
    title: text.title.length,
    preamble: text.preamble.length,
    sections: text.sections.map((s) => s.paragraphs.map((p) => p.split("\r\n").length)),
    closing: text.closing.length,
  };
};

describe("the model documents", () => {
  it("translate the Czech agreement article by article, paragraph by paragraph", () => {
    expect(shape("cs").sections).toHaveLength(8);
    for (const language of LOCALES) expect(shape(language), language).toEqual(shape("cs"));
  });

  it("translate the resolution into English line by line", () => {
    const cs = templateText("council-resolution", "cs")!;
    const en = templateText("council-resolution", "en")!;
    expect(en.sections.map((s) => s.paragraphs.length)).toEqual(
      cs.sections.map((s) => s.paragraphs.length),
    );
    expect(en.closing).toHaveLength(cs.closing.length);
    expect(en.appendix?.paragraphs).toHaveLength(cs.appendix!.paragraphs.length);
  });

  it("leave no Czech letters in the other languages' text (the Czech council's name aside)", () => {
    for (const name of Object.keys(TEMPLATE_LANGUAGES) as (keyof typeof TEMPLATE_LANGUAGES)[])
      for (const language of TEMPLATE_LANGUAGES[name].filter((l) => l !== "cs"))
        expect(renderTemplate(templateText(name, language)!), `${name} ${language}`).not.toMatch(
          /[ěřůĚŘŮ]/,
        );
  });

  it("write UTF-8 with a byte order mark and Windows line ends", () => {
    const text = renderTemplate(templateText("partnership-agreement", "cs")!);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain("\r\n");
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("put each article in the second language right after the first", () => {
    const text = renderTemplate(
      templateText("partnership-agreement", "cs")!,
      templateText("partnership-agreement", "de")!,
    );
    const at = (s: string) => text.indexOf(s);
    expect(at("SMLOUVA O PARTNERSTVÍ")).toBeLessThan(at("PARTNERSCHAFTS- UND"));
    expect(at("Článek 3")).toBeLessThan(at("Artikel 3"));
    expect(at("Artikel 3")).toBeLessThan(at("Článek 4"));
  });

  it("answer only for the files that exist", () => {
    expect(parseTemplateFile("partnership-agreement.txt")).toEqual({
      name: "partnership-agreement",
      language: null,
      partner: null,
    });
    expect(parseTemplateFile("partnership-agreement-cs-uk.txt")).toEqual({
      name: "partnership-agreement",
      language: "cs",
      partner: "uk",
    });
    expect(parseTemplateFile("council-resolution-en.txt")?.language).toBe("en");
    for (const bad of [
      "council-resolution-de.txt",
      "council-resolution-cs-en.txt-",
      "partnership-agreement-xx.txt",
      "partnership-agreement-en-en.txt",
      "partnership-agreement.md",
      "partnership.txt",
      "",
    ])
      expect(parseTemplateFile(bad), bad).toBeNull();
    expect(templatePath("partnership-agreement", "cs", "pl")).toBe(
      "/help/templates/partnership-agreement-cs-pl.txt",
    );
  });

  it("give readers their language, or the nearest one a document has", () => {
    expect(templateLanguage("partnership-agreement", "uk")).toBe("uk");
    expect(templateLanguage("council-resolution", "cs")).toBe("cs");
    expect(templateLanguage("council-resolution", "sk")).toBe("cs");
    expect(templateLanguage("council-resolution", "de")).toBe("en");
  });
});
