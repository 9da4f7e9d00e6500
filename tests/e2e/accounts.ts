// Fresh people for end-to-end tests, made directly in the e2e server's own database with
// the integration suite's factories (tests/support/factories.ts), as the Epic
// Stack's `login` fixture makes its users: each test builds what it needs and depends on
// no other test's data, nor on the demo accounts' state.
//
//   test("…", async ({ accounts, browser }) => {
//     const mayor = await accounts.newMayor({ kraj: "CZ-31" });
//     const town = await accounts.newForeignTown({ town: "Nysa", country: "PL" });
//     const m = await openSession(browser, mayor); // signed in through the real /login
//   });
//
// A mayor speaks for a real municipality of the register (the register's size is part of
// other specs' assertions, so no entry is added): one nobody owns, claims or has written a
// profile for, whose name no other municipality shares and that no name of register.ts
// begins (those are typed into the sign-up's suggestions by other specs).
//
// The server notices rows written here: its caches are keyed by a data version read on
// every use (app/models/data-version.server.ts). E-mails the factories' models write are
// queued for the server, which delivers them to the SMTP sink as its own.
import path from "node:path";
import { sql, type Kysely } from "kysely";
import { createDatabase } from "../../db/dialect";
import type { Database, Role } from "../../db/schema";
import { claimMunicipality, setOwnerVerified } from "~/models/claim.server";
import {
  saveMunicipality,
  transitionMunicipality,
  type ProfileInput,
} from "~/models/municipality.server";
import { normalizeName } from "~/domain/normalize";
import {
  makeOffer,
  makeUser,
  PASSWORD,
  profileInput,
  tag,
  type TestUser,
} from "../support/factories";
import type { OfferInput } from "~/models/offer.server";
import type { TestDb } from "../support/test-db";
import { test as base, type Credentials } from "./fixtures";
import { UNCLAIMED_VILLAGE, VILLAGES } from "./register";

// The app's models read these when they write a notification's e-mail (getEnv, once):
// queue it for the server's SMTP (the sink), with links to this server, and sign with the
// server's secret (without one getEnv would write data/session-secret).
process.env.SMTP_URL ??= `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`;
process.env.APP_URL ??= `http://127.0.0.1:${process.env.E2E_PORT}`;
process.env.SESSION_SECRET ??= "e2e-only-secret-not-for-production";

/** The e2e server's database file (playwright.config.ts, webServer.env.DATABASE_URL). */
export function e2eDatabaseFile(): string {
  const port = process.env.E2E_PORT;
  if (!port) throw new Error("E2E_PORT is not set: run the specs through playwright.config.ts");
  return path.resolve(`.test-results/e2e-${port}.db`);
}

/** What a person signs in with, and who they are. */
export interface Person extends Credentials {
  id: number;
  role: Role;
  name: string;
}

/** A town's contact person as its profile or offer shows them to the other side. */
export interface Contact {
  person: string;
  email: string;
  phone: string;
}

export interface Municipality {
  id: number;
  name: string;
  okres: string;
  /** ISO 3166-2, e.g. CZ-31. */
  kraj: string;
  population: number;
  lat: number;
  lon: number;
  contact: Contact;
}

export interface Offer {
  id: number;
  town: string;
  country: string;
  contact: Contact;
}

export interface Mayor extends Person {
  role: "mayor";
  municipality: Municipality;
}

export interface ForeignTown extends Person {
  role: "foreign";
  offer: Offer;
}

export interface MunicipalityOptions {
  /** The kraj to pick the municipality in (ISO 3166-2, e.g. "CZ-31"); any when not given. */
  kraj?: string;
  /** Its population between these (the register's figure). */
  population?: [number, number];
  /** The published profile: interests, languages, wishes; the contact is fresh unless given. */
  profile?: Partial<ProfileInput>;
}

export interface OfferOptions extends Partial<Omit<OfferInput, "town">> {
  /** The town's name; a short unique tag is appended ("Nysa 3fa9c1"). */
  town?: string;
}

function randomDigits(n: number): string {
  return Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");
}

/** A phone number nobody else's test uses, in the country's usual spelling. */
function phone(country: string): string {
  const prefix = { CZ: "+420 6", PL: "+48 7", SI: "+386 5", AT: "+43 2" }[country] ?? "+49 3";
  return `${prefix}${randomDigits(2)} ${randomDigits(3)} ${randomDigits(3)}`;
}

/** A made offer as tests see it: its town, country and contact. */
function offerOf(id: number, fields: OfferInput & { contactPhone: string }): Offer {
  return {
    id,
    town: fields.town,
    country: fields.country,
    contact: { person: fields.contactName, email: fields.contactEmail, phone: fields.contactPhone },
  };
}

