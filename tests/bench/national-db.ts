// A database at national scale for the benchmarks that serve the app, on SQLite or
// PostgreSQL: the places of Europe and the real register of 6,254 municipalities
// (imported as `npm start` imports them), synthetic published profiles on some of
// them, the 2,000 synthetic offers of ./synthetic.ts with real town names of their
// countries, contacts between profiled municipalities and offers in mixed states,
// the partnerships of the public lists (imported as setup imports them) and some
// made through Spolu. Three accounts with a session each sign in: a mayor who owns a
// published, verified profile, the foreign town that wrote the first offer, and staff.
// Same seeds, same data, on every machine and both dialects.
import { sql, type Transaction } from "kysely";
import { readEuropeanPlaces } from "../../db/places-source";
import { createDatabase, isPostgres, toCount, type DatabaseTarget } from "../../db/dialect";
import { importPlaces } from "../../db/import-places";
import { importPartnerships } from "../../db/import-partnerships";
import { publishedOfferRow } from "../../db/factories";
import { migrateToLatest } from "../../db/migrate";
import type {
  ContactInitiator,
  ContactStage,
  ContactStatus,
  Database,
  NewOffer,
  Role,
} from "../../db/schema";
import { importRegister } from "~/models/register.server";
import { createSession } from "~/models/session.server";
import { createUser } from "~/models/user.server";
import { offerSearchColumns } from "~/models/offer.server";
import { registerEntries, syntheticProfiles, type SyntheticProfile } from "./register";
import { random, syntheticOffers } from "./synthetic";

/** Published profiles by default (bench:map); bench:http asks for NATIONAL_PROFILES. */
export const PROFILES = 40;
export const NATIONAL_PROFILES = 2_500;
export const OFFERS = 2_000;
/** Per published profile: 3,000 contacts and 200 partnerships made through Spolu for 2,500. */
const CONTACTS_PER_PROFILE = 1.2;
const SPOLU_PARTNERSHIPS_PER_PROFILE = 0.08;
/** Mayor accounts, each owning a verified profile; the first one signs in. */
const MAYORS = 5;
const BATCH = 500;
const DAY_MS = 86_400_000;

type Trx = Transaction<Database>;

/** Town names per country, from the places the app imports (GeoNames cities500, Slovak municipalities). */
function townNames(): Map<string, string[]> {
  const byCountry = new Map<string, string[]>();
  for (const place of readEuropeanPlaces()) {
    const list = byCountry.get(place.country) ?? [];
    list.push(place.name);
    byCountry.set(place.country, list);
  }
  return byCountry;
}

/** A real town name of each offer's country (names are a large share of the map's bytes). */
function offerTowns(byCountry: Map<string, string[]>, countries: string[], seed = 99): string[] {
  const rng = random(seed);
  const used = new Set<string>();
  return countries.map((country, i) => {
    const names = byCountry.get(country) ?? [];
    for (let attempt = 0; attempt < 20 && names.length > 0; attempt++) {
      const name = names[Math.floor(rng() * names.length)]!;
      if (!used.has(`${country}:${name}`)) {
        used.add(`${country}:${name}`);
        return name;
      }
    }
    return `Town ${i + 1}`;
  });
}

export interface BenchAccount {
  userId: number;
  /** Sign it into a cookie as the app does (app/utils/session.server.ts). */
  sessionId: string;
}

export interface NationalDatabase {
  municipalities: number;
  profiles: number;
  offers: number;
  contacts: number;
  partnerships: number;
  /** Owns a published, verified profile with contacts. */
  mayor: BenchAccount & { municipalityId: number; name: string };
  /** Wrote the first offer, which has contacts. */
  foreign: BenchAccount & { offerId: number; town: string; country: string };
  staff: BenchAccount;
}

export interface FillOptions {
  say: (line: string) => void;
  /** Municipalities with a published profile (default PROFILES). */
  profiles?: number;
}

