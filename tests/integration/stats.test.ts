// Staff statistics and reporting exports (/admin/stats): exact counts and medians
// from known data with audit events at known times, the CSV files (BOM, Czech
// letters, numbers that parse back), who may fetch them, and that no private
// contact value (person, e-mail, phone, message, reason, staff note) leaks into
// any export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as StatsRoute from "~/routes/admin.stats";
import type * as StatsFileRoute from "~/routes/admin.stats.$file";
import { ALL_TIME, type StatsPeriod } from "~/domain/stats";
import type { ContactAction } from "~/domain/contact-lifecycle";
import { createContact, postMessage, transitionContact } from "~/models/contact.server";
import { createOffer, transitionOffer } from "~/models/offer.server";
import { addStaffNote } from "~/models/staff-note.server";
import {
  contactResponseTimes,
  contactsByStatus,
  offersByStatus,
  partnershipsByCountryYear,
} from "~/models/stats.server";
import { STATS_EXPORT_NAMES } from "~/features/stats/csv.server";
import {
  cookieCache,
  makeMunicipality,
  makeOffer,
  makeUser,
  offerInput,
  tag,
  type TestUser,
} from "../support/factories";
import { get, useTestDatabase, call } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

const HOUR = 3_600_000;
const BASE = Date.parse("2025-03-10T08:00:00.000Z");
const at = (hours: number) => new Date(BASE + hours * HOUR).toISOString();
const Y2025: StatsPeriod = { kind: "year", year: 2025 };

/** RFC 4180: quoted cells with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Header → value objects, so assertions name their columns. */
function records(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}

