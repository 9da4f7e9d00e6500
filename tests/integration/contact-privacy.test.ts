// Who sees a town's contact person, e-mail and phone (and staff's notes), on
// every page and in every e-mail and notice, for a contact in every state.
//
// The rule (docs/decisions/008-contacts-and-email.md): until a contact is
// accepted neither side sees the other's contact person, role, e-mail or phone
// anywhere; from `accepted` on both sides see both (on the contact's page);
// staff always see; visitors and everyone outside the contact never. A town's
// own details on its own pages are its own business. Notices (and so e-mails)
// carry town names and dates only: never a contact detail, in any state.
// Staff notes are for staff only.
//
// Each state has its own pair of towns with unique secret strings. As the
// profile form suggests, each account's name and e-mail are its contact
// person's, so the account name must not give the person away either.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as ContactRoute from "~/routes/contacts.$id";
import type * as ContactsRoute from "~/routes/contacts._index";
import type * as NewContactRoute from "~/routes/contacts.new";
import type * as OfferRoute from "~/routes/offers.$id";
import type * as OffersRoute from "~/routes/offers._index";
import type * as MunicipalityRoute from "~/routes/municipalities.$id";
import type * as MatchesRoute from "~/routes/matches";
import type * as MapDataRoute from "~/routes/map[.]json";
import type * as FitRoute from "~/routes/api.fit";
import type * as PreviewRoute from "~/routes/api.match-preview";
import type * as NotificationsRoute from "~/routes/notifications";
import type * as PartnershipsRoute from "~/routes/partnerships";
import type * as MeRoute from "~/routes/me";
import type { ContactStatus } from "../../db/schema";
import { isRevealed, type ContactAction } from "~/domain/contact-lifecycle";
import { runContactExpiry } from "~/models/contact-jobs.server";
import { createContact, postMessage, transitionContact } from "~/models/contact.server";
import { getContactView } from "~/models/contact-view.server";
import { addStaffNote } from "~/models/staff-note.server";
import {
  DAY_MS,
  makeMunicipality,
  makeOffer,
  makeUser,
  tag,
  type TestUser,
  cookieCache,
} from "../support/factories";
import { get, useTestDatabase, call, type RouteResult } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

const SCENARIOS = [
  "pending_review",
  "forwarded",
  "info_requested",
  "accepted",
  "in_contact",
  "declined",
  "withdrawn",
  "expired",
  "agreement_signed",
  "introduction_half_accepted",
] as const;
type Scenario = (typeof SCENARIOS)[number];

/** The state each scenario leaves its contact in. */
const STATE_OF: Record<Scenario, ContactStatus> = {
  pending_review: "pending_review",
  forwarded: "forwarded",
  info_requested: "info_requested",
  accepted: "accepted",
  in_contact: "in_contact",
  declined: "declined",
  withdrawn: "withdrawn",
  expired: "expired",
  agreement_signed: "agreement_signed",
  introduction_half_accepted: "forwarded",
};

/** Who wrote first: both directions are covered, and one staff introduction. */
const INITIATOR: Record<Scenario, "municipality" | "offer" | "staff"> = {
  pending_review: "municipality",
  forwarded: "offer",
  info_requested: "municipality",
  accepted: "offer",
  in_contact: "municipality",
  declined: "offer",
  withdrawn: "municipality",
  expired: "offer",
  agreement_signed: "municipality",
  introduction_half_accepted: "staff",
};

const VIEWERS = ["visitor", "mayor", "foreign", "otherMayor", "otherForeign", "staff"] as const;
type Viewer = (typeof VIEWERS)[number];

const PLACES = [
  "contact",
  "contacts",
  "newContact",
  "offer",
  "offers",
  "municipality",
  "matches",
  "map",
  "fit",
  "preview",
  "notificationsPage",
  "partnerships",
  "me",
  // Not pages: what the user was sent.
  "emails",
  "notices",
] as const;
type Place = (typeof PLACES)[number];

type SecretKind = "municipality" | "offer" | "municipalityNote" | "offerNote";

interface Secret {
  kind: SecretKind;
  label: string;
  value: string;
  /** A variant (the phone's digits alone) only ever checked for absence. */
  variant?: boolean;
}

interface PrivacyPair {
  scenario: Scenario;
  mayor: TestUser;
  foreign: TestUser;
  municipalityId: number;
  offerId: number;
  offerTown: string;
  contactId: number;
  secrets: Secret[];
}