/** `target`: a SQLite file, or a database (an empty PostgreSQL one) to fill. */
export async function fillNationalDatabase(
  target: string | DatabaseTarget,
  options: FillOptions,
): Promise<NationalDatabase> {
  const { say } = options;
  const started = performance.now();
  const now = new Date();
  const entries = registerEntries();
  const wanted = options.profiles ?? PROFILES;
  if (wanted < MAYORS) throw new Error(`at least ${MAYORS} profiles are needed (the mayors' own)`);
  const profiles = syntheticProfiles(entries, wanted);
  const offers = syntheticOffers(OFFERS, now.toISOString().slice(0, 10));
  const towns = offerTowns(
    townNames(),
    offers.map((o) => o.country),
  );
  const db = createDatabase(typeof target === "string" ? { kind: "sqlite", file: target } : target);
  try {
    await migrateToLatest(db, (m) => say(`  ${m}`));
    await importPlaces(db, { say: (m) => say(`  ${m}`) });
    const report = await importRegister(db, entries, { now, say: (m) => say(`  ${m}`) });
    say(`  register: ${report.inserted.toLocaleString("en")} municipalities imported`);

    const filled = await db.transaction().execute(async (trx) => {
      const codes = new Map(
        (await trx.selectFrom("municipalities").select(["id", "code"]).execute()).map((r) => [
          r.code,
          r.id,
        ]),
      );
      const profiled = await publishProfiles(trx, entries, [...profiles], codes, now);
      say(`  profiles: ${profiled.length.toLocaleString("en")} published`);
      const accounts = await createAccounts(trx, profiled.slice(0, MAYORS), towns[0]!, now);
      say(`  accounts: ${MAYORS} mayors owning verified profiles, a foreign town, staff`);
      const inserted = await insertOffers(trx, offers, towns, accounts.foreign, now);
      say(`  offers: ${inserted.length.toLocaleString("en")} published`);
      const planned = planContacts(profiled, inserted, now);
      const contactIds = await insertContacts(trx, planned, accounts.staff);
      say(`  contacts: ${planned.length.toLocaleString("en")} in mixed states`);
      const spolu = await insertSpoluPartnerships(trx, planned, contactIds);
      say(`  partnerships: ${spolu} made through Spolu`);
      const session = async (userId: number) => (await createSession(trx, userId, "bench")).id;
      const mayorTown = profiled[0]!;
      return {
        municipalities: codes.size,
        profiles: profiled.length,
        offers: inserted.length,
        contacts: planned.length,
        mayor: {
          userId: accounts.mayor,
          sessionId: await session(accounts.mayor),
          municipalityId: mayorTown.id,
          name: mayorTown.name,
        },
        foreign: {
          userId: accounts.foreign,
          sessionId: await session(accounts.foreign),
          offerId: inserted[0]!.id,
          town: inserted[0]!.town,
          country: inserted[0]!.country,
        },
        staff: { userId: accounts.staff, sessionId: await session(accounts.staff) },
      };
    });

    // The public lists last, as setup imports them after the seed.
    await importPartnerships(db, { say: (m) => say(`  ${m}`) });
    const { n } = await db
      .selectFrom("partnerships")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    // A database in use has been vacuumed and analysed by PostgreSQL's autovacuum, which
    // would start on these freshly written tables within a minute, in the middle of the
    // measurements: done now, the pages are measured on a settled database.
    if (isPostgres(db)) {
      await sql`vacuum analyze`.execute(db);
      say("vacuumed and analysed (as autovacuum would)");
    }
    say(`database filled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return { ...filled, partnerships: toCount(n) };
  } finally {
    await db.destroy();
  }
}

// ---- Profiles, accounts, offers --------------------------------------------------------------

interface Profiled {
  id: number;
  name: string;
  interests: readonly string[];
}

async function publishProfiles(
  trx: Trx,
  entries: ReturnType<typeof registerEntries>,
  chosen: [number, SyntheticProfile][],
  codes: Map<string | null, number>,
  now: Date,
): Promise<Profiled[]> {
  const profiled: Profiled[] = [];
  for (const [i, [index, p]] of chosen.entries()) {
    const entry = entries[index]!;
    const id = codes.get(entry.code) ?? -1;
    await trx
      .updateTable("municipalities")
      .set({
        interests: JSON.stringify(p.interests),
        languages: JSON.stringify(p.languages),
        description: `${entry.name} hledá partnerskou obec v zahraničí.`,
        seeks_countries: JSON.stringify(p.seeksCountries),
        seeks_any_country: p.seeksAnyCountry ? 1 : 0,
        partner_population_min: p.partnerMin,
        partner_population_max: p.partnerMax,
        partner_max_distance_km: p.maxDistanceKm,
        status: "published",
        // The mayors' profiles (the first ones) are verified: staff checked their claims.
        verified: p.verified || i < MAYORS ? 1 : 0,
        updated_at: now.toISOString(),
      })
      .where("id", "=", id)
      .execute();
    profiled.push({ id, name: entry.name, interests: p.interests });
  }
  return profiled;
}

async function createAccount(trx: Trx, role: Role, email: string, name: string, org: string) {
  const user = await createUser(trx, {
    email,
    password: "bench-only-password-1234",
    role,
    name,
    organisation: org,
    locale: "cs",
  });
  return user.id;
}

/** Staff, a mayor for each of `owned` (with a claim staff verified), and a foreign town. */
async function createAccounts(trx: Trx, owned: Profiled[], foreignTown: string, now: Date) {
  const stamp = now.toISOString();
  const staff = await createAccount(trx, "staff", "bench-staff@example.org", "Bench Staff", "SMO");
  const mayors: number[] = [];
  for (const [i, m] of owned.entries()) {
    const id = await createAccount(
      trx,
      "mayor",
      `bench-mayor-${i + 1}@example.org`,
      `Bench Mayor ${i + 1}`,
      m.name,
    );
    await trx.updateTable("municipalities").set({ owner_id: id }).where("id", "=", m.id).execute();
    await trx
      .insertInto("municipality_claims")
      .values({
        municipality_id: m.id,
        user_id: id,
        status: "verified",
        decided_by: staff,
        decided_at: stamp,
        decision_note: null,
        created_at: stamp,
      })
      .execute();
    mayors.push(id);
  }
  const foreign = await createAccount(
    trx,
    "foreign",
    "bench-foreign@example.org",
    "Bench Foreign",
    foreignTown,
  );
  return { staff, mayor: mayors[0]!, foreign };
}

interface InsertedOffer {
  id: number;
  town: string;
  country: string;
  topics: readonly string[];
  publishedAt: number;
}

/** The synthetic offers, all published; the first is the foreign account's own. */
async function insertOffers(
  trx: Trx,
  offers: ReturnType<typeof syntheticOffers>,
  names: string[],
  foreignId: number,
  now: Date,
): Promise<InsertedOffer[]> {
  const stamp = now.toISOString();
  const inAYear = new Date(now.getTime() + 365 * DAY_MS).toISOString().slice(0, 10);
  const rows: NewOffer[] = offers.map((o, i) => {
    const row = publishedOfferRow({
      authorId: i === 0 ? foreignId : null,
      town: names[i]!,
      country: o.country,
      region: "",
      population: o.population,
      lat: o.lat,
      lon: o.lon,
      topics: o.topics,
      openToAnyTopic: o.openToAnyTopic,
      partnerPopulation: [o.partnerMin, o.partnerMax],
      maxDistanceKm: o.maxDistanceKm,
      preferredKraje: o.preferredKraje,
      languages: o.languages,
      description: `${names[i]} hledá partnerskou obec v Česku.`,
      descriptionLang: o.languages[0] ?? "en",
      expiresOn: inAYear,
      sourceDate: o.publishedOn,
      publishedAt: `${o.publishedOn}T09:00:00.000Z`,
      createdAt: stamp,
    });
    return { ...row, ...offerSearchColumns(row) };
  });
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const inserted = await trx
      .insertInto("offers")
      .values(rows.slice(i, i + BATCH))
      .returning("id")
      .execute();
    ids.push(...inserted.map((r) => r.id));
  }
  return offers.map((o, i) => ({
    id: ids[i]!,
    town: names[i]!,
    country: o.country,
    topics: o.topics,
    publishedAt: Date.parse(`${o.publishedOn}T09:00:00.000Z`),
  }));
}

// ---- Contacts --------------------------------------------------------------------------------

/** Shares of the states a contact ends up in; agreement_signed is set apart (one per partnership). */
const STATUS_SHARES: readonly (readonly [ContactStatus, number])[] = [
  ["pending_review", 6],
  ["forwarded", 14],
  ["info_requested", 3],
  ["accepted", 12],
  ["in_contact", 8],
  ["council_approved", 4],
  ["declined", 18],
  ["expired", 15],
  ["withdrawn", 6],
  ["rejected_by_staff", 5],
];
/** Most contacts are a mayor writing to an offer; some a town abroad writing; a few the union's. */
const INITIATOR_SHARES: readonly (readonly [ContactInitiator, number])[] = [
  ["municipality", 70],
  ["offer", 20],
  ["staff", 10],
];
const STAGES_REACHED: Partial<Record<ContactStatus, ContactStage[]>> = {
  in_contact: ["in_contact"],
  council_approved: ["in_contact", "council_approved"],
  agreement_signed: ["in_contact", "council_approved", "agreement_signed"],
};
const REVIEWED = (s: ContactStatus) => s !== "pending_review" && s !== "rejected_by_staff";
const ANSWERED: readonly ContactStatus[] = [
  "info_requested",
  "accepted",
  "in_contact",
  "council_approved",
  "agreement_signed",
  "declined",
];

interface PlannedContact {
  municipality: Profiled;
  offer: InsertedOffer;
  initiator: ContactInitiator;
  status: ContactStatus;
  createdAt: number;
  forwardedAt: number | null;
  answeredAt: number | null;
  stages: { stage: ContactStage; at: number }[];
  updatedAt: number;
}

function weighted<T>(rng: () => number, shares: readonly (readonly [T, number])[]): T {
  let r = rng() * shares.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of shares) {
    r -= w;
    if (r < 0) return item;
  }
  return shares[shares.length - 1]![0];
}

/**
 * One contact per pair, between a published profile and an offer. The mayor's
 * municipality (profiled[0]) and the foreign town's offer (offers[0]) get a dozen
 * each so their pages have some; the first few hundred end in a signed agreement.
 */
function planContacts(profiled: Profiled[], offers: InsertedOffer[], now: Date, seed = 1515) {
  const rng = random(seed);
  const count = Math.round(profiled.length * CONTACTS_PER_PROFILE);
  const signed = Math.round(profiled.length * SPOLU_PARTNERSHIPS_PER_PROFILE);
  const nowMs = now.getTime();
  const pairs = new Set<string>();
  const planned: PlannedContact[] = [];
  while (planned.length < count) {
    const i = planned.length;
    const municipality = i < 12 ? profiled[0]! : profiled[Math.floor(rng() * profiled.length)]!;
    const offer = i >= 12 && i < 24 ? offers[0]! : offers[Math.floor(rng() * offers.length)]!;
    if (pairs.has(`${municipality.id}:${offer.id}`)) continue;
    pairs.add(`${municipality.id}:${offer.id}`);
    const initiator = weighted(rng, INITIATOR_SHARES);
    let status = i >= 24 && i < 24 + signed ? "agreement_signed" : weighted(rng, STATUS_SHARES);
    // The union's introductions go straight to both towns: never reviewed, never rejected.
    if (initiator === "staff" && !REVIEWED(status)) status = "forwarded";
    planned.push(timeline(rng, { municipality, offer, initiator, status }, nowMs));
  }
  return planned;
}

/** When each step happened: open contacts are recent, the others up to a year old. */
function timeline(
  rng: () => number,
  c: Pick<PlannedContact, "municipality" | "offer" | "initiator" | "status">,
  nowMs: number,
): PlannedContact {
  const latest = nowMs - 3_600_000;
  const at = (t: number) => Math.min(Math.round(t), latest);
  const open = ["pending_review", "forwarded", "info_requested"].includes(c.status);
  const age = open ? 1 + rng() * 20 : 30 + rng() * 330;
  const createdAt = at(Math.max(nowMs - age * DAY_MS, c.offer.publishedAt + DAY_MS));
  const forwarded =
    REVIEWED(c.status) && (c.status !== "withdrawn" || rng() < 0.5)
      ? c.initiator === "staff"
        ? createdAt
        : at(createdAt + (0.5 + rng() * 3) * DAY_MS)
      : null;
  const answeredAt =
    forwarded !== null && ANSWERED.includes(c.status)
      ? at(forwarded + (1 + rng() * 20) * DAY_MS)
      : null;
  let last = answeredAt ?? forwarded ?? createdAt;
  const stages = (STAGES_REACHED[c.status] ?? []).map((stage) => {
    last = at(last + (10 + rng() * 50) * DAY_MS);
    return { stage, at: last };
  });
  const closedAt = ["expired", "withdrawn", "rejected_by_staff"].includes(c.status)
    ? at(last + (1 + rng() * 30) * DAY_MS)
    : last;
  return { ...c, createdAt, forwardedAt: forwarded, answeredAt, stages, updatedAt: closedAt };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The topics both sides name, or the municipality's first one. */
function sharedTopics(c: PlannedContact): string[] {
  const shared = c.municipality.interests.filter((t) => c.offer.topics.includes(t));
  return shared.length > 0 ? shared : c.municipality.interests.slice(0, 1);
}

/** The contacts, their stages and the audit events /admin/stats reads response times from. */
async function insertContacts(
  trx: Trx,
  planned: PlannedContact[],
  staffId: number,
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < planned.length; i += BATCH) {
    const rows = planned.slice(i, i + BATCH).map((c) => {
      const accepted = c.answeredAt !== null && !["declined", "info_requested"].includes(c.status);
      const introduced = c.initiator === "staff";
      return {
        municipality_id: c.municipality.id,
        offer_id: c.offer.id,
        initiator: c.initiator,
        sender_id: introduced ? staffId : null,
        message: `Dobrý den, ${c.municipality.name} a ${c.offer.town} by mohly spolupracovat.`,
        topics: JSON.stringify(sharedTopics(c)),
        status: c.status,
        status_reason:
          c.status === "declined"
            ? "Teď na partnerství nemáme kapacitu."
            : c.status === "rejected_by_staff"
              ? "Zpráva obsahovala kontaktní údaje."
              : null,
        // An introduction's answers: both sides said yes, or the municipality said no.
        municipality_answer: !introduced
          ? null
          : accepted
            ? ("accepted" as const)
            : c.status === "declined"
              ? ("declined" as const)
              : null,
        offer_answer: introduced && accepted ? ("accepted" as const) : null,
        waiting_since: c.status === "forwarded" ? iso(c.forwardedAt) : null,
        reminded_at: null,
        first_forwarded_at: iso(c.forwardedAt),
        first_response_at: iso(c.answeredAt),
        accepted_at: accepted ? iso(c.answeredAt) : null,
        created_at: iso(c.createdAt)!,
        updated_at: iso(c.updatedAt)!,
      };
    });
    const inserted = await trx.insertInto("contacts").values(rows).returning("id").execute();
    ids.push(...inserted.map((r) => r.id));
  }
  const stages = planned.flatMap((c, i) =>
    c.stages.map((s) => ({
      contact_id: ids[i]!,
      stage: s.stage,
      happened_on: iso(s.at)!.slice(0, 10),
      recorded_by: null,
      created_at: iso(s.at)!,
    })),
  );
  for (let i = 0; i < stages.length; i += BATCH)
    await trx
      .insertInto("contact_stages")
      .values(stages.slice(i, i + BATCH))
      .execute();
  const events = planned.flatMap((c, i) => auditEvents(c, ids[i]!, staffId));
  for (let i = 0; i < events.length; i += BATCH)
    await trx
      .insertInto("audit_events")
      .values(events.slice(i, i + BATCH))
      .execute();
  return ids;
}

/** What the workflow would have recorded: creation, review, the first answer, the stages. */
function auditEvents(c: PlannedContact, contactId: number, staffId: number) {
  const event = (action: string, at: number, actorId: number | null, to: string) => ({
    entity: "contact" as const,
    entity_id: contactId,
    actor_id: actorId,
    action,
    from_status: null,
    to_status: to,
    comment: null,
    created_at: iso(at)!,
  });
  const introduced = c.initiator === "staff";
  const events = [
    introduced
      ? event("introduce", c.createdAt, staffId, "forwarded")
      : event("create", c.createdAt, null, "pending_review"),
  ];
  if (!introduced && c.forwardedAt !== null)
    events.push(event("forward", c.forwardedAt, staffId, "forwarded"));
  if (c.status === "rejected_by_staff")
    events.push(event("reject", c.updatedAt, staffId, "rejected_by_staff"));
  if (c.answeredAt !== null) {
    const action =
      c.status === "declined"
        ? "decline"
        : c.status === "info_requested"
          ? "request_info"
          : "accept";
    events.push(event(action, c.answeredAt, null, c.status));
  }
  for (const s of c.stages) events.push(event(s.stage, s.at, null, s.stage));
  return events;
}

// ---- Partnerships made through Spolu ---------------------------------------------------------

/** A partnership for each contact that ended in a signed agreement, as the workflow makes it. */
async function insertSpoluPartnerships(
  trx: Trx,
  planned: PlannedContact[],
  contactIds: number[],
): Promise<number> {
  const rows = planned.flatMap((c, i) => {
    const signed = c.stages.find((s) => s.stage === "agreement_signed");
    if (!signed) return [];
    const { offer } = c;
    const at = iso(signed.at)!;
    return [
      {
        municipality_id: c.municipality.id,
        partner_town: offer.town,
        partner_country: offer.country,
        partner_place_id: null,
        since_year: Number(at.slice(0, 4)),
        offer_id: offer.id,
        source: "spolu" as const,
        source_url: null,
        confirmed_by: "municipality" as const,
        confirmed_at: at,
        contact_id: contactIds[i]!,
        last_activity_at: at,
        dormant_since: null,
        created_at: at,
      },
    ];
  });
  for (let i = 0; i < rows.length; i += BATCH)
    await trx
      .insertInto("partnerships")
      .values(rows.slice(i, i + BATCH))
      .execute();
  return rows.length;
}