/** Rough boxes of the countries fresh towns are put in ([south, north], [west, east]). */
const BOXES: Record<string, [[number, number], [number, number]]> = {
  PL: [
    [50.0, 54.2],
    [15.5, 23.5],
  ],
  AT: [
    [46.8, 48.6],
    [10.0, 16.5],
  ],
  SI: [
    [45.6, 46.7],
    [13.8, 16.3],
  ],
  SK: [
    [48.0, 49.4],
    [17.3, 22.3],
  ],
  DE: [
    [48.0, 54.5],
    [7.0, 14.5],
  ],
};

/** A random point in the country (Germany's box for others). */
function somewhereIn(country: string): { lat: number; lon: number } {
  const [[south, north], [west, east]] = BOXES[country] ?? BOXES.DE!;
  const at = (a: number, b: number) => Math.round((a + Math.random() * (b - a)) * 1e4) / 1e4;
  return { lat: at(south, north), lon: at(west, east) };
}

/** A short tag for names people read (six hex digits). */
function shortTag(): string {
  return tag().slice(0, 6);
}

const RESERVED_CODES = [...Object.values(VILLAGES), UNCLAIMED_VILLAGE].map((v) => v.code);
const RESERVED_NAMES = [...Object.values(VILLAGES), UNCLAIMED_VILLAGE].map((v) =>
  normalizeName(v.name),
);

/** The staff account that approves what the factories publish: one per worker's database. */
const approvers = new WeakMap<TestDb, Promise<TestUser>>();

export class Accounts {
  constructor(readonly t: TestDb) {}

  get db(): Kysely<Database> {
    return this.t.db;
  }

  private staffApprover(): Promise<TestUser> {
    let approver = approvers.get(this.t);
    if (!approver) {
      approver = makeUser(this.t, "staff", { name: `Schvalovatel ${shortTag()}` });
      approvers.set(this.t, approver);
    }
    return approver;
  }

  /** A union staff account. */
  async newStaff(options: { name?: string } = {}): Promise<Person> {
    const user = await makeUser(this.t, "staff", {
      name: options.name ?? `Pracovnice Svazu ${shortTag()}`,
      organisation: "Svaz měst a obcí ČR",
    });
    return { ...user, role: "staff", password: PASSWORD };
  }

