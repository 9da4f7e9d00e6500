// A signed-in person's start page (/): what is new for them since their last visit, what
// waits on them, and what is about to run out. Each part reads what the pages it links to
// read, with the same rights: a person sees only their own contacts and requests.
import { daysBetween, pragueDay } from "~/domain/dates";
import type { Kysely } from "kysely";
import type { ContactStatus, Database, OfferStatus, ProfileStatus } from "../../db/schema";
import { checkEligibility } from "~/domain/eligibility";
import { localText, type Locale } from "~/i18n";
import { listFundingCalls } from "./funding.server";
import { listContacts, countContacts } from "./contact-view.server";
import { latestClaimOf } from "./claim.server";
import { offerScoresFor } from "./match.server";
import { getOwnedMunicipality } from "./municipality.server";
import { listOffersByAuthor, listPublishedOffersByIds, type PublicOffer } from "./offer.server";
import type { PublicUser } from "./user.server";

type Db = Kysely<Database>;

/** How many new matches the page names; the rest are counted and a click away. */
export const NEW_MATCHES_SHOWN = 5;
/** A request expiring within this many days is flagged. */
export const EXPIRING_DAYS = 30;
/** Funding deadlines this many days ahead are listed. */
export const DEADLINE_DAYS = 90;

export interface WaitingContact {
  id: number;
  status: ContactStatus;
  other: string;
  /** "answer": a request to answer; "info": a question to answer. */
  ask: "answer" | "info";
}

export interface StartPage {
  /** The previous visit this page counts "new" from (the account's creation the first time). */
  since: string;
  waiting: WaitingContact[];
  /** Steps of a partnership the other side proposed, waiting for this person's confirmation. */
  toConfirm: number;
  municipality: { id: number; name: string; status: ProfileStatus } | null;
  /** A claim staff have not decided yet, or one they refused (mayors without a municipality). */
  claim: { status: "pending" | "conflict" | "rejected"; name: string } | null;
  newMatches: { total: number; top: { offer: PublicOffer; score: number }[] } | null;
  offers: {
    id: number;
    town: string;
    status: OfferStatus;
    expiresOn: string;
    expiringSoon: boolean;
  }[];
  deadlines: { id: number; title: string; deadline: string; url: string | null }[];
}

/** The start page's parts for this person, and when they saw it before (now stored). */
export async function startPageFor(
  db: Db,
  user: PublicUser,
  locale: Locale,
  now = new Date(),
): Promise<StartPage> {
  const since = await touchStartPage(db, user, now);
  const today = pragueDay(now);
  const [waiting, toConfirm] = await Promise.all([
    waitingContacts(db, user),
    countContacts(db, user, "confirm"),
  ]);
  const page: StartPage = {
    since,
    waiting,
    toConfirm,
    municipality: null,
    claim: null,
    newMatches: null,
    offers: [],
    deadlines: [],
  };
  const soon = (deadline: string | null) =>
    deadline !== null && deadline >= today && daysBetween(today, deadline) <= DEADLINE_DAYS;
  // The calls are read only for a page that shows deadlines (not staff's, not a claim's).
  const deadlinesFor = async (pairs: { name: string; country: string }[][]) => {
    const calls = await listFundingCalls(db);
    const seen = new Map<number, StartPage["deadlines"][number]>();
    for (const pair of pairs)
      for (const call of calls)
        if (soon(call.deadline) && !seen.has(call.id) && checkEligibility(call, pair, today).fits)
          seen.set(call.id, {
            id: call.id,
            title: localText(call.title, locale),
            deadline: call.deadline as string,
            url: call.url,
          });
    return [...seen.values()].sort((a, b) => a.deadline.localeCompare(b.deadline));
  };

  if (user.role === "mayor") {
    const own = await getOwnedMunicipality(db, user.id);
    if (!own) {
      const claim = await latestClaimOf(db, user.id);
      // A claim still to decide, or refused: what the person is waiting for, or why not.
      page.claim =
        claim && ["pending", "conflict", "rejected"].includes(claim.status)
          ? { status: claim.status as "pending" | "conflict" | "rejected", name: claim.name }
          : null;
      return page;
    }
    page.municipality = { id: own.id, name: own.name, status: own.status };
    const fresh = await newMatchesFor(db, own, since);
    page.newMatches = fresh;
    page.deadlines = await deadlinesFor(
      fresh.top.slice(0, 3).map(({ offer }) => [
        { name: own.name, country: "CZ" },
        { name: offer.town, country: offer.country },
      ]),
    );
  } else if (user.role === "foreign") {
    const offers = await listOffersByAuthor(db, user.id);
    page.offers = offers
      .filter((o) => !["closed", "rejected"].includes(o.status))
      .map((o) => ({
        id: o.id,
        town: o.town,
        status: o.status,
        expiresOn: o.expiresOn,
        expiringSoon: o.status === "published" && daysBetween(today, o.expiresOn) <= EXPIRING_DAYS,
      }));
    page.deadlines = await deadlinesFor(
      offers
        .filter((o) => o.status === "published")
        .map((o) => [
          { name: "", country: "CZ" },
          { name: o.town, country: o.country },
        ]),
    );
  }
  return page;
}

/** The previous visit (or the account's creation), and this visit stored in its place. */
async function touchStartPage(db: Db, user: PublicUser, now: Date): Promise<string> {
  const row = await db
    .selectFrom("users")
    .select(["start_seen_at", "created_at"])
    .where("id", "=", user.id)
    .executeTakeFirstOrThrow();
  await db
    .updateTable("users")
    .set({ start_seen_at: now.toISOString() })
    .where("id", "=", user.id)
    .execute();
  return row.start_seen_at ?? row.created_at;
}

/** Requests published on Spolu since the last visit, best for this municipality first. */
async function newMatchesFor(
  db: Db,
  municipality: Awaited<ReturnType<typeof getOwnedMunicipality>> & object,
  since: string,
): Promise<NonNullable<StartPage["newMatches"]>> {
  const scores = await offerScoresFor(db, municipality);
  const fresh = await db
    .selectFrom("offers")
    .select("id")
    .where("status", "=", "published")
    .where("published_at", ">", since)
    .execute();
  const ranked = fresh
    .flatMap(({ id }) => {
      const score = scores.get(id);
      return score === undefined ? [] : [{ id, score }];
    })
    .sort((a, b) => b.score - a.score || b.id - a.id);
  const shown = ranked.slice(0, NEW_MATCHES_SHOWN);
  const offers = await listPublishedOffersByIds(
    db,
    shown.map((entry) => entry.id),
  );
  const scoreOf = new Map(shown.map((entry) => [entry.id, entry.score]));
  return {
    total: ranked.length,
    top: offers.map((offer) => ({ offer, score: scoreOf.get(offer.id) ?? 0 })),
  };
}

/**
 * Contacts whose next step is this person's: a request forwarded to them to answer, or a
 * question the other side asked about their own request.
 */
async function waitingContacts(db: Db, user: PublicUser): Promise<WaitingContact[]> {
  if (user.role === "staff") return [];
  const open = await listContacts(db, user, { filter: "open", limit: 100, offset: 0 });
  return open.flatMap((c): WaitingContact[] => {
    const other = user.role === "mayor" ? c.offer.town : c.municipality.name;
    if (c.status === "forwarded" && c.direction === "received")
      return [{ id: c.id, status: c.status, other, ask: "answer" }];
    if (c.status === "info_requested" && c.direction === "sent")
      return [{ id: c.id, status: c.status, other, ask: "info" }];
    return [];
  });
}
