// The user's own data: the JSON export at /me/data holds everything about the person and
// nothing private of anyone else; deleting the account at /me/delete erases the person
// everywhere, ends what others wait on, keeps the history without the name, blocks the
// old sign-in and frees the address. Refused attempts change nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type * as DataRoute from "~/routes/me_.data";
import type * as DeleteRoute from "~/routes/me_.delete";
import type * as LoginRoute from "~/routes/login";
import type * as MeRoute from "~/routes/me";
import type * as SignupRoute from "~/routes/signup";
import type { ContactAction } from "~/domain/contact-lifecycle";
import { createContact, postMessage, transitionContact } from "~/models/contact.server";
import { getContactView } from "~/models/contact-view.server";
import { createOffer } from "~/models/offer.server";
import { addStaffNote } from "~/models/staff-note.server";
import { verifyLogin } from "~/models/user.server";
import { queuePasswordResetEmail } from "~/features/accounts/account-email.server";
import {
  PASSWORD,
  makeRegisterEntry,
  makeMunicipality,
  makeOffer,
  makeUser,
  offerInput,
  tag,
  type TestUser,
} from "../support/factories";
import { cookieFor, get, post, useTestDatabase, call, errorsOf } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

/** The tables a deleted person's strings could remain in (not places, kraje …). */
const SCANNED = [
  "users",
  "sessions",
  "user_tokens",
  "municipalities",
  "offers",
  "contacts",
  "contact_messages",
  "contact_stages",
  "partnerships",
  "audit_events",
  "staff_notes",
  "notifications",
  "emails",
] as const;