  /**
   * A register municipality nobody speaks for yet (see the file's comment), picked at
   * random so that two workers do not pick the same one.
   */
  private async pickMunicipality(options: MunicipalityOptions) {
    const [min, max] = options.population ?? [300, 5_000];
    let query = this.db
      .selectFrom("municipalities as m")
      .select([
        "m.id",
        "m.name",
        "m.name_norm",
        "m.okres",
        "m.kraj",
        "m.population",
        "m.lat",
        "m.lon",
      ])
      .where("m.code", "is not", null)
      .where("m.code", "not in", RESERVED_CODES)
      .where("m.owner_id", "is", null)
      .where("m.status", "=", "none")
      .where("m.is_demo", "=", 0)
      .where("m.lat", "is not", null)
      .where("m.population", ">=", min)
      .where("m.population", "<=", max)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("municipality_claims as c")
              .select("c.id")
              .whereRef("c.municipality_id", "=", "m.id"),
          ),
        ),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("municipalities as o")
              .select("o.id")
              .whereRef("o.name", "=", "m.name")
              .whereRef("o.id", "!=", "m.id"),
          ),
        ),
      );
    if (options.kraj) query = query.where("m.kraj", "=", options.kraj);
    const candidates = await query
      .orderBy(sql`random()`)
      .limit(50)
      .execute();
    const pick = candidates.find(
      (c) => !RESERVED_NAMES.some((r) => c.name_norm.startsWith(r) || r.startsWith(c.name_norm)),
    );
    if (!pick) throw new Error(`no free register municipality for ${JSON.stringify(options)}`);
    return { ...pick, okres: pick.okres ?? "", lat: pick.lat ?? 0, lon: pick.lon ?? 0 };
  }

  /** The profile of a municipality, written by `author` (its mayor, or staff), published. */
  private async publishProfile(
    m: Awaited<ReturnType<Accounts["pickMunicipality"]>>,
    author: { id: number; role: "mayor" | "staff" },
    profile: Partial<ProfileInput> = {},
  ): Promise<Municipality> {
    const staff = await this.staffApprover();
    const contact: Contact = {
      person: `${["Jana", "Petr", "Eva", "Tomáš"][Math.floor(Math.random() * 4)]} Obecní ${shortTag()}`,
      email: `obec-${tag()}@obec-e2e.example`,
      phone: phone("CZ"),
    };
    const input = profileInput({
      interests: ["culture", "heritage", "youth"],
      languages: ["cs", "de", "en"],
      description: `${m.name} hledá partnerské město pro spolky, školu a kulturu.`,
      contactName: contact.person,
      contactRole: author.role === "mayor" ? "starosta" : "tajemnice",
      contactEmail: contact.email,
      contactPhone: contact.phone,
      ...profile,
    });
    await saveMunicipality(this.db, m.id, input, author);
    await transitionMunicipality(this.db, m.id, "approve", { id: staff.id, as: "staff" });
    return {
      id: m.id,
      name: m.name,
      okres: m.okres,
      kraj: m.kraj,
      population: m.population,
      lat: m.lat,
      lon: m.lon,
      contact: { person: input.contactName, email: input.contactEmail, phone: input.contactPhone },
    };
  }

  /**
   * A mayor whose e-mail is verified, whose claim of a register municipality staff verified,
   * and whose profile of it is published.
   */
  async newMayor(options: MunicipalityOptions & { name?: string } = {}): Promise<Mayor> {
    const staff = await this.staffApprover();
    const picked = await this.pickMunicipality(options);
    const user = await makeUser(this.t, "mayor", {
      name: options.name ?? `Starosta ${shortTag()}`,
      organisation: picked.name,
      emailVerified: true,
    });
    const claimed = await claimMunicipality(this.db, {
      municipalityId: picked.id,
      user: { id: user.id, role: "mayor" },
      role: "starosta",
      phone: "",
    });
    if (claimed !== "pending") throw new Error(`${picked.name} was claimed meanwhile`);
    await setOwnerVerified(this.db, picked.id, true, { id: staff.id });
    const municipality = await this.publishProfile(
      picked,
      { id: user.id, role: "mayor" },
      options.profile,
    );
    return { ...user, role: "mayor", password: PASSWORD, municipality };
  }

  /** A municipality with a published profile and no account: staff answer for it. */
  async newMunicipalityWithoutAccount(options: MunicipalityOptions = {}): Promise<Municipality> {
    const staff = await this.staffApprover();
    const picked = await this.pickMunicipality(options);
    return this.publishProfile(picked, { id: staff.id, role: "staff" }, options.profile);
  }

  /** The fields of a fresh offer: a unique town and contact. */
  private offerFields(options: OfferOptions): OfferInput & { contactPhone: string } {
    const country = options.country ?? "PL";
    const town = `${options.town ?? "Nowa Ruda"} ${shortTag()}`;
    return {
      country,
      region: "Lower Silesia",
      population: 12_000,
      // Spread over the country, so that fresh towns of parallel tests do not cluster on
      // the map into one marker where the map tests expect towns standing alone.
      ...somewhereIn(country),
      topics: ["tourism", "heritage", "youth"],
      openToAnyTopic: false,
      preferredKraje: [],
      languages: ["pl", "cs", "en"],
      description: `${town} szuka partnera po czeskiej stronie granicy.`,
      descriptionLang: "pl",
      descriptionCs: `${town} hledá partnera na české straně hranice.`,
      descriptionEn: "",
      contactName: `Agnieszka Miejska ${shortTag()}`,
      contactEmail: `miasto-${tag()}@town-e2e.example`,
      contactPhone: phone(country),
      expiresOn: "2099-12-31",
      ...options,
      town,
    } as OfferInput & { contactPhone: string };
  }

  /** A foreign town's account (e-mail verified) and its offer, published by staff. */
  async newForeignTown(options: OfferOptions & { name?: string } = {}): Promise<ForeignTown> {
    const staff = await this.staffApprover();
    const { name, ...offer } = options;
    const fields = this.offerFields(offer);
    const user = await makeUser(this.t, "foreign", {
      name: name ?? `Foreign ${shortTag()}`,
      organisation: fields.town,
      emailVerified: true,
    });
    const id = await makeOffer(this.t, user.id, staff.id, fields);
    return {
      ...user,
      role: "foreign",
      password: PASSWORD,
      offer: offerOf(id, fields),
    };
  }

  /** An offer staff published for a town without an account: staff answer for it. */
  async newOfferWithoutAccount(options: OfferOptions = {}): Promise<Offer> {
    const staff = await this.staffApprover();
    const fields = this.offerFields(options);
    const id = await makeOffer(this.t, null, staff.id, fields);
    return offerOf(id, fields);
  }
}

/**
 * Playwright's `test` with `accounts`: the factories above on the e2e server's database,
 * opened once per worker (WAL and a busy timeout, as db/dialect.ts opens every SQLite file,
 * since the server writes at the same time) and closed at the worker's teardown.
 */
export const test = base.extend<{ accounts: Accounts }, { e2eDb: TestDb }>({
  e2eDb: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring
    async ({}, provide) => {
      const file = e2eDatabaseFile();
      const db = createDatabase({ kind: "sqlite", file });
      await provide({ db, url: file, cleanup: () => db.destroy() });
      await db.destroy();
    },
    { scope: "worker" },
  ],
  accounts: async ({ e2eDb }, provide) => {
    await provide(new Accounts(e2eDb));
  },
});

export { expect } from "./fixtures";
