import type { Kysely, Transaction } from "kysely";
import type { Database, NewEvent, NewFundingCall } from "../../db/schema";
import { toCount } from "../../db/dialect";

type Db = Kysely<Database> | Transaction<Database>;

/** Insert unless a call with the same slug exists (seeding is idempotent). */
export async function ensureFundingCall(db: Db, call: NewFundingCall): Promise<void> {
  await db
    .insertInto("funding_calls")
    .values(call)
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
}

export async function ensureEvent(db: Db, event: NewEvent): Promise<void> {
  await db
    .insertInto("events")
    .values(event)
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
}

export async function countFundingCalls(db: Db): Promise<number> {
  return toCount(
    (
      await db
        .selectFrom("funding_calls")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
}

export async function countEvents(db: Db): Promise<number> {
  return toCount(
    (
      await db
        .selectFrom("events")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
}
