// The pages about the service (/privacy, /terms, /about, /help) name the operator from
// the settings, so staff can change it without a release, and bring their texts translated
// in their data (no browser loads those messages); /help's model documents download as
// attachments with their placeholders, in the reader's language or the one asked.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMAIL_MARK } from "~/components/legal";
import { LOCALES } from "~/i18n";
import {
  OPERATOR_DEFAULTS,
  OPERATOR_SETTINGS,
  getSetting,
  putSetting,
  setOpenRequestLimit,
  setOperatorDetails,
} from "~/models/settings.server";
import { makeUser } from "../support/factories";
import { get, useTestDatabase, call } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;
interface Page {
  loader: Loader;
  meta: MetaFunction;
}

/** A placeholder each language's agreement carries (app/domain/templates/<language>.server.ts). */
const AGREEMENT_PLACEHOLDER = {
  cs: "[NÁZEV ČESKÉ OBCE]",
  en: "[NAME OF THE CZECH MUNICIPALITY]",
  de: "[NAME DER TSCHECHISCHEN GEMEINDE]",
  pl: "[NAZWA CZESKIEJ GMINY]",
  sk: "[NÁZOV ČESKEJ OBCE]",
  uk: "[НАЗВА ЧЕСЬКОЇ ГРОМАДИ]",
} as const;

