// Claiming a municipality: an account says it speaks for one register entry. The
// first claim of an unowned municipality makes the account its owner at once (so
// the mayor can write the profile) and waits for staff to verify who they are;
// a claim of a municipality someone owns is a conflict for staff to settle.
// "Ověřeno Svazem" (municipalities.verified) means exactly that verification.
import type { Kysely, Transaction } from "kysely";
import type { ClaimStatus, Database } from "../../db/schema";
import { isUniqueViolation, toCount } from "../../db/dialect";
import { recordEvent } from "./audit.server";
import { notify } from "./notification.server";

type Db = Kysely<Database> | Transaction<Database>;

export type ClaimErrorCode =
  "not_found" | "not_mayor" | "already_owner" | "already_claimed" | "claim_pending";

export class ClaimError extends Error {
  constructor(readonly code: ClaimErrorCode) {
    super(code);
  }
}

/** Claims staff still have to decide. */
export const OPEN_CLAIM_STATUSES: readonly ClaimStatus[] = ["pending", "conflict"];

export interface ClaimInput {
  municipalityId: number;
  user: { id: number; role: string };
  /** What the claimant says they are (starosta, tajemník …) and a phone to call back. */
  role: string;
  phone: string;
}

/**
 * Records a claim. Returns "pending" when the account now owns the municipality
 * (staff verify it later) or "conflict" when another account owns it (staff decide).
 * Checks and writes in one transaction; the unique owner index settles a race.
 */
export async function claimMunicipality(
  db: Kysely<Database>,
  input: ClaimInput,
): Promise<"pending" | "conflict"> {
  if (input.user.role !== "mayor") throw new ClaimError("not_mayor");
  const attempt = db.transaction().execute(async (trx) => {
    // Serialise claims of one municipality (a no-op update takes the row's write lock).
    const locked = await trx
      .updateTable("municipalities")
      .set((eb) => ({ id: eb.ref("id") }))
      .where("id", "=", input.municipalityId)
      .where("code", "is not", null)
      .executeTakeFirst();
    if (Number(locked.numUpdatedRows) === 0) throw new ClaimError("not_found");
    const [municipality, owned, open] = await Promise.all([
      trx
        .selectFrom("municipalities")
        .select(["id", "owner_id", "name"])
        .where("id", "=", input.municipalityId)
        .executeTakeFirstOrThrow(),
      trx
        .selectFrom("municipalities")
        .select("id")
        .where("owner_id", "=", input.user.id)
        .executeTakeFirst(),
      trx
        .selectFrom("municipality_claims")
        .select(["id", "municipality_id"])
        .where("user_id", "=", input.user.id)
        .where("status", "in", [...OPEN_CLAIM_STATUSES])
        .executeTakeFirst(),
    ]);
    if (owned) throw new ClaimError("already_owner");
    if (open) throw new ClaimError("claim_pending");
    const status = municipality.owner_id === null ? "pending" : "conflict";
    const now = new Date().toISOString();
    if (status === "pending") {
      await trx
        .updateTable("municipalities")
        .set({ owner_id: input.user.id, verified: 0, updated_at: now })
        .where("id", "=", municipality.id)
        .where("owner_id", "is", null)
        .execute();
    }
    await trx
      .insertInto("municipality_claims")
      .values({
        municipality_id: municipality.id,
        user_id: input.user.id,
        status,
        claimant_role: input.role,
        claimant_phone: input.phone,
        created_at: now,
      })
      .execute();
    await recordEvent(trx, {
      entity: "municipality",
      entityId: municipality.id,
      actorId: input.user.id,
      action: status === "pending" ? "claimed" : "claim_conflict",
    });
    return status;
  });
  return attempt.catch((error: unknown) => {
    // Another claim by the same account won the race for the unique owner index.
    throw isUniqueViolation(error) ? new ClaimError("already_owner") : error;
  });
}

export interface ClaimView {
  id: number;
  status: ClaimStatus;
  createdAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
  claimantRole: string;
  claimantPhone: string;
  user: { id: number; name: string; email: string; emailVerified: boolean } | null;
  municipality: {
    id: number;
    name: string;
    code: string | null;
    ico: string | null;
    okres: string | null;
    kraj: string;
    population: number;
    ownerId: number | null;
    ownerName: string | null;
    verified: boolean;
  };
}

