// The registry of partnerships: the import of the public lists at setup (counts,
// idempotence, removed rows stay removed), a municipality's verified owner and
// staff confirming, correcting, removing and adding rows with their history, and
// everyone else refused; /partnerships, its CSV and /api/partnerships filtered,
// with nothing private in them. Runs on SQLite and PostgreSQL alike.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPartnerships } from "../../db/import-partnerships";
import { parseTwinnings } from "~/domain/twinnings";
import {
  addPartnership,
  confirmPartnership,
  correctPartnership,
  listPartnershipHistory,
  listPartnerships,
  PartnershipError,
  removePartnership,
} from "~/models/partnership.server";
import { getPublicMunicipality } from "~/models/municipality.server";
import {
  cookieCache,
  makeMunicipality,
  makePartnership,
  makeRegisterEntry,
  makeUser,
  type TestUser,
} from "../support/factories";
import { get, post, useTestDatabase, call, errorsOf, type RouteResult } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => Promise<unknown>;
interface Route {
  loader?: Handler;
  action?: Handler;
}

const SHIPPED = fs.readFileSync(path.join("db", "data", "czech-twinnings.csv"), "utf8");
const HEADER = SHIPPED.slice(0, SHIPPED.indexOf("\n"));

describe(`the registry of partnerships on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;
  let cookieOf: ReturnType<typeof cookieCache>;
  let routes: Record<"list" | "csv" | "api" | "manage" | "page", Route>;
  const quiet = () => undefined;

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    cookieOf = cookieCache(t);
    staff = await makeUser(t, "staff");
    routes = {
      list: await import("~/routes/partnerships"),
      csv: await import("~/routes/partnerships[.]csv"),
      api: await import("~/routes/api.partnerships"),
      manage: await import("~/routes/municipalities.$id_.partnerships"),
      page: await import("~/routes/municipalities.$id"),
    };
  });
  afterAll(() => t.cleanup());

  const run = (route: Route, kind: "loader" | "action", request: Request, id?: number) =>
    call(route[kind] as Handler, request, id === undefined ? {} : { id: String(id) });

  /** A municipality of its own with a verified mayor, and one public-list row (unverified). */
  async function ownedWithImportedRow(town = `Partnerstadt ${Math.random()}`) {
    const mayor = await makeUser(t, "mayor");
    const id = await makeMunicipality(t, mayor.id, staff.id, {}, { verify: true });
    const row = await makePartnership(t, id, staff.id, {
      town,
      country: "PL",
      sinceYear: null,
      source: "public_list",
    });
    return { mayor, id, row };
  }

  describe("the import of the public lists", () => {
    it("imported every row of the shipped file once, unverified and with its source", async () => {
      const parsed = parseTwinnings(SHIPPED);
      expect(parsed.problems).toEqual([]);
      expect(parsed.rows.length).toBe(1_138);
      // The setup's import only: not the rows other tests of this file add (their own
      // register entries have codes from 900000 on, the real ones below 600000).
      const imported = await t.db
        .selectFrom("partnerships as p")
        .innerJoin("municipalities as m", "m.id", "p.municipality_id")
        .select(["p.municipality_id", "p.source_url", "p.confirmed_by", "p.partner_place_id"])
        .where("p.source", "=", "public_list")
        .where("m.code", "<", "900000")
        .execute();
      // The rest were already listed by the demo profiles (Brno–Leipzig …), not added twice.
      expect(imported.length).toBeGreaterThan(1_100);
      expect(imported.length).toBeLessThanOrEqual(1_138);
      expect(new Set(imported.map((r) => r.municipality_id)).size).toBe(470);
      expect(imported.every((r) => r.confirmed_by === null)).toBe(true);
      expect(
        imported.every((r) => /^https:\/\/en\.wikipedia\.org\//.test(r.source_url ?? "")),
      ).toBe(true);
      // Nearly every partner found its place (a line on the map).
      expect(imported.filter((r) => r.partner_place_id !== null).length).toBeGreaterThan(1_050);
    });

    it("adds nothing on a second run, and a removed row does not come back", async () => {
      const before = await t.db
        .selectFrom("partnerships")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      await importPartnerships(t.db, { say: quiet });
      const row = await t.db
        .selectFrom("partnerships as p")
        .innerJoin("municipalities as m", "m.id", "p.municipality_id")
        .select(["p.id", "m.id as municipalityId"])
        .where("p.source", "=", "public_list")
        .where("m.name", "=", "Náchod")
        .where("p.partner_town", "=", "Kłodzko")
        .executeTakeFirstOrThrow();
      await removePartnership(t.db, row.municipalityId, row.id, "test", {
        id: staff.id,
        role: "staff",
      });
      await importPartnerships(t.db, { force: true, say: quiet });
      const after = await t.db
        .selectFrom("partnerships")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
      const nachod = await getPublicMunicipality(t.db, row.municipalityId);
      expect(nachod?.partnerships.map((p) => p.town)).not.toContain("Kłodzko");
    });

    it("adds only the new rows of a later file, and refuses a broken file whole", async () => {
      const entry = await makeRegisterEntry(t, {
        name: "Nová Lhota u Testu",
        lat: 49.1,
        lon: 15.1,
      });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spolu-twinnings-"));
      const later = path.join(dir, "later.csv");
      const firstRows = SHIPPED.split("\n").slice(1, 4).join("\n");
      fs.writeFileSync(
        later,
        `${HEADER}\n${firstRows}\nNová Lhota u Testu,CZ,49.1,15.1,300,Weitra,AT,48.70,14.89,2000,https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Austria\n`,
      );
      await importPartnerships(t.db, { file: later, force: true, say: quiet });
      const rows = await t.db
        .selectFrom("partnerships")
        .select(["partner_town", "confirmed_by"])
        .where("municipality_id", "=", entry)
        .execute();
      expect(rows).toEqual([{ partner_town: "Weitra", confirmed_by: null }]);

      const broken = path.join(dir, "broken.csv");
      fs.writeFileSync(
        broken,
        `${HEADER}\nNová Lhota u Testu,CZ,49.1,15.1,300,Zwettl,XX,48.60,15.16,11000,https://en.wikipedia.org/x\n`,
      );
      await expect(
        importPartnerships(t.db, { file: broken, force: true, say: quiet }),
      ).rejects.toThrow(/line 2: b_country/);
      expect(
        await t.db
          .selectFrom("partnerships")
          .select("id")
          .where("partner_town", "=", "Zwettl")
          .where("municipality_id", "=", entry)
          .execute(),
      ).toEqual([]);
    });
  });

  describe("changes by the municipality and staff", () => {
    it("lets the verified mayor confirm, correct, remove and add, each in the history", async () => {
      const { mayor, id, row } = await ownedWithImportedRow("Kudowa-Zdrój");
      const actor = { id: mayor.id, role: "mayor" as const };
      await confirmPartnership(t.db, id, row, actor);
      await correctPartnership(t.db, id, row, { sinceYear: 1997, state: "dormant" }, actor);
      const added = await addPartnership(
        t.db,
        id,
        { town: "Polanica-Zdrój", country: "PL", sinceYear: 2004 },
        actor,
      );
      const rows = await listPartnerships(
        t.db,
        actor,
        { municipalityId: id },
        { limit: 10, offset: 0 },
      );
      expect(
        rows.map((r) => [r.partnerTown, r.sinceYear, r.confirmedBy, !!r.dormantSince]),
      ).toEqual([
        ["Kudowa-Zdrój", 1997, "municipality", true],
        ["Polanica-Zdrój", 2004, "municipality", false],
      ]);
      await removePartnership(t.db, id, added, "Ukončeno 2020.", actor);
      const history = await listPartnershipHistory(t.db, id);
      expect(history.map((h) => [h.action, h.partnerTown, h.by])).toEqual(
        expect.arrayContaining([
          ["confirmed", "Kudowa-Zdrój", "municipality"],
          ["corrected", "Kudowa-Zdrój", "municipality"],
          ["added", "Polanica-Zdrój", "municipality"],
          ["removed", "Polanica-Zdrój", "municipality"],
        ]),
      );
      expect(history.find((h) => h.action === "removed")?.comment).toBe("Ukončeno 2020.");
      expect(history.find((h) => h.action === "corrected")?.comment).toMatch(/since \? → 1997/);
      const pub = await getPublicMunicipality(t.db, id);
      expect(pub?.partnerships.map((p) => p.town)).toEqual(["Kudowa-Zdrój"]);
    });

    it("refuses another mayor, an unverified owner, a foreign town, and a duplicate", async () => {
      const { id, row } = await ownedWithImportedRow();
      const stranger = await makeUser(t, "mayor");
      await makeMunicipality(t, stranger.id, staff.id, {}, { verify: true });
      const unverified = await makeUser(t, "mayor");
      const ownId = await makeMunicipality(t, unverified.id, staff.id);
      const foreign = await makeUser(t, "foreign");
      for (const user of [stranger, foreign]) {
        const actor = { id: user.id, role: user.role };
        await expect(confirmPartnership(t.db, id, row, actor)).rejects.toThrow(PartnershipError);
        await expect(removePartnership(t.db, id, row, "", actor)).rejects.toThrow("forbidden");
        await expect(
          addPartnership(t.db, id, { town: "Ząbkowice", country: "PL", sinceYear: null }, actor),
        ).rejects.toThrow("forbidden");
      }
      await expect(
        addPartnership(
          t.db,
          ownId,
          { town: "Ząbkowice", country: "PL", sinceYear: null },
          { id: unverified.id, role: "mayor" },
        ),
      ).rejects.toThrow("forbidden");
      // A row of another municipality cannot be reached through one's own.
      await expect(
        confirmPartnership(t.db, ownId, row, { id: staff.id, role: "staff" }),
      ).rejects.toThrow("not_found");
      const town = (
        await listPartnerships(t.db, null, { municipalityId: id }, { limit: 5, offset: 0 })
      )[0]!.partnerTown;
      await expect(
        addPartnership(
          t.db,
          id,
          { town: town.toUpperCase(), country: "PL", sinceYear: null },
          {
            id: staff.id,
            role: "staff",
          },
        ),
      ).rejects.toThrow("duplicate");
      const rows = await t.db
        .selectFrom("partnerships")
        .select(["confirmed_by", "removed_at"])
        .where("id", "=", row)
        .executeTakeFirstOrThrow();
      expect(rows).toEqual({ confirmed_by: null, removed_at: null });
    });

    it("records staff's changes as the union's", async () => {
      const { id, row } = await ownedWithImportedRow();
      await confirmPartnership(t.db, id, row, { id: staff.id, role: "staff" });
      const [entry] = await listPartnershipHistory(t.db, id);
      expect(entry).toMatchObject({ action: "confirmed", by: "union" });
      const [view] = await listPartnerships(
        t.db,
        null,
        { municipalityId: id },
        { limit: 1, offset: 0 },
      );
      expect(view?.confirmedBy).toBe("union");
    });
  });

  describe("the pages and the open data", () => {
    it("manages rows through the page: field errors on bad input, 403 for others", async () => {
      const { mayor, id, row } = await ownedWithImportedRow();
      const cookie = await cookieOf(mayor);
      const url = `/municipalities/${id}/partnerships`;
      const loaded = await run(routes.manage, "loader", get(url, cookie), id);
      expect(loaded.status).toBe(200);

      const badYear = await run(
        routes.manage,
        "action",
        post(
          url,
          { intent: "correct", id: String(row), sinceYear: "1850", state: "active" },
          cookie,
        ),
        id,
      );
      expect(badYear.status).toBe(400);
      expect(errorsOf(badYear).sinceYear).toMatch(/1945/);
      const badCountry = await run(
        routes.manage,
        "action",
        post(url, { intent: "add", town: "Bogen", country: "XX", sinceYear: "" }, cookie),
        id,
      );
      expect(badCountry.status).toBe(400);
      expect(Object.keys(errorsOf(badCountry))).toEqual(["country"]);
      const unknown = await run(routes.manage, "action", post(url, { intent: "drop" }, cookie), id);
      expect(unknown.status).toBe(400);
      const gone = await run(
        routes.manage,
        "action",
        post(url, { intent: "confirm", id: "2147483647" }, cookie),
        id,
      );
      expect(gone.status).toBe(404);

      const ok = await run(
        routes.manage,
        "action",
        post(url, { intent: "add", town: "Bogen", country: "de", sinceYear: "1996" }, cookie),
        id,
      );
      expect(ok.status).toBe(302);
      expect(ok.location).toBe(url);

      const stranger = await makeUser(t, "mayor");
      for (const user of [stranger, null]) {
        const other = await run(routes.manage, "loader", get(url, await cookieOf(user)), id);
        expect([302, 403]).toContain(other.status);
        const write = await run(
          routes.manage,
          "action",
          post(url, { intent: "confirm", id: String(row) }, await cookieOf(user)),
          id,
        );
        expect([302, 403]).toContain(write.status);
      }
      const still = await t.db
        .selectFrom("partnerships")
        .select("confirmed_by")
        .where("id", "=", row)
        .executeTakeFirstOrThrow();
      expect(still.confirmed_by).toBeNull();
      // The municipality's page offers the management link to its owner only.
      const own = await run(routes.page, "loader", get(`/municipalities/${id}`, cookie), id);
      expect(own.text).toContain('"canManage":true');
      const visitor = await run(routes.page, "loader", get(`/municipalities/${id}`), id);
      expect(visitor.text).toContain('"canManage":false');
    });

    it("filters /partnerships by country, kraj and verification, and reports a bad value", async () => {
      const byCountry = await run(routes.list, "loader", get("/partnerships?country=SK"));
      const data = byCountry.data as {
        total: number;
        items: { partnerCountry: string; kraj: string; confirmedBy: string | null }[];
      };
      expect(data.total).toBeGreaterThan(100);
      expect(data.items.every((p) => p.partnerCountry === "SK")).toBe(true);
      const narrow = await run(
        routes.list,
        "loader",
        get("/partnerships?country=PL&kraj=CZ-52&verified=0"),
      );
      const narrowData = narrow.data as typeof data;
      expect(narrowData.total).toBeGreaterThan(10);
      expect(narrowData.total).toBeLessThan(data.total + 300);
      expect(
        narrowData.items.every(
          (p) => p.partnerCountry === "PL" && p.kraj === "CZ-52" && p.confirmedBy === null,
        ),
      ).toBe(true);
      const bad = await run(routes.list, "loader", get("/partnerships?country=XX&verified=maybe"));
      expect(bad.status).toBe(400);
      expect(Object.keys(errorsOf(bad)).sort()).toEqual(["country", "verified"]);
    });

    it("publishes the same rows as CSV and JSON with the source, and nothing private", async () => {
      const { mayor, id, row } = await ownedWithImportedRow("Tajemné Město");
      await correctPartnership(
        t.db,
        id,
        row,
        { sinceYear: null, state: "dormant" },
        {
          id: mayor.id,
          role: "mayor",
        },
      );
      const api = await run(
        routes.api,
        "loader",
        get(`/api/partnerships?country=PL&per_page=100&page=1`),
      );
      expect(api.status).toBe(200);
      const body = JSON.parse(api.text) as {
        attribution: string;
        total: number;
        data: Record<string, unknown>[];
      };
      expect(body.attribution).toMatch(/Wikipedi/);
      expect(body.total).toBeGreaterThan(250);
      expect(Object.keys(body.data[0]!).sort()).toEqual(
        [
          "id",
          "municipality_id",
          "municipality_url",
          "municipality_code",
          "municipality",
          "kraj",
          "partner_town",
          "partner_country",
          "since_year",
          "verified",
          "confirmed_by",
          "source",
          "source_urls",
        ].sort(),
      );
      expect(api.text).not.toMatch(/dormant|contact_id|last_activity|removed/i);
      const bad = await run(routes.api, "loader", get("/api/partnerships?kraj=CZ-99"));
      expect(bad.status).toBe(400);

      const csv = await run(routes.csv, "loader", get("/partnerships.csv?country=PL&verified=0"));
      const lines = csv.text.split("\r\n").filter(Boolean);
      expect(lines[0]).toContain("id,municipality_id,municipality_url");
      expect(lines.length - 1).toBeGreaterThan(200);
      expect(lines.slice(1).every((l) => l.includes(",PL,") && l.includes("Wikipedii"))).toBe(true);
    });
  });
});

// The shape `call` gives back, for the casts above.
export type { RouteResult };