type Want = "yes" | "no" | "any";

/**
 * The rule as a function: must the secret appear (yes), must it not (no), or is
 * it none of this test's business (any: staff elsewhere, a town's own details).
 */
function expectation(viewer: Viewer, place: Place, pair: PrivacyPair, kind: SecretKind): Want {
  const revealed = isRevealed(STATE_OF[pair.scenario]);
  if (kind === "municipalityNote" || kind === "offerNote") {
    if (viewer !== "staff") return "no";
    if (kind === "municipalityNote" && place === "municipality") return "yes";
    if (kind === "offerNote" && place === "offer") return "yes";
    return "any";
  }
  if (viewer === "staff") {
    if (place === "contact") return "yes";
    if (place === "municipality" && kind === "municipality") return "yes";
    if (place === "offer" && kind === "offer") return "yes";
    return "any";
  }
  const own =
    (viewer === "mayor" && kind === "municipality") || (viewer === "foreign" && kind === "offer");
  if (own) {
    if (viewer === "mayor" && (place === "municipality" || place === "me")) return "yes";
    if (viewer === "foreign" && place === "offer") return "yes";
    if (place === "contact" && revealed) return "yes";
    return "any";
  }
  const otherSide = viewer === "mayor" || viewer === "foreign";
  if (otherSide && revealed) {
    if (place === "contact") return "yes";
    // Notices and e-mails never carry contact details, whatever the state.
    if (place === "emails" || place === "notices") return "no";
    return "any";
  }
  return "no";
}

/** The status of the contact's page: a side that may not know of it, or an outsider, gets 404. */
function contactPageStatus(viewer: Viewer, pair: PrivacyPair): number {
  if (viewer === "visitor") return 302;
  if (viewer === "staff") return 200;
  if (viewer === "otherMayor" || viewer === "otherForeign") return 404;
  const initiator = INITIATOR[pair.scenario];
  const isSender = initiator === (viewer === "mayor" ? "municipality" : "offer");
  const forwarded = pair.scenario !== "pending_review";
  return isSender || forwarded ? 200 : 404;
}

function digits(phone: string): string {
  return phone.replace(/\D/g, "");
}

