// Checks that need no browser, moved here from the Playwright suite (issue 19): the
// machine endpoints, and a forged staff-account form posted by a mayor. They call the
// routes' loaders and actions as Remix would, on SQLite and PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as AdminUsersRoute from "~/routes/admin.users";
import type * as HealthRoute from "~/routes/healthz";
import type * as LoginRoute from "~/routes/login";
import type * as PlacesRoute from "~/routes/api.places";
import { PASSWORD, makeUser, tag } from "../support/factories";
import { call, cookieFor, get, post, useTestDatabase } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

describe(`machine endpoints and forged forms on ${dialectName()}`, () => {
  let t: TestDb;
  let routes: {
    health: typeof HealthRoute;
    places: typeof PlacesRoute;
    adminUsers: typeof AdminUsersRoute;
    login: typeof LoginRoute;
  };

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    routes = {
      health: await import("~/routes/healthz"),
      places: await import("~/routes/api.places"),
      adminUsers: await import("~/routes/admin.users"),
      login: await import("~/routes/login"),
    };
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("GET /healthz reports ok as JSON", async () => {
    const answer = await call(routes.health.loader, get("/healthz"));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Content-Type") ?? "").toContain("application/json");
    expect(JSON.parse(answer.text)).toEqual({ status: "ok" });
  });

  // Czech places are the municipalities of the official register (country=CZ).
  it("/api/places finds Plzeň for plzen", async () => {
    const answer = await call(routes.places.loader, get("/api/places?q=plzen&country=CZ"));
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.text) as { results: { name: string; country: string }[] };
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results[0]).toMatchObject({
      name: "Plzeň",
      country: "CZ",
      okres: "Plzeň-město",
      kind: "statutární město",
      code: "554791",
    });
  });

  it("/api/places without q is a 400 naming the parameter", async () => {
    const answer = await call(routes.places.loader, get("/api/places"));
    expect(answer.status).toBe(400);
    const body = JSON.parse(answer.text) as { errors?: Record<string, unknown> };
    expect(typeof body.errors?.q).toBe("string");
    expect(body).not.toHaveProperty("results");
  });

  it("a mayor cannot create a staff account by posting the form", async () => {
    const mayor = await makeUser(t, "mayor");
    const email = `forged-staff-${tag()}@perm-test.example`;
    const form = { name: "Podvržený Pracovník", email, password: PASSWORD };

    const answer = await call(
      routes.adminUsers.action,
      post("/admin/users", form, await cookieFor(t, mayor.id)),
    );
    expect(answer.status).toBe(403);
    const row = await t.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", email)
      .executeTakeFirst();
    expect(row).toBeUndefined();

    // Nor can anyone sign in with the forged account.
    const attempt = await call(
      routes.login.action,
      post("/login", { email, password: PASSWORD }),
      {},
      {
        clientAddress: "198.51.100.61",
      },
    );
    expect(attempt.status).toBe(400);
    expect(attempt.text).toContain("E-mail nebo heslo nesouhlasí.");
  });
});
