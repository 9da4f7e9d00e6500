// The public directory of all municipalities (/municipalities, /api/municipalities,
// /municipalities.csv): every filter, the counts per filter, Czech name order and
// pages, checked against the register file itself, identically on both databases.
import fs from "node:fs";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REGISTER_FILE } from "../../db/import-municipalities";
import { parseDirectoryQuery, type DirectoryQuery } from "~/domain/forms/directory";
import { KRAJE } from "~/domain/kraje";
import { czechSortKey } from "~/domain/normalize";
import { parseRegister, sizeBand, type CompleteEntry } from "~/domain/register";
import { directoryFacets, searchDirectory } from "~/models/directory.server";
import { REGISTER_ATTRIBUTION } from "~/features/open-data/records";
import { makeMunicipality, makeUser, tag, type TestUser } from "../support/factories";
import { csvRecords } from "../support/csv";
import { get, useTestDatabase, call } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;

const ALL = { limit: 10_000, offset: 0 };

describe(`the directory of municipalities on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;
  let register: CompleteEntry[];
  let routes: { page: { loader: Loader }; csv: { loader: Loader } };
  /** The register entries a filter should keep, computed from the file, not the database. */
  const expected = (keep: (e: CompleteEntry) => boolean) =>
    register
      .filter(keep)
      .map((e) => e.code)
      .sort();
  const codesOf = async (query: Partial<DirectoryQuery>) => {
    const { entries, total } = await searchDirectory(t.db, query, "name", ALL);
    expect(entries).toHaveLength(total);
    // Only register rows: test entries (codes 9xxxxx) stay out of the comparison.
    return entries
      .map((e) => e.code ?? "")
      .filter((c) => c.startsWith("5"))
      .sort();
  };

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    staff = await makeUser(t, "staff");
    register = parseRegister(fs.readFileSync(REGISTER_FILE, "utf8")).entries as CompleteEntry[];
    routes = {
      page: (await import("~/routes/municipalities._index")) as { loader: Loader },
      csv: (await import("~/routes/municipalities[.]csv")) as { loader: Loader },
    };
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("filters by kraj, okres, size and kind exactly as the register says", async () => {
    expect(await codesOf({ kraj: "CZ-32", size: "lt500" })).toEqual(
      expected((e) => e.kraj === "CZ-32" && e.population < 500),
    );
    expect(await codesOf({ okres: "3713" })).toEqual(expected((e) => e.okresCode === "3713"));
    expect(await codesOf({ kind: "městys", size: "1000-4999" })).toEqual(
      expected((e) => e.kind === "městys" && e.population >= 1_000 && e.population < 5_000),
    );
    expect(await codesOf({ size: "100000+" })).toEqual(expected((e) => e.population >= 100_000));
    expect(await codesOf({ kraj: "CZ-10" })).toEqual(["554782"]);
  });

  it("searches names without diacritics, by any part", async () => {
    const folded = (e: CompleteEntry) =>
      e.name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
    expect(await codesOf({ q: "nova ves" })).toEqual(
      expected((e) => folded(e).includes("nova ves")),
    );
    expect(await codesOf({ q: "NOVÁ VES" })).toEqual(await codesOf({ q: "nova ves" }));
    // Every Lhota, Lhotka, Lhoty … (84 names hold "lhot"; 83 as a word, Malhotice aside).
    expect(await codesOf({ q: "lhot" })).toEqual(expected((e) => folded(e).includes("lhot")));
    expect(expected((e) => /(^|[ -])lhot/.test(folded(e)))).toHaveLength(83);
    const lhota = await searchDirectory(t.db, { q: "lhota" }, "name", ALL);
    expect(lhota.entries.map((e) => e.name)).toContain("Dolní Lhota");
    expect((await searchDirectory(t.db, { q: "qxzqxz" }, "name", ALL)).total).toBe(0);
  });

  it("counts per filter, each facet as if its own choice were not made", async () => {
    const facets = await directoryFacets(t.db, { kraj: "CZ-31", size: "lt500" });
    // The kraj facet ignores the kraj choice (but keeps the size).
    for (const k of KRAJE) {
      expect(facets.kraj[k.code] ?? 0, k.code).toBe(
        register.filter((e) => e.kraj === k.code && e.population < 500).length +
          (await extraTestRows({ kraj: k.code, size: "lt500" })),
      );
    }
    // The size facet ignores the size choice (but keeps the kraj).
    const bands = new Map<string, number>();
    for (const e of register.filter((e) => e.kraj === "CZ-31"))
      bands.set(sizeBand(e.population), (bands.get(sizeBand(e.population)) ?? 0) + 1);
    for (const [band, n] of bands) expect(facets.size[band], band).toBe(n);
    // Okres options of the chosen kraj, with their counts.
    const krumlov = facets.okres.find((o) => o.name === "Český Krumlov");
    expect(krumlov?.count).toBe(
      register.filter((e) => e.okres === "Český Krumlov" && e.population < 500).length,
    );
    expect(facets.kind.obec).toBe(
      register.filter((e) => e.kraj === "CZ-31" && e.population < 500 && e.kind === "obec").length,
    );
  });

  /** Rows tests of this file added (none in these filters unless a test made them). */
  async function extraTestRows(query: Partial<DirectoryQuery>): Promise<number> {
    const { entries } = await searchDirectory(t.db, query, "name", ALL);
    return entries.filter((e) => !e.code?.startsWith("5")).length;
  }

  it("marks and filters municipalities with a Spolu profile and with partners", async () => {
    const mayor = await makeUser(t, "mayor");
    const name = `Profilová ${tag()}`;
    const id = await makeMunicipality(t, mayor.id, staff.id, {
      name,
      kraj: "CZ-41",
      partnerships: [{ town: "Weitra", country: "AT", sinceYear: null }],
    });
    const profiles = await searchDirectory(t.db, { profile: true }, "name", ALL);
    expect(profiles.entries.every((e) => e.hasProfile)).toBe(true);
    expect(profiles.entries.map((e) => e.id)).toContain(id);
    const mine = profiles.entries.find((e) => e.id === id)!;
    expect(mine).toMatchObject({ name, hasProfile: true, claimed: true, partners: 1 });
    const withPartners = await searchDirectory(t.db, { partners: true }, "name", ALL);
    expect(withPartners.entries.map((e) => e.name)).toEqual(
      expect.arrayContaining(["Brno", "Ostrava", name]),
    );
    expect(withPartners.entries.every((e) => e.partners > 0)).toBe(true);
    const facets = await directoryFacets(t.db, {});
    expect(facets.profile).toBe(profiles.total);
    expect(facets.partners).toBe(withPartners.total);
  });

  it("sorts by Czech name order (Ch after H) and by size, and pages without gaps", async () => {
    const byName = await searchDirectory(t.db, { kraj: "CZ-42" }, "name", ALL);
    const keys = byName.entries.map((e) => czechSortKey(e.name));
    expect(keys).toEqual([...keys].sort());
    const names = byName.entries.map((e) => e.name);
    expect(names).toEqual(
      [...names].sort(new Intl.Collator("cs", { sensitivity: "variant" }).compare),
    );
    expect(names.indexOf("Chomutov")).toBeGreaterThan(names.indexOf("Hrobčice"));

    const bySize = await searchDirectory(t.db, { kraj: "CZ-42" }, "population", ALL);
    expect(bySize.entries[0]?.name).toBe("Ústí nad Labem");
    const sizes = bySize.entries.map((e) => e.population);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const smallest = await searchDirectory(t.db, { kraj: "CZ-42" }, "population-asc", ALL);
    expect(smallest.entries[0]?.population).toBe(Math.min(...sizes));

    const page1 = await searchDirectory(t.db, { kraj: "CZ-42" }, "name", { limit: 50, offset: 0 });
    const page2 = await searchDirectory(t.db, { kraj: "CZ-42" }, "name", { limit: 50, offset: 50 });
    expect([...page1.entries, ...page2.entries].map((e) => e.id)).toEqual(
      byName.entries.slice(0, 100).map((e) => e.id),
    );
    expect(page1.total).toBe(354);
  });

  it("reads its filters from the URL and reports values it does not know", () => {
    expect(
      parseDirectoryQuery(
        new URLSearchParams(
          "q=Lhota&kraj=cz-31&okres=3306&size=lt500&kind=obec&profile=1&sort=population",
        ),
      ),
    ).toEqual({
      query: {
        q: "Lhota",
        kraj: "CZ-31",
        okres: "3306",
        size: "lt500",
        kind: "obec",
        profile: true,
        sort: "population",
      },
      problems: {},
    });
    expect(
      parseDirectoryQuery(new URLSearchParams("kraj=XX&okres=Brno&size=huge&kind=ves&sort=x"))
        .problems,
    ).toEqual({ kraj: "XX", okres: "Brno", size: "huge", kind: "ves", sort: "x" });
  });

  it("serves the page: 400 with a message beside a bad filter, the list all the same", async () => {
    const ok = await call(routes.page.loader, get("/municipalities?kraj=CZ-10"));
    expect(ok.status).toBe(200);
    expect(ok.data).toMatchObject({ total: 1, entries: [{ name: "Praha", kind: "hlavní město" }] });
    const bad = await call(routes.page.loader, get("/municipalities?kraj=XX&size=huge"));
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.data as { errors: object }).errors).sort()).toEqual(["kraj", "size"]);
    expect((bad.data as { total: number }).total).toBeGreaterThanOrEqual(6_254);
    // A page past the end shows the last one.
    const past = await call(routes.page.loader, get("/municipalities?kraj=CZ-41&page=999"));
    expect(past.data).toMatchObject({ page: 3, pages: 3 });
  });

  it("exports the filtered list as CSV, each row naming its source", async () => {
    const result = await call(
      routes.csv.loader,
      get("/municipalities.csv?okres=3713&sort=population"),
    );
    expect(result.status).toBe(200);
    const records = csvRecords((result.text as string).replace(/^\uFEFF/, ""));
    expect(records.map((r) => r.code).sort()).toEqual(expected((e) => e.okresCode === "3713"));
    expect(records[0]).toMatchObject({ name: "Znojmo", kind: "město", okres: "Znojmo" });
    expect(records.every((r) => r.source === REGISTER_ATTRIBUTION)).toBe(true);
    expect(Object.keys(records[0]!)).toContain("ico");
  });
});