/** Claims for staff (private: the claimant's e-mail and phone). */
export async function listClaims(
  db: Db,
  options: { statuses?: readonly ClaimStatus[]; municipalityId?: number; limit?: number } = {},
): Promise<ClaimView[]> {
  let query = db
    .selectFrom("municipality_claims as c")
    .innerJoin("municipalities as m", "m.id", "c.municipality_id")
    .leftJoin("users as u", "u.id", "c.user_id")
    .leftJoin("users as o", "o.id", "m.owner_id")
    .select([
      "c.id",
      "c.status",
      "c.created_at",
      "c.decided_at",
      "c.decision_note",
      "c.claimant_role",
      "c.claimant_phone",
      "u.id as userId",
      "u.name as userName",
      "u.email as userEmail",
      "u.email_verified_at as userVerifiedAt",
      "m.id as municipalityId",
      "m.name as municipalityName",
      "m.code",
      "m.ico",
      "m.okres",
      "m.kraj",
      "m.population",
      "m.owner_id",
      "m.verified",
      "o.name as ownerName",
    ]);
  if (options.statuses) query = query.where("c.status", "in", [...options.statuses]);
  if (options.municipalityId !== undefined)
    query = query.where("c.municipality_id", "=", options.municipalityId);
  const rows = await query
    .orderBy("c.created_at")
    .orderBy("c.id")
    .limit(options.limit ?? 200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    createdAt: r.created_at,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
    claimantRole: r.claimant_role,
    claimantPhone: r.claimant_phone,
    user:
      r.userId === null
        ? null
        : {
            id: r.userId,
            name: r.userName ?? "",
            email: r.userEmail ?? "",
            emailVerified: r.userVerifiedAt !== null,
          },
    municipality: {
      id: r.municipalityId,
      name: r.municipalityName,
      code: r.code,
      ico: r.ico,
      okres: r.okres,
      kraj: r.kraj,
      population: r.population,
      ownerId: r.owner_id,
      ownerName: r.ownerName,
      verified: r.verified === 1,
    },
  }));
}

export async function countOpenClaims(db: Db): Promise<number> {
  const row = await db
    .selectFrom("municipality_claims")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("status", "in", [...OPEN_CLAIM_STATUSES])
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

/** The account's newest claim, for its own page (no one else's data). */
export async function latestClaimOf(db: Db, userId: number) {
  return db
    .selectFrom("municipality_claims as c")
    .innerJoin("municipalities as m", "m.id", "c.municipality_id")
    .select(["c.id", "c.status", "c.decision_note", "m.id as municipalityId", "m.name"])
    .where("c.user_id", "=", userId)
    .orderBy("c.id", "desc")
    .limit(1)
    .executeTakeFirst();
}

export type ClaimDecision = "verify" | "reject" | "transfer";

export class ClaimDecisionError extends Error {}

/**
 * Staff decide a claim:
 * - verify: the owner's pending claim is confirmed (the "Ověřeno Svazem" badge);
 * - reject: a pending claim releases the municipality (its profile layer is cleared:
 *   it was written by someone who did not speak for it); a conflict is turned down;
 * - transfer: a conflict claimant becomes the owner, verified; the previous owner's
 *   claim is superseded. The profile stays: it belongs to the municipality.
 */
export async function decideClaim(
  db: Kysely<Database>,
  claimId: number,
  decision: ClaimDecision,
  staff: { id: number },
  note: string | null = null,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const claim = await trx
      .selectFrom("municipality_claims as c")
      .innerJoin("municipalities as m", "m.id", "c.municipality_id")
      .select(["c.id", "c.status", "c.user_id", "m.id as municipalityId", "m.name", "m.owner_id"])
      .where("c.id", "=", claimId)
      .executeTakeFirst();
    if (!claim) throw new ClaimDecisionError("not found");
    // Lock the municipality: two staff deciding at once must not both change its owner.
    await trx
      .updateTable("municipalities")
      .set((eb) => ({ id: eb.ref("id") }))
      .where("id", "=", claim.municipalityId)
      .execute();
    const owner = (
      await trx
        .selectFrom("municipalities")
        .select("owner_id")
        .where("id", "=", claim.municipalityId)
        .executeTakeFirstOrThrow()
    ).owner_id;
    const isOwnersClaim = claim.status === "pending" && owner === claim.user_id;
    const allowed =
      (decision === "verify" && isOwnersClaim) ||
      (decision === "reject" && (isOwnersClaim || claim.status === "conflict")) ||
      (decision === "transfer" && claim.status === "conflict" && claim.user_id !== null);
    if (!allowed) throw new ClaimDecisionError(`${decision} is not allowed for ${claim.status}`);
    const now = new Date().toISOString();
    const decided = (status: ClaimStatus) => ({
      status,
      decided_by: staff.id,
      decided_at: now,
      decision_note: note,
    });
    const town = { town: claim.name };
    const link = `/municipalities/${claim.municipalityId}`;

    if (decision === "verify") {
      await trx
        .updateTable("municipality_claims")
        .set(decided("verified"))
        .where("id", "=", claimId)
        .execute();
      await trx
        .updateTable("municipalities")
        .set({ verified: 1, updated_at: now })
        .where("id", "=", claim.municipalityId)
        .execute();
    } else if (decision === "reject") {
      await trx
        .updateTable("municipality_claims")
        .set(decided("rejected"))
        .where("id", "=", claimId)
        .execute();
      if (isOwnersClaim) await releaseMunicipality(trx, claim.municipalityId, now);
    } else {
      const claimant = claim.user_id as number;
      // The account may have claimed elsewhere meanwhile: one municipality per account.
      const elsewhere = await trx
        .selectFrom("municipalities")
        .select("id")
        .where("owner_id", "=", claimant)
        .executeTakeFirst();
      if (elsewhere) throw new ClaimDecisionError("the claimant owns another municipality");
      await trx
        .updateTable("municipality_claims")
        .set(decided("superseded"))
        .where("municipality_id", "=", claim.municipalityId)
        .where("user_id", "=", owner)
        .where("status", "in", ["pending", "verified"])
        .execute();
      await trx
        .updateTable("municipality_claims")
        .set(decided("verified"))
        .where("id", "=", claimId)
        .execute();
      await trx
        .updateTable("municipalities")
        .set({ owner_id: claimant, verified: 1, updated_at: now })
        .where("id", "=", claim.municipalityId)
        .execute();
      if (owner !== null)
        await notify(trx, { userId: owner, kind: "claim_lost", params: town, link: "/me" });
    }
    await recordEvent(trx, {
      entity: "municipality",
      entityId: claim.municipalityId,
      actorId: staff.id,
      action: `claim_${decision}`,
      comment: note,
    });
    if (claim.user_id !== null) {
      await notify(trx, {
        userId: claim.user_id,
        kind: decision === "reject" ? "claim_rejected" : "claim_verified",
        params: town,
        link: decision === "reject" ? "/me" : link,
      });
    }
  });
}

