// The contact workflow on a real database: every move of
// app/domain/contact-lifecycle.ts through the models and through the route
// actions, the refusals (and that a refusal changes nothing), introductions,
// the offer's cap on open requests, audit events, and the response statistics.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as ContactRoute from "~/routes/contacts.$id";
import type * as ContactsRoute from "~/routes/contacts._index";
import type * as NewContactRoute from "~/routes/contacts.new";
import type * as OfferRoute from "~/routes/offers.$id";
import type * as MunicipalityRoute from "~/routes/municipalities.$id";
import type { ContactAction } from "~/domain/contact-lifecycle";
import { pragueDay } from "~/domain/dates";
import { listHistory } from "~/models/audit.server";
import {
  ContactError,
  MESSAGE_MAX,
  createContact,
  postMessage,
  transitionContact,
  type TransitionInput,
} from "~/models/contact.server";
import { getContactView, listContacts, responseStatsFor } from "~/models/contact-view.server";
import { explainPair, rankMunicipalitiesFor, rankOffersFor } from "~/models/match.server";
import { getOwnedMunicipality, transitionMunicipality } from "~/models/municipality.server";
import { notificationText, type NotificationKind } from "~/models/notification.server";
import { getPublishedOffer, transitionOffer } from "~/models/offer.server";
import { openRequestLimit, setOpenRequestLimit } from "~/models/settings.server";
import { runContactExpiry } from "~/models/contact-jobs.server";
import { parseList } from "~/utils/json-list";
import {
  addDays,
  contactSnapshot,
  countAll,
  countWhere,
  makeMunicipality,
  makeOffer,
  makeUser,
  type TestUser,
  cookieCache,
} from "../support/factories";
import { get, post, useTestDatabase, call, errorsOf, type RouteResult } from "../support/routes";
import { recording } from "../support/statements";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

const MESSAGE = "Dobrý den, naše obec by ráda navázala partnerství v oblasti kultury.";
const TOO_LONG = "x".repeat(MESSAGE_MAX + 1);

interface Pair {
  mayor: TestUser;
  foreign: TestUser;
  municipalityId: number;
  offerId: number;
  offerTown: string;
  municipalityEmail: string;
  offerEmail: string;
}