describe(`contact privacy on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;
  let otherMayor: TestUser;
  let otherForeign: TestUser;
  const pairs = new Map<Scenario, PrivacyPair>();
  let cookieOf: ReturnType<typeof cookieCache>;
  let routes: {
    contact: typeof ContactRoute;
    contacts: typeof ContactsRoute;
    newContact: typeof NewContactRoute;
    offer: typeof OfferRoute;
    offers: typeof OffersRoute;
    municipality: typeof MunicipalityRoute;
    matches: typeof MatchesRoute;
    map: typeof MapDataRoute;
    fit: typeof FitRoute;
    preview: typeof PreviewRoute;
    notifications: typeof NotificationsRoute;
    partnerships: typeof PartnershipsRoute;
    me: typeof MeRoute;
  };

  const as = (user: TestUser) => ({ id: user.id, role: user.role });
  const move = (id: number, action: ContactAction, user: TestUser, text?: string) =>
    transitionContact(t.db, id, action, as(user), { text });

  /** Two towns, each with unique secrets; account name and e-mail are the contact person's. */
  async function makePair(scenario: Scenario): Promise<Omit<PrivacyPair, "contactId">> {
    const k = tag();
    const phoneTail = () => String(100_000 + Math.floor(Math.random() * 899_999));
    const m = {
      name: `Privacy Mname ${k}`,
      role: `Privacy Mrole ${k}`,
      email: `privacy-m-${k}@obec-secret.example`,
      phone: `+420 777 ${phoneTail().replace(/(\d{3})(\d{3})/, "$1 $2")}`,
      note: `Staff note municipality ${k}`,
    };
    const o = {
      name: `Privacy Oname ${k}`,
      email: `privacy-o-${k}@town-secret.example`,
      phone: `+43 660 ${phoneTail().replace(/(\d{3})(\d{3})/, "$1 $2")}`,
      note: `Staff note offer ${k}`,
    };
    const mayor = await makeUser(t, "mayor", { name: m.name, email: m.email });
    const foreign = await makeUser(t, "foreign", { name: o.name, email: o.email });
    const municipalityId = await makeMunicipality(t, mayor.id, staff.id, {
      name: `Obec ${k}`,
      interests: ["culture", "heritage"],
      contactName: m.name,
      contactRole: m.role,
      contactEmail: m.email,
      contactPhone: m.phone,
    });
    const offerTown = `Privacytown ${k}`;
    const offerId = await makeOffer(t, foreign.id, staff.id, {
      town: offerTown,
      topics: ["culture", "heritage"],
      contactName: o.name,
      contactEmail: o.email,
      contactPhone: o.phone,
    });
    await addStaffNote(t.db, "municipality", municipalityId, staff.id, m.note);
    await addStaffNote(t.db, "offer", offerId, staff.id, o.note);
    const secrets: Secret[] = [
      { kind: "municipality", label: "municipality contact name", value: m.name },
      { kind: "municipality", label: "municipality contact role", value: m.role },
      { kind: "municipality", label: "municipality e-mail", value: m.email },
      { kind: "municipality", label: "municipality phone", value: m.phone },
      {
        kind: "municipality",
        label: "municipality phone digits",
        value: digits(m.phone),
        variant: true,
      },
      { kind: "offer", label: "offer contact name", value: o.name },
      { kind: "offer", label: "offer e-mail", value: o.email },
      { kind: "offer", label: "offer phone", value: o.phone },
      { kind: "offer", label: "offer phone digits", value: digits(o.phone), variant: true },
      { kind: "municipalityNote", label: "staff note on the municipality", value: m.note },
      { kind: "offerNote", label: "staff note on the offer", value: o.note },
    ];
    return { scenario, mayor, foreign, municipalityId, offerId, offerTown, secrets };
  }

  async function start(p: Omit<PrivacyPair, "contactId">, initiator: Scenario): Promise<number> {
    const who = INITIATOR[initiator];
    const user = who === "municipality" ? p.mayor : who === "offer" ? p.foreign : staff;
    return createContact(
      t.db,
      {
        municipalityId: p.municipalityId,
        offerId: p.offerId,
        message: "Dobrý den, rádi bychom spolupracovali v kultuře.",
        topics: ["culture"],
      },
      { ...as(user), emailVerified: true },
    );
  }

  /** Moves a fresh pair's contact to its scenario's state, through the workflow. */
  async function build(scenario: Scenario): Promise<PrivacyPair> {
    const p = await makePair(scenario);
    const id = await start(p, scenario);
    const sender = INITIATOR[scenario] === "municipality" ? p.mayor : p.foreign;
    const recipient = INITIATOR[scenario] === "municipality" ? p.foreign : p.mayor;
    const ask = async () => {
      await move(id, "request_info", recipient, "Jaké akce pořádáte během roku?");
      await move(id, "answer", sender, "Pořádáme pouť, festival a adventní trh.");
    };
    switch (scenario) {
      case "pending_review":
        break;
      case "forwarded":
        await move(id, "forward", staff);
        break;
      case "info_requested":
        await move(id, "forward", staff);
        await move(id, "request_info", recipient, "Kolik máte obyvatel?");
        break;
      case "accepted":
        await move(id, "forward", staff);
        await ask();
        await move(id, "accept", recipient);
        await postMessage(t.db, id, as(recipient), "Děkujeme, těšíme se.");
        break;
      case "in_contact":
        await move(id, "forward", staff);
        await move(id, "accept", recipient);
        await move(id, "in_contact", sender, "Videohovor starostů");
        break;
      case "declined":
        await move(id, "forward", staff);
        await ask();
        await move(id, "decline", recipient, "Letos nemáme kapacitu.");
        break;
      case "withdrawn":
        await move(id, "forward", staff);
        await ask();
        await move(id, "withdraw", sender);
        break;
      case "expired":
        await move(id, "forward", staff);
        await ask();
        // 31 days without an answer (this pair is built first: no other request is waiting).
        await runContactExpiry(t.db, new Date(Date.now() + 31 * DAY_MS));
        break;
      case "agreement_signed":
        await move(id, "forward", staff);
        await ask();
        await move(id, "accept", recipient);
        await postMessage(t.db, id, as(sender), "Posíláme návrh smlouvy.");
        await move(id, "in_contact", recipient);
        await move(id, "council_approved", sender);
        await move(id, "confirm_stage", recipient);
        await move(id, "agreement_signed", staff);
        break;
      case "introduction_half_accepted":
        await move(id, "accept", p.mayor);
        break;
    }
    return { ...p, contactId: id };
  }

  beforeAll(async () => {
    t = await createSeededDb();
    cookieOf = cookieCache(t);
    await useTestDatabase(t);
    staff = await makeUser(t, "staff");
    // The expired pair first: its fake clock expires every request then waiting.
    pairs.set("expired", await build("expired"));
    for (const scenario of SCENARIOS)
      if (scenario !== "expired") pairs.set(scenario, await build(scenario));

    // Outsiders who are busy with each other: an accepted contact of their own.
    otherMayor = await makeUser(t, "mayor");
    otherForeign = await makeUser(t, "foreign");
    const theirMunicipality = await makeMunicipality(t, otherMayor.id, staff.id, {
      interests: ["culture"],
    });
    const theirOffer = await makeOffer(t, otherForeign.id, staff.id, { topics: ["culture"] });
    const theirs = await createContact(
      t.db,
      {
        municipalityId: theirMunicipality,
        offerId: theirOffer,
        message: "Ahoj",
        topics: ["culture"],
      },
      { ...as(otherMayor), emailVerified: true },
    );
    await move(theirs, "forward", staff);
    await move(theirs, "accept", otherForeign);

    routes = {
      contact: await import("~/routes/contacts.$id"),
      contacts: await import("~/routes/contacts._index"),
      newContact: await import("~/routes/contacts.new"),
      offer: await import("~/routes/offers.$id"),
      offers: await import("~/routes/offers._index"),
      municipality: await import("~/routes/municipalities.$id"),
      matches: await import("~/routes/matches"),
      map: await import("~/routes/map[.]json"),
      fit: await import("~/routes/api.fit"),
      preview: await import("~/routes/api.match-preview"),
      notifications: await import("~/routes/notifications"),
      partnerships: await import("~/routes/partnerships"),
      me: await import("~/routes/me"),
    };
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  function userOf(viewer: Viewer, pair: PrivacyPair): TestUser | null {
    switch (viewer) {
      case "visitor":
        return null;
      case "mayor":
        return pair.mayor;
      case "foreign":
        return pair.foreign;
      case "otherMayor":
        return otherMayor;
      case "otherForeign":
        return otherForeign;
      case "staff":
        return staff;
    }
  }

  /** What the user gets at a place, serialised (loaders, JSON routes, e-mail rows, notices). */
  async function load(
    place: Place,
    user: TestUser | null,
    pair: PrivacyPair,
  ): Promise<RouteResult> {
    const cookie = await cookieOf(user);
    const loader = async (
      handler: Parameters<typeof call>[0],
      url: string,
      params: Record<string, string> = {},
    ) => call(handler, get(url, cookie), params);
    switch (place) {
      case "contact":
        return loader(routes.contact.loader, `/contacts/${pair.contactId}`, {
          id: String(pair.contactId),
        });
      case "contacts":
        return loader(routes.contacts.loader, "/contacts");
      case "newContact":
        return loader(
          routes.newContact.loader,
          `/contacts/new?municipality=${pair.municipalityId}&offer=${pair.offerId}`,
        );
      case "offer":
        return loader(routes.offer.loader, `/offers/${pair.offerId}`, { id: String(pair.offerId) });
      case "offers":
        return loader(routes.offers.loader, `/offers?q=${encodeURIComponent(pair.offerTown)}`);
      case "municipality":
        return loader(routes.municipality.loader, `/municipalities/${pair.municipalityId}`, {
          id: String(pair.municipalityId),
        });
      case "matches":
        return loader(routes.matches.loader, "/matches");
      case "map":
        return loader(routes.map.loader, "/map.json");
      case "fit":
        return loader(routes.fit.loader, `/api/fit?offer=${pair.offerId}`);
      case "preview":
        return loader(
          routes.preview.loader,
          "/api/match-preview?population=2400&interests=culture&interests=heritage&languages=cs",
        );
      case "notificationsPage":
        return loader(routes.notifications.loader, "/notifications");
      case "partnerships":
        return loader(routes.partnerships.loader, "/partnerships");
      case "me":
        return loader(routes.me.loader, "/me");
      case "emails": {
        const rows = user
          ? await t.db
              .selectFrom("emails")
              .select(["subject", "body_text", "body_html"])
              .where("user_id", "=", user.id)
              .execute()
          : [];
        return rowsResult(rows);
      }
      case "notices": {
        const rows = user
          ? await t.db
              .selectFrom("notifications")
              .select(["kind", "params", "link"])
              .where("user_id", "=", user.id)
              .execute()
          : [];
        return rowsResult(rows);
      }
    }
  }

  function rowsResult(rows: unknown[]): RouteResult {
    return {
      status: 200,
      location: null,
      headers: new Headers(),
      data: rows,
      text: JSON.stringify(rows),
    };
  }

  for (const scenario of SCENARIOS) {
    it(`${scenario}: every role at every place sees exactly what the rule allows`, async () => {
      const pair = pairs.get(scenario)!;
      const row = await t.db
        .selectFrom("contacts")
        .select(["status", "initiator"])
        .where("id", "=", pair.contactId)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: STATE_OF[scenario], initiator: INITIATOR[scenario] });

      const violations: string[] = [];
      let checked = 0;
      for (const viewer of VIEWERS) {
        const user = userOf(viewer, pair);
        for (const place of PLACES) {
          const result = await load(place, user, pair);
          if (place === "contact" && result.status !== contactPageStatus(viewer, pair))
            violations.push(
              `${viewer} at /contacts/:id: status ${result.status}, expected ${contactPageStatus(viewer, pair)}`,
            );
          for (const secret of pair.secrets) {
            const want = expectation(viewer, place, pair, secret.kind);
            const shown = result.text.includes(secret.value);
            if (want === "yes" && !secret.variant && !shown)
              violations.push(
                `${viewer} at ${place} (${result.status}) misses the ${secret.label}`,
              );
            if (want === "no" && shown)
              violations.push(`${viewer} at ${place} (${result.status}) sees the ${secret.label}`);
            if (want !== "any") checked++;
          }
        }
      }
      expect(violations).toEqual([]);
      expect(checked).toBeGreaterThan(500);
    });
  }

  it("names the other side by its town, not its account holder, until acceptance", async () => {
    for (const scenario of ["declined", "withdrawn", "expired", "info_requested"] as const) {
      const pair = pairs.get(scenario)!;
      const seenByForeign = await getContactView(t.db, pair.contactId, as(pair.foreign));
      const seenByMayor = await getContactView(t.db, pair.contactId, as(pair.mayor));
      const namesForForeign = [
        ...(seenByForeign?.history ?? []).map((h) => h.actorName),
        ...(seenByForeign?.thread ?? []).map((m) => m.authorName),
      ];
      const namesForMayor = [
        ...(seenByMayor?.history ?? []).map((h) => h.actorName),
        ...(seenByMayor?.thread ?? []).map((m) => m.authorName),
      ];
      expect(namesForForeign, scenario).not.toContain(pair.mayor.name);
      expect(namesForMayor, scenario).not.toContain(pair.foreign.name);
      expect(namesForForeign, scenario).toContain(
        (await getContactView(t.db, pair.contactId, as(staff)))?.municipality.name,
      );
      expect(namesForMayor, scenario).toContain(pair.offerTown);
    }
    // From acceptance on, the people are named.
    const open = pairs.get("agreement_signed")!;
    const view = await getContactView(t.db, open.contactId, as(open.foreign));
    expect(view?.history.map((h) => h.actorName)).toContain(open.mayor.name);
  });

  it("staff always see both towns' details on the contact, in every state", async () => {
    for (const scenario of SCENARIOS) {
      const pair = pairs.get(scenario)!;
      const view = await getContactView(t.db, pair.contactId, as(staff));
      const m = pair.secrets.find((s) => s.label === "municipality e-mail")!.value;
      const o = pair.secrets.find((s) => s.label === "offer e-mail")!.value;
      expect(view?.details?.municipality.email, scenario).toBe(m);
      expect(view?.details?.offer.email, scenario).toBe(o);
    }
  });

  it("sides see details only once accepted, and each side sees both then", async () => {
    for (const scenario of SCENARIOS) {
      const pair = pairs.get(scenario)!;
      for (const user of [pair.mayor, pair.foreign]) {
        const view = await getContactView(t.db, pair.contactId, as(user));
        if (isRevealed(STATE_OF[scenario])) {
          expect(view?.details?.municipality.phone, `${scenario} ${user.role}`).toBe(
            pair.secrets.find((s) => s.label === "municipality phone")!.value,
          );
          expect(view?.details?.offer.phone, `${scenario} ${user.role}`).toBe(
            pair.secrets.find((s) => s.label === "offer phone")!.value,
          );
        } else {
          expect(view?.details ?? null, `${scenario} ${user.role}`).toBeNull();
        }
      }
    }
  });
});
