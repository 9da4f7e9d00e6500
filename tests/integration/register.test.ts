// Every Czech municipality on Spolu: the register's import (counts, idempotence, a
// later file, profiles made before it), the place search, claims and their
// conflicts, and what the import must never do (write half a file).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importMunicipalities, REGISTER_FILE } from "../../db/import-municipalities";
import { DataFileError } from "../../db/cli";
import { ensureKraje } from "../../db/import-places";
import { migrateToLatest } from "../../db/migrate";
import { parseRegister } from "~/domain/register";
import {
  ClaimDecisionError,
  ClaimError,
  claimMunicipality,
  decideClaim,
  listClaims,
} from "~/models/claim.server";
import { resolveMunicipalityChoice, suggestMunicipalities } from "~/models/directory.server";
import {
  getMunicipalityWithContact,
  getPublicMunicipality,
  saveMunicipality,
} from "~/models/municipality.server";
import { importRegister } from "~/models/register.server";
import { listNotifications } from "~/models/notification.server";
import {
  makeMunicipality,
  makeRegisterEntry,
  makeUser,
  profileInput,
  tag,
  type TestUser,
} from "../support/factories";
import {
  createEmptyDb,
  createSeededDb,
  dialectName,
  TEST_DIR,
  type TestDb,
} from "../support/test-db";

const OFFICIAL_PER_KRAJ: Record<string, number> = {
  "CZ-10": 1,
  "CZ-20": 1_144,
  "CZ-31": 623,
  "CZ-32": 501,
  "CZ-41": 133,
  "CZ-42": 354,
  "CZ-51": 215,
  "CZ-52": 448,
  "CZ-53": 451,
  "CZ-63": 704,
  "CZ-64": 672,
  "CZ-71": 401,
  "CZ-72": 307,
  "CZ-80": 300,
};

/** Register rows only: test entries have codes from 900001 on, the register's start with 5. */
const registerRows = (t: TestDb) => t.db.selectFrom("municipalities").where("code", "like", "5%");