describe(`the contact workflow on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;
  let routes: {
    contact: typeof ContactRoute;
    contacts: typeof ContactsRoute;
    newContact: typeof NewContactRoute;
    offer: typeof OfferRoute;
    municipality: typeof MunicipalityRoute;
  };
  let cookieOf: ReturnType<typeof cookieCache>;

  beforeAll(async () => {
    t = await createSeededDb();
    cookieOf = cookieCache(t);
    await useTestDatabase(t);
    staff = await makeUser(t, "staff");
    routes = {
      contact: await import("~/routes/contacts.$id"),
      contacts: await import("~/routes/contacts._index"),
      newContact: await import("~/routes/contacts.new"),
      offer: await import("~/routes/offers.$id"),
      municipality: await import("~/routes/municipalities.$id"),
    };
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  // ---- Helpers ---------------------------------------------------------------------------------

  /** A mayor with a published municipality and a foreign town with a published offer, sharing "culture". */
  async function newPair(
    options: {
      interests?: string[];
      topics?: string[];
      authorless?: boolean;
      mayorVerified?: boolean;
    } = {},
  ): Promise<Pair> {
    const mayor = await makeUser(t, "mayor", { emailVerified: options.mayorVerified });
    const foreign = await makeUser(t, "foreign");
    const municipalityEmail = `m-${mayor.id}@pair-municipality.example`;
    const offerEmail = `o-${foreign.id}@pair-offer.example`;
    const municipalityId = await makeMunicipality(t, mayor.id, staff.id, {
      interests: options.interests ?? ["culture", "heritage"],
      contactEmail: municipalityEmail,
    });
    const offerTown = `Partnerstadt ${foreign.id}`;
    const offerId = await makeOffer(t, options.authorless ? null : foreign.id, staff.id, {
      town: offerTown,
      topics: options.topics ?? ["culture", "sport"],
      contactEmail: offerEmail,
    });
    return { mayor, foreign, municipalityId, offerId, offerTown, municipalityEmail, offerEmail };
  }

  const as = (user: TestUser) => ({ id: user.id, role: user.role });

  async function request(p: Pair, message = MESSAGE, topics = ["culture"]): Promise<number> {
    return createContact(
      t.db,
      { municipalityId: p.municipalityId, offerId: p.offerId, message, topics },
      { ...as(p.mayor), emailVerified: true },
    );
  }

  /** The foreign town writes to the municipality (from its offer). */
  async function requestFromTown(p: Pair): Promise<number> {
    return createContact(
      t.db,
      {
        municipalityId: p.municipalityId,
        offerId: p.offerId,
        message: MESSAGE,
        topics: ["culture"],
      },
      { ...as(p.foreign), emailVerified: true },
    );
  }

  async function move(
    id: number,
    action: ContactAction,
    user: TestUser,
    input: TransitionInput = {},
  ): Promise<string> {
    return transitionContact(t.db, id, action, as(user), input);
  }

  async function forwarded(p: Pair): Promise<number> {
    const id = await request(p);
    await move(id, "forward", staff);
    return id;
  }

  async function accepted(p: Pair): Promise<number> {
    const id = await forwarded(p);
    await move(id, "accept", p.foreign);
    return id;
  }

  async function errorOf(run: () => Promise<unknown>): Promise<ContactError> {
    try {
      await run();
    } catch (error) {
      if (error instanceof ContactError) return error;
      throw error;
    }
    throw new Error("expected a ContactError, the action succeeded");
  }

  /** The action is refused with `code` (and `field`), and nothing about the contact changed. */
  async function expectRefused(
    run: () => Promise<unknown>,
    code: ContactError["code"],
    contactId: number,
    field?: string,
  ): Promise<void> {
    const before = await contactSnapshot(t, contactId);
    const error = await errorOf(run);
    expect(error.code).toBe(code);
    if (field) expect(error.field).toBe(field);
    expect(await contactSnapshot(t, contactId)).toEqual(before);
  }

  const contactRow = (id: number) =>
    t.db.selectFrom("contacts").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  async function history(id: number) {
    return (await listHistory(t.db, "contact", id)).map((h) => ({
      action: h.action,
      from: h.fromStatus,
      to: h.toStatus,
      by: h.actorName,
      onBehalf: h.onBehalf,
      comment: h.comment,
    }));
  }

  /** The notice kinds a user got about one contact, oldest first. */
  async function notices(user: TestUser, contactId: number): Promise<string[]> {
    const rows = await t.db
      .selectFrom("notifications")
      .select("kind")
      .where("user_id", "=", user.id)
      .where("link", "=", `/contacts/${contactId}`)
      .orderBy("id")
      .execute();
    return rows.map((r) => r.kind);
  }

  async function messages(id: number) {
    return t.db
      .selectFrom("contact_messages")
      .select(["kind", "author_id", "body"])
      .where("contact_id", "=", id)
      .orderBy("id")
      .execute();
  }

  async function contactsBetween(p: Pair): Promise<number> {
    const rows = await t.db
      .selectFrom("contacts")
      .select("id")
      .where("municipality_id", "=", p.municipalityId)
      .where("offer_id", "=", p.offerId)
      .execute();
    return rows.length;
  }

  // Route calls, as a signed-in user (null: a visitor).
  async function page(user: TestUser | null, id: number): Promise<RouteResult> {
    return call(routes.contact.loader, get(`/contacts/${id}`, await cookieOf(user)), {
      id: String(id),
    });
  }
  async function act(
    user: TestUser | null,
    id: number,
    fields: Record<string, string>,
  ): Promise<RouteResult> {
    return call(routes.contact.action, post(`/contacts/${id}`, fields, await cookieOf(user)), {
      id: String(id),
    });
  }
  async function send(
    user: TestUser | null,
    fields: Record<string, string | string[]>,
  ): Promise<RouteResult> {
    return call(routes.newContact.action, post("/contacts/new", fields, await cookieOf(user)));
  }
  async function newPage(user: TestUser | null, query: string): Promise<RouteResult> {
    return call(routes.newContact.loader, get(`/contacts/new${query}`, await cookieOf(user)));
  }
  function idFrom(result: RouteResult): number {
    expect(result.status).toBe(302);
    const match = /^\/contacts\/(\d+)$/.exec(result.location ?? "");
    if (!match?.[1]) throw new Error(`no contact in the redirect to ${result.location}`);
    return Number(match[1]);
  }
  const contactOf = (result: RouteResult) =>
    (result.data as { contact: NonNullable<Awaited<ReturnType<typeof getContactView>>> }).contact;

  /** A route action refused with `status`, the error on `field`, and nothing changed. */
  async function expectRouteRefused(
    run: () => Promise<RouteResult>,
    status: number,
    contactId: number,
    field?: string,
  ): Promise<RouteResult> {
    const before = await contactSnapshot(t, contactId);
    const result = await run();
    expect(result.status).toBe(status);
    if (field) expect(Object.keys(errorsOf(result))).toContain(field);
    expect(await contactSnapshot(t, contactId)).toEqual(before);
    return result;
  }

  // ---- Through the models ----------------------------------------------------------------------

  describe("through the models", () => {
    it("a mayor's request waits for review unseen by the other side, until staff forward it", async () => {
      const p = await newPair();
      const id = await request(p);
      const row = await contactRow(id);
      expect(row).toMatchObject({
        status: "pending_review",
        initiator: "municipality",
        sender_id: p.mayor.id,
        municipality_id: p.municipalityId,
        offer_id: p.offerId,
        message: MESSAGE,
        first_forwarded_at: null,
        waiting_since: null,
      });
      expect(parseList(row.topics)).toEqual(["culture"]);
      expect(await history(id)).toEqual([
        {
          action: "create",
          from: null,
          to: "pending_review",
          by: p.mayor.name,
          onBehalf: false,
          comment: null,
        },
      ]);
      expect(await notices(p.mayor, id)).toEqual(["contact_submitted"]);
      expect(await notices(p.foreign, id)).toEqual([]);
      // The other side does not know of it yet: no page, no list entry, no action.
      expect(await getContactView(t.db, id, as(p.foreign))).toBeUndefined();
      const list = await listContacts(t.db, as(p.foreign), {
        filter: "all",
        limit: 100,
        offset: 0,
      });
      expect(list.map((c) => c.id)).not.toContain(id);
      expect((await getContactView(t.db, id, as(p.mayor)))?.actor).toBe("sender");
      await expectRefused(() => move(id, "accept", p.foreign), "not_found", id);
      await expectRefused(() => move(id, "forward", p.mayor), "forbidden", id);

      expect(await move(id, "forward", staff)).toBe("forwarded");
      const moved = await contactRow(id);
      expect(moved.status).toBe("forwarded");
      expect(moved.first_forwarded_at).not.toBeNull();
      expect(moved.waiting_since).toBe(moved.first_forwarded_at);
      expect((await history(id)).at(-1)).toEqual({
        action: "forward",
        from: "pending_review",
        to: "forwarded",
        by: staff.name,
        onBehalf: false,
        comment: null,
      });
      expect(await notices(p.mayor, id)).toEqual(["contact_submitted", "contact_forwarded"]);
      expect(await notices(p.foreign, id)).toEqual(["contact_received"]);
      const view = await getContactView(t.db, id, as(p.foreign));
      expect(view?.actor).toBe("recipient");
      expect(view?.actions).toEqual(expect.arrayContaining(["accept", "decline", "request_info"]));
      expect(view?.actions).not.toContain("forward");
      const received = await listContacts(t.db, as(p.foreign), {
        filter: "all",
        limit: 100,
        offset: 0,
      });
      expect(received.find((c) => c.id === id)?.direction).toBe("received");
      await expectRefused(() => move(id, "forward", staff), "wrong_state", id);
    });

    it("staff edit a request on the sender's behalf while it is in review, and only then", async () => {
      const p = await newPair();
      const id = await request(p, "Původní text s překlepem.");
      await expectRefused(
        () => move(id, "edit", p.mayor, { text: "Vlastní úprava" }),
        "forbidden",
        id,
      );
      await expectRefused(
        () => move(id, "edit", staff, { text: "   " }),
        "text_required",
        id,
        "text",
      );
      expect(await move(id, "edit", staff, { text: "Opravený text žádosti." })).toBe(
        "pending_review",
      );
      expect((await contactRow(id)).message).toBe("Opravený text žádosti.");
      // Recorded as made on the sender's behalf; the edited wording is not repeated in the history.
      expect(await history(id)).toEqual([
        {
          action: "create",
          from: null,
          to: "pending_review",
          by: p.mayor.name,
          onBehalf: false,
          comment: null,
        },
        {
          action: "edit",
          from: "pending_review",
          to: "pending_review",
          by: staff.name,
          onBehalf: true,
          comment: null,
        },
      ]);
      expect((await getContactView(t.db, id, as(p.mayor)))?.message).toBe("Opravený text žádosti.");
      await move(id, "forward", staff);
      await expectRefused(() => move(id, "edit", staff, { text: "Pozdě" }), "wrong_state", id);
    });

    it("staff reject a request with a reason the sender reads; the other side never hears of it", async () => {
      const p = await newPair();
      const id = await request(p);
      await expectRefused(() => move(id, "reject", staff), "text_required", id, "text");
      await expectRefused(() => move(id, "reject", p.foreign, { text: "ne" }), "not_found", id);
      const reason = "Zpráva obsahuje osobní telefonní číslo; napište ji prosím znovu.";
      expect(await move(id, "reject", staff, { text: reason })).toBe("rejected_by_staff");
      expect((await contactRow(id)).status_reason).toBe(reason);
      expect((await history(id)).at(-1)).toMatchObject({
        action: "reject",
        from: "pending_review",
        to: "rejected_by_staff",
        by: staff.name,
        comment: reason,
      });
      expect(await notices(p.mayor, id)).toEqual(["contact_submitted", "contact_rejected"]);
      expect(await notices(p.foreign, id)).toEqual([]);
      const senderView = await getContactView(t.db, id, as(p.mayor));
      expect(senderView?.statusReason).toBe(reason);
      expect(await getContactView(t.db, id, as(p.foreign))).toBeUndefined();
      await expectRefused(() => move(id, "forward", staff), "wrong_state", id);
      // A rejected request does not block writing again.
      const again = await request(p);
      expect(again).not.toBe(id);
      expect((await contactRow(again)).status).toBe("pending_review");
    });

    it("request_info and answer: a question goes to the sender, the answer returns it to forwarded", async () => {
      const p = await newPair();
      const id = await forwarded(p);
      const before = await contactRow(id);
      const question = "Kolik máte obyvatel a jaké spolky u vás působí?";
      const answer = "Máme 2 400 obyvatel, hasiče, sokol a pěvecký sbor.";
      await expectRefused(() => move(id, "request_info", p.foreign), "text_required", id, "text");
      await expectRefused(
        () => move(id, "request_info", p.mayor, { text: question }),
        "forbidden",
        id,
      );
      expect(await move(id, "request_info", p.foreign, { text: question })).toBe("info_requested");
      const asked = await contactRow(id);
      expect(asked.waiting_since).toBeNull();
      expect(asked.first_response_at).not.toBeNull();
      expect(await messages(id)).toEqual([
        { kind: "info_request", author_id: p.foreign.id, body: question },
      ]);
      expect(await notices(p.mayor, id)).toContain("contact_info_requested");

      await expectRefused(() => move(id, "accept", p.foreign), "wrong_state", id);
      await expectRefused(() => move(id, "answer", p.foreign, { text: "x" }), "forbidden", id);
      await expectRefused(() => move(id, "answer", p.mayor, { text: " " }), "text_required", id);
      expect(await move(id, "answer", p.mayor, { text: answer })).toBe("forwarded");
      const answered = await contactRow(id);
      expect(answered.waiting_since).not.toBeNull();
      expect(answered.waiting_since! >= before.waiting_since!).toBe(true);
      expect(answered.reminded_at).toBeNull();
      // The first answer counts for the response time; the later ones do not move it.
      expect(answered.first_response_at).toBe(asked.first_response_at);
      expect(await messages(id)).toEqual([
        { kind: "info_request", author_id: p.foreign.id, body: question },
        { kind: "info_answer", author_id: p.mayor.id, body: answer },
      ]);
      expect(await notices(p.foreign, id)).toEqual(["contact_received", "contact_info_answered"]);
      expect((await history(id)).map((h) => [h.action, h.from, h.to, h.comment])).toEqual([
        ["create", null, "pending_review", null],
        ["forward", "pending_review", "forwarded", null],
        ["request_info", "forwarded", "info_requested", question],
        ["answer", "info_requested", "forwarded", answer],
      ]);
      expect((await getContactView(t.db, id, as(p.mayor)))?.thread).toHaveLength(2);
      expect((await getContactView(t.db, id, as(p.foreign)))?.thread).toHaveLength(2);
      await move(id, "accept", p.foreign);
      expect((await contactRow(id)).first_response_at).toBe(asked.first_response_at);
    });

    it("the recipient accepts: both sides now see each other's contact", async () => {
      const p = await newPair();
      const id = await forwarded(p);
      expect((await getContactView(t.db, id, as(p.mayor)))?.details).toBeNull();
      expect((await getContactView(t.db, id, as(p.foreign)))?.details).toBeNull();
      await expectRefused(() => move(id, "accept", p.mayor), "forbidden", id);
      expect(await move(id, "accept", p.foreign)).toBe("accepted");
      const row = await contactRow(id);
      expect(row.accepted_at).not.toBeNull();
      expect(row.first_response_at).not.toBeNull();
      expect(row.waiting_since).toBeNull();
      expect((await history(id)).at(-1)).toMatchObject({
        action: "accept",
        from: "forwarded",
        to: "accepted",
        by: p.foreign.name,
        onBehalf: false,
      });
      expect(await notices(p.mayor, id)).toContain("contact_accepted");
      for (const user of [p.mayor, p.foreign]) {
        const details = (await getContactView(t.db, id, as(user)))?.details;
        expect(details?.municipality.email).toBe(p.municipalityEmail);
        expect(details?.offer.email).toBe(p.offerEmail);
      }
      await expectRefused(() => move(id, "accept", p.foreign), "wrong_state", id);
      await expectRefused(() => move(id, "decline", p.foreign), "wrong_state", id);
    });

    it("the recipient declines, with or without a reason", async () => {
      const silent = await newPair();
      const a = await forwarded(silent);
      expect(await move(a, "decline", silent.foreign)).toBe("declined");
      expect((await contactRow(a)).status_reason).toBeNull();
      expect((await history(a)).at(-1)).toMatchObject({
        action: "decline",
        from: "forwarded",
        to: "declined",
        comment: null,
      });
      expect(await notices(silent.mayor, a)).toContain("contact_declined");

      const explained = await newPair();
      const b = await forwarded(explained);
      const reason = "Letos se soustředíme na partnerství v Polsku.";
      expect(await move(b, "decline", explained.foreign, { text: reason })).toBe("declined");
      expect((await contactRow(b)).status_reason).toBe(reason);
      expect((await history(b)).at(-1)).toMatchObject({ action: "decline", comment: reason });
      expect((await getContactView(t.db, b, as(explained.mayor)))?.statusReason).toBe(reason);
      expect((await getContactView(t.db, b, as(explained.mayor)))?.details).toBeNull();
      await expectRefused(() => move(b, "accept", explained.foreign), "wrong_state", b);
      await expectRefused(() => move(b, "withdraw", explained.mayor), "wrong_state", b);
    });

    it("the sender withdraws before acceptance; after acceptance withdrawing is refused", async () => {
      // In review: the other side never knew, so it is not told.
      const p1 = await newPair();
      const inReview = await request(p1);
      expect(await move(inReview, "withdraw", p1.mayor)).toBe("withdrawn");
      expect(await notices(p1.foreign, inReview)).toEqual([]);
      expect((await history(inReview)).at(-1)).toMatchObject({
        action: "withdraw",
        from: "pending_review",
        to: "withdrawn",
        by: p1.mayor.name,
      });

      // Forwarded: only the sender (or staff) may withdraw, and the recipient hears of it.
      const p2 = await newPair();
      const waiting = await forwarded(p2);
      await expectRefused(() => move(waiting, "withdraw", p2.foreign), "forbidden", waiting);
      expect(await move(waiting, "withdraw", p2.mayor)).toBe("withdrawn");
      expect(await notices(p2.foreign, waiting)).toEqual(["contact_received", "contact_withdrawn"]);
      expect((await contactRow(waiting)).waiting_since).toBeNull();

      // Asked for more: still withdrawable, here by staff on the sender's behalf.
      const p3 = await newPair();
      const asked = await forwarded(p3);
      await move(asked, "request_info", p3.foreign, { text: "Máte školu?" });
      expect(await move(asked, "withdraw", staff)).toBe("withdrawn");
      expect((await history(asked)).at(-1)).toMatchObject({
        action: "withdraw",
        from: "info_requested",
        to: "withdrawn",
        by: staff.name,
        onBehalf: true,
      });

      const p4 = await newPair();
      const done = await accepted(p4);
      await expectRefused(() => move(done, "withdraw", p4.mayor), "wrong_state", done);
      await expectRefused(() => move(done, "withdraw", staff), "wrong_state", done);
      expect((await contactRow(done)).status).toBe("accepted");
    });

    it("stages come in order with past dates, and the signed agreement makes exactly one partnership", async () => {
      const p = await newPair();
      const id = await accepted(p);
      const today = pragueDay();
      await expectRefused(() => move(id, "council_approved", p.mayor), "wrong_state", id);
      await expectRefused(() => move(id, "agreement_signed", p.foreign), "wrong_state", id);
      await expectRefused(
        () => move(id, "in_contact", p.mayor, { happenedOn: addDays(today, 1) }),
        "bad_date",
        id,
        "happenedOn",
      );
      await expectRefused(
        () => move(id, "in_contact", p.mayor, { happenedOn: "15. 3. 2026" }),
        "bad_date",
        id,
        "happenedOn",
      );
      const outsider = await makeUser(t, "mayor");
      await expectRefused(() => move(id, "in_contact", outsider), "not_found", id);

      const d1 = addDays(today, -20);
      const d2 = addDays(today, -10);
      expect(await move(id, "in_contact", p.mayor, { happenedOn: d1, text: "První schůzka" })).toBe(
        "in_contact",
      );
      // A council cannot approve before the first contact it approves.
      await expectRefused(
        () => move(id, "council_approved", p.foreign, { happenedOn: addDays(d1, -1) }),
        "stage_before_previous",
        id,
        "happenedOn",
      );
      // The council's approval is one side's word until the other confirms it.
      expect(
        await move(id, "council_approved", p.foreign, { happenedOn: d2, reference: "č. 15/2026" }),
      ).toBe("in_contact");
      expect(await move(id, "confirm_stage", p.mayor)).toBe("council_approved");
      expect(await countWhere(t, "partnerships", id)).toBe(0);
      // Staff's word is the union's: recorded at once.
      expect(await move(id, "agreement_signed", staff)).toBe("agreement_signed");

      const stages = await t.db
        .selectFrom("contact_stages")
        .select(["stage", "happened_on", "note", "reference", "recorded_by", "confirmed_by"])
        .where("contact_id", "=", id)
        .orderBy("id")
        .execute();
      expect(stages).toEqual([
        {
          stage: "in_contact",
          happened_on: d1,
          note: "První schůzka",
          reference: "",
          recorded_by: p.mayor.id,
          confirmed_by: null,
        },
        {
          stage: "council_approved",
          happened_on: d2,
          note: "",
          reference: "č. 15/2026",
          recorded_by: p.foreign.id,
          confirmed_by: p.mayor.id,
        },
        {
          stage: "agreement_signed",
          happened_on: today,
          note: "",
          reference: "",
          recorded_by: staff.id,
          confirmed_by: staff.id,
        },
      ]);
      const partnerships = await t.db
        .selectFrom("partnerships")
        .selectAll()
        .where("contact_id", "=", id)
        .execute();
      expect(partnerships).toHaveLength(1);
      expect(partnerships[0]).toMatchObject({
        municipality_id: p.municipalityId,
        offer_id: p.offerId,
        partner_town: p.offerTown,
        partner_country: "AT",
        source: "spolu",
        contact_id: id,
        since_year: Number(today.slice(0, 4)),
        dormant_since: null,
      });
      expect(partnerships[0]!.last_activity_at).not.toBeNull();
      const partnershipEvents = await listHistory(t.db, "partnership", partnerships[0]!.id);
      expect(partnershipEvents.map((e) => [e.action, e.actorName, e.comment])).toEqual([
        ["create", staff.name, `contact ${id}`],
      ]);
      expect((await history(id)).map((h) => [h.action, h.from, h.to, h.by])).toEqual([
        ["create", null, "pending_review", p.mayor.name],
        ["forward", "pending_review", "forwarded", staff.name],
        ["accept", "forwarded", "accepted", p.foreign.name],
        ["in_contact", "accepted", "in_contact", p.mayor.name],
        ["propose_council_approved", "in_contact", "in_contact", p.foreign.name],
        ["confirm_stage_council_approved", "in_contact", "council_approved", p.mayor.name],
        ["agreement_signed", "council_approved", "agreement_signed", staff.name],
      ]);
      // Recorded by one side: the other hears of it; by staff: both.
      expect(await notices(p.foreign, id)).toEqual([
        "contact_received",
        "contact_stage",
        "contact_stage",
        "contact_stage",
        "partnership_signed",
      ]);
      expect(await notices(p.mayor, id)).toEqual([
        "contact_submitted",
        "contact_forwarded",
        "contact_accepted",
        "contact_stage_proposed",
        "contact_stage",
        "partnership_signed",
      ]);
      await expectRefused(() => move(id, "agreement_signed", staff), "wrong_state", id);
      await expectRefused(() => move(id, "council_approved", p.mayor), "wrong_state", id);
      expect(await countWhere(t, "partnerships", id)).toBe(1);
    });

    it("a milestone one side records waits for the other: shown as proposed, no partnership until confirmed", async () => {
      const p = await newPair();
      const id = await accepted(p);
      await move(id, "in_contact", p.mayor);
      await move(id, "council_approved", p.mayor, { reference: "usnesení č. 7/2026" });
      // Nothing to confirm without a proposal; the proposer cannot confirm their own.
      await expectRefused(() => move(id, "confirm_stage", p.mayor), "own_proposal", id);
      await expectRefused(() => move(id, "council_approved", p.foreign), "proposal_waiting", id);
      await move(id, "confirm_stage", p.foreign);
      await expectRefused(() => move(id, "confirm_stage", p.foreign), "wrong_state", id);
      await expectRefused(
        () => move(id, "agreement_signed", p.foreign, { reference: "x".repeat(301) }),
        "reference_too_long",
        id,
        "reference",
      );

      // The foreign town says it signed: the mayor sees a proposal, not a partnership.
      expect(
        await move(id, "agreement_signed", p.foreign, {
          reference: "https://example.org/smlouva.pdf",
          text: "Podepsáno na slavnostním zasedání.",
        }),
      ).toBe("council_approved");
      expect(await countWhere(t, "partnerships", id)).toBe(0);
      const forMayor = await getContactView(t.db, id, as(p.mayor));
      expect(forMayor?.proposal).toMatchObject({
        stage: "agreement_signed",
        side: "offer",
        mine: false,
        reference: "https://example.org/smlouva.pdf",
        note: "Podepsáno na slavnostním zasedání.",
      });
      expect(forMayor?.actions).toEqual(["confirm_stage", "refuse_stage"]);
      const forForeign = await getContactView(t.db, id, as(p.foreign));
      expect(forForeign?.proposal?.mine).toBe(true);
      expect(forForeign?.actions).toEqual(["refuse_stage"]);
      expect((await getContactView(t.db, id, as(staff)))?.actions).toEqual([
        "confirm_stage",
        "refuse_stage",
      ]);
      expect(await notices(p.mayor, id)).toContain("contact_stage_proposed");

      // The mayor disputes it: the proposal goes, the state stays, the proposer is told.
      expect(
        await move(id, "refuse_stage", p.mayor, { text: "Smlouva ještě není podepsaná." }),
      ).toBe("council_approved");
      expect(await countWhere(t, "stage_proposals", id)).toBe(0);
      expect((await notices(p.foreign, id)).at(-1)).toBe("contact_stage_refused");
      expect((await history(id)).at(-1)).toMatchObject({
        action: "refuse_stage_agreement_signed",
        by: p.mayor.name,
        comment: "Smlouva ještě není podepsaná.",
      });

      // Proposed again and withdrawn by its proposer; then proposed and confirmed.
      await move(id, "agreement_signed", p.foreign);
      expect(await move(id, "refuse_stage", p.foreign)).toBe("council_approved");
      await move(id, "agreement_signed", p.foreign, { reference: "č. j. 42" });
      expect(await move(id, "confirm_stage", p.mayor)).toBe("agreement_signed");
      expect(await countWhere(t, "partnerships", id)).toBe(1);
      expect(await countWhere(t, "stage_proposals", id)).toBe(0);
      const signed = await t.db
        .selectFrom("contact_stages")
        .select(["reference", "recorded_by", "confirmed_by"])
        .where("contact_id", "=", id)
        .where("stage", "=", "agreement_signed")
        .executeTakeFirstOrThrow();
      expect(signed).toEqual({
        reference: "č. j. 42",
        recorded_by: p.foreign.id,
        confirmed_by: p.mayor.id,
      });
    });

    it("staff confirm a milestone for a town without an account, and find it in their list", async () => {
      const p = await newPair({ authorless: true });
      const id = await request(p);
      await move(id, "forward", staff);
      await move(id, "accept", staff);
      await move(id, "in_contact", p.mayor);
      await move(id, "council_approved", p.mayor);
      const waiting = await listContacts(t.db, as(staff), {
        filter: "confirm",
        limit: 1000,
        offset: 0,
      });
      expect(waiting.map((c) => c.id)).toContain(id);
      expect(await move(id, "confirm_stage", staff)).toBe("council_approved");
      const after = await listContacts(t.db, as(staff), {
        filter: "confirm",
        limit: 1000,
        offset: 0,
      });
      expect(after.map((c) => c.id)).not.toContain(id);
      // The mayor, who proposed it, is told it counts now.
      expect((await notices(p.mayor, id)).at(-1)).toBe("contact_stage");
    });

    it("refuses an impossible calendar date for a stage", async () => {
      const p = await newPair();
      const id = await accepted(p);
      await expectRefused(
        () => move(id, "in_contact", p.mayor, { happenedOn: "2026-02-30" }),
        "bad_date",
        id,
        "happenedOn",
      );
    });

    it("stage notices read as sentences: the stage and its date filled in", async () => {
      const p = await newPair();
      const id = await accepted(p);
      const day = addDays(pragueDay(), -3);
      await move(id, "in_contact", p.mayor, { happenedOn: day });
      const notice = await t.db
        .selectFrom("notifications")
        .select(["kind", "params"])
        .where("user_id", "=", p.foreign.id)
        .where("link", "=", `/contacts/${id}`)
        .where("kind", "=", "contact_stage")
        .executeTakeFirstOrThrow();
      for (const locale of ["cs", "en"] as const) {
        const text = notificationText(
          locale,
          notice.kind as NotificationKind,
          JSON.parse(notice.params) as Record<string, string>,
        );
        expect(text, `${locale}: ${text}`).not.toMatch(/\{\w+\}/);
      }
      const email = await t.db
        .selectFrom("emails")
        .select(["subject", "body_text"])
        .where("user_id", "=", p.foreign.id)
        .where("kind", "=", "contact_stage")
        .executeTakeFirstOrThrow();
      expect(email.body_text).toContain(`/contacts/${id}`);
      expect(email.subject + email.body_text).not.toMatch(/\{\w+\}/);
    });

    it("the thread opens at acceptance, to both sides and staff", async () => {
      const p = await newPair();
      const id = await forwarded(p);
      await expectRefused(
        () => postMessage(t.db, id, as(p.mayor), "Předčasná zpráva"),
        "wrong_state",
        id,
      );
      await move(id, "accept", p.foreign);
      const outsider = await makeUser(t, "foreign");
      await expectRefused(() => postMessage(t.db, id, as(outsider), "Ahoj"), "not_found", id);
      await expectRefused(
        () => postMessage(t.db, id, as(p.mayor), "  "),
        "text_required",
        id,
        "body",
      );
      await expectRefused(
        () => postMessage(t.db, id, as(p.mayor), TOO_LONG),
        "too_long",
        id,
        "body",
      );
      await postMessage(t.db, id, as(p.mayor), "Těšíme se na spolupráci.");
      await postMessage(t.db, id, as(staff), "Rádi pomůžeme s tlumočením.");
      expect(await messages(id)).toEqual([
        { kind: "message", author_id: p.mayor.id, body: "Těšíme se na spolupráci." },
        { kind: "message", author_id: staff.id, body: "Rádi pomůžeme s tlumočením." },
      ]);
      // The author is not told of their own message; the other side is.
      expect((await notices(p.foreign, id)).filter((k) => k === "contact_message")).toHaveLength(2);
      expect((await notices(p.mayor, id)).filter((k) => k === "contact_message")).toHaveLength(1);
      const view = await getContactView(t.db, id, as(p.foreign));
      expect(view?.thread.map((m) => m.body)).toEqual([
        "Těšíme se na spolupráci.",
        "Rádi pomůžeme s tlumočením.",
      ]);
    });

    it("a foreign town may write to a municipality too; the mayor answers", async () => {
      const p = await newPair();
      const id = await requestFromTown(p);
      expect((await contactRow(id)).initiator).toBe("offer");
      expect(await getContactView(t.db, id, as(p.mayor))).toBeUndefined();
      await move(id, "forward", staff);
      await expectRefused(() => move(id, "accept", p.foreign), "forbidden", id);
      expect(await move(id, "accept", p.mayor)).toBe("accepted");
      expect(await notices(p.foreign, id)).toEqual([
        "contact_submitted",
        "contact_forwarded",
        "contact_accepted",
      ]);
      expect(await notices(p.mayor, id)).toEqual(["contact_received"]);
    });

    it("refuses to create a contact that breaks a rule, and creates nothing", async () => {
      const p = await newPair();
      const counts = async () => ({
        contacts: await countAll(t, "contacts"),
        audit: await countAll(t, "audit_events"),
        notifications: await countAll(t, "notifications"),
        emails: await countAll(t, "emails"),
      });
      const refused = async (
        input: { municipalityId?: number; offerId?: number; message?: string; topics?: string[] },
        user: TestUser,
        code: ContactError["code"],
        field = "form",
        emailVerified = true,
      ) => {
        const before = await counts();
        const error = await errorOf(() =>
          createContact(
            t.db,
            {
              municipalityId: input.municipalityId ?? p.municipalityId,
              offerId: input.offerId ?? p.offerId,
              message: input.message ?? MESSAGE,
              topics: input.topics ?? ["culture"],
            },
            { ...as(user), emailVerified },
          ),
        );
        expect([error.code, error.field]).toEqual([code, field]);
        expect(await counts()).toEqual(before);
      };
      await refused({ message: " \n " }, p.mayor, "text_required", "message");
      await refused({ message: TOO_LONG }, p.mayor, "too_long", "message");
      await refused({}, p.mayor, "unverified", "form", false);
      await refused({ topics: [] }, p.mayor, "topics_required", "topics");
      await refused({ topics: ["heritage"] }, p.mayor, "topic_not_shared", "topics");
      await refused({ topics: ["culture", "nonsense"] }, p.mayor, "topic_not_shared", "topics");
      // Someone else's municipality or offer.
      const other = await newPair();
      await refused({ municipalityId: other.municipalityId }, p.mayor, "forbidden");
      await refused({ offerId: other.offerId }, p.foreign, "forbidden");
      await refused({ offerId: 99_999_999 }, p.mayor, "not_found");
      // An offer not (or no longer) published, a municipality not visible.
      const pending = await makeOffer(t, p.foreign.id, staff.id, {}, { publish: false });
      await refused({ offerId: pending }, p.mayor, "offer_not_open");
      const lapsed = await makeOffer(t, p.foreign.id, staff.id, {
        expiresOn: addDays(pragueDay(), -1),
      });
      await refused({ offerId: lapsed }, p.mayor, "offer_not_open");
      const expired = await makeOffer(t, p.foreign.id, staff.id);
      await transitionOffer(t.db, expired, "expire", { user: null, as: "system" });
      await refused({ offerId: expired }, p.mayor, "offer_not_open");
      const hidden = await newPair();
      await transitionMunicipality(
        t.db,
        hidden.municipalityId,
        "reject",
        { id: staff.id, as: "staff" },
        "Neúplný profil",
      );
      await refused(
        { municipalityId: hidden.municipalityId, offerId: hidden.offerId },
        hidden.mayor,
        "municipality_not_visible",
      );
      // The municipality stays in the register: a town abroad may still write (staff relay).
      // Its topics are unknown without a public profile: any of the offer's may be meant.
      const toRegister = await createContact(
        t.db,
        {
          municipalityId: hidden.municipalityId,
          offerId: hidden.offerId,
          message: MESSAGE,
          topics: ["sport"],
        },
        { ...as(hidden.foreign), emailVerified: true },
      );
      expect(
        await t.db
          .selectFrom("contacts")
          .select(["status", "initiator"])
          .where("id", "=", toRegister)
          .executeTakeFirstOrThrow(),
      ).toEqual({ status: "pending_review", initiator: "offer" });
      // A second live contact between the same two, from either side.
      // (The other side writing while the first is still with staff joins it: see the route test.)
      const first = await request(p);
      await refused({}, p.mayor, "already_open");
      await move(first, "forward", staff);
      await refused({}, p.foreign, "already_open");
      await move(first, "accept", p.foreign);
      await refused({}, p.mayor, "already_open");
    });

    it("a pair with no shared topic cannot write at all", async () => {
      const p = await newPair({ interests: ["economy"], topics: ["culture", "sport"] });
      const before = await countAll(t, "contacts");
      for (const topics of [["culture"], ["economy"], ["sport"]]) {
        const error = await errorOf(() =>
          createContact(
            t.db,
            { municipalityId: p.municipalityId, offerId: p.offerId, message: MESSAGE, topics },
            { ...as(p.mayor), emailVerified: true },
          ),
        );
        expect([error.code, error.field]).toEqual(["topic_not_shared", "topics"]);
      }
      expect(await countAll(t, "contacts")).toBe(before);
      const form = await newPage(p.mayor, `?offer=${p.offerId}`);
      expect((form.data as { pair: { shared: string[] } }).pair.shared).toEqual([]);
    });
  });

  // ---- Introductions by staff ------------------------------------------------------------------

  describe("introductions", () => {
    async function introduce(p: Pair): Promise<number> {
      return createContact(
        t.db,
        {
          municipalityId: p.municipalityId,
          offerId: p.offerId,
          message: "Doporučujeme vás.",
          topics: [],
        },
        { ...as(staff), emailVerified: true },
      );
    }

    it("go to both towns at once and become a contact when both accept", async () => {
      const p = await newPair();
      const id = await introduce(p);
      const row = await contactRow(id);
      expect(row).toMatchObject({ initiator: "staff", status: "forwarded", sender_id: staff.id });
      expect(parseList(row.topics)).toEqual(["culture"]);
      expect(await history(id)).toEqual([
        {
          action: "introduce",
          from: null,
          to: "forwarded",
          by: staff.name,
          onBehalf: false,
          comment: null,
        },
      ]);
      expect(await notices(p.mayor, id)).toEqual(["contact_introduction"]);
      expect(await notices(p.foreign, id)).toEqual(["contact_introduction"]);

      // Only staff can withdraw an introduction; there is no one to ask for more.
      await expectRefused(() => move(id, "withdraw", p.mayor), "forbidden", id);
      const asking = await errorOf(() => move(id, "request_info", p.foreign, { text: "Proč?" }));
      expect(["forbidden", "wrong_state"]).toContain(asking.code);

      expect(await move(id, "accept", p.mayor)).toBe("forwarded");
      expect(await contactRow(id)).toMatchObject({
        status: "forwarded",
        municipality_answer: "accepted",
        offer_answer: null,
      });
      expect((await history(id)).at(-1)).toMatchObject({
        action: "accept_side",
        from: "forwarded",
        to: "forwarded",
        by: p.mayor.name,
      });
      expect((await getContactView(t.db, id, as(p.mayor)))?.actions).not.toContain("accept");
      expect((await getContactView(t.db, id, as(p.mayor)))?.details).toBeNull();
      await expectRefused(() => move(id, "accept", p.mayor), "wrong_state", id);
      await expectRefused(() => move(id, "decline", p.mayor), "wrong_state", id);

      expect(await move(id, "accept", p.foreign)).toBe("accepted");
      expect(await contactRow(id)).toMatchObject({
        status: "accepted",
        municipality_answer: "accepted",
        offer_answer: "accepted",
      });
      expect((await contactRow(id)).accepted_at).not.toBeNull();
      expect((await history(id)).at(-1)).toMatchObject({
        action: "accept",
        from: "forwarded",
        to: "accepted",
        by: p.foreign.name,
      });
      expect(await notices(p.mayor, id)).toEqual(["contact_introduction", "contact_accepted"]);
      expect(await notices(p.foreign, id)).toEqual(["contact_introduction", "contact_accepted"]);
      expect((await getContactView(t.db, id, as(p.mayor)))?.details?.offer.email).toBe(
        p.offerEmail,
      );
    });

    it("one side declining declines the introduction for both", async () => {
      const p = await newPair();
      const id = await introduce(p);
      await move(id, "accept", p.foreign);
      expect(await move(id, "decline", p.mayor, { text: "Nemáme kapacitu." })).toBe("declined");
      expect(await contactRow(id)).toMatchObject({
        status: "declined",
        municipality_answer: "declined",
        offer_answer: "accepted",
        status_reason: "Nemáme kapacitu.",
      });
      expect(await notices(p.foreign, id)).toEqual(["contact_introduction", "contact_declined"]);
      await expectRefused(() => move(id, "accept", p.mayor), "wrong_state", id);
      expect((await getContactView(t.db, id, as(p.foreign)))?.details).toBeNull();
    });

    it("staff answer for a town without an account, naming the side", async () => {
      const p = await newPair({ authorless: true });
      const id = await introduce(p);
      expect(await notices(p.mayor, id)).toEqual(["contact_introduction"]);
      await expectRefused(() => move(id, "accept", staff), "side_required", id, "side");
      await expectRefused(() => move(id, "decline", staff), "side_required", id, "side");
      expect(await move(id, "accept", staff, { side: "offer" })).toBe("forwarded");
      expect((await history(id)).at(-1)).toMatchObject({
        action: "accept_side",
        by: staff.name,
        onBehalf: true,
      });
      await expectRefused(() => move(id, "accept", staff, { side: "offer" }), "wrong_state", id);
      // The mayor has an account: only the mayor answers for the municipality.
      await expectRefused(
        () => move(id, "accept", staff, { side: "municipality" }),
        "has_account",
        id,
        "side",
      );
      expect(await move(id, "accept", p.mayor)).toBe("accepted");
      expect(await contactRow(id)).toMatchObject({
        municipality_answer: "accepted",
        offer_answer: "accepted",
      });
      expect(await notices(p.mayor, id)).toEqual(["contact_introduction", "contact_accepted"]);
    });
  });

  describe("staff answering for a town", () => {
    it("is refused when the town has its own account, and offered only where it has none", async () => {
      // Accepting for a town that can answer itself would hand out its contact details.
      const p = await newPair();
      const id = await forwarded(p);
      for (const action of ["accept", "decline", "request_info"] as const)
        await expectRefused(
          () => move(id, action, staff, { text: "Za město." }),
          "has_account",
          id,
        );
      const view = await getContactView(t.db, id, as(staff));
      expect(view?.actions).toEqual(["withdraw"]);
      expect(view?.staffSides).toEqual([]);

      await move(id, "request_info", p.foreign, { text: "Kolik máte škol?" });
      await expectRefused(() => move(id, "answer", staff, { text: "Dvě." }), "has_account", id);

      // A news offer without an account: staff relay its answers.
      const relayed = await newPair({ authorless: true });
      const relayedId = await forwarded(relayed);
      // Staff's list of what they answer for holds it, and not the town that answers itself.
      const relayList = async () =>
        (await listContacts(t.db, as(staff), { filter: "relay", limit: 1000, offset: 0 })).map(
          (c) => c.id,
        );
      expect(await relayList()).toContain(relayedId);
      expect(await relayList()).not.toContain(id);
      expect((await getContactView(t.db, relayedId, as(staff)))?.actions).toEqual(
        expect.arrayContaining(["accept", "decline", "request_info", "withdraw"]),
      );
      expect(await move(relayedId, "accept", staff)).toBe("accepted");
      expect(await relayList()).not.toContain(relayedId);
      expect((await history(relayedId)).at(-1)).toMatchObject({
        action: "accept",
        by: staff.name,
        onBehalf: true,
      });
    });

    it("offers staff only the introduction's sides without an account that have not answered", async () => {
      const both = await newPair();
      const introduction = await createContact(
        t.db,
        {
          municipalityId: both.municipalityId,
          offerId: both.offerId,
          message: "Seznamte se.",
          topics: [],
        },
        { ...as(staff), emailVerified: true },
      );
      const view = await getContactView(t.db, introduction, as(staff));
      expect(view?.staffSides).toEqual([]);
      expect(view?.actions).not.toContain("accept");

      const authorless = await newPair({ authorless: true });
      const relayed = await createContact(
        t.db,
        {
          municipalityId: authorless.municipalityId,
          offerId: authorless.offerId,
          message: "Seznamte se.",
          topics: [],
        },
        { ...as(staff), emailVerified: true },
      );
      expect((await getContactView(t.db, relayed, as(staff)))?.staffSides).toEqual(["offer"]);
      await move(relayed, "accept", staff, { side: "offer" });
      const after = await getContactView(t.db, relayed, as(staff));
      expect(after?.staffSides).toEqual([]);
      expect(after?.actions).not.toContain("accept");
    });
  });

  // ---- Through the routes ----------------------------------------------------------------------

  describe("through the route actions", () => {
    it("the recipient's pages show nothing of an interest until staff forward it", async () => {
      const p = await newPair();
      const page = async () =>
        call(
          routes.municipality.loader,
          get(`/municipalities/${p.municipalityId}`, await cookieOf(p.foreign)),
          { id: String(p.municipalityId) },
        );
      const liveOf = (r: RouteResult) =>
        (r.data as { interest: { live: { id: number } | null } | null }).interest?.live ?? null;
      const id = await request(p);
      // The foreign town on the mayor's municipality page: no "already in touch", no link.
      const before = await page();
      expect(liveOf(before)).toBeNull();
      expect(before.text).not.toContain(`/contacts/${id}`);
      expect(before.text).not.toContain("pending_review");
      // The mayor, its sender, sees it on the offer's page.
      const own = await call(
        routes.offer.loader,
        get(`/offers/${p.offerId}`, await cookieOf(p.mayor)),
        { id: String(p.offerId) },
      );
      expect((own.data as { interest: { live: { id: number } | null } }).interest.live?.id).toBe(
        id,
      );

      await move(id, "forward", staff);
      expect(liveOf(await page())?.id).toBe(id);
    });

    it("the mayor's offer page shows nothing of a foreign town's interest until staff forward it", async () => {
      const p = await newPair();
      const id = await requestFromTown(p);
      const page = async () =>
        call(routes.offer.loader, get(`/offers/${p.offerId}`, await cookieOf(p.mayor)), {
          id: String(p.offerId),
        });
      const before = await page();
      expect((before.data as { interest: { live: unknown } }).interest.live).toBeNull();
      expect(before.text).not.toContain(`/contacts/${id}`);
      await move(id, "forward", staff);
      expect(
        ((await page()).data as { interest: { live: { id: number } | null } }).interest.live?.id,
      ).toBe(id);
    });

    it("a town writing back while the other's interest is with staff learns nothing of it; staff see both", async () => {
      const p = await newPair();
      const id = await request(p);
      const reply = "Také máme zájem o spolupráci v kultuře.";
      const fields = (message: string) => ({
        municipality: String(p.municipalityId),
        offer: String(p.offerId),
        message,
        topics: "culture",
      });
      const sentByTown = await send(p.foreign, fields(reply));
      // The same answer as any sent interest, except that it opens the list, not the page.
      expect(sentByTown.status).toBe(302);
      expect(sentByTown.location).toBe("/contacts");
      expect(sentByTown.text).not.toContain(`/contacts/${id}`);
      const rows = await t.db
        .selectFrom("contacts")
        .select("id")
        .where("municipality_id", "=", p.municipalityId)
        .where("offer_id", "=", p.offerId)
        .execute();
      expect(rows.map((r) => r.id)).toEqual([id]);
      // Still hidden from the town; staff read both messages.
      expect(await getContactView(t.db, id, as(p.foreign))).toBeUndefined();
      const forStaff = await getContactView(t.db, id, as(staff));
      expect(forStaff?.thread.map((m) => m.body)).toEqual([reply]);
      expect((await history(id)).at(-1)).toMatchObject({ action: "mutual_interest" });
      // Once forwarded, the town sees the mayor's request and its own words in the thread.
      await move(id, "forward", staff);
      const forTown = await getContactView(t.db, id, as(p.foreign));
      expect(forTown?.thread.map((m) => m.body)).toEqual([reply]);
      // Once forwarded, writing again is refused as a duplicate, as it always was.
      expect((await send(p.foreign, fields("Ještě jednou."))).status).toBe(409);
    });

    it("takes a request from the form to a signed agreement", async () => {
      const p = await newPair();
      const form = await newPage(p.mayor, `?offer=${p.offerId}`);
      expect(form.status).toBe(200);
      expect(form.data).toMatchObject({
        role: "mayor",
        verified: true,
        pair: { shared: ["culture"], live: null, full: false },
      });
      const id = idFrom(
        await send(p.mayor, {
          municipality: String(p.municipalityId),
          offer: String(p.offerId),
          message: MESSAGE,
          topics: ["culture"],
        }),
      );
      expect((await contactRow(id)).status).toBe("pending_review");
      expect((await newPage(p.mayor, `?offer=${p.offerId}`)).data).toMatchObject({
        pair: { live: { id, status: "pending_review" } },
      });
      expect((await page(p.mayor, id)).status).toBe(200);
      expect((await page(p.foreign, id)).status).toBe(404);
      await expectRouteRefused(() => act(p.foreign, id, { intent: "accept" }), 404, id);

      const step = async (user: TestUser, fields: Record<string, string>, status: string) => {
        const result = await act(user, id, fields);
        expect(result.status, `${fields.intent}: ${result.text}`).toBe(302);
        expect(result.location).toBe(`/contacts/${id}`);
        expect((await contactRow(id)).status).toBe(status);
      };
      await step(staff, { intent: "edit", text: "Upravený text žádosti." }, "pending_review");
      await step(staff, { intent: "forward" }, "forwarded");
      const forwardedPage = contactOf(await page(p.foreign, id));
      expect(forwardedPage).toMatchObject({
        actor: "recipient",
        status: "forwarded",
        details: null,
      });
      expect(forwardedPage.message).toBe("Upravený text žádosti.");
      await step(p.foreign, { intent: "request_info", text: "Jaké máte školy?" }, "info_requested");
      await step(p.mayor, { intent: "answer", text: "Dvě základní školy." }, "forwarded");
      await step(p.foreign, { intent: "accept" }, "accepted");
      expect(contactOf(await page(p.mayor, id)).details?.offer.email).toBe(p.offerEmail);
      expect(contactOf(await page(p.foreign, id)).details?.municipality.email).toBe(
        p.municipalityEmail,
      );

      const message = await act(p.mayor, id, { intent: "message", body: "Děkujeme za přijetí." });
      expect(message.status).toBe(302);
      expect(message.location).toBe(`/contacts/${id}#thread-title`);
      await step(
        p.mayor,
        { intent: "in_contact", happenedOn: addDays(pragueDay(), -5) },
        "in_contact",
      );
      await step(
        p.foreign,
        { intent: "council_approved", reference: "https://example.org/usneseni-15" },
        "in_contact",
      );
      await step(p.mayor, { intent: "confirm_stage" }, "council_approved");
      await step(p.mayor, { intent: "agreement_signed" }, "council_approved");
      expect(await countWhere(t, "partnerships", id)).toBe(0);
      await step(p.foreign, { intent: "confirm_stage" }, "agreement_signed");
      expect(await countWhere(t, "partnerships", id)).toBe(1);
      expect(await countWhere(t, "contact_stages", id)).toBe(3);
      expect(await messages(id)).toHaveLength(3);
      expect((await history(id)).map((h) => h.action)).toEqual([
        "create",
        "edit",
        "forward",
        "request_info",
        "answer",
        "accept",
        "message",
        "in_contact",
        "propose_council_approved",
        "confirm_stage_council_approved",
        "propose_agreement_signed",
        "confirm_stage_agreement_signed",
      ]);
      const list = await call(routes.contacts.loader, get("/contacts", await cookieOf(p.foreign)));
      const items = (list.data as { items: { id: number; status: string }[] }).items;
      expect(items.find((i) => i.id === id)?.status).toBe("agreement_signed");
    });

    it("reject with a reason, decline with or without one, withdraw — as route actions", async () => {
      const p1 = await newPair();
      const r = await request(p1);
      await expectRouteRefused(() => act(staff, r, { intent: "reject" }), 400, r, "text");
      expect((await act(staff, r, { intent: "reject", text: "Duplicitní žádost." })).status).toBe(
        302,
      );
      expect(await contactRow(r)).toMatchObject({
        status: "rejected_by_staff",
        status_reason: "Duplicitní žádost.",
      });

      const p2 = await newPair();
      const d = await forwarded(p2);
      expect((await act(p2.foreign, d, { intent: "decline" })).status).toBe(302);
      expect(await contactRow(d)).toMatchObject({ status: "declined", status_reason: null });

      const p3 = await newPair();
      const d2 = await forwarded(p3);
      expect((await act(p3.foreign, d2, { intent: "decline", text: "Bez kapacity." })).status).toBe(
        302,
      );
      expect(await contactRow(d2)).toMatchObject({
        status: "declined",
        status_reason: "Bez kapacity.",
      });

      const p4 = await newPair();
      const w = await forwarded(p4);
      await expectRouteRefused(() => act(p4.foreign, w, { intent: "withdraw" }), 403, w);
      expect((await act(p4.mayor, w, { intent: "withdraw" })).status).toBe(302);
      expect((await contactRow(w)).status).toBe("withdrawn");

      const p5 = await newPair();
      const a = await accepted(p5);
      await expectRouteRefused(() => act(p5.mayor, a, { intent: "withdraw" }), 409, a);
    });

    it("refuses the wrong person, the wrong state and bad input with the right status, changing nothing", async () => {
      const p = await newPair();
      const id = await forwarded(p);
      const outsiderMayor = await makeUser(t, "mayor");
      const outsiderForeign = await makeUser(t, "foreign");

      // Visitors are sent to sign in; people outside the contact learn nothing of it.
      const visitorPage = await page(null, id);
      expect(visitorPage.status).toBe(302);
      expect(visitorPage.location).toMatch(/^\/login/);
      await expectRouteRefused(() => act(null, id, { intent: "accept" }), 302, id);
      for (const outsider of [outsiderMayor, outsiderForeign]) {
        const seen = await page(outsider, id);
        expect(seen.status).toBe(404);
        expect(seen.text).not.toContain(p.offerTown);
        await expectRouteRefused(() => act(outsider, id, { intent: "accept" }), 404, id);
        await expectRouteRefused(() => act(outsider, id, { intent: "withdraw" }), 404, id);
        await expectRouteRefused(
          () => act(outsider, id, { intent: "message", body: "Ahoj" }),
          404,
          id,
        );
      }
      expect((await page(outsiderMayor, 99_999_999)).status).toBe(404);

      // The wrong side: 403. The wrong state: 409.
      await expectRouteRefused(() => act(p.mayor, id, { intent: "accept" }), 403, id);
      await expectRouteRefused(() => act(p.foreign, id, { intent: "forward" }), 403, id);
      await expectRouteRefused(() => act(p.foreign, id, { intent: "reject", text: "ne" }), 403, id);
      await expectRouteRefused(() => act(staff, id, { intent: "forward" }), 409, id);
      await expectRouteRefused(() => act(p.mayor, id, { intent: "answer", text: "x" }), 409, id);
      await expectRouteRefused(() => act(p.mayor, id, { intent: "in_contact" }), 409, id);
      await expectRouteRefused(
        () => act(p.mayor, id, { intent: "message", body: "Předčasně" }),
        409,
        id,
      );

      // Missing or too long text, unknown or system-only intents: 400.
      await expectRouteRefused(
        () => act(p.foreign, id, { intent: "request_info" }),
        400,
        id,
        "text",
      );
      await expectRouteRefused(
        () => act(p.foreign, id, { intent: "request_info", text: TOO_LONG }),
        400,
        id,
        "text",
      );
      await expectRouteRefused(() => act(staff, id, { intent: "expire" }), 400, id);
      await expectRouteRefused(() => act(staff, id, { intent: "delete" }), 400, id);
      await expectRouteRefused(() => act(staff, id, {}), 400, id);
      expect((await contactRow(id)).status).toBe("forwarded");
    });

    it("refuses bad messages and stage dates on an accepted contact with field errors", async () => {
      const p = await newPair();
      const id = await accepted(p);
      await expectRouteRefused(
        () => act(p.mayor, id, { intent: "message", body: "" }),
        400,
        id,
        "body",
      );
      await expectRouteRefused(
        () => act(p.mayor, id, { intent: "in_contact", happenedOn: addDays(pragueDay(), 1) }),
        400,
        id,
        "happenedOn",
      );
      await expectRouteRefused(
        () => act(p.mayor, id, { intent: "in_contact", happenedOn: "zítra" }),
        400,
        id,
        "happenedOn",
      );
      await expectRouteRefused(() => act(p.foreign, id, { intent: "council_approved" }), 409, id);
      await expectRouteRefused(() => act(p.foreign, id, { intent: "accept" }), 409, id);
    });

    it("refuses a message over 2,000 characters with the error on the message field", async () => {
      const p = await newPair();
      const id = await accepted(p);
      // The thread shows errors.body (or errors.form) under the message box.
      await expectRouteRefused(
        () => act(p.mayor, id, { intent: "message", body: TOO_LONG }),
        400,
        id,
        "body",
      );
    });

    it("refuses a new contact that breaks a rule, with the status and the field", async () => {
      const p = await newPair();
      const base = {
        municipality: String(p.municipalityId),
        offer: String(p.offerId),
        message: MESSAGE,
        topics: ["culture"],
      };
      const refusedNew = async (
        user: TestUser | null,
        fields: Record<string, string | string[]>,
        status: number,
        field?: string,
      ) => {
        const before = await countAll(t, "contacts");
        const auditBefore = await countAll(t, "audit_events");
        const result = await send(user, { ...base, ...fields });
        expect(result.status, JSON.stringify(fields).slice(0, 80)).toBe(status);
        if (field) expect(Object.keys(errorsOf(result))).toEqual([field]);
        expect(await countAll(t, "contacts")).toBe(before);
        expect(await countAll(t, "audit_events")).toBe(auditBefore);
      };
      await refusedNew(null, {}, 302);
      await refusedNew(p.mayor, { message: "   " }, 400, "message");
      await refusedNew(p.mayor, { message: TOO_LONG }, 400, "message");
      await refusedNew(p.mayor, { topics: [] }, 400, "topics");
      await refusedNew(p.mayor, { topics: ["heritage"] }, 400, "topics");
      // An empty form is told everything at once, not one field per attempt.
      const empty = await send(p.mayor, { ...base, message: "", topics: [] });
      expect(empty.status).toBe(400);
      expect(Object.keys(errorsOf(empty)).sort()).toEqual(["message", "topics"]);
      const unverified = await newPair({ mayorVerified: false });
      await refusedNew(
        unverified.mayor,
        { municipality: String(unverified.municipalityId), offer: String(unverified.offerId) },
        400,
        "form",
      );
      expect((await newPage(unverified.mayor, `?offer=${unverified.offerId}`)).data).toMatchObject({
        verified: false,
      });
      const other = await newPair();
      await refusedNew(p.mayor, { municipality: String(other.municipalityId) }, 403, "form");
      await refusedNew(p.foreign, { offer: String(other.offerId) }, 403, "form");
      await refusedNew(p.mayor, { offer: "99999999" }, 404);
      await refusedNew(p.mayor, { offer: "abc" }, 400);
      const pending = await makeOffer(t, p.foreign.id, staff.id, {}, { publish: false });
      await refusedNew(p.mayor, { offer: String(pending) }, 400, "form");
      const expired = await makeOffer(t, p.foreign.id, staff.id);
      await transitionOffer(t.db, expired, "expire", { user: null, as: "system" });
      await refusedNew(p.mayor, { offer: String(expired) }, 400, "form");
      expect((await newPage(p.mayor, `?offer=${expired}`)).data).toMatchObject({
        pair: { offer: { open: false } },
      });
      const hidden = await newPair();
      await transitionMunicipality(
        t.db,
        hidden.municipalityId,
        "reject",
        { id: staff.id, as: "staff" },
        "Ne",
      );
      // Its owner cannot write while the profile is not public; a town abroad still can.
      await refusedNew(
        hidden.mayor,
        { municipality: String(hidden.municipalityId), offer: String(hidden.offerId) },
        400,
        "form",
      );
      expect(
        (
          await send(hidden.foreign, {
            municipality: String(hidden.municipalityId),
            offer: String(hidden.offerId),
            message: MESSAGE,
            topics: "sport",
          })
        ).status,
      ).toBe(302);

      // The first request goes; a second one between the same two is a conflict.
      const first = idFrom(await send(p.mayor, base));
      await refusedNew(p.mayor, {}, 409, "form");
      await move(first, "forward", staff);
      await refusedNew(p.foreign, {}, 409, "form");
    });

    it("two quick clicks on send create one request", async () => {
      // A race: tried a few times, each with a fresh pair.
      const outcomes: string[] = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        const p = await newPair();
        const fields = {
          municipality: String(p.municipalityId),
          offer: String(p.offerId),
          message: MESSAGE,
          topics: ["culture"],
        };
        const results = await Promise.all([send(p.mayor, fields), send(p.mayor, fields)]);
        const statuses = results.map((r) => r.status).sort();
        outcomes.push(`${statuses.join("+")} -> ${await contactsBetween(p)} contact(s)`);
      }
      expect(outcomes).toEqual(Array(4).fill("302+409 -> 1 contact(s)"));
    });

    it("caps the open requests of an offer at the staff setting; the offer page says it is full", async () => {
      expect(await openRequestLimit(t.db)).toBe(10);
      const p = await newPair();
      const writers = [p.mayor];
      const municipalities = [p.municipalityId];
      for (let i = 0; i < 2; i++) {
        const mayor = await makeUser(t, "mayor");
        writers.push(mayor);
        municipalities.push(await makeMunicipality(t, mayor.id, staff.id));
      }
      const [first, second, third] = writers as [TestUser, TestUser, TestUser];
      const [m1, m2, m3] = municipalities as [number, number, number];
      await setOpenRequestLimit(t.db, 2, staff.id);
      try {
        expect(await openRequestLimit(t.db)).toBe(2);
        const write = (mayor: TestUser, municipalityId: number) =>
          send(mayor, {
            municipality: String(municipalityId),
            offer: String(p.offerId),
            message: MESSAGE,
            topics: ["culture"],
          });
        const c1 = idFrom(await write(first, m1));
        const c2 = idFrom(await write(second, m2));
        await move(c2, "forward", staff);
        await move(c2, "request_info", p.foreign, { text: "Více informací prosím." });

        const offerPage = await call(
          routes.offer.loader,
          get(`/offers/${p.offerId}`, await cookieOf(third)),
          { id: String(p.offerId) },
        );
        expect((offerPage.data as { interest: { full: number | null } }).interest.full).toBe(2);
        expect((await newPage(third, `?offer=${p.offerId}`)).data).toMatchObject({
          pair: { full: true, openRequests: 2 },
        });
        const before = await countAll(t, "contacts");
        const refused = await write(third, m3);
        expect(refused.status).toBe(409);
        expect(Object.keys(errorsOf(refused))).toEqual(["form"]);
        expect(await countAll(t, "contacts")).toBe(before);
        // The writers already in contact are not told the offer is full.
        const ownPage = await call(
          routes.offer.loader,
          get(`/offers/${p.offerId}`, await cookieOf(first)),
          { id: String(p.offerId) },
        );
        expect((ownPage.data as { interest: { full: number | null } }).interest.full).toBeNull();

        // A request leaving the open states makes room again.
        await move(c1, "reject", staff, { text: "Nepředáno." });
        const offerPageAgain = await call(
          routes.offer.loader,
          get(`/offers/${p.offerId}`, await cookieOf(third)),
          { id: String(p.offerId) },
        );
        expect(
          (offerPageAgain.data as { interest: { full: number | null } }).interest.full,
        ).toBeNull();
        expect((await write(third, m3)).status).toBe(302);
      } finally {
        await setOpenRequestLimit(t.db, 10, staff.id);
      }
    });

    it("introductions through the routes: staff propose, each side answers, staff answer for a town without an account", async () => {
      const p = await newPair();
      const form = await newPage(staff, `?municipality=${p.municipalityId}&offer=${p.offerId}`);
      expect(form.data).toMatchObject({ role: "staff", pair: { shared: ["culture"] } });
      const id = idFrom(
        await send(staff, {
          municipality: String(p.municipalityId),
          offer: String(p.offerId),
          message: "Doporučujeme vás.",
        }),
      );
      expect(await contactRow(id)).toMatchObject({ initiator: "staff", status: "forwarded" });
      expect(contactOf(await page(p.mayor, id)).actions).toEqual(
        expect.arrayContaining(["accept", "decline"]),
      );
      expect((await act(p.mayor, id, { intent: "accept" })).status).toBe(302);
      expect(contactOf(await page(p.mayor, id)).actions).not.toContain("accept");
      await expectRouteRefused(() => act(p.mayor, id, { intent: "accept" }), 409, id);
      await expectRouteRefused(() => act(p.foreign, id, { intent: "withdraw" }), 403, id);
      const asking = await act(p.foreign, id, { intent: "request_info", text: "Proč?" });
      expect([403, 409]).toContain(asking.status);
      expect((await act(p.foreign, id, { intent: "accept" })).status).toBe(302);
      expect((await contactRow(id)).status).toBe("accepted");

      const news = await newPair({ authorless: true });
      const intro = idFrom(
        await send(staff, {
          municipality: String(news.municipalityId),
          offer: String(news.offerId),
          message: "Doporučujeme vás.",
        }),
      );
      await expectRouteRefused(() => act(staff, intro, { intent: "accept" }), 400, intro, "side");
      await expectRouteRefused(
        () => act(staff, intro, { intent: "accept", side: "nobody" }),
        400,
        intro,
      );
      expect((await act(staff, intro, { intent: "accept", side: "offer" })).status).toBe(302);
      expect(await contactRow(intro)).toMatchObject({
        status: "forwarded",
        offer_answer: "accepted",
      });
      expect((await act(news.mayor, intro, { intent: "decline" })).status).toBe(302);
      expect(await contactRow(intro)).toMatchObject({
        status: "declined",
        municipality_answer: "declined",
      });
      expect((await history(intro)).map((h) => [h.action, h.onBehalf])).toEqual([
        ["introduce", false],
        ["accept_side", true],
        ["decline", false],
      ]);
    });
  });

  // ---- At the same moment ----------------------------------------------------------------------

  describe("at the same moment", () => {
    // On SQLite the races below cannot interleave; this is the part of them that can fail there.
    it("every move locks the contact, and every new request the offer, before reading", async () => {
      const p = await newPair();
      const sent = recording(t.db);
      const id = await createContact(
        sent.db,
        {
          municipalityId: p.municipalityId,
          offerId: p.offerId,
          message: MESSAGE,
          topics: ["culture"],
        },
        { ...as(p.mayor), emailVerified: true },
      );
      expect(sent.statements[0]).toBe("update offers");
      expect(sent.statements).toContain("select contacts");
      await move(id, "forward", staff);
      for (const [action, user] of [
        ["accept", p.foreign],
        ["in_contact", p.mayor],
        ["council_approved", p.mayor],
        ["confirm_stage", p.foreign],
      ] as const) {
        const moved = recording(t.db);
        await transitionContact(moved.db, id, action, as(user), {});
        expect(moved.statements[0], action).toBe("update contacts");
        expect(moved.statements.slice(1), action).toContain("select contacts");
      }
    });

    it("two clicks on accept: one move, one refusal, one audit event, one notice", async () => {
      const p = await newPair();
      const id = await forwarded(p);
      const events = (await history(id)).length;
      const results = await Promise.allSettled([
        move(id, "accept", p.foreign),
        move(id, "accept", p.foreign),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected");
      expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: "wrong_state" });
      expect((await contactRow(id)).status).toBe("accepted");
      expect(await history(id)).toHaveLength(events + 1);
      expect((await notices(p.mayor, id)).filter((k) => k === "contact_accepted")).toHaveLength(1);
    });

    it("both sides proposing the signed agreement at once leave one proposal; confirmed twice at once, one partnership", async () => {
      const p = await newPair();
      const id = await accepted(p);
      await move(id, "in_contact", p.mayor);
      await move(id, "council_approved", p.mayor);
      await move(id, "confirm_stage", p.foreign);
      const proposed = await Promise.allSettled([
        move(id, "agreement_signed", p.mayor),
        move(id, "agreement_signed", p.foreign),
      ]);
      expect(proposed.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = proposed.find((r) => r.status === "rejected");
      expect(refused?.reason).toMatchObject({ code: "proposal_waiting" });
      expect(await countWhere(t, "stage_proposals", id)).toBe(1);
      // Whoever did not propose confirms, and staff too at the same moment.
      const proposal = await t.db
        .selectFrom("stage_proposals")
        .select("side")
        .where("contact_id", "=", id)
        .executeTakeFirstOrThrow();
      const other = proposal.side === "municipality" ? p.foreign : p.mayor;
      const confirmed = await Promise.allSettled([
        move(id, "confirm_stage", other),
        move(id, "confirm_stage", staff),
      ]);
      expect(confirmed.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await countWhere(t, "partnerships", id)).toBe(1);
      expect(await countWhere(t, "contact_stages", id)).toBe(3);
      expect(await countWhere(t, "stage_proposals", id)).toBe(0);
    });

    it("both sides accepting an introduction at once make it accepted", async () => {
      // A race: tried a few times, each with a fresh pair.
      const outcomes: string[] = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        const p = await newPair();
        const id = await createContact(
          t.db,
          {
            municipalityId: p.municipalityId,
            offerId: p.offerId,
            message: "Doporučujeme.",
            topics: [],
          },
          { ...as(staff), emailVerified: true },
        );
        const sides = [p.mayor, p.foreign];
        const results = await Promise.allSettled(sides.map((side) => move(id, "accept", side)));
        // A side refused because the other moved first may simply answer again.
        for (const [i, result] of results.entries()) {
          if (result.status === "rejected") {
            expect(result.reason).toMatchObject({ code: "wrong_state" });
            await move(id, "accept", sides[i]!);
          }
        }
        const row = await contactRow(id);
        const told = (await notices(p.mayor, id)).includes("contact_accepted");
        outcomes.push(
          `${row.status} (${row.municipality_answer}/${row.offer_answer}, told: ${told})`,
        );
      }
      expect(outcomes).toEqual(Array(4).fill("accepted (accepted/accepted, told: true)"));
    });

    it("two mayors writing at once cannot pass the offer's cap together", async () => {
      await setOpenRequestLimit(t.db, 1, staff.id);
      try {
        // A race: tried a few times, each with a fresh offer.
        const outcomes: string[] = [];
        for (let attempt = 0; attempt < 4; attempt++) {
          const p = await newPair();
          const second = await makeUser(t, "mayor");
          const secondMunicipality = await makeMunicipality(t, second.id, staff.id);
          const writers: [TestUser, number][] = [
            [p.mayor, p.municipalityId],
            [second, secondMunicipality],
          ];
          const results = await Promise.all(
            writers.map(([mayor, municipalityId]) =>
              send(mayor, {
                municipality: String(municipalityId),
                offer: String(p.offerId),
                message: MESSAGE,
                topics: ["culture"],
              }),
            ),
          );
          const open = await t.db
            .selectFrom("contacts")
            .select("id")
            .where("offer_id", "=", p.offerId)
            .execute();
          const statuses = results.map((r) => r.status).sort();
          outcomes.push(`${statuses.join("+")} -> ${open.length} open`);
        }
        expect(outcomes).toEqual(Array(4).fill("302+409 -> 1 open"));
      } finally {
        await setOpenRequestLimit(t.db, 10, staff.id);
      }
    });
  });

  // ---- Response statistics ---------------------------------------------------------------------

  describe("saturation in the match score", () => {
    it("counts other municipalities' open requests, never the municipality's own, in every view", async () => {
      const p = await newPair();
      // Compared before rounding (the sides' 0–100): one request moves a score by less than a point.
      const scores = async () => {
        const m = await getOwnedMunicipality(t.db, p.mayor.id);
        const o = await getPublishedOffer(t.db, p.offerId);
        if (!m || !o) throw new Error("the pair is not published");
        const all = { page: 1, pageSize: 1000 };
        return {
          pair: (await explainPair(t.db, m, o, "municipality")).sides,
          mayorsList: (await rankOffersFor(t.db, m, {}, all)).items.find(
            (i) => i.offer.id === p.offerId,
          )?.result.sides,
          offersList: (await rankMunicipalitiesFor(t.db, o, {}, all)).items.find(
            (i) => i.municipality.id === p.municipalityId,
          )?.result.sides,
        };
      };
      const before = await scores();
      expect(before.mayorsList).toEqual(before.pair);
      expect(before.offersList).toEqual(before.pair);

      // Writing to the offer does not make it a worse match for the one who wrote.
      await request(p);
      expect(await scores()).toEqual(before);

      // Another municipality waiting on the same offer does.
      const mayor = await makeUser(t, "mayor");
      const municipalityId = await makeMunicipality(t, mayor.id, staff.id, {
        interests: ["culture"],
      });
      await createContact(
        t.db,
        { municipalityId, offerId: p.offerId, message: MESSAGE, topics: ["culture"] },
        { ...as(mayor), emailVerified: true },
      );
      const after = await scores();
      expect(after.pair.offer).toBeLessThan(before.pair.offer);
      expect(after.mayorsList).toEqual(after.pair);
      expect(after.offersList).toEqual(after.pair);
    });
  });

  describe("response statistics", () => {
    it("rate and median days from forwarding to the first answer, with controlled timestamps", async () => {
      const p = await newPair();
      const mayors: TestUser[] = [];
      const municipalities: number[] = [];
      for (let i = 0; i < 6; i++) {
        const mayor = await makeUser(t, "mayor");
        mayors.push(mayor);
        municipalities.push(await makeMunicipality(t, mayor.id, staff.id));
      }
      const write = (i: number) =>
        createContact(
          t.db,
          {
            municipalityId: municipalities[i]!,
            offerId: p.offerId,
            message: MESSAGE,
            topics: ["culture"],
          },
          { ...as(mayors[i]!), emailVerified: true },
        );
      const ids: number[] = [];
      for (let i = 0; i < 6; i++) ids.push(await write(i));
      const [acceptedId, declinedId, askedId, expiredId, waitingId, inReviewId] = ids as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      for (const id of [acceptedId, declinedId, askedId, expiredId, waitingId])
        await move(id, "forward", staff);
      await move(acceptedId, "accept", p.foreign);
      await move(declinedId, "decline", p.foreign);
      await move(askedId, "request_info", p.foreign, { text: "Kolik máte obyvatel?" });
      // Left unanswered for 31 days: the expiry job closes it.
      await t.db
        .updateTable("contacts")
        .set({ waiting_since: new Date(Date.now() - 31 * 86_400_000).toISOString() })
        .where("id", "=", expiredId)
        .execute();
      await runContactExpiry(t.db, new Date());
      expect((await contactRow(expiredId)).status).toBe("expired");
      expect((await contactRow(inReviewId)).status).toBe("pending_review");

      // The clock: forwarded on known days, answered 2, 5 and 1.5 days later.
      const at = (day: number, hours = 0) =>
        new Date(Date.UTC(2026, 5, 1 + day, 8 + hours)).toISOString();
      const stamp = async (id: number, forwardedAt: string, respondedAt: string | null) =>
        t.db
          .updateTable("contacts")
          .set({ first_forwarded_at: forwardedAt, first_response_at: respondedAt })
          .where("id", "=", id)
          .execute();
      await stamp(acceptedId, at(0), at(2));
      await stamp(declinedId, at(1), at(6));
      await stamp(askedId, at(2), at(3, 12));
      await stamp(expiredId, at(3), null);
      await stamp(waitingId, at(4), null);
      // A request the offer's town sent itself is not one it was asked to answer.
      const own = await newPair();
      const sentByTown = await createContact(
        t.db,
        {
          municipalityId: own.municipalityId,
          offerId: p.offerId,
          message: MESSAGE,
          topics: ["culture"],
        },
        { ...as(p.foreign), emailVerified: true },
      );
      await move(sentByTown, "forward", staff);
      await move(sentByTown, "accept", own.mayor);

      const stats = await responseStatsFor(t.db, "offer", p.offerId);
      // 5 forwarded to it, 3 answered, 1 ran out: 3 of 4 decided = 75 %; median of 1.5, 2, 5 = 2.
      expect(stats).toEqual({ received: 5, answered: 3, rate: 75, medianDays: 2 });
      const offerPage = await call(routes.offer.loader, get(`/offers/${p.offerId}`), {
        id: String(p.offerId),
      });
      expect((offerPage.data as { responses: unknown }).responses).toEqual(stats);

      // The municipality that answered the town's own request: one answer, an even count below.
      await stamp(sentByTown, at(10), at(11, 12));
      expect(await responseStatsFor(t.db, "municipality", own.municipalityId)).toEqual({
        received: 1,
        answered: 1,
        rate: 100,
        medianDays: 1.5,
      });
      // The municipality's own request to another offer does not count for it either.
      const elsewhere = await newPair();
      const ownRequest = await createContact(
        t.db,
        {
          municipalityId: own.municipalityId,
          offerId: elsewhere.offerId,
          message: MESSAGE,
          topics: ["culture"],
        },
        { ...as(own.mayor), emailVerified: true },
      );
      await move(ownRequest, "forward", staff);
      await move(ownRequest, "accept", elsewhere.foreign);
      const fromTown = await newPair();
      const townWrites = await createContact(
        t.db,
        {
          municipalityId: own.municipalityId,
          offerId: fromTown.offerId,
          message: MESSAGE,
          topics: ["culture"],
        },
        { ...as(fromTown.foreign), emailVerified: true },
      );
      await move(townWrites, "forward", staff);
      await move(townWrites, "decline", own.mayor);
      await stamp(townWrites, at(20), at(23, 12));
      const municipalityPage = await call(
        routes.municipality.loader,
        get(`/municipalities/${own.municipalityId}`),
        { id: String(own.municipalityId) },
      );
      // Answers after 1.5 and 3.5 days: median 2.5, both answered: 100 %.
      expect((municipalityPage.data as { responses: unknown }).responses).toEqual({
        received: 2,
        answered: 2,
        rate: 100,
        medianDays: 2.5,
      });
      // No answers yet: no rate, no median.
      const quiet = await newPair();
      expect(await responseStatsFor(t.db, "offer", quiet.offerId)).toEqual({
        received: 0,
        answered: 0,
        rate: null,
        medianDays: null,
      });
    });
  });
});