/**
 * The municipality has no owner again and its profile layer is cleared: the
 * register entry stays, public and rankable, as before anyone claimed it.
 */
async function releaseMunicipality(db: Db, id: number, now: string): Promise<void> {
  await db
    .updateTable("municipalities")
    .set({
      owner_id: null,
      verified: 0,
      status: "none",
      interests: "[]",
      languages: "[]",
      description: "",
      seeks_countries: "[]",
      seeks_any_country: 1,
      partner_population_min: null,
      partner_population_max: null,
      partner_max_distance_km: null,
      contact_name: null,
      contact_role: null,
      contact_email: null,
      contact_phone: null,
      updated_at: now,
    })
    .where("id", "=", id)
    .execute();
  // Partnerships stay: they are the municipality's (the registry), not the account's,
  // and only a verified owner or staff could have changed them.
}

/** Staff verify or un-verify the owner directly (the municipality page's button). */
export async function setOwnerVerified(
  db: Kysely<Database>,
  municipalityId: number,
  verified: boolean,
  staff: { id: number },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const m = await trx
      .selectFrom("municipalities")
      .select(["owner_id"])
      .where("id", "=", municipalityId)
      .executeTakeFirst();
    if (!m || m.owner_id === null) return false;
    const now = new Date().toISOString();
    await trx
      .updateTable("municipalities")
      .set({ verified: verified ? 1 : 0, updated_at: now })
      .where("id", "=", municipalityId)
      .execute();
    await trx
      .updateTable("municipality_claims")
      .set({
        status: verified ? "verified" : "pending",
        decided_by: staff.id,
        decided_at: now,
      })
      .where("municipality_id", "=", municipalityId)
      .where("user_id", "=", m.owner_id)
      .where("status", "in", ["pending", "verified"])
      .execute();
    await recordEvent(trx, {
      entity: "municipality",
      entityId: municipalityId,
      actorId: staff.id,
      action: verified ? "verified" : "unverified",
    });
    return true;
  });
}
