// Delivery of the e-mail rows: queued rows leave once, failures are retried up to
// MAX_ATTEMPTS, two senders never send one row twice, a claim left by a dead
// process is taken over, outbox rows (no SMTP) never leave; and one real SMTP
// round trip through the e2e sink with nodemailer, as production sends.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  MAX_ATTEMPTS,
  RETRY_DELAYS_MS,
  STALE_CLAIM_MS,
  deliverQueued,
  enqueueEmail,
  retryDelay,
  type OutgoingEmail,
} from "~/models/email.server";
import { startSmtpSink, type SmtpSink } from "../e2e/smtp-sink";
import { makeUser } from "../support/factories";
import { cookieFor, get, post, useTestDatabase, call } from "../support/routes";
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

  // Every test its own e-mails: a pass takes whatever is due.
  beforeEach(async () => {
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

  /** What the SMTP sink received for one address (tests run in any order, each its own). */
  function receivedBy(to: string): { to: string; from: string }[] {
    return fs
      .readdirSync(mailDir)
      .filter((f) => f.endsWith(".json"))
      .map(
        (f) =>
          JSON.parse(fs.readFileSync(path.join(mailDir, f), "utf8")) as {
            to: string;
            from: string;
          },
      )
      .filter((m) => m.to === to);
  }

  const rowOf = (id: number) =>
    t.db
      .selectFrom("emails")
      .select(["status", "attempts", "last_error", "sent_at", "claimed_at", "next_attempt_at"])
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

  /** As nodemailer reports a mail server's answer: its SMTP code in responseCode. */
  const smtpError = (responseCode: number, message: string) =>
    Object.assign(new Error(message), { responseCode });
  /** As nodemailer reports a server it cannot reach. */
  const unreachable = () => Object.assign(new Error("connect ECONNREFUSED"), { code: "ESOCKET" });

  it("does not try again an e-mail the server refused for good (5xx)", async () => {
    const id = await queue("nedorucitelna@obec.example");
    const now = new Date();
    const refuse = async () => {
      throw smtpError(550, "550 mailbox unavailable");
    };
    expect(await deliverQueued(t.db, refuse, 50, now)).toEqual({ sent: 0, failed: 1 });
    const row = await rowOf(id);
    expect(row).toMatchObject({ status: "failed", attempts: 1, next_attempt_at: null });
    expect(row.last_error).toContain("550 mailbox unavailable");
    // Kept for staff to see, no longer tried, however late.
    const inAWeek = new Date(now.getTime() + 7 * 86_400_000);
    expect(await deliverQueued(t.db, refuse, 50, inAWeek)).toEqual({ sent: 0, failed: 0 });
  });

  it("waits 1, 5, 30 minutes, 2 and 12 hours between attempts while the server is down, then gives up", async () => {
    const id = await queue("vypadek@obec.example");
    let now = new Date();
    const down = async () => {
      throw unreachable();
    };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await deliverQueued(t.db, down, 50, now)).toEqual({ sent: 0, failed: 1 });
      const row = await rowOf(id);
      expect(row).toMatchObject({ status: "failed", attempts: attempt });
      if (attempt === MAX_ATTEMPTS) {
        expect(row.next_attempt_at).toBeNull();
        break;
      }
      const wait = new Date(row.next_attempt_at!).getTime() - now.getTime();
      expect(wait).toBe(retryDelay(attempt));
      // Not a moment before its time.
      expect(await deliverQueued(t.db, down, 50, new Date(now.getTime() + wait - 1))).toEqual({
        sent: 0,
        failed: 0,
      });
      now = new Date(now.getTime() + wait);
    }
    expect(RETRY_DELAYS_MS.map((ms) => ms / 60_000)).toEqual([1, 5, 30, 120, 720]);
    expect(retryDelay(MAX_ATTEMPTS - 1)).toBe(720 * 60_000);
  });

  it("stops a pass at an outage: the other e-mails keep their attempts", async () => {
    const ids = await Promise.all(["a", "b", "c"].map((x) => queue(`fronta-${x}@obec.example`)));
    const tried: string[] = [];
    const down = async (e: OutgoingEmail) => {
      tried.push(e.to);
      throw unreachable();
    };
    expect(await deliverQueued(t.db, down)).toEqual({ sent: 0, failed: 1 });
    expect(tried).toHaveLength(1);
    const attempts = await Promise.all(ids.map(async (id) => (await rowOf(id)).attempts));
    expect(attempts.sort()).toEqual([0, 0, 1]);
  });

  it("sends a failed e-mail at its next attempt when the server is back", async () => {
    const id = await queue("pozdeji@obec.example");
    const now = new Date();
    await deliverQueued(
      t.db,
      async () => {
        throw smtpError(421, "421 try again later");
      },
      50,
      now,
    );
    expect((await rowOf(id)).status).toBe("failed");
    const later = new Date(now.getTime() + retryDelay(1));
    expect(await deliverQueued(t.db, async () => undefined, 50, later)).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(await rowOf(id)).toMatchObject({
      status: "sent",
      attempts: 2,
      last_error: null,
      next_attempt_at: null,
    });
  });

  it("lets staff send a given-up e-mail again, and only a failed one", async () => {
    const id = await queue("znovu@obec.example");
    await deliverQueued(t.db, async () => {
      throw smtpError(554, "554 rejected");
    });
    const staff = await makeUser(t, "staff", {
      email: `outbox-staff-${id}@spolu.example`,
      name: "Správce",
      organisation: "SMO ČR",
    });
    const { action } = await import("~/routes/admin.outbox_.$id");
    const { kickDelivery } = await import("~/utils/mail.server");
    const again = (cookie?: string) =>
      call(action, post(`/admin/outbox/${id}`, {}, cookie), { id: String(id) });
    // Not for anyone else.
    expect((await again()).status).toBe(302);
    expect((await rowOf(id)).status).toBe("failed");
    const cookie = await cookieFor(t, staff.id);
    const answer = await again(cookie);
    expect(answer.location).toBe(`/admin/outbox/${id}`);
    // Queued afresh with all its attempts, and sent at once over SMTP.
    await kickDelivery();
    expect(await rowOf(id)).toMatchObject({ status: "sent", attempts: 1, next_attempt_at: null });
    expect(receivedBy("znovu@obec.example")).toHaveLength(1);
    // A second click on the old page sends nothing twice.
    await again(cookie);
    await kickDelivery();
    expect((await rowOf(id)).status).toBe("sent");
    expect(receivedBy("znovu@obec.example")).toHaveLength(1);
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
    const received = receivedBy("starostka@obec.example");
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      to: "starostka@obec.example",
      subject: "Spolu: Nový projev zájmu – Kłodzko",
      contentLanguage: "cs",
      text: "Dobrý den, starostka@obec.example",
      html: "<p>Dobrý den, starostka@obec.example</p>",
    });
    expect(received[0]!.from).toContain("noreply@spolu.example");
  });

  it("shows staff a sent e-mail's one-time link masked, an unsent one as it is", async () => {
    const staff = await makeUser(t, "staff", { name: "Staff", organisation: "Svaz" });
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