describe(`the pages about the service on ${dialectName()}`, () => {
  let t: TestDb;
  let pages: Record<"privacy" | "terms" | "about" | "help", Page>;
  let download: Loader;

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    pages = {
      privacy: (await import("~/routes/privacy")) as unknown as Page,
      terms: (await import("~/routes/terms")) as unknown as Page,
      about: (await import("~/routes/about")) as unknown as Page,
      help: (await import("~/routes/help")) as unknown as Page,
    };
    download = ((await import("~/routes/help_.templates.$file")) as { loader: Loader }).loader;
  });
  afterAll(() => t.cleanup());

  const load = async (name: keyof typeof pages, query = "") => {
    const result = await call(pages[name].loader, get(`/${name}${query}`));
    expect(result.status).toBe(200);
    return result.data as { text: Record<string, string> } & Record<string, unknown>;
  };
  const file = (name: string, headers: Record<string, string> = {}) =>
    call(download, new Request(`http://localhost/help/templates/${name}`, { headers }), {
      file: name,
    });

  it("name the union of towns by default, when no setting is stored", async () => {
    // As on a new database: other tests of this file store settings, in any order.
    await t.db
      .deleteFrom("settings")
      .where("key", "in", Object.values(OPERATOR_SETTINGS))
      .execute();
    for (const key of Object.values(OPERATOR_SETTINGS))
      expect(await getSetting(t.db, key), key).toBeUndefined();
    const privacy = await load("privacy");
    expect(privacy.operator).toEqual(OPERATOR_DEFAULTS);
    expect(OPERATOR_DEFAULTS).toMatchObject({
      name: "Svaz měst a obcí České republiky",
      address: "Pacovská 2104/1, 140 00 Praha 4",
      ico: "63113074",
      email: "info@smocr.cz",
      dpo: "",
    });
    // No online map layer in tests: the notice names no tile server as a recipient.
    expect(privacy.tileServer).toBeNull();
    expect(privacy.text["privacy.cookie.sessionDuration"]).toBe("30 dní nebo do odhlášení");
    expect((await load("terms")).operator).toEqual(OPERATOR_DEFAULTS);
    expect((await load("about")).operator).toEqual(OPERATOR_DEFAULTS);
    expect((await load("help")).email).toBe(OPERATOR_DEFAULTS.email);
  });

  it("show what staff change in the settings, on every page", async () => {
    const staff = await makeUser(t, "staff");
    const changed = {
      name: "Svaz měst a obcí České republiky, z. s.",
      address: "Náměstí Míru 1, 120 00 Praha 2",
      email: "spolu@smocr.example",
      dpo: "Mgr. Jana Nováková, poverenec@smocr.example",
    };
    await setOperatorDetails(t.db, changed, staff.id);
    await setOpenRequestLimit(t.db, 7, staff.id);
    const expected = { ...OPERATOR_DEFAULTS, ...changed };
    expect((await load("privacy")).operator).toEqual(expected);
    const terms = await load("terms");
    expect(terms.operator).toEqual(expected);
    expect(terms.text["terms.contacts.limit"]).toContain("nejvýše 7 otevřených");
    expect(terms.text["terms.openData"]).toContain(`„Spolu, ${changed.name}“`);
    const about = await load("about");
    expect(about.operator).toEqual(expected);
    expect(about.text["about.who"]).toContain(`Spolu provozuje ${changed.name}.`);
    expect((await load("help")).email).toBe("spolu@smocr.example");
    expect(await getSetting(t.db, OPERATOR_SETTINGS.email)).toBe("spolu@smocr.example");

    // A blank name would leave the notice without a controller: the default stands in.
    // A blank officer means none is appointed.
    await putSetting(t.db, OPERATOR_SETTINGS.name, "  ", staff.id);
    await putSetting(t.db, OPERATOR_SETTINGS.dpo, "", staff.id);
    expect((await load("privacy")).operator).toMatchObject({
      name: OPERATOR_DEFAULTS.name,
      email: "spolu@smocr.example",
      dpo: "",
    });
  });

  it("come with their texts translated, in the reader's language, for no browser has those messages", async () => {
    const privacy = await load("privacy", "?lang=en");
    expect(privacy.text["privacy.rightsTitle"]).toBe("Your rights");
    expect(privacy.text["privacy.contactUs"]).toContain(EMAIL_MARK);
    expect(privacy.text["legal.updated"]).toBe("In force from 7 Dec 2026");
    const help = (await load("help", "?lang=pl")) as Awaited<ReturnType<typeof load>> & {
      downloads: Record<string, { href: string; label: string }[]>;
    };
    expect(help.text["help.templatesTitle"]).toBe("Wzory do pobrania");
    expect(help.downloads["partnership-agreement"]).toEqual([
      { href: "/help/templates/partnership-agreement-cs.txt", label: "Czeski (.txt)" },
      { href: "/help/templates/partnership-agreement-pl.txt", label: "Polski (.txt)" },
      { href: "/help/templates/partnership-agreement-cs-pl.txt", label: "Czeski i polski (.txt)" },
    ]);
  });

  it("describe themselves to search engines in the reader's language", () => {
    const root = (locale: string) => [{ id: "root", data: { locale } }];
    const metaOf = (name: keyof typeof pages, locale: string) =>
      pages[name].meta({ matches: root(locale) } as unknown as Parameters<MetaFunction>[0]);
    expect(metaOf("privacy", "cs")).toEqual([
      { title: "Ochrana osobních údajů — Spolu" },
      { name: "description", content: expect.stringContaining("osobní údaje") },
    ]);
    expect(metaOf("terms", "en")[0]).toEqual({ title: "Terms of use — Spolu" });
    expect(metaOf("about", "de")[0]).toEqual({ title: "Über Spolu — Spolu" });
    expect(metaOf("help", "pl")[0]).toEqual({ title: "Jak nawiązać partnerstwo gmin — Spolu" });
    for (const name of ["privacy", "terms", "about", "help"] as const)
      for (const locale of LOCALES) {
        const description = metaOf(name, locale)[1] as { content: string };
        expect(description.content.length, `${name} ${locale}`).toBeLessThanOrEqual(160);
        expect(description.content, `${name} ${locale}`).not.toMatch(/…$/);
      }
  });

  it("serve the model agreement as an attachment in every language, with its placeholders", async () => {
    for (const language of LOCALES) {
      const result = await file(`partnership-agreement-${language}.txt`);
      expect(result.status, language).toBe(200);
      expect(result.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
      expect(result.headers.get("Content-Disposition")).toBe(
        `attachment; filename="spolu-partnership-agreement-${language}.txt"`,
      );
      expect(result.text, language).toContain(AGREEMENT_PLACEHOLDER[language]);
    }
  });

  it("serve a bilingual agreement: each article in Czech, then in the partner's language", async () => {
    const result = await file("partnership-agreement-cs-pl.txt");
    expect(result.status).toBe(200);
    expect(result.headers.get("Content-Disposition")).toBe(
      'attachment; filename="spolu-partnership-agreement-cs-pl.txt"',
    );
    const text = result.text;
    expect(text).toContain(AGREEMENT_PLACEHOLDER.cs);
    expect(text).toContain(AGREEMENT_PLACEHOLDER.pl);
    const order = ["Článek 1", "Artykuł 1", "Článek 2", "Artykuł 2", "Článek 8", "Artykuł 8"].map(
      (heading) => text.indexOf(heading),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("serve the model council resolution in Czech and English, citing the Act on Municipalities", async () => {
    const cs = await file("council-resolution-cs.txt");
    expect(cs.status).toBe(200);
    expect(cs.headers.get("Content-Disposition")).toMatch(/^attachment; filename="[^"]+\.txt"$/);
    expect(cs.text).toContain("[ČÍSLO USNESENÍ]");
    expect(cs.text).toContain("§ 84 odst. 2 zákona č. 128/2000 Sb., o obcích");
    const en = await file("council-resolution-en.txt");
    expect(en.text).toContain("[NUMBER OF THE RESOLUTION]");
    expect(en.text).toContain("Section 84(2) of Act No. 128/2000 Coll.");
  });

  it("without a language in the name, serve the reader's (Czech to Slovak readers of the resolution)", async () => {
    const english = await file("partnership-agreement.txt", { "Accept-Language": "en-GB" });
    expect(english.text).toContain(AGREEMENT_PLACEHOLDER.en);
    expect(english.headers.get("Content-Disposition")).toContain("partnership-agreement-en.txt");
    expect(english.headers.get("Vary")).toContain("Accept-Language");
    const slovak = await file("council-resolution.txt", { "Accept-Language": "sk" });
    expect(slovak.text).toContain("[ČÍSLO USNESENÍ]");
    const polish = await file("council-resolution.txt", { "Accept-Language": "pl" });
    expect(polish.text).toContain("[NUMBER OF THE RESOLUTION]");
  });

  it("answer 404 for documents that do not exist", async () => {
    for (const name of [
      "partnership-agreement-fr.txt",
      "council-resolution-pl.txt",
      "partnership-agreement-cs-cs.txt",
      "partnership-agreement-cs.pdf",
      "../privacy.txt",
      "secrets.txt",
    ])
      expect((await file(name)).status, name).toBe(404);
  });
});
