// One rule for changing a row's state when two people may act at once (two moderators,
// both sides of a contact): take the row's write lock first, then read its state, then
// write, all in one transaction. The second waits for the first and then sees its result.
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema";

/**
 * Holds the row's write lock until the transaction ends: a no-op UPDATE locks the row on
 * PostgreSQL, and on SQLite takes the database's write lock at once (another process
 * waits its busy timeout); SELECT … FOR UPDATE is not SQLite.
 */
export async function lockRow(
  trx: Transaction<Database>,
  table: "offers" | "contacts" | "municipalities",
  id: number,
): Promise<void> {
  await trx
    .updateTable(table)
    .set((eb) => ({ id: eb.ref("id") }))
    .where("id", "=", id)
    .execute();
}
