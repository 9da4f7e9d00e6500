// Delivery of the e-mail rows: queued rows leave once, failures are retried up to
// MAX_ATTEMPTS, two senders never send one row twice, a claim left by a dead
// process is taken over, outbox rows (no SMTP) never leave; and one real SMTP
// round trip through the e2e sink with nodemailer, as production sends.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MAX_ATTEMPTS,
  STALE_CLAIM_MS,
  deliverQueued,
  enqueueEmail,
  type OutgoingEmail,
} from "~/models/email.server";
import { startSmtpSink, type SmtpSink } from "../e2e/smtp-sink";
import { createUser } from "~/models/user.server";
import { cookieFor, get, useTestDatabase } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe(`e-mail delivery on ${dialectName()}`, () => {
  let t: TestDb;
  let sink: SmtpSink;
  let mailDir: string;

  beforeAll(async () => {
    // Set before the app reads its environment: rows are queued for SMTP, not kept in the outbox.
    const port = await freePort();
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.MAIL_FROM = "Spolu Test <noreply@spolu.example>";
    mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "spolu-mail-"));
    sink = await startSmtpSink({ port, dir: mailDir });
    t = await createSeededDb();
    await useTestDatabase(t);
    await t.db.deleteFrom("emails").execute();
  });

  afterAll(async () => {
    await sink?.close();
    await t?.cleanup();
    fs.rmSync(mailDir, { recursive: true, force: true });
  });

  async function queue(to: string, subject = `Předmět ${to}`): Promise<number> {
    await enqueueEmail(t.db, {
      userId: null,
      to,
      locale: "cs",
      kind: "test",
      subject,
      text: `Dobrý den, ${to}`,
      html: `<p>Dobrý den, ${to}</p>`,
    });
    const row = await t.db
      .selectFrom("emails")
      .select(["id", "status"])
      .where("to_address", "=", to)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("queued");
    return row.id;
  }

  const rowOf = (id: number) =>
    t.db
      .selectFrom("emails")
      .select(["status", "attempts", "last_error", "sent_at", "claimed_at"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();

  it("sends a queued e-mail once and marks it sent", async () => {
    const id = await queue("jednou@obec.example");
    const sent: OutgoingEmail[] = [];
    const first = await deliverQueued(t.db, async (e) => void sent.push(e));
    expect(first).toEqual({ sent: 1, failed: 0 });
    expect(sent.map((e) => e.to)).toEqual(["jednou@obec.example"]);
    expect(await rowOf(id)).toMatchObject({ status: "sent", attempts: 1, last_error: null });
    expect((await rowOf(id)).sent_at).not.toBeNull();
    expect(await deliverQueued(t.db, async (e) => void sent.push(e))).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(sent).toHaveLength(1);
  });

  it("retries a failing e-mail and gives up after the last attempt", async () => {
    const id = await queue("nedorucitelna@obec.example");
    const refuse = async () => {
      throw new Error("550 mailbox unavailable");
    };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await deliverQueued(t.db, refuse)).toEqual({ sent: 0, failed: 1 });
      expect(await rowOf(id)).toMatchObject({ status: "failed", attempts: attempt });
    }
    expect((await rowOf(id)).last_error).toContain("550 mailbox unavailable");
    // Kept for staff to see, no longer tried.
    expect(await deliverQueued(t.db, refuse)).toEqual({ sent: 0, failed: 0 });
    expect((await rowOf(id)).attempts).toBe(MAX_ATTEMPTS);
  });

  it("sends a failed e-mail on a later attempt when the server is back", async () => {
    const id = await queue("pozdeji@obec.example");
    await deliverQueued(t.db, async () => {
      throw new Error("421 try again later");
    });
    expect((await rowOf(id)).status).toBe("failed");
    expect(await deliverQueued(t.db, async () => undefined)).toEqual({ sent: 1, failed: 0 });
    expect(await rowOf(id)).toMatchObject({ status: "sent", attempts: 2, last_error: null });
  });

  it("never sends one row twice when two senders run at once", async () => {
    const ids = await Promise.all(
      ["a", "b", "c", "d", "e"].map((x) => queue(`soubezne-${x}@obec.example`)),
    );
    const sent: string[] = [];
    const slowSend = async (e: OutgoingEmail) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      sent.push(e.to);
    };
    const [one, two] = await Promise.all([
      deliverQueued(t.db, slowSend),
      deliverQueued(t.db, slowSend),
    ]);
    expect(one.sent + two.sent).toBe(5);
    expect([...sent].sort()).toEqual(
      ["a", "b", "c", "d", "e"].map((x) => `soubezne-${x}@obec.example`),
    );
    for (const id of ids) expect((await rowOf(id)).attempts).toBe(1);
  });

  it("takes over a row a crashed sender left in 'sending', but not a fresh claim", async () => {
    const id = await queue("preruseno@obec.example");
    const now = new Date();
    const claimedAt = new Date(now.getTime() - 60_000).toISOString();
    await t.db
      .updateTable("emails")
      .set({ status: "sending", attempts: 1, claimed_at: claimedAt })
      .where("id", "=", id)
      .execute();
    const sent: string[] = [];
    const send = async (e: OutgoingEmail) => void sent.push(e.to);
    // A minute old: the other sender may still be talking to the server.
    expect(await deliverQueued(t.db, send, 50, now)).toEqual({ sent: 0, failed: 0 });
    const later = new Date(now.getTime() + STALE_CLAIM_MS);
    expect(await deliverQueued(t.db, send, 50, later)).toEqual({ sent: 1, failed: 0 });
    expect(sent).toEqual(["preruseno@obec.example"]);
    expect(await rowOf(id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("never sends a row kept in the outbox (written while SMTP was not configured)", async () => {
    await queue("outbox@obec.example");
    await t.db
      .updateTable("emails")
      .set({ status: "outbox" })
      .where("to_address", "=", "outbox@obec.example")
      .execute();
    const sent: string[] = [];
    await deliverQueued(t.db, async (e) => void sent.push(e.to));
    expect(sent).toEqual([]);
  });

  it("delivers over real SMTP with the sender, language, text and HTML intact", async () => {
    const { sendOverSmtp } = await import("~/utils/mail.server");
    const id = await queue("starostka@obec.example", "Spolu: Nový projev zájmu – Kłodzko");
    expect(await deliverQueued(t.db, sendOverSmtp)).toEqual({ sent: 1, failed: 0 });
    expect((await rowOf(id)).status).toBe("sent");
    const files = fs.readdirSync(mailDir).filter((f) => f.endsWith(".json"));
    expect(files).toHaveLength(1);
    const received = JSON.parse(fs.readFileSync(path.join(mailDir, files[0]!), "utf8"));
    expect(received).toMatchObject({
      to: "starostka@obec.example",
      subject: "Spolu: Nový projev zájmu – Kłodzko",
      contentLanguage: "cs",
      text: "Dobrý den, starostka@obec.example",
      html: "<p>Dobrý den, starostka@obec.example</p>",
    });
    expect(received.from).toContain("noreply@spolu.example");
  });

  it("shows staff a sent e-mail's one-time link masked, an unsent one as it is", async () => {
    const staff = await createUser(t.db, {
      email: "outbox-staff@svaz.example",
      password: "dlouhe-heslo-outboxu-2026",
      role: "staff",
      name: "Staff",
      organisation: "Svaz",
      locale: "cs",
    });
    const cookie = await cookieFor(t, staff.id);
    const outbox = await import("~/routes/admin.outbox_.$id");
    const token = "Q".repeat(43);
    const show = async (status: "sent" | "outbox") => {
      const row = await t.db
        .insertInto("emails")
        .values({
          user_id: null,
          to_address: `${status}-reset@obec.example`,
          locale: "cs",
          kind: "reset_password",
          subject: "Nastavení nového hesla ve Spolu",
          body_text: `Odkaz: http://localhost/reset-password?token=${token}`,
          body_html: `<a href="http://localhost/reset-password?token=${token}">Nastavit</a>`,
          status,
          last_error: null,
          claimed_at: null,
          created_at: new Date().toISOString(),
          sent_at: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const result = (await outbox.loader({
        request: get(`/admin/outbox/${row.id}`, cookie),
        params: { id: String(row.id) },
        context: {},
      })) as { email: { text: string; html: string } };
      return JSON.stringify(result.email);
    };
    const sent = await show("sent");
    expect(sent).not.toContain(token);
    expect(sent).toContain("reset-password?token=…");
    expect(await show("outbox")).toContain(token);
  });
});