describe(`my data: export and deletion on ${dialectName()}`, () => {
  let t: TestDb;
  let routes: {
    data: typeof DataRoute;
    del: typeof DeleteRoute;
    login: typeof LoginRoute;
    me: typeof MeRoute;
    signup: typeof SignupRoute;
  };
  // Every test gets a world of its own (made in beforeEach, with strings unique to it):
  // tests delete these accounts, so none may lean on what another test made or deleted.
  let staff: TestUser;
  let k: string;
  // The mayor who exports and then deletes; their secrets are unique to this test.
  let mayorSecrets: { name: string; email: string; role: string; phone: string };
  let mayor: TestUser;
  let municipalityId: number;
  // A foreign town the mayor wrote to (forwarded, not accepted): its details must stay hidden.
  let hiddenSecrets: { name: string; email: string };
  let foreign: TestUser;
  let offerId: number;
  let draftOfferId: number;
  // A town that accepted the mayor: its details are revealed to the mayor.
  let revealedSecrets: { name: string; email: string };
  let partner: TestUser;
  let acceptedOfferId: number;
  let askingOfferId: number;
  let otherMayor: TestUser;
  let otherMunicipalityId: number;
  let staffNote: string;
  let contacts: { sent: number; received: number; accepted: number; toForeign: number };
  // Numbers the worlds, so that no two share a phone number (a 3-digit tag alone could).
  let worlds = 0;

  const as = (u: TestUser) => ({ id: u.id, role: u.role });
  const move = (id: number, action: ContactAction, u: TestUser, text?: string) =>
    transitionContact(t.db, id, action, as(u), { text });
  const contactFrom = (u: TestUser, municipality: number, offer: number, message: string) =>
    createContact(
      t.db,
      { municipalityId: municipality, offerId: offer, message, topics: ["culture"] },
      { ...as(u), emailVerified: true },
    );
  const statusOfContact = async (id: number) =>
    (await t.db.selectFrom("contacts").select("status").where("id", "=", id).executeTakeFirst())
      ?.status;

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    routes = {
      data: await import("~/routes/me_.data"),
      del: await import("~/routes/me_.delete"),
      login: await import("~/routes/login"),
      me: await import("~/routes/me"),
      signup: await import("~/routes/signup"),
    };
  });

  beforeEach(async () => {
    worlds += 1;
    k = tag();
    mayorSecrets = {
      name: `Jana Tajná ${k}`,
      email: `jana-${k}@obec-mydata.example`,
      role: `Starostka ${k}`,
      phone: `+420 601 ${k.slice(0, 3)} ${String(worlds).padStart(3, "0")}`,
    };
    hiddenSecrets = { name: `Hidden Person ${k}`, email: `hidden-${k}@town-mydata.example` };
    revealedSecrets = {
      name: `Revealed Person ${k}`,
      email: `revealed-${k}@town-mydata.example`,
    };
    staffNote = `Interní poznámka ${k}`;
    contacts = { sent: 0, received: 0, accepted: 0, toForeign: 0 };

    staff = await makeUser(t, "staff");
    mayor = await makeUser(t, "mayor", { name: mayorSecrets.name, email: mayorSecrets.email });
    municipalityId = await makeMunicipality(t, mayor.id, staff.id, {
      name: `Obec ${k}`,
      contactName: mayorSecrets.name,
      contactRole: mayorSecrets.role,
      contactEmail: mayorSecrets.email,
      contactPhone: mayorSecrets.phone,
    });
    foreign = await makeUser(t, "foreign", {
      name: hiddenSecrets.name,
      email: hiddenSecrets.email,
    });
    offerId = await makeOffer(t, foreign.id, staff.id, {
      town: `Hiddentown ${k}`,
      topics: ["culture"],
      contactName: hiddenSecrets.name,
      contactEmail: hiddenSecrets.email,
    });
    draftOfferId = await createOffer(t.db, offerInput({ contactEmail: hiddenSecrets.email }), {
      actor: as(foreign),
      authorId: foreign.id,
      source: "self",
      sourceDate: null,
      submit: false,
    });
    partner = await makeUser(t, "foreign", {
      name: revealedSecrets.name,
      email: revealedSecrets.email,
    });
    acceptedOfferId = await makeOffer(t, partner.id, staff.id, {
      town: `Opentown ${k}`,
      topics: ["culture"],
      contactName: revealedSecrets.name,
      contactEmail: revealedSecrets.email,
    });
    askingOfferId = await makeOffer(t, partner.id, staff.id, { topics: ["culture"] });
    otherMayor = await makeUser(t, "mayor");
    otherMunicipalityId = await makeMunicipality(t, otherMayor.id, staff.id);

    // The mayor wrote to the hidden town: forwarded, waiting for it.
    contacts.sent = await contactFrom(
      mayor,
      municipalityId,
      offerId,
      `Dobrý den, píše ${mayorSecrets.name}.`,
    );
    await move(contacts.sent, "forward", staff);
    // The partner's other town wrote to the mayor: forwarded, the mayor is to answer.
    contacts.received = await contactFrom(partner, municipalityId, askingOfferId, "Hello!");
    await move(contacts.received, "forward", staff);
    // The mayor and the partner's first town are in touch: details revealed, a thread.
    contacts.accepted = await contactFrom(mayor, municipalityId, acceptedOfferId, "Ahoj.");
    await move(contacts.accepted, "forward", staff);
    await move(contacts.accepted, "accept", partner);
    await postMessage(t.db, contacts.accepted, as(mayor), `Zdraví ${mayorSecrets.name}`);
    await postMessage(t.db, contacts.accepted, as(partner), "Thank you, see you soon.");
    // Another mayor asked the hidden town, which asked back: waiting on that mayor's answer.
    contacts.toForeign = await contactFrom(otherMayor, otherMunicipalityId, offerId, "Zájem.");
    await move(contacts.toForeign, "forward", staff);
    await move(contacts.toForeign, "request_info", foreign, "Kolik máte obyvatel?");

    await addStaffNote(t.db, "municipality", municipalityId, staff.id, staffNote);
    await addStaffNote(
      t.db,
      "municipality",
      municipalityId,
      staff.id,
      `Volala ${mayorSecrets.name} z ${mayorSecrets.phone}`,
    );
    await queuePasswordResetEmail(t.db, { ...mayor, locale: "cs" });
  });

  afterAll(async () => {
    await t?.cleanup();
  });

  async function exportOf(user: TestUser) {
    const cookie = await cookieFor(t, user.id);
    const response = (await routes.data.loader({
      request: get("/me/data", cookie),
      params: {},
      context: {},
    })) as Response;
    const text = await response.text();
    return { response, text, json: JSON.parse(text) as Record<string, unknown>, cookie };
  }

  async function rowsText(): Promise<string> {
    const parts: string[] = [];
    for (const table of SCANNED)
      parts.push(JSON.stringify(await t.db.selectFrom(table).selectAll().execute()));
    return parts.join("\n");
  }

  async function snapshot() {
    const users = await t.db.selectFrom("users").selectAll().orderBy("id").execute();
    return { users, rows: await rowsText() };
  }

  it("sends signed-out visitors to sign in", async () => {
    const result = await call(routes.data.loader, get("/me/data"));
    expect(result.status).toBe(302);
    expect(result.location).toMatch(/^\/login\?redirectTo=%2Fme%2Fdata$/);
  });

  it("exports the mayor's own data as a JSON download", async () => {
    const { response, text, json } = await exportOf(mayor);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="spolu-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get("Cache-Control")).toBe("no-store");

    const account = json.account as Record<string, unknown>;
    expect(account.email).toBe(mayorSecrets.email);
    expect(account.name).toBe(mayorSecrets.name);
    const municipality = json.municipality as Record<string, unknown>;
    expect(municipality.id).toBe(municipalityId);
    expect(municipality.contactRole).toBe(mayorSecrets.role);
    expect(municipality.contactPhone).toBe(mayorSecrets.phone);
    const exported = json.contacts as { id: number; thread: { body: string }[] }[];
    expect(exported.map((c) => c.id).sort()).toEqual(
      [contacts.sent, contacts.received, contacts.accepted].sort(),
    );
    expect(exported.find((c) => c.id === contacts.accepted)?.thread.map((m) => m.body)).toContain(
      "Thank you, see you soon.",
    );
    expect((json.sessions as unknown[]).length).toBeGreaterThan(0);
    expect((json.notifications as unknown[]).length).toBeGreaterThan(0);
    expect((json.auditEvents as { action: string }[]).map((a) => a.action)).toContain("create");
    expect((json.accountLinks as { purpose: string }[])[0]?.purpose).toBe("reset_password");
    expect((json.emails as { kind: string }[]).map((e) => e.kind)).toContain("reset_password");
    // Revealed by acceptance, exactly as the contact page shows it.
    expect(text).toContain(revealedSecrets.email);
    // The staff notes are only announced.
    expect((json.about as Record<string, string>).staffNotes).toContain("(2)");
  });

  it("exports nothing private of others, nor secrets", async () => {
    const { text, cookie } = await exportOf(mayor);
    // The forwarded, unaccepted town's contact person and e-mail.
    expect(text).not.toContain(hiddenSecrets.email);
    expect(text).not.toContain(hiddenSecrets.name);
    expect(text).not.toContain(staffNote);
    const row = await t.db
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", mayor.id)
      .executeTakeFirstOrThrow();
    expect(text).not.toContain(row.password_hash);
    expect(text).not.toContain("password_hash");
    const sessionIds = await t.db
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", mayor.id)
      .execute();
    for (const s of sessionIds) expect(text).not.toContain(s.id);
    expect(text).not.toContain(decodeURIComponent(cookie.split("=")[1] ?? "x"));
    const mail = await t.db
      .selectFrom("emails")
      .select("body_text")
      .where("user_id", "=", mayor.id)
      .where("kind", "=", "reset_password")
      .executeTakeFirstOrThrow();
    const token = /token=([A-Za-z0-9_-]{20,})/.exec(mail.body_text)?.[1];
    expect(token).toBeTruthy();
    expect(text).not.toContain(token);
    const tokenHash = await t.db
      .selectFrom("user_tokens")
      .select("token_hash")
      .where("user_id", "=", mayor.id)
      .executeTakeFirstOrThrow();
    expect(text).not.toContain(tokenHash.token_hash);
  });

  it("exports the foreign town's requests with their contact, not the mayors' details", async () => {
    const { text, json } = await exportOf(foreign);
    const offers = json.offers as { id: number; contactEmail: string }[];
    expect(offers.map((o) => o.id).sort()).toEqual([offerId, draftOfferId].sort());
    expect(offers[0]?.contactEmail).toBe(hiddenSecrets.email);
    expect(json.municipality).toBeNull();
    expect(text).not.toContain(mayorSecrets.email);
    expect(text).not.toContain(mayorSecrets.phone);
    expect(text).not.toContain(mayorSecrets.role);
  });

  it("shows what deletion would do without changing anything", async () => {
    const cookie = await cookieFor(t, mayor.id);
    const before = await snapshot();
    const page = await call(routes.del.loader, get("/me/delete", cookie));
    expect(page.status).toBe(200);
    const preview = (page.data as { preview: Record<string, unknown> }).preview;
    expect(preview.municipality).toEqual({ id: municipalityId, name: `Obec ${k}` });
    expect(preview.openContacts).toBe(2);
    expect(preview.activeContacts).toBe(1);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a wrong password or a missing confirmation and changes nothing", async () => {
    const cookie = await cookieFor(t, mayor.id);
    const before = await snapshot();
    const wrong = await call(
      routes.del.action,
      post("/me/delete", { password: "not the password", confirm: "1" }, cookie),
    );
    expect(wrong.status).toBe(400);
    expect(errorsOf(wrong).password).toBeTruthy();
    const unconfirmed = await call(
      routes.del.action,
      post("/me/delete", { password: PASSWORD }, cookie),
    );
    expect(unconfirmed.status).toBe(400);
    expect(errorsOf(unconfirmed).confirm).toBeTruthy();
    expect(errorsOf(unconfirmed).password).toBeUndefined();
    const empty = await call(routes.del.action, post("/me/delete", {}, cookie));
    expect(empty.status).toBe(400);
    expect(Object.keys(errorsOf(empty)).sort()).toEqual(["confirm", "password"]);
    expect(await snapshot()).toEqual(before);
  });

  it("deletes the mayor: erased, signed out, open contacts ended, history kept", async () => {
    const cookie = await cookieFor(t, mayor.id);
    const eventsBefore = await t.db
      .selectFrom("audit_events")
      .select("id")
      .where("actor_id", "=", mayor.id)
      .execute();
    expect(eventsBefore.length).toBeGreaterThan(0);

    const result = await call(
      routes.del.action,
      post("/me/delete", { password: PASSWORD, confirm: "1" }, cookie),
    );
    expect(result.status).toBe(302);
    expect(result.location).toBe("/");

    // The old session no longer signs anyone in.
    const me = await call(routes.me.loader, get("/me", cookie));
    expect(me.status).toBe(302);
    expect(me.location).toMatch(/^\/login/);

    const row = await t.db
      .selectFrom("users")
      .selectAll()
      .where("id", "=", mayor.id)
      .executeTakeFirstOrThrow();
    expect(row.email).toBe(`deleted-${mayor.id}@invalid`);
    expect(row.name).toBe("");
    expect(row.deleted_at).not.toBeNull();
    expect(row.email_pref).toBe("none");

    const municipality = await t.db
      .selectFrom("municipalities")
      .selectAll()
      .where("id", "=", municipalityId)
      .executeTakeFirstOrThrow();
    expect(municipality.owner_id).toBeNull();
    expect(municipality.contact_email).toBeNull();
    expect(municipality.contact_phone).toBeNull();
    // The town's public profile stays.
    expect(municipality.status).toBe("published");
    expect(municipality.name).toBe(`Obec ${k}`);

    expect(await statusOfContact(contacts.sent)).toBe("withdrawn");
    expect(await statusOfContact(contacts.received)).toBe("declined");
    expect(await statusOfContact(contacts.accepted)).toBe("accepted");
    // The other sides are told, so nobody waits in vain.
    const told = await t.db
      .selectFrom("notifications")
      .select(["user_id", "kind", "link"])
      .where("link", "in", [`/contacts/${contacts.sent}`, `/contacts/${contacts.received}`])
      .where("kind", "in", ["contact_withdrawn", "contact_declined"])
      .execute();
    expect(told).toEqual(
      expect.arrayContaining([
        { user_id: foreign.id, kind: "contact_withdrawn", link: `/contacts/${contacts.sent}` },
        { user_id: partner.id, kind: "contact_declined", link: `/contacts/${contacts.received}` },
      ]),
    );

    // History kept: every earlier event still there, plus the deletion itself.
    const eventsAfter = await t.db
      .selectFrom("audit_events")
      .select(["id", "entity", "action", "comment"])
      .where("actor_id", "=", mayor.id)
      .execute();
    expect(eventsAfter.map((e) => e.id)).toEqual(
      expect.arrayContaining(eventsBefore.map((e) => e.id)),
    );
    expect(eventsAfter).toContainEqual(
      expect.objectContaining({ entity: "user", action: "account_deleted", comment: null }),
    );

    for (const table of ["sessions", "notifications", "user_tokens"] as const) {
      const left = await t.db
        .selectFrom(table)
        .select("user_id")
        .where("user_id", "=", mayor.id)
        .execute();
      expect(left, table).toEqual([]);
    }
    const mails = await t.db
      .selectFrom("emails")
      .select("id")
      .where("user_id", "=", mayor.id)
      .execute();
    expect(mails).toEqual([]);

    // The thread stays with the other side, without the name.
    const thread = await t.db
      .selectFrom("contact_messages")
      .select("body")
      .where("contact_id", "=", contacts.accepted)
      .execute();
    expect(thread.map((m) => m.body)).toContain("Thank you, see you soon.");
    expect(thread.map((m) => m.body)).toContain("Zdraví […]");

    // The other side's page still tells the story, by a "deleted account".
    const view = await getContactView(t.db, contacts.accepted, as(partner));
    const theirs = view?.history.filter((h) => h.actorId === mayor.id) ?? [];
    expect(theirs.length).toBeGreaterThan(0);
    for (const h of theirs) expect(h).toMatchObject({ actorDeleted: true, actorName: null });

    // And the person's strings appear nowhere in what remains.
    const remaining = await rowsText();
    for (const [label, value] of Object.entries(mayorSecrets))
      expect(remaining.includes(value), `${label} still stored`).toBe(false);
    // Others' data is untouched.
    expect(remaining).toContain(revealedSecrets.email);
    expect(remaining).toContain(staffNote);
  });

  it("blocks the old sign-in and frees the e-mail address", async () => {
    // This test's mayor can sign in, then deletes the account.
    expect((await verifyLogin(t.db, mayorSecrets.email, PASSWORD))?.id).toBe(mayor.id);
    const deleted = await call(
      routes.del.action,
      post("/me/delete", { password: PASSWORD, confirm: "1" }, await cookieFor(t, mayor.id)),
    );
    expect(deleted.status).toBe(302);

    expect(await verifyLogin(t.db, mayorSecrets.email, PASSWORD)).toBeUndefined();
    const login = await call(
      routes.login.action,
      post("/login", { email: mayorSecrets.email, password: PASSWORD }),
    );
    expect(login.status).toBe(400);
    const tombstone = await call(
      routes.login.action,
      post("/login", { email: `deleted-${mayor.id}@invalid`, password: PASSWORD }),
    );
    expect(tombstone.status).toBe(400);

    const signup = await call(
      routes.signup.action,
      post("/signup", {
        role: "mayor",
        name: "Nová Starostka",
        municipality: String(await makeRegisterEntry(t)),
        claimantRole: "starostka",
        confirm: "on",
        email: mayorSecrets.email,
        password: PASSWORD,
        terms: "on",
      }),
    );
    expect(signup.status).toBe(302);
    expect(signup.location).toBe("/me");
    const again = await verifyLogin(t.db, mayorSecrets.email, PASSWORD);
    expect(again?.id).not.toBe(mayor.id);
  });

  it("deletes the foreign town's account: its requests close, nobody is left waiting", async () => {
    const cookie = await cookieFor(t, foreign.id);
    const result = await call(
      routes.del.action,
      post("/me/delete", { password: PASSWORD, confirm: "1" }, cookie),
    );
    expect(result.status).toBe(302);

    const offers = await t.db
      .selectFrom("offers")
      .select(["id", "status", "author_id", "contact_name", "contact_email"])
      .where("id", "in", [offerId, draftOfferId])
      .orderBy("id")
      .execute();
    for (const o of offers) {
      expect(o.status).toBe("closed");
      expect(o.author_id).toBeNull();
      expect(o.contact_name).toBeNull();
      expect(o.contact_email).toBeNull();
    }
    const closes = await t.db
      .selectFrom("audit_events")
      .select(["entity_id", "from_status"])
      .where("entity", "=", "offer")
      .where("action", "=", "close")
      .where("entity_id", "in", [offerId, draftOfferId])
      .orderBy("entity_id")
      .execute();
    expect(closes).toEqual([
      { entity_id: offerId, from_status: "published" },
      { entity_id: draftOfferId, from_status: "draft" },
    ]);

    // The town had asked the other mayor a question: only staff may end that, so the
    // platform withdraws it (no actor) and tells the mayor.
    expect(await statusOfContact(contacts.toForeign)).toBe("withdrawn");
    const event = await t.db
      .selectFrom("audit_events")
      .select(["actor_id", "action"])
      .where("entity", "=", "contact")
      .where("entity_id", "=", contacts.toForeign)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ actor_id: null, action: "withdraw" });
    const told = await t.db
      .selectFrom("notifications")
      .select("kind")
      .where("user_id", "=", otherMayor.id)
      .where("link", "=", `/contacts/${contacts.toForeign}`)
      .where("kind", "=", "contact_withdrawn")
      .execute();
    expect(told).toHaveLength(1);

    const remaining = await rowsText();
    for (const [label, value] of Object.entries(hiddenSecrets))
      expect(remaining.includes(value), `${label} still stored`).toBe(false);
  });

  it("refuses to delete a demo account", async () => {
    const demo = await t.db
      .selectFrom("users")
      .select(["id", "email"])
      .where("is_demo", "=", 1)
      .where("role", "=", "foreign")
      .executeTakeFirstOrThrow();
    const before = await snapshot();
    const result = await call(
      routes.del.action,
      post(
        "/me/delete",
        { password: "spolu-demo-2026", confirm: "1" },
        await cookieFor(t, demo.id),
      ),
    );
    expect(result.status).toBe(403);
    expect((result.data as { formError: string }).formError).toMatch(/Ukázkové účty/);
    expect((await snapshot()).users).toEqual(before.users);
  });

  it("lets a staff member go while others remain, but not the last one", async () => {
    const colleague = await makeUser(t, "staff");
    const gone = await call(
      routes.del.action,
      post("/me/delete", { password: PASSWORD, confirm: "1" }, await cookieFor(t, staff.id)),
    );
    expect(gone.status).toBe(302);

    // Every other staff account (the seeded demo one and other tests' too) is gone: the
    // colleague is the last. Those marked here come back afterwards, for the other tests.
    const others = (
      await t.db
        .selectFrom("users")
        .select("id")
        .where("role", "=", "staff")
        .where("deleted_at", "is", null)
        .where("id", "!=", colleague.id)
        .execute()
    ).map((u) => u.id);
    expect(others).not.toContain(staff.id);
    expect(others.length).toBeGreaterThan(0);
    await t.db
      .updateTable("users")
      .set({ deleted_at: new Date().toISOString() })
      .where("id", "in", others)
      .execute();
    try {
      const cookie = await cookieFor(t, colleague.id);
      const page = await call(routes.del.loader, get("/me/delete", cookie));
      expect((page.data as { preview: { lastStaff: boolean } }).preview.lastStaff).toBe(true);
      const before = await snapshot();
      const last = await call(
        routes.del.action,
        post("/me/delete", { password: PASSWORD, confirm: "1" }, cookie),
      );
      expect(last.status).toBe(409);
      expect((last.data as { formError: string }).formError).toMatch(/poslední pracovník/);
      expect(await snapshot()).toEqual(before);
      expect(await verifyLogin(t.db, colleague.email, PASSWORD)).toBeDefined();
    } finally {
      await t.db.updateTable("users").set({ deleted_at: null }).where("id", "in", others).execute();
    }
  });
});
