// The test suites' factories: accounts, published profiles and offers made through
// the models as people make them, route calls that return status and data alike, a
// snapshot of everything a contact action may change, and Prague clock times. What a
// valid row or input looks like is db/factories.ts, shared with the seed and benchmarks.
import crypto from "node:crypto";
import type { EmailPref, Locale, Role } from "../../db/schema";
import { toCount } from "../../db/dialect";
import { pragueDay, pragueHour } from "~/domain/dates";
import type { MunicipalityKind } from "~/domain/register";
import { claimMunicipality, setOwnerVerified } from "~/models/claim.server";
import { insertRegisterEntries } from "~/models/register.server";
import {
  saveMunicipality,
  transitionMunicipality,
  type ProfileInput,
} from "~/models/municipality.server";
import { createOffer, transitionOffer, type OfferInput } from "~/models/offer.server";
import { addPartnership, type NewPartnership } from "~/models/partnership.server";
import { createUser } from "~/models/user.server";
import { cookieFor } from "./routes";
import type { TestDb } from "./test-db";

export const PASSWORD = "dlouhé heslo kontaktů 2026";

export interface TestUser {
  id: number;
  role: Role;
  email: string;
  name: string;
}

/** A short random tag, so names and secrets of one run never collide with another's. */
export function tag(): string {
  return crypto.randomBytes(4).toString("hex");
}

let seq = 0;

export async function makeUser(
  t: TestDb,
  role: Role,
  options: {
    name?: string;
    email?: string;
    organisation?: string;
    locale?: Locale;
    emailVerified?: boolean;
    emailPref?: EmailPref;
    weeklyMatches?: boolean;
  } = {},
): Promise<TestUser> {
  seq += 1;
  const email = options.email ?? `${role}-${seq}-${tag()}@contact-test.example`;
  const user = await createUser(t.db, {
    email,
    password: PASSWORD,
    role,
    name: options.name ?? `${role} user ${seq}`,
    organisation: options.organisation ?? `Org ${seq}`,
    locale: options.locale ?? "cs",
    emailVerified: options.emailVerified,
  });
  if (options.emailPref || options.weeklyMatches !== undefined) {
    await t.db
      .updateTable("users")
      .set({
        ...(options.emailPref ? { email_pref: options.emailPref } : {}),
        ...(options.weeklyMatches !== undefined
          ? { weekly_matches: options.weeklyMatches ? (1 as const) : (0 as const) }
          : {}),
      })
      .where("id", "=", user.id)
      .execute();
  }
  return { id: user.id, role, email: user.email, name: user.name };
}

/** The official part of a test municipality (the register's columns). */
export interface EntryInput {
  name: string;
  kraj: string;
  population: number;
  lat: number;
  lon: number;
  okres: string;
  okresCode: string;
  kind: MunicipalityKind;
}

let codes = 0;

/**
 * A register entry of its own for a test: a code outside the real register's range
 * (5xxxxx), a unique name unless given, no profile and no owner.
 */
export async function makeRegisterEntry(
  t: TestDb,
  overrides: Partial<EntryInput> = {},
): Promise<number> {
  codes += 1;
  const [id] = await insertRegisterEntries(
    t.db,
    [
      {
        code: String(900_000 + codes),
        name: overrides.name ?? `Obec ${tag()}`,
        kind: overrides.kind ?? "obec",
        okresCode: overrides.okresCode ?? "3714",
        okres: overrides.okres ?? "Žďár nad Sázavou",
        orp: "Žďár nad Sázavou",
        kraj: overrides.kraj ?? "CZ-63",
        population: overrides.population ?? 2_400,
        populationDate: "2025-01-01",
        lat: overrides.lat ?? 49.4,
        lon: overrides.lon ?? 15.6,
        ico: String(10_000_000 + codes),
      },
    ],
    new Date().toISOString(),
  );
  return id as number;
}

export function profileInput(overrides: Partial<ProfileInput> = {}): ProfileInput {
  const n = tag();
  return {
    interests: ["culture", "heritage"],
    languages: ["cs", "de"],
    description: "Malá obec na Vysočině hledá partnera.",
    seeksCountries: [],
    seeksAnyCountry: true,
    contactName: `Kontakt ${n}`,
    contactRole: "starosta",
    contactEmail: `kontakt-${n}@obec-test.example`,
    contactPhone: "",
    ...overrides,
  };
}

export function offerInput(overrides: Partial<OfferInput> = {}): OfferInput {
  const n = tag();
  return {
    town: `Town ${n}`,
    country: "AT",
    region: "Lower Austria",
    population: 5_500,
    lat: 48.77,
    lon: 14.98,
    topics: ["culture", "sport"],
    openToAnyTopic: false,
    preferredKraje: [],
    languages: ["de", "cs"],
    description: "Wir suchen eine Partnergemeinde.",
    descriptionLang: "de",
    descriptionCs: "",
    descriptionEn: "",
    contactName: `Contact ${n}`,
    contactEmail: `contact-${n}@town-test.example`,
    contactPhone: "",
    expiresOn: "2099-12-31",
    ...overrides,
  };
}

const ENTRY_FIELDS = ["name", "kraj", "population", "lat", "lon", "okres", "okresCode", "kind"];

/**
 * A register entry with a profile: claimed by its mayor (or written by staff when it
 * has none), and approved by staff unless told otherwise. Overrides may name both
 * the official part (name, kraj, population, place) and the profile.
 */