describe(`staff statistics on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;
  let mayor1: TestUser;
  let mayor2: TestUser;
  let foreign1: TestUser;
  let foreign2: TestUser;
  let cookieOf: ReturnType<typeof cookieCache>;
  let routes: { page: typeof StatsRoute; file: typeof StatsFileRoute };
  const secrets: string[] = [];
  const names = { m1: "", m2: "", townA: "" };
  const contacts: Record<string, number> = {};

  const as = (u: TestUser) => ({ id: u.id, role: u.role });
  const move = (
    id: number,
    action: ContactAction,
    u: TestUser,
    text?: string,
    happenedOn?: string,
  ) => transitionContact(t.db, id, action, as(u), { text, happenedOn });

  /** Put one contact's audit event (and the contact's own creation) at a known time. */
  async function setTime(contactId: number, action: string, iso: string) {
    const moved = await t.db
      .updateTable("audit_events")
      .set({ created_at: iso })
      .where("entity", "=", "contact")
      .where("entity_id", "=", contactId)
      .where("action", "=", action)
      .executeTakeFirst();
    expect(Number(moved.numUpdatedRows), `${action} of contact ${contactId}`).toBe(1);
    if (action === "create" || action === "introduce")
      await t.db
        .updateTable("contacts")
        .set({ created_at: iso })
        .where("id", "=", contactId)
        .execute();
  }

  async function secretUser(role: "mayor" | "foreign", k: string) {
    const name = `Tajný Účet ${role} ${k}`;
    secrets.push(name);
    return makeUser(t, role, { name, emailVerified: true });
  }

  /** The private fields of a profile or an offer, each distinctive and remembered. */
  function privateFields(k: string) {
    const fields = {
      contactName: `Skrytá Osoba ${k}`,
      contactEmail: `skryta-${k}@private-stats.example`,
      contactPhone: `+420 601 ${k.slice(0, 3).replace(/\D/g, "7").padEnd(3, "7")} 919`,
    };
    secrets.push(fields.contactName, fields.contactEmail, fields.contactPhone);
    return fields;
  }

  async function write(municipalityId: number, offerId: number, user: TestUser) {
    const message = `Zpráva tajná ${tag()}`;
    secrets.push(message);
    return createContact(
      t.db,
      { municipalityId, offerId, message, topics: ["culture"] },
      { ...as(user), emailVerified: true },
    );
  }

  function secretText(label: string) {
    const text = `${label} ${tag()}`;
    secrets.push(text);
    return text;
  }

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    routes = {
      page: await import("~/routes/admin.stats"),
      file: await import("~/routes/admin.stats.$file"),
    };
    cookieOf = cookieCache(t);
    // A blank slate: the seeded demo offers and partnerships would blur exact counts.
    await t.db.deleteFrom("partnerships").execute();
    await t.db.deleteFrom("contacts").execute();
    await t.db.deleteFrom("offers").execute();
    await t.db.deleteFrom("audit_events").execute();

    const k = tag();
    staff = await makeUser(t, "staff", { emailVerified: true });
    mayor1 = await secretUser("mayor", k);
    mayor2 = await secretUser("mayor", `${k}b`);
    foreign1 = await secretUser("foreign", k);
    foreign2 = await secretUser("foreign", `${k}b`);

    names.m1 = `Žďárec Říčany ${k}`;
    names.m2 = `Ústí Kněževes ${k}`;
    const m1 = await makeMunicipality(t, mayor1.id, staff.id, {
      name: names.m1,
      ...privateFields(`m1${k}`),
      partnerships: [
        { town: "Kłodzko", country: "PL", sinceYear: 1998 },
        { town: "Wien", country: "AT", sinceYear: 2005 },
      ],
    });
    const m2 = await makeMunicipality(t, mayor2.id, staff.id, {
      name: names.m2,
      ...privateFields(`m2${k}`),
      partnerships: [
        { town: "Łódź", country: "PL", sinceYear: 2005 },
        { town: "Graz", country: "AT", sinceYear: null },
      ],
    });
    await addStaffNote(t.db, "municipality", m1, staff.id, secretText("Poznámka Svazu"));

    // Offers: 4 published (one a news item without an account), and one in each other state.
    names.townA = `Łańcut ${k}`;
    const offer = (town: string, country = "AT") => ({ town, country, ...privateFields(tag()) });
    const a = await makeOffer(t, foreign1.id, staff.id, offer(names.townA, "PL"));
    const b = await makeOffer(t, foreign1.id, staff.id, offer(`Bregenz ${k}`));
    const c = await makeOffer(t, foreign2.id, staff.id, offer(`Cieszyn ${k}`, "PL"));
    await makeOffer(t, null, staff.id, offer(`Nitra ${k}`, "SK"));
    await createOffer(t.db, offerInput(offer(`Draft ${k}`)), {
      actor: { id: foreign2.id, role: "foreign" },
      authorId: foreign2.id,
      source: "self",
      sourceDate: null,
      submit: false,
    });
    await makeOffer(t, foreign2.id, staff.id, offer(`Pending ${k}`), { publish: false });
    const changes = await makeOffer(t, foreign2.id, staff.id, offer(`Changes ${k}`), {
      publish: false,
    });
    await transitionOffer(
      t.db,
      changes,
      "request_changes",
      { user: as(staff), as: "staff" },
      "Doplňte popis.",
    );
    const rejected = await makeOffer(t, foreign2.id, staff.id, offer(`Rejected ${k}`), {
      publish: false,
    });
    await transitionOffer(
      t.db,
      rejected,
      "reject",
      { user: as(staff), as: "staff" },
      "Duplicitní.",
    );
    await addStaffNote(t.db, "offer", a, staff.id, secretText("Interní poznámka"));

    // c1: reviewed in 2 h, accepted 24 h after forwarding, then through to a signed agreement.
    const c1 = await write(m1, a, mayor1);
    await move(c1, "forward", staff);
    await move(c1, "accept", foreign1);
    await postMessage(t.db, c1, as(foreign1), secretText("Tajná zpráva po přijetí"));
    await move(c1, "in_contact", mayor1, "", "2025-06-01");
    await move(c1, "council_approved", mayor1, "", "2025-06-01");
    await move(c1, "confirm_stage", foreign1);
    await move(c1, "agreement_signed", mayor1, "", "2025-06-01");
    await move(c1, "confirm_stage", foreign1);
    await setTime(c1, "create", at(0));
    await setTime(c1, "forward", at(2));
    await setTime(c1, "accept", at(26));
    // c2: reviewed in 4 h, declined 72 h after forwarding (a reason, private).
    const c2 = await write(m1, b, mayor1);
    await move(c2, "forward", staff);
    await move(c2, "decline", foreign1, secretText("Důvod odmítnutí"));
    await setTime(c2, "create", at(0));
    await setTime(c2, "forward", at(4));
    await setTime(c2, "decline", at(76));
    // c3: not forwarded, decided in 10 h.
    const c3 = await write(m2, a, mayor2);
    await move(c3, "reject", staff, secretText("Důvod nepředání"));
    await setTime(c3, "create", at(0));
    await setTime(c3, "reject", at(10));
    // c4: waits for review; written on New Year's Eve 2024.
    const c4 = await write(m2, b, mayor2);
    await setTime(c4, "create", "2024-12-31T22:00:00.000Z");
    // c5: a foreign town writes; reviewed in 6 h, the municipality has not answered yet.
    const c5 = await write(m1, c, foreign2);
    await move(c5, "forward", staff);
    await setTime(c5, "create", at(0));
    await setTime(c5, "forward", at(6));
    // c6: staff's introduction; one side accepts 12 h later (the other has not).
    const c6 = await createContact(
      t.db,
      { municipalityId: m2, offerId: c, message: secretText("Představení"), topics: [] },
      { ...as(staff), emailVerified: true },
    );
    await move(c6, "accept", mayor2);
    await setTime(c6, "introduce", at(1));
    await setTime(c6, "accept_side", at(13));
    Object.assign(contacts, { c1, c2, c3, c4, c5, c6 });

    // The partnership born of c1 goes dormant: the export says so.
    await t.db
      .updateTable("partnerships")
      .set({ dormant_since: "2026-01-01T00:00:00.000Z" })
      .where("contact_id", "=", c1)
      .execute();
  });

  afterAll(async () => {
    await t?.cleanup();
  });

  const countsOf = (rows: { status: string; count: number }[]) =>
    Object.fromEntries(rows.map((r) => [r.status, r.count]));

  describe("the aggregates", () => {
    it("counts offers in every status, zeros included", async () => {
      expect(countsOf(await offersByStatus(t.db, ALL_TIME))).toEqual({
        draft: 1,
        pending: 1,
        changes_requested: 1,
        published: 4,
        rejected: 1,
        expired: 0,
        closed: 0,
      });
    });

    it("counts contacts in every state, and only those created in the chosen year", async () => {
      const all = countsOf(await contactsByStatus(t.db, ALL_TIME));
      expect(all).toMatchObject({
        pending_review: 1,
        forwarded: 2,
        agreement_signed: 1,
        declined: 1,
        rejected_by_staff: 1,
        accepted: 0,
        expired: 0,
        withdrawn: 0,
      });
      expect(Object.values(all).reduce((s, n) => s + n, 0)).toBe(6);
      expect(Object.keys(all)).toHaveLength(11);
      const in2025 = countsOf(await contactsByStatus(t.db, Y2025));
      expect(in2025.pending_review).toBe(0);
      expect(in2025.forwarded).toBe(2);
      expect(countsOf(await contactsByStatus(t.db, { kind: "year", year: 2024 }))).toMatchObject({
        pending_review: 1,
        forwarded: 0,
      });
    });

    it("measures review and answer times from the audit events", async () => {
      const [review, answer] = await contactResponseTimes(t.db, ALL_TIME);
      // Reviews of 2, 4, 6 and 10 hours; c4 still waits.
      expect(review).toEqual({ measure: "review", count: 4, medianHours: 5, waiting: 1 });
      // Answers after 12, 24 and 72 hours; c5 still waits.
      expect(answer).toEqual({ measure: "answer", count: 3, medianHours: 24, waiting: 1 });
      const [review2025] = await contactResponseTimes(t.db, Y2025);
      expect(review2025).toMatchObject({ count: 4, medianHours: 5, waiting: 0 });
      const none = await contactResponseTimes(t.db, { kind: "year", year: 2019 });
      expect(none.map((r) => [r.count, r.medianHours, r.waiting])).toEqual([
        [0, null, 0],
        [0, null, 0],
      ]);
    });

    it("counts partnerships by country and year of signing", async () => {
      const all = await partnershipsByCountryYear(t.db, ALL_TIME);
      expect(all).toEqual(
        expect.arrayContaining([
          { country: "AT", year: 2005, count: 1 },
          { country: "AT", year: null, count: 1 },
          { country: "PL", year: 1998, count: 1 },
          { country: "PL", year: 2005, count: 1 },
          { country: "PL", year: 2025, count: 1 },
        ]),
      );
      expect(all).toHaveLength(5);
      expect(await partnershipsByCountryYear(t.db, { kind: "year", year: 2005 })).toEqual([
        { country: "AT", year: 2005, count: 1 },
        { country: "PL", year: 2005, count: 1 },
      ]);
    });

    it("gives the page the rolled-up numbers and the years to choose from", async () => {
      const result = await call(routes.page.loader, get("/admin/stats", await cookieOf(staff)));
      expect(result.status).toBe(200);
      const data = result.data as Awaited<ReturnType<typeof StatsRoute.loader>>;
      expect(data.year).toBe("all");
      expect(data.byCountry.map((c) => [c.country, c.count])).toEqual([
        ["PL", 3],
        ["AT", 2],
      ]);
      expect(data.byCountry[0]?.name).toBe("Polsko");
      expect(data.byYear).toEqual([
        { year: 1998, count: 1 },
        { year: 2005, count: 2 },
        { year: 2025, count: 1 },
        { year: null, count: 1 },
      ]);
      expect(data.years).toEqual(expect.arrayContaining([2025, 2024, 2005, 1998]));
      const y = await call(
        routes.page.loader,
        get("/admin/stats?year=2024", await cookieOf(staff)),
      );
      const in2024 = y.data as typeof data;
      expect(in2024.year).toBe("2024");
      expect(in2024.contacts.find((r) => r.status === "pending_review")?.count).toBe(1);
      // Junk falls back to all time rather than failing.
      const junk = await call(
        routes.page.loader,
        get("/admin/stats?year=abc", await cookieOf(staff)),
      );
      expect((junk.data as typeof data).year).toBe("all");
    });
  });

  describe("the CSV files", () => {
    async function download(name: string, query = "", user: TestUser | null = staff) {
      const cookie = await cookieOf(user);
      let response: Response;
      try {
        response = (await routes.file.loader({
          request: get(`/admin/stats/${name}.csv${query}`, cookie),
          params: { file: `${name}.csv` },
          context: {},
        })) as Response;
      } catch (thrown) {
        if (thrown instanceof Response)
          return { status: thrown.status, bytes: new Uint8Array(), text: "", rows: [] };
        throw thrown;
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      return {
        status: response.status,
        type: response.headers.get("Content-Type"),
        disposition: response.headers.get("Content-Disposition"),
        bytes,
        text,
        rows: records(parseCsv(text.replace(/^\uFEFF/, ""))),
      };
    }

    it("offers seven files, each with the BOM, a CSV type and a download name", async () => {
      expect(STATS_EXPORT_NAMES).toHaveLength(7);
      for (const name of STATS_EXPORT_NAMES) {
        const file = await download(name, "?year=2025");
        expect(file.status, name).toBe(200);
        expect([...file.bytes.slice(0, 3)], `${name} starts with the UTF-8 BOM`).toEqual([
          0xef, 0xbb, 0xbf,
        ]);
        expect(file.type).toBe("text/csv; charset=utf-8");
        expect(file.disposition).toBe(`attachment; filename="spolu-${name}-2025.csv"`);
      }
    });

    it("writes the aggregates so that they parse back to the same numbers", async () => {
      const offers = (await download("offers-by-status")).rows;
      expect(Object.keys(offers[0]!)).toEqual(["status", "label", "count"]);
      expect(Object.fromEntries(offers.map((r) => [r.status, Number(r.count)]))).toEqual(
        countsOf(await offersByStatus(t.db, ALL_TIME)),
      );
      expect(offers.find((r) => r.status === "pending")?.label).toBe("Čeká na schválení");

      const contactsCsv = (await download("contacts-by-status", "?year=2025")).rows;
      expect(Object.fromEntries(contactsCsv.map((r) => [r.status, Number(r.count)]))).toEqual(
        countsOf(await contactsByStatus(t.db, Y2025)),
      );

      const times = (await download("response-times")).rows;
      expect(times).toEqual([
        {
          measure: "review",
          label: "Posouzení Svazem",
          count: "4",
          median_hours: "5",
          waiting: "1",
        },
        {
          measure: "answer",
          label: "Odpověď adresáta",
          count: "3",
          median_hours: "24",
          waiting: "1",
        },
      ]);

      const partners = (await download("partnerships-by-country-year")).rows;
      expect(Object.keys(partners[0]!)).toEqual(["country", "country_name", "year", "count"]);
      expect(partners.map((r) => `${r.country}:${r.year}:${r.count}`).sort()).toEqual(
        ["AT:2005:1", "AT::1", "PL:1998:1", "PL:2005:1", "PL:2025:1"].sort(),
      );
    });

    it("labels in the reader's language", async () => {
      const times = (await download("response-times", "?lang=en")).rows;
      expect(times.map((r) => r.label)).toEqual(["Review by the union", "Recipient's answer"]);
    });

    it("exports every offer, contact and partnership row, Czech letters intact", async () => {
      const offers = (await download("offers")).rows;
      expect(offers).toHaveLength(8);
      const a = offers.find((r) => r.town === names.townA);
      expect(a).toMatchObject({
        country: "PL",
        status: "published",
        source: "self",
        author_role: "foreign",
      });
      expect(a?.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      expect(offers.filter((r) => r.author_role === "none")).toHaveLength(1);

      const rows = (await download("contacts")).rows;
      expect(rows).toHaveLength(6);
      const c1 = rows.find((r) => r.id === String(contacts.c1));
      expect(c1).toMatchObject({
        initiator: "municipality",
        municipality: names.m1,
        offer_town: names.townA,
        offer_country: "PL",
        status: "agreement_signed",
        created_at: at(0),
      });
      expect(rows.find((r) => r.id === String(contacts.c6))?.initiator).toBe("staff");
      expect((await download("contacts", "?year=2025")).rows).toHaveLength(5);

      const partnerships = (await download("partnerships")).rows;
      expect(partnerships).toHaveLength(5);
      expect(partnerships.find((r) => r.partner_town === "Łódź")).toMatchObject({
        municipality: names.m2,
        municipality_country: "CZ",
        partner_country: "PL",
        since_year: "2005",
        source: "existing",
        status: "active",
      });
      expect(partnerships.find((r) => r.contact_id === String(contacts.c1))).toMatchObject({
        municipality: names.m1,
        partner_town: names.townA,
        since_year: "2025",
        source: "spolu",
        status: "dormant",
      });
    });

    it("never carries a contact person, e-mail, phone, message, reason or staff note", async () => {
      expect(secrets.length).toBeGreaterThan(25);
      for (const name of STATS_EXPORT_NAMES) {
        for (const query of ["", "?year=2025"]) {
          const { text } = await download(name, query);
          expect(text.length, name).toBeGreaterThan(10);
          const digitsOnly = text.replace(/\D/g, "");
          for (const secret of secrets) {
            expect(text, `${name}${query}`).not.toContain(secret);
            if (/^\+/.test(secret)) expect(digitsOnly).not.toContain(secret.replace(/\D/g, ""));
          }
        }
      }
    });

    it("answers 404 for a file it does not have", async () => {
      expect((await download("users")).status).toBe(404);
      expect((await download("offers-by-status.csv")).status).toBe(404);
    });
  });

  describe("who may see them", () => {
    it("sends visitors to sign in and refuses mayors and foreign towns, page and every file", async () => {
      const visitor = await call(routes.page.loader, get("/admin/stats"));
      expect(visitor.status).toBe(302);
      expect(visitor.location).toBe(`/login?redirectTo=${encodeURIComponent("/admin/stats")}`);
      for (const user of [mayor1, foreign1]) {
        const page = await call(routes.page.loader, get("/admin/stats", await cookieOf(user)));
        expect(page.status, user.role).toBe(403);
      }
      for (const name of STATS_EXPORT_NAMES) {
        const request = (cookie?: string) => get(`/admin/stats/${name}.csv`, cookie);
        const anonymous = await call(routes.file.loader, request(), { file: `${name}.csv` });
        expect(anonymous.status, `${name} for a visitor`).toBe(302);
        expect(anonymous.location).toMatch(/^\/login\?redirectTo=/);
        for (const user of [mayor1, foreign1]) {
          const refused = await call(routes.file.loader, request(await cookieOf(user)), {
            file: `${name}.csv`,
          });
          expect(refused.status, `${name} for ${user.role}`).toBe(403);
          for (const secret of [names.m1, names.townA]) expect(refused.text).not.toContain(secret);
        }
      }
    });
  });
});
