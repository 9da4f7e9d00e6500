// Small staff settings as key/value rows; each has a default in code.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { DEFAULT_OPEN_REQUEST_LIMIT } from "~/domain/contact-lifecycle";

type Db = Kysely<Database> | Transaction<Database>;

const OPEN_REQUEST_LIMIT = "contacts.open_request_limit";

export async function getSetting(db: Db, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", key)
    .executeTakeFirst();
  return row?.value;
}

/** Stores a setting; userId is null when the system (an import) writes it. */
export async function putSetting(
  db: Db,
  key: string,
  value: string,
  userId: number | null,
): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto("settings")
    .values({ key, value, updated_by: userId, updated_at: now })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({ value, updated_by: userId, updated_at: now }),
    )
    .execute();
}

/** How many open requests an offer takes before it says it is full (staff setting). */
export async function openRequestLimit(db: Db): Promise<number> {
  const value = Number(await getSetting(db, OPEN_REQUEST_LIMIT));
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_OPEN_REQUEST_LIMIT;
}

export async function setOpenRequestLimit(db: Db, limit: number, userId: number): Promise<void> {
  await putSetting(db, OPEN_REQUEST_LIMIT, String(limit), userId);
}

/** Who runs Spolu, as /privacy, /terms and /about name them (the GDPR controller). */
export interface OperatorDetails {
  name: string;
  /** Registered address on one line. */
  address: string;
  /** Czech company number (IČO). */
  ico: string;
  email: string;
  website: string;
  /** The data-protection officer's name and contact; empty when none is appointed. */
  dpo: string;
}

/**
 * The Union of Towns and Municipalities, which runs Spolu. Staff change these as
 * settings rows, so a new address or officer needs no release.
 */
export const OPERATOR_DEFAULTS: OperatorDetails = {
  name: "Svaz měst a obcí České republiky",
  address: "Pacovská 2104/1, 140 00 Praha 4",
  ico: "63113074",
  email: "info@smocr.cz",
  website: "https://www.smocr.cz",
  dpo: "",
};

export const OPERATOR_SETTINGS: Record<keyof OperatorDetails, string> = {
  name: "operator.name",
  address: "operator.address",
  ico: "operator.ico",
  email: "operator.email",
  website: "operator.website",
  dpo: "operator.dpo",
};

const OPERATOR_FIELDS = Object.keys(OPERATOR_SETTINGS) as (keyof OperatorDetails)[];

/** The operator's details: each stored setting, or its default when none is stored. */
export async function operatorDetails(db: Db): Promise<OperatorDetails> {
  const rows = await db
    .selectFrom("settings")
    .select(["key", "value"])
    .where("key", "in", Object.values(OPERATOR_SETTINGS))
    .execute();
  const stored = new Map(rows.map((r) => [r.key, r.value.trim()]));
  const details = { ...OPERATOR_DEFAULTS };
  for (const field of OPERATOR_FIELDS) {
    const value = stored.get(OPERATOR_SETTINGS[field]);
    // A blank officer means none; a blank name or address would leave the notice without one.
    if (value !== undefined && (value !== "" || field === "dpo")) details[field] = value;
  }
  return details;
}

export async function setOperatorDetails(
  db: Db,
  details: Partial<OperatorDetails>,
  userId: number | null,
): Promise<void> {
  for (const field of OPERATOR_FIELDS) {
    const value = details[field];
    if (value !== undefined) await putSetting(db, OPERATOR_SETTINGS[field], value.trim(), userId);
  }
}