describe(`the register of municipalities on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;
  beforeAll(async () => {
    t = await createSeededDb();
    staff = await makeUser(t, "staff");
  });
  afterAll(async () => {
    await t.cleanup();
  });

  describe("the import", () => {
    it("holds the 6,254 obce with the official counts per kraj and the national population", async () => {
      const rows = await registerRows(t)
        .select(["kraj", (eb) => eb.fn.countAll().as("n"), (eb) => eb.fn.sum("population").as("p")])
        .groupBy("kraj")
        .execute();
      expect(Object.fromEntries(rows.map((r) => [r.kraj, Number(r.n)]))).toEqual(OFFICIAL_PER_KRAJ);
      expect(rows.reduce((sum, r) => sum + Number(r.n), 0)).toBe(6_254);
      expect(rows.reduce((sum, r) => sum + Number(r.p), 0)).toBe(10_909_500);
      const military = await t.db
        .selectFrom("municipalities")
        .select("id")
        .where("kind", "=", "vojenský újezd")
        .execute();
      expect(military).toEqual([]);
      // Official names, not GeoNames' English ones; and Plzeň-jih's tiny Kozlovice is there.
      const byCode = async (code: string) =>
        t.db
          .selectFrom("municipalities")
          .select(["name", "kind", "okres", "population", "ico", "population_date"])
          .where("code", "=", code)
          .executeTakeFirstOrThrow();
      expect(await byCode("554782")).toMatchObject({ name: "Praha", kind: "hlavní město" });
      expect(await byCode("554791")).toMatchObject({ name: "Plzeň", kind: "statutární město" });
      expect(await byCode("540200")).toEqual({
        name: "Kozlovice",
        kind: "obec",
        okres: "Plzeň-jih",
        population: 101,
        ico: "00574295",
        population_date: "2025-01-01",
      });
    });

    it("changes nothing when the same file comes again", async () => {
      const before = await registerRows(t)
        .select((eb) => [eb.fn.countAll().as("n"), eb.fn.max("updated_at").as("at")])
        .executeTakeFirstOrThrow();
      const { entries } = parseRegister(fs.readFileSync(REGISTER_FILE, "utf8"));
      const report = await importRegister(t.db, entries);
      expect(report).toMatchObject({ inserted: 0, updated: 0, unchanged: 6_254, linked: [] });
      const after = await registerRows(t)
        .select((eb) => [eb.fn.countAll().as("n"), eb.fn.max("updated_at").as("at")])
        .executeTakeFirstOrThrow();
      expect(after).toEqual(before);
      // And npm start's setup skips a file it has seen. Its count takes in every entry with
      // a code, so also those other tests here made (codes from 900001 on, see registerRows).
      const made = await t.db
        .selectFrom("municipalities")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("code", "like", "9%")
        .executeTakeFirstOrThrow();
      const withCode = (6_254 + Number(made.n)).toLocaleString("en");
      const said: string[] = [];
      await importMunicipalities(t.db, { say: (m) => said.push(m) });
      expect(said).toEqual([
        `municipalities: the register is up to date (${withCode} municipalities)`,
      ]);
    });

    it("updates populations from a later file by code and keeps the profile, owner and claim", async () => {
      // The command records the file it applied as the last one imported: it runs on a
      // database of its own, so the others here still hold the register as set up.
      const own = await createSeededDb();
      try {
        const ownStaff = await makeUser(own, "staff");
        const mayor = await makeUser(own, "mayor");
        const id = await makeMunicipality(own, mayor.id, ownStaff.id, { population: 480 });
        const { code } = await own.db
          .selectFrom("municipalities")
          .select("code")
          .where("id", "=", id)
          .executeTakeFirstOrThrow();
        const before = await getMunicipalityWithContact(own.db, id, {
          id: ownStaff.id,
          role: "staff",
        });
        const file = path.join(TEST_DIR, `population-${tag()}.csv`);
        fs.writeFileSync(file, `code;population;population_date\r\n${code};512;2026-01-01\r\n`);
        try {
          // The command a person runs, with its progress output.
          const run = spawnSync(
            path.resolve("node_modules/.bin/tsx"),
            ["db/import-municipalities.ts", "--file", file],
            { env: { ...process.env, DATABASE_URL: own.url }, encoding: "utf8" },
          );
          expect(run.status, run.stderr).toBe(0);
          expect(run.stdout).toContain("1 entries with code, population, population_date");
          expect(run.stdout).toContain("0 added, 1 updated");
        } finally {
          fs.rmSync(file, { force: true });
        }
        const after = await getMunicipalityWithContact(own.db, id, {
          id: ownStaff.id,
          role: "staff",
        });
        expect(after).toMatchObject({ population: 512, populationDate: "2026-01-01" });
        const { population: _p, populationDate: _d, updatedAt: _u, ...rest } = after!;
        const { population: _p0, populationDate: _d0, updatedAt: _u0, ...restBefore } = before!;
        expect(rest).toEqual(restBefore);
        expect(rest).toMatchObject({ ownerId: mayor.id, status: "published" });
        expect(await listClaims(own.db, { municipalityId: id })).toHaveLength(1);
      } finally {
        await own.cleanup();
      }
    });

    it("refuses a file with a bad line and writes nothing of it", async () => {
      const file = path.join(TEST_DIR, `bad-${tag()}.csv`);
      fs.writeFileSync(file, "code,population\n540200,99\n554782,lots\n12,5\n540200,7\n");
      const before = await registerRows(t).select(["code", "population"]).execute();
      try {
        const error = await importMunicipalities(t.db, {
          file,
          force: true,
          say: () => undefined,
        }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DataFileError);
        const message = (error as Error).message;
        expect(message).toContain("3 problem(s); nothing was imported");
        expect(message).toContain('line 3: population must be a whole number ≥ 0 (got "lots")');
        expect(message).toContain("line 4: code must be the 6-digit RÚIAN code");
        expect(message).toContain("line 5: code 540200 is also on line 2");
      } finally {
        fs.rmSync(file, { force: true });
      }
      expect(await registerRows(t).select(["code", "population"]).execute()).toEqual(before);
    });
  });

  describe("finding one's municipality", () => {
    it("lists all fourteen Nová Ves first, each with its okres, larger first", async () => {
      const found = await suggestMunicipalities(t.db, "nová ves", 20);
      const exact = found.slice(0, 14);
      expect(exact.every((m) => m.name === "Nová Ves")).toBe(true);
      expect(found[14]?.name).not.toBe("Nová Ves");
      expect(new Set(exact.map((m) => m.okres)).size).toBe(14);
      expect(exact.map((m) => m.okres)).toContain("Český Krumlov");
      const sizes = exact.map((m) => m.population);
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      // Without diacritics and in capitals alike.
      expect((await suggestMunicipalities(t.db, "NOVA VES", 20)).map((m) => m.id)).toEqual(
        found.map((m) => m.id),
      );
    });

    it("finds both Kozlovice, the large one first", async () => {
      const found = await suggestMunicipalities(t.db, "kozlovice");
      expect(found.map((m) => [m.name, m.okres, m.population])).toEqual([
        ["Kozlovice", "Frýdek-Místek", 3_135],
        ["Kozlovice", "Plzeň-jih", 101],
      ]);
    });

    it.each(["boží dar", "bozi dar", "BOŽÍ DAR", "bozi d"])("finds Boží Dar for %s", async (q) => {
      const [first] = await suggestMunicipalities(t.db, q);
      expect(first).toMatchObject({ name: "Boží Dar", okres: "Karlovy Vary", population: 255 });
    });

    it("finds Praha, Plzeň, Pec pod Sněžkou and Dolní Lhota by a word of the name", async () => {
      expect((await suggestMunicipalities(t.db, "praha"))[0]?.name).toBe("Praha");
      expect((await suggestMunicipalities(t.db, "plzen"))[0]?.name).toBe("Plzeň");
      expect((await suggestMunicipalities(t.db, "pec pod sn"))[0]?.name).toBe("Pec pod Sněžkou");
      const lhota = await suggestMunicipalities(t.db, "lhota", 50);
      expect(lhota[0]?.name).toBe("Lhota");
      expect(lhota.map((m) => m.name)).toContain("Dolní Lhota");
      expect(lhota.every((m) => /(^| )lhota/i.test(m.name.normalize("NFD")))).toBe(true);
      expect(await suggestMunicipalities(t.db, "qxzqxz")).toEqual([]);
      expect(await suggestMunicipalities(t.db, "%_")).toEqual([]);
    });

    it("resolves a typed name, and lists the candidates when several bear it", async () => {
      const bozi = await resolveMunicipalityChoice(t.db, "", "Boží Dar");
      expect(bozi).toHaveProperty("id");
      const ves = await resolveMunicipalityChoice(t.db, undefined, "nova ves");
      expect(ves).toMatchObject({ error: "ambiguous" });
      expect("candidates" in ves && ves.candidates).toHaveLength(14);
      expect(await resolveMunicipalityChoice(t.db, "", "Atlantida")).toEqual({
        error: "notFound",
        candidates: [],
      });
      expect(await resolveMunicipalityChoice(t.db, "", "")).toEqual({
        error: "missing",
        candidates: [],
      });
      // A forged id, or one that is not a register entry, is not a choice.
      expect(await resolveMunicipalityChoice(t.db, "99999999", "")).toMatchObject({
        error: "notFound",
      });
      expect(await resolveMunicipalityChoice(t.db, "abc", "")).toMatchObject({ error: "missing" });
    });
  });

  describe("claims", () => {
    const claim = (municipalityId: number, user: TestUser) =>
      claimMunicipality(t.db, {
        municipalityId,
        user,
        role: "starosta",
        phone: "+420 601 000 000",
      });
    const ownerOf = async (id: number) =>
      await t.db
        .selectFrom("municipalities")
        .select(["owner_id", "verified"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();

    it("gives the first claimant the municipality and sends a second one to staff", async () => {
      const id = await makeRegisterEntry(t);
      const [first, second] = [await makeUser(t, "mayor"), await makeUser(t, "mayor")];
      expect(await claim(id, first)).toBe("pending");
      expect(await ownerOf(id)).toEqual({ owner_id: first.id, verified: 0 });
      expect(await claim(id, second)).toBe("conflict");
      expect(await ownerOf(id)).toEqual({ owner_id: first.id, verified: 0 });
      const claims = await listClaims(t.db, { municipalityId: id });
      expect(claims.map((c) => [c.user?.id, c.status])).toEqual([
        [first.id, "pending"],
        [second.id, "conflict"],
      ]);
      // The claimant's word stays with staff.
      expect(claims[0]).toMatchObject({
        claimantRole: "starosta",
        claimantPhone: "+420 601 000 000",
      });
    });

    it("refuses a foreign account, a second municipality, a second open claim and a forged id", async () => {
      const [a, b] = [await makeRegisterEntry(t), await makeRegisterEntry(t)];
      const count = async () =>
        Number(
          (
            await t.db
              .selectFrom("municipality_claims")
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const refused = async (attempt: () => Promise<unknown>, code: ClaimError["code"]) => {
        const before = await count();
        const error = await attempt().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ClaimError);
        expect((error as ClaimError).code).toBe(code);
        expect(await count()).toBe(before);
      };
      const foreign = await makeUser(t, "foreign");
      await refused(() => claim(a, foreign), "not_mayor");
      const mayor = await makeUser(t, "mayor");
      await claim(a, mayor);
      await refused(() => claim(b, mayor), "already_owner");
      const stranger = await makeUser(t, "mayor");
      await refused(() => claim(99_999_999, stranger), "not_found");
      // A profile not tied to the register cannot be claimed.
      const legacy = await t.db
        .insertInto("municipalities")
        .values({
          name: `Stará ${tag()}`,
          kraj: "CZ-63",
          population: 10,
          interests: "[]",
          languages: '["cs"]',
          description: "",
          seeks_countries: "[]",
          seeks_any_country: 1,
          status: "published",
          verified: 0,
          is_demo: 0,
          owner_id: null,
          place_id: null,
          code: null,
          kind: null,
          okres_code: null,
          okres: null,
          orp: null,
          population_date: null,
          ico: null,
          lat: null,
          lon: null,
          partner_population_min: null,
          partner_population_max: null,
          partner_max_distance_km: null,
          contact_name: null,
          contact_role: null,
          contact_email: null,
          contact_phone: null,
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await refused(() => claim(legacy.id, stranger), "not_found");
      // A conflict claimant cannot pile up a second claim meanwhile.
      const waiting = await makeUser(t, "mayor");
      expect(await claim(a, waiting)).toBe("conflict");
      await refused(() => claim(b, waiting), "claim_pending");
    });

    it("lets only one of two simultaneous claimants own a municipality", async () => {
      const id = await makeRegisterEntry(t);
      const claimants = await Promise.all([1, 2, 3].map(() => makeUser(t, "mayor")));
      const results = await Promise.all(claimants.map((user) => claim(id, user)));
      expect(results.filter((r) => r === "pending")).toHaveLength(1);
      expect(results.filter((r) => r === "conflict")).toHaveLength(2);
      const pending = (await listClaims(t.db, { municipalityId: id })).filter(
        (c) => c.status === "pending",
      );
      expect(pending).toHaveLength(1);
      expect((await ownerOf(id)).owner_id).toBe(pending[0]?.user?.id);
    });

    it("lets one account own one municipality even when it claims two at once", async () => {
      const [a, b] = [await makeRegisterEntry(t), await makeRegisterEntry(t)];
      const mayor = await makeUser(t, "mayor");
      const results = await Promise.allSettled([claim(a, mayor), claim(b, mayor)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const owned = await t.db
        .selectFrom("municipalities")
        .select("id")
        .where("owner_id", "=", mayor.id)
        .execute();
      expect(owned).toHaveLength(1);
    });

    it("verifies, separately from approving the texts, and tells the claimant", async () => {
      const mayor = await makeUser(t, "mayor");
      const id = await makeMunicipality(t, mayor.id, staff.id);
      // Approved texts, not yet verified.
      expect(await getPublicMunicipality(t.db, id)).toMatchObject({
        hasProfile: true,
        verified: false,
      });
      const [pending] = await listClaims(t.db, { municipalityId: id });
      await decideClaim(t.db, pending!.id, "verify", staff);
      expect((await getPublicMunicipality(t.db, id))?.verified).toBe(true);
      const notices = await listNotifications(t.db, mayor.id, { limit: 10 });
      expect(notices.map((n) => n.kind)).toContain("claim_verified");
      // A decided claim is not decided again.
      await expect(decideClaim(t.db, pending!.id, "reject", staff, "x")).rejects.toBeInstanceOf(
        ClaimDecisionError,
      );
    });

    it("rejecting the owner's claim releases the municipality and clears their profile, not its partnerships", async () => {
      const mayor = await makeUser(t, "mayor");
      const id = await makeMunicipality(t, mayor.id, staff.id, {
        partnerships: [{ town: "Weitra", country: "AT", sinceYear: 2001 }],
      });
      const [pending] = await listClaims(t.db, { municipalityId: id });
      await decideClaim(t.db, pending!.id, "reject", staff, "Úřad o žádosti neví.");
      const after = await getMunicipalityWithContact(t.db, id, { id: staff.id, role: "staff" });
      expect(after).toMatchObject({
        ownerId: null,
        verified: false,
        status: "none",
        hasProfile: false,
        interests: [],
        contactEmail: null,
      });
      // The registry's rows are the municipality's, and only staff or a verified owner write them.
      expect(after?.partnerships.map((p) => p.town)).toEqual(["Weitra"]);
      // The register entry stays public.
      expect(await getPublicMunicipality(t.db, id)).toMatchObject({ id, hasProfile: false });
      // Their save after that is refused rather than written to a municipality they lost.
      await expect(saveMunicipality(t.db, id, profileInput(), mayor)).rejects.toThrow();
      expect((await listNotifications(t.db, mayor.id, { limit: 10 })).map((n) => n.kind)).toContain(
        "claim_rejected",
      );
    });

    it("gives a conflict claimant the municipality, verified, and tells the previous owner", async () => {
      const [owner, rival] = [await makeUser(t, "mayor"), await makeUser(t, "mayor")];
      const id = await makeMunicipality(t, owner.id, staff.id, { description: "Text obce." });
      expect(await claim(id, rival)).toBe("conflict");
      const conflict = (await listClaims(t.db, { municipalityId: id })).find(
        (c) => c.status === "conflict",
      )!;
      // Verify is for the owner's pending claim only.
      await expect(decideClaim(t.db, conflict.id, "verify", staff)).rejects.toBeInstanceOf(
        ClaimDecisionError,
      );
      await decideClaim(t.db, conflict.id, "transfer", staff, "Ověřeno telefonem na úřadě.");
      expect(await ownerOf(id)).toEqual({ owner_id: rival.id, verified: 1 });
      const statuses = (await listClaims(t.db, { municipalityId: id })).map((c) => [
        c.user?.id,
        c.status,
      ]);
      expect(statuses).toEqual([
        [owner.id, "superseded"],
        [rival.id, "verified"],
      ]);
      // The profile belongs to the municipality and stays.
      expect((await getPublicMunicipality(t.db, id))?.description).toBe("Text obce.");
      expect((await listNotifications(t.db, owner.id, { limit: 10 })).map((n) => n.kind)).toContain(
        "claim_lost",
      );
    });
  });
});

describe(`a database from before the register, on ${dialectName()}`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createEmptyDb();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("ties its profiles to their register entries and keeps their owners and texts", async () => {
    await migrateToLatest(t.db, () => undefined);
    await ensureKraje(t.db);
    const owner = await makeUser(t, "mayor");
    const now = new Date().toISOString();
    const legacy = (name: string, lat: number | null, lon: number | null, ownerId: number | null) =>
      t.db
        .insertInto("municipalities")
        .values({
          name,
          kraj: "CZ-31",
          population: 999,
          lat,
          lon,
          owner_id: ownerId,
          place_id: null,
          code: null,
          kind: null,
          okres_code: null,
          okres: null,
          orp: null,
          population_date: null,
          ico: null,
          interests: '["culture"]',
          languages: '["cs","de"]',
          description: `Profil ${name}`,
          seeks_countries: "[]",
          seeks_any_country: 1,
          partner_population_min: null,
          partner_population_max: null,
          partner_max_distance_km: null,
          contact_name: "Jana",
          contact_role: null,
          contact_email: "jana@legacy.example",
          contact_phone: null,
          status: "published",
          verified: 1,
          is_demo: 0,
          created_at: now,
          updated_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
    // Of the fourteen Nová Ves, the one by Český Krumlov (its pin says so).
    const ves = await legacy("Nová Ves", 48.95, 14.25, owner.id);
    const nowhere = await legacy("Neexistující Lhota", null, null, null);
    const said: string[] = [];
    await importMunicipalities(t.db, { say: (m) => said.push(m) });
    expect(said.join("\n")).toContain('profile "Nová Ves" tied to code 513661');
    expect(said.join("\n")).toContain('profile "Neexistující Lhota"');
    const tied = await t.db
      .selectFrom("municipalities")
      .selectAll()
      .where("id", "=", ves.id)
      .executeTakeFirstOrThrow();
    expect(tied).toMatchObject({
      code: "513661",
      okres: "Český Krumlov",
      population: 407,
      owner_id: owner.id,
      description: "Profil Nová Ves",
      contact_email: "jana@legacy.example",
      status: "published",
    });
    // One row for the municipality: no second "Nová Ves" of Český Krumlov was added.
    const krumlov = await t.db
      .selectFrom("municipalities")
      .select("id")
      .where("code", "=", "513661")
      .execute();
    expect(krumlov).toEqual([{ id: ves.id }]);
    const total = await t.db
      .selectFrom("municipalities")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(total.n)).toBe(6_254 + 1); // the register and the profile it could not tie
    expect(
      (
        await t.db
          .selectFrom("municipalities")
          .select("code")
          .where("id", "=", nowhere.id)
          .executeTakeFirstOrThrow()
      ).code,
    ).toBeNull();
  });
});
