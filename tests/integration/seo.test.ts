// What search engines and link previews read: /sitemap.xml lists every page a visitor may
// read and nothing else, /robots.txt points to it and keeps crawlers out of personal pages,
// and public pages describe themselves (<meta name="description">) in the reader's language.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transitionOffer } from "~/models/offer.server";
import { clipText } from "~/utils/meta";
import {
  makeMunicipality,
  makeOffer,
  makeRegisterEntry,
  makeUser,
  type TestUser,
} from "../support/factories";
import { get, useTestDatabase } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";
import { children, child, parseXml, textOf } from "../support/xml";

type Loader = (args: LoaderFunctionArgs) => Promise<Response> | Response;
type Page = { loader: (args: LoaderFunctionArgs) => Promise<unknown>; meta: MetaFunction };

describe(`search engines on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;
  const ids = { published: 0, pending: 0, closed: 0, entry: 0, profile: 0 };

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    staff = await makeUser(t, "staff");
    const author = await makeUser(t, "foreign");
    ids.published = await makeOffer(t, author.id, staff.id, {
      town: "Sitemapolis",
      country: "PL",
      description: `Szukamy partnera do wymiany młodzieży i kultury. ${"Długi opis. ".repeat(30)}`,
    });
    ids.pending = await makeOffer(t, author.id, staff.id, {}, { publish: false });
    ids.closed = await makeOffer(t, author.id, staff.id);
    await transitionOffer(t.db, ids.closed, "close", {
      user: { id: staff.id, role: "staff" },
      as: "staff",
    });
    ids.entry = await makeRegisterEntry(t, { name: "Mapová Lhota", population: 1_234 });
    const mayor = await makeUser(t, "mayor");
    ids.profile = await makeMunicipality(t, mayor.id, staff.id, {
      name: "Profilov",
      description: "Obec na Vysočině, hledáme partnera pro školy a hasiče.",
    });
  });
  afterAll(() => t.cleanup());

  it("lists the public pages, every published offer and every municipality, nothing else", async () => {
    const route = (await import("~/routes/sitemap[.]xml")) as { loader: Loader };
    const response = await route.loader({ request: get("/sitemap.xml"), params: {}, context: {} });
    expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    const root = parseXml(await response.text());
    expect(root.name).toBe("urlset");
    const urls = children(root, "url").map((u) => textOf(child(u, "loc")));
    const paths = urls.map((u) => new URL(u).pathname);
    expect(paths).toEqual(expect.arrayContaining(["/", "/offers", "/municipalities", "/map"]));
    expect(paths).toContain(`/offers/${ids.published}`);
    expect(paths).not.toContain(`/offers/${ids.pending}`);
    expect(paths).not.toContain(`/offers/${ids.closed}`);
    expect(paths).toContain(`/municipalities/${ids.entry}`);
    expect(paths).toContain(`/municipalities/${ids.profile}`);
    expect(paths.some((p) => /^\/(admin|me|contacts|matches)/.test(p))).toBe(false);
    expect(new Set(paths).size).toBe(paths.length);
    const offer = children(root, "url").find((u) =>
      textOf(child(u, "loc")).endsWith(`/offers/${ids.published}`),
    )!;
    expect(textOf(child(offer, "lastmod"))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("robots.txt names the sitemap and keeps crawlers out of personal pages", async () => {
    const route = (await import("~/routes/robots[.]txt")) as { loader: () => Response };
    const text = await route.loader().text();
    expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    for (const path of ["/admin", "/contacts", "/matches", "/me"])
      expect(text).toContain(`Disallow: ${path}\n`);
    expect(text).not.toMatch(/^Disallow: \/$/m);
  });

  type Tag = { title?: string; name?: string; content?: string };

  /** The tags a page's meta function writes for its data, in the page's language. */
  async function tagsOf(module: string, url: string, locale: string, data?: unknown) {
    const page = (await import(module)) as Page;
    return page.meta({
      data,
      params: {},
      location: { pathname: url, search: "", hash: "", state: null, key: "default" },
      matches: [
        { id: "root", data: { locale }, params: {}, pathname: "/", meta: [], handle: undefined },
      ],
    } as unknown as Parameters<MetaFunction>[0]) as Tag[];
  }

  /** A record page's title and description, its loader run for the URL. */
  async function metaOf(
    module: string,
    url: string,
    params: Record<string, string>,
    locale: string,
  ) {
    const page = (await import(module)) as Page;
    const data = await page.loader({ request: get(url), params, context: {} });
    const tags = await tagsOf(module, url, locale, data);
    return {
      title: tags.find((tag) => tag.title)?.title,
      description: tags.find((tag) => tag.name === "description")?.content,
    };
  }

  it("describes an offer page with the town, its country and its text, cut short", async () => {
    const cs = await metaOf(
      "~/routes/offers.$id",
      `/offers/${ids.published}`,
      { id: String(ids.published) },
      "cs",
    );
    expect(cs.title).toBe("Sitemapolis — Spolu");
    expect(cs.description).toMatch(/^Sitemapolis \(Polsko\) hledá partnerskou obec v Česku\. /);
    expect(cs.description!.length).toBeLessThanOrEqual(160);
    expect(cs.description).toMatch(/…$/);
    // The page's language comes from the request, for its loader and its <head> alike.
    const de = await metaOf(
      "~/routes/offers.$id",
      `/offers/${ids.published}?lang=de`,
      { id: String(ids.published) },
      "de",
    );
    expect(de.description).toMatch(/^Sitemapolis \(Polen\) sucht eine Partnergemeinde/);
  });

  it("describes a municipality by its size and kraj, with its public profile", async () => {
    const entry = await metaOf(
      "~/routes/municipalities.$id",
      `/municipalities/${ids.entry}?lang=pl`,
      { id: String(ids.entry) },
      "pl",
    );
    expect(entry.title).toBe("Mapová Lhota — Spolu");
    expect(entry.description).toMatch(/^Mapová Lhota, Kraj Vysočina: 1234 mieszkańcy\./);
    const profile = await metaOf(
      "~/routes/municipalities.$id",
      `/municipalities/${ids.profile}`,
      { id: String(ids.profile) },
      "cs",
    );
    expect(profile.description).toContain("hledáme partnera pro školy");
  });

  it.each([
    ["~/routes/offers._index", "/offers", "en", "Partnership requests — Spolu"],
    ["~/routes/login", "/login", "de", undefined],
    ["~/routes/signup", "/signup", "uk", undefined],
    ["~/routes/forgot-password", "/forgot-password", "sk", undefined],
  ])("titles %s in one language, with a description", async (module, url, locale, title) => {
    const tags = await tagsOf(module, url, locale);
    const pageTitle = tags.find((tag) => tag.title)?.title ?? "";
    if (title) expect(pageTitle).toBe(title);
    expect(pageTitle).not.toContain("/");
    expect(tags.find((tag) => tag.name === "description")?.content?.length).toBeGreaterThan(40);
  });

  it("cuts a long description at a word, with an ellipsis", () => {
    expect(clipText("krátký text")).toBe("krátký text");
    const cut = clipText("slovo ".repeat(60));
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).toMatch(/slovo…$/);
  });
});
