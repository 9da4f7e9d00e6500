import type { Kysely, Transaction } from "kysely";
import type { AuditEntity, Database } from "../../db/schema";

type Db = Kysely<Database> | Transaction<Database>;

export interface AuditInput {
  entity: AuditEntity;
  entityId: number;
  actorId: number | null;
  onBehalf?: boolean;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  comment?: string | null;
}

export async function recordEvent(db: Db, event: AuditInput): Promise<void> {
  await db
    .insertInto("audit_events")
    .values({
      entity: event.entity,
      entity_id: event.entityId,
      actor_id: event.actorId,
      on_behalf: event.onBehalf ? 1 : 0,
      action: event.action,
      from_status: event.fromStatus ?? null,
      to_status: event.toStatus ?? null,
      comment: event.comment ?? null,
      created_at: new Date().toISOString(),
    })
    .execute();
}

export interface HistoryEntry {
  id: number;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  comment: string | null;
  onBehalf: boolean;
  actorId: number | null;
  actorName: string | null;
  actorRole: string | null;
  /** The actor has since deleted their account: the entry stays, the name does not. */
  actorDeleted: boolean;
  createdAt: string;
}

/** Oldest first: the story of an item as it happened. */
export async function listHistory(
  db: Db,
  entity: AuditEntity,
  entityId: number,
): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom("audit_events as e")
    .leftJoin("users as u", "u.id", "e.actor_id")
    .select([
      "e.id",
      "e.action",
      "e.from_status",
      "e.to_status",
      "e.comment",
      "e.on_behalf",
      "e.actor_id",
      "e.created_at",
      "u.name as actor_name",
      "u.role as actor_role",
      "u.deleted_at as actor_deleted_at",
    ])
    .where("e.entity", "=", entity)
    .where("e.entity_id", "=", entityId)
    .orderBy("e.created_at")
    .orderBy("e.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    comment: r.comment,
    onBehalf: r.on_behalf === 1,
    actorId: r.actor_id,
    actorName: r.actor_deleted_at ? null : r.actor_name,
    actorRole: r.actor_role,
    actorDeleted: !!r.actor_deleted_at,
    createdAt: r.created_at,
  }));
}

/** The staff comment of the latest "request changes" or "reject", for the author to read. */
export async function latestStaffComment(
  db: Db,
  entity: AuditEntity,
  entityId: number,
): Promise<string | null> {
  const row = await db
    .selectFrom("audit_events")
    .select("comment")
    .where("entity", "=", entity)
    .where("entity_id", "=", entityId)
    .where("action", "in", ["request_changes", "reject"])
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
  return row?.comment ?? null;
}