export async function makeMunicipality(
  t: TestDb,
  ownerId: number | null,
  staffId: number,
  overrides: Partial<ProfileInput & EntryInput> & { partnerships?: NewPartnership[] } = {},
  options: { approve?: boolean; verify?: boolean } = {},
): Promise<number> {
  const { partnerships = [], ...rest } = overrides;
  const entry = Object.fromEntries(
    Object.entries(rest).filter(([key]) => ENTRY_FIELDS.includes(key)),
  ) as Partial<EntryInput>;
  const profile = Object.fromEntries(
    Object.entries(rest).filter(([key]) => !ENTRY_FIELDS.includes(key)),
  ) as Partial<ProfileInput>;
  const id = await makeRegisterEntry(t, entry);
  if (ownerId !== null) {
    await claimMunicipality(t.db, {
      municipalityId: id,
      user: { id: ownerId, role: "mayor" },
      role: "starosta",
      phone: "",
    });
    if (options.verify) await setOwnerVerified(t.db, id, true, { id: staffId });
  }
  await saveMunicipality(
    t.db,
    id,
    profileInput(profile),
    ownerId === null ? { id: staffId, role: "staff" } : { id: ownerId, role: "mayor" },
  );
  if (options.approve !== false)
    await transitionMunicipality(t.db, id, "approve", { id: staffId, as: "staff" });
  for (const p of partnerships) await makePartnership(t, id, staffId, p);
  return id;
}

/**
 * A row of the partnerships registry: entered by staff (confirmed by the union), or
 * with `source: "public_list"` as the import makes them (unverified, with a source link).
 */
export async function makePartnership(
  t: TestDb,
  municipalityId: number,
  staffId: number,
  input: NewPartnership & { source?: "existing" | "public_list" },
): Promise<number> {
  const id = await addPartnership(
    t.db,
    municipalityId,
    { town: input.town, country: input.country, sinceYear: input.sinceYear },
    { id: staffId, role: "staff" },
  );
  if (input.source === "public_list") {
    await t.db
      .updateTable("partnerships")
      .set({
        source: "public_list",
        source_url: "https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Poland",
        confirmed_by: null,
        confirmed_at: null,
        import_key: `test|${id}`,
      })
      .where("id", "=", id)
      .execute();
  }
  return id;
}

/** An offer written by its foreign author (or by staff for a town without an account), published by staff. */
export async function makeOffer(
  t: TestDb,
  authorId: number | null,
  staffId: number,
  overrides: Partial<OfferInput> = {},
  options: { publish?: boolean } = {},
): Promise<number> {
  const id = await createOffer(t.db, offerInput(overrides), {
    actor: authorId === null ? { id: staffId, role: "staff" } : { id: authorId, role: "foreign" },
    authorId,
    source: authorId === null ? "news" : "self",
    sourceDate: null,
    submit: true,
  });
  if (options.publish !== false)
    await transitionOffer(t.db, id, "approve", {
      user: { id: staffId, role: "staff" },
      as: "staff",
    });
  return id;
}

// ---- What a contact action may change ---------------------------------------------------------

export async function countWhere(
  t: TestDb,
  table: "contact_messages" | "contact_stages" | "stage_proposals" | "partnerships",
  contactId: number,
): Promise<number> {
  const row = await t.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as("n"))
    .where("contact_id", "=", contactId)
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

export async function countAll(
  t: TestDb,
  table:
    | "contacts"
    | "audit_events"
    | "notifications"
    | "emails"
    | "partnerships"
    | "municipality_claims"
    | "users",
): Promise<number> {
  const row = await t.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

/** Everything about a contact a refused action must leave as it was. */
export async function contactSnapshot(t: TestDb, contactId: number) {
  const parts = {
    contact: t.db.selectFrom("contacts").selectAll().where("id", "=", contactId).executeTakeFirst(),
    messages: countWhere(t, "contact_messages", contactId),
    stages: countWhere(t, "contact_stages", contactId),
    proposal: t.db
      .selectFrom("stage_proposals")
      .selectAll()
      .where("contact_id", "=", contactId)
      .executeTakeFirst(),
    partnerships: countWhere(t, "partnerships", contactId),
    audit: countAll(t, "audit_events"),
    notifications: countAll(t, "notifications"),
    emails: countAll(t, "emails"),
    contacts: countAll(t, "contacts"),
  };
  const values = await Promise.all(Object.values(parts));
  return Object.fromEntries(Object.keys(parts).map((k, i) => [k, values[i]]));
}

// ---- Clock --------------------------------------------------------------------------------------

export const DAY_MS = 86_400_000;

export function addMs(date: Date | string, ms: number): Date {
  return new Date((typeof date === "string" ? Date.parse(date) : date.getTime()) + ms);
}

export { addDays } from "~/domain/dates";
export { eventInput, fundingCallInput } from "../../db/factories";

/** The instant when the clock in Prague shows `hour:minute` on `day` (CET or CEST). */
export function pragueAt(day: string, hour: number, minute = 0): Date {
  const naive = Date.parse(`${day}T00:00:00Z`) + (hour * 60 + minute) * 60_000;
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(naive - offsetHours * 3_600_000);
    if (pragueDay(candidate) === day && pragueHour(candidate) === hour) return candidate;
  }
  throw new Error(`no ${hour}:${minute} on ${day} in Prague`);
}

/** A signed-in cookie per user, made once (no user: a visitor, no cookie). */
export function cookieCache(
  t: TestDb,
): (user: { id: number } | null) => Promise<string | undefined> {
  const cookies = new Map<number, string>();
  return async (user) => {
    if (!user) return undefined;
    let value = cookies.get(user.id);
    if (!value) {
      value = await cookieFor(t, user.id);
      cookies.set(user.id, value);
    }
    return value;
  };
}
