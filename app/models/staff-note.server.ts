import type { Kysely, Transaction } from "kysely";
import type { AuditEntity, Database } from "../../db/schema";

type Db = Kysely<Database> | Transaction<Database>;

// Internal notes: only ever read by staff routes (they check read:admin:any first).
export async function addStaffNote(
  db: Db,
  entity: AuditEntity,
  entityId: number,
  authorId: number,
  body: string,
): Promise<void> {
  await db
    .insertInto("staff_notes")
    .values({
      entity,
      entity_id: entityId,
      author_id: authorId,
      body,
      created_at: new Date().toISOString(),
    })
    .execute();
}

export async function listStaffNotes(db: Db, entity: AuditEntity, entityId: number) {
  return db
    .selectFrom("staff_notes as n")
    .leftJoin("users as u", "u.id", "n.author_id")
    .select(["n.id", "n.body", "n.created_at as createdAt", "u.name as authorName"])
    .where("n.entity", "=", entity)
    .where("n.entity_id", "=", entityId)
    .orderBy("n.created_at", "desc")
    .orderBy("n.id", "desc")
    .execute();
}
