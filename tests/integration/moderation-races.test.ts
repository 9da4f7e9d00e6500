// Two moderators deciding at once: one decision, and the other told it came too late.
// Every state change takes the row's write lock before it reads the state
// (app/models/row-lock.server.ts). On PostgreSQL two transactions really run at once; on
// SQLite one process's transactions never interleave, so there the test checks the order
// of the statements, which fails just the same when the lock is missing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveMunicipality, transitionMunicipality } from "~/models/municipality.server";
import { TransitionError, transitionOffer } from "~/models/offer.server";
import {
  makeMunicipality,
  makeOffer,
  makeUser,
  profileInput,
  type TestUser,
} from "../support/factories";
import { cookieFor, post, useTestDatabase, call } from "../support/routes";
import { recording } from "../support/statements";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

describe(`two moderators at once on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    t = await createSeededDb();
    staff = await makeUser(t, "staff");
    other = await makeUser(t, "staff");
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  async function pendingOffer(): Promise<number> {
    const author = await makeUser(t, "foreign");
    return makeOffer(t, author.id, staff.id, {}, { publish: false });
  }

  it("an offer's decision locks the row before it reads the state", async () => {
    const id = await pendingOffer();
    const { db, statements } = recording(t.db);
    await transitionOffer(db, id, "approve", {
      user: { id: staff.id, role: "staff" },
      as: "staff",
    });
    const onOffers = statements.filter((s) => s.endsWith(" offers"));
    expect(onOffers[0]).toBe("update offers");
    expect(onOffers).toContain("select offers");
  });

  it("a profile's decision and its owner's save lock the row before they read it", async () => {
    const mayor = await makeUser(t, "mayor");
    const id = await makeMunicipality(t, mayor.id, staff.id, {}, { approve: false });
    const decision = recording(t.db);
    await transitionMunicipality(decision.db, id, "approve", { id: staff.id, as: "staff" });
    expect(decision.statements.filter((s) => s.endsWith(" municipalities"))[0]).toBe(
      "update municipalities",
    );
    const save = recording(t.db);
    await saveMunicipality(save.db, id, profileInput(), { id: mayor.id, role: "mayor" });
    expect(save.statements.filter((s) => s.endsWith(" municipalities"))[0]).toBe(
      "update municipalities",
    );
  });

  it("a decision on a state someone has since changed is a 409 saying what happened", async () => {
    const id = await pendingOffer();
    await useTestDatabase(t);
    const route = await import("~/routes/offers.$id");
    const decide = async (user: TestUser, fields: Record<string, string>) =>
      call(route.action, post(`/offers/${id}`, fields, await cookieFor(t, user.id)), {
        id: String(id),
      });
    // Both pages showed it pending; the first approves.
    expect((await decide(staff, { intent: "approve", seen: "pending" })).status).toBe(302);
    const late = await decide(other, { intent: "reject", seen: "pending", comment: "Nevhodné." });
    expect(late.status).toBe(409);
    expect(late.text).toContain("Mezitím rozhodl někdo jiný");
    expect(late.text).toContain("Zveřejněno");
    const row = await t.db
      .selectFrom("offers")
      .select("status")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("published");
  });

  it.runIf(dialectName() === "postgres")(
    "approve and reject of one offer at once: one decision, one event, the other refused",
    async () => {
      // A race: tried a few times, each with a fresh offer.
      for (let attempt = 0; attempt < 4; attempt++) {
        const id = await pendingOffer();
        const results = await Promise.allSettled([
          // Both pages showed the offer pending.
          transitionOffer(t.db, id, "approve", {
            user: { id: staff.id, role: "staff" },
            as: "staff",
            seen: "pending",
          }),
          transitionOffer(
            t.db,
            id,
            "reject",
            { user: { id: other.id, role: "staff" }, as: "staff", seen: "pending" },
            "Nevhodné.",
          ),
        ]);
        const won = results.filter((r) => r.status === "fulfilled");
        expect(won).toHaveLength(1);
        const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
        expect(lost.reason).toBeInstanceOf(TransitionError);
        // Told what the other decided.
        const { status } = await t.db
          .selectFrom("offers")
          .select("status")
          .where("id", "=", id)
          .executeTakeFirstOrThrow();
        expect((lost.reason as TransitionError).conflict).toEqual({ now: status });
        const events = await t.db
          .selectFrom("audit_events")
          .select("action")
          .where("entity", "=", "offer")
          .where("entity_id", "=", id)
          .where("action", "in", ["approve", "reject"])
          .execute();
        expect(events).toHaveLength(1);
      }
    },
  );
});
