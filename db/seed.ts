// Seeds what the union published (three requests, calls, events) and, unless
// SEED_DEMO=false, demo profiles on register municipalities, offers and one
// account per role. The register itself is imported before (db/import-municipalities.ts).
// Every item is looked up by a natural key first, so running it twice adds nothing.
import type { Kysely } from "kysely";
import type { Database, Role } from "./schema";
import { isMain, log, runWithDatabase } from "./cli";
import { ensureKraje } from "./import-places";
import { NEWS_EVENTS, NEWS_FUNDING_CALLS, NEWS_OFFERS } from "./seed-data/news";
import { DEMO_MUNICIPALITIES, DEMO_OFFERS, DEMO_PARTNERSHIPS } from "./seed-data/demo";
import { publishedOfferRow } from "./factories";
import { findPlaceByName, getPlace } from "../app/models/place.server";
import { findOfferByTownAndSource, insertOffer } from "../app/models/offer.server";
import { findMunicipalityByCode } from "../app/models/municipality.server";
import { ensureEvent, ensureFundingCall } from "../app/models/funding.server";
import { createUser, getUserByEmail } from "../app/models/user.server";
import { toList } from "../app/utils/json-list";

export const DEMO_PASSWORD = "spolu-demo-2026";

export const DEMO_ACCOUNTS: { email: string; role: Role; name: string; organisation: string }[] = [
  {
    email: "mayor@spolu.example",
    role: "mayor",
    name: "Demo starosta",
    organisation: DEMO_MUNICIPALITIES[0]?.name ?? "",
  },
  {
    email: "foreign@spolu.example",
    role: "foreign",
    name: "Demo foreign town",
    organisation: DEMO_OFFERS[0]?.town ?? "",
  },
  {
    email: "staff@spolu.example",
    role: "staff",
    name: "Demo Svaz",
    organisation: "Svaz měst a obcí ČR",
  },
];

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

async function requirePlace(db: Kysely<Database>, id: number, what: string) {
  const place = await getPlace(db, id);
  if (!place)
    throw new Error(
      `GeoNames place ${id} (${what}) is missing: run npm run db:import-places first.`,
    );
  return place;
}

export interface SeedReport {
  offers: number;
  fundingCalls: number;
  events: number;
  users: number;
  municipalities: number;
}

export async function seed(
  db: Kysely<Database>,
  options: { demo: boolean; now?: Date; say?: (m: string) => void },
): Promise<SeedReport> {
  const say = options.say ?? log;
  const now = options.now ?? new Date();
  const stamp = now.toISOString();
  const inAYear = addDays(now, 365).toISOString().slice(0, 10);
  const added: SeedReport = { offers: 0, fundingCalls: 0, events: 0, users: 0, municipalities: 0 };

  await db.transaction().execute(async (trx) => {
    await ensureKraje(trx);

    for (const news of NEWS_OFFERS) {
      if (await findOfferByTownAndSource(trx, news.town, news.country, news.sourceDate)) continue;
      const place = await requirePlace(trx, news.geonamesId, news.town);
      await insertOffer(
        trx,
        publishedOfferRow({
          placeId: place.id,
          town: news.town,
          country: news.country,
          region: news.region,
          population: news.statedPopulation ?? place.population,
          lat: place.lat,
          lon: place.lon,
          topics: news.topics,
          openToAnyTopic: news.openToAnyTopic,
          partnerPopulation: news.partnerPopulation,
          languages: news.languages,
          description: news.textCs,
          descriptionCs: news.textCs,
          descriptionEn: news.textEn,
          expiresOn: inAYear,
          source: "news",
          sourceDate: news.sourceDate,
          publishedAt: stamp,
        }),
      );
      added.offers++;
    }

    for (const call of NEWS_FUNDING_CALLS) {
      const before = await trx
        .selectFrom("funding_calls")
        .select("id")
        .where("slug", "=", call.slug)
        .executeTakeFirst();
      if (before) continue;
      await ensureFundingCall(trx, {
        slug: call.slug,
        programme: call.programme,
        title_cs: call.titleCs,
        title_en: call.titleEn,
        summary_cs: call.summaryCs,
        summary_en: call.summaryEn,
        url: call.url,
        opens_on: call.opensOn,
        deadline: call.deadline,
        themes: toList(call.themes),
        rules: JSON.stringify(call.rules),
        source_date: call.sourceDate,
        created_at: stamp,
      });
      added.fundingCalls++;
    }

    for (const event of NEWS_EVENTS) {
      const before = await trx
        .selectFrom("events")
        .select("id")
        .where("slug", "=", event.slug)
        .executeTakeFirst();
      if (before) continue;
      await ensureEvent(trx, {
        slug: event.slug,
        title_cs: event.titleCs,
        title_en: event.titleEn,
        summary_cs: event.summaryCs,
        summary_en: event.summaryEn,
        starts_on: event.startsOn,
        ends_on: event.endsOn,
        city: event.city,
        country: event.country,
        url: event.url,
        source_date: event.sourceDate,
        created_at: stamp,
      });
      added.events++;
    }

    if (!options.demo) return;

    const accountIds: Partial<Record<Role, number>> = {};
    for (const account of DEMO_ACCOUNTS) {
      const existing = await getUserByEmail(trx, account.email);
      if (existing) {
        accountIds[account.role] = existing.id;
        continue;
      }
      const user = await createUser(trx, {
        ...account,
        password: DEMO_PASSWORD,
        locale: "cs",
        isDemo: true,
      });
      accountIds[account.role] = user.id;
      added.users++;
    }

    for (const [index, demo] of DEMO_MUNICIPALITIES.entries()) {
      const entry = await findMunicipalityByCode(trx, demo.code);
      if (!entry)
        throw new Error(
          `Municipality ${demo.code} (${demo.name}) is not in the register: run npm run db:import-municipalities first.`,
        );
      // A demo profile is the layer on its register entry; one that has a profile is left alone.
      if (entry.status !== "none") continue;
      // The first demo town belongs to the demo mayor account, whose claim staff verified.
      const ownerId = index === 0 ? (accountIds.mayor ?? null) : null;
      await trx
        .updateTable("municipalities")
        .set({
          owner_id: ownerId,
          interests: toList(demo.interests),
          languages: toList(demo.languages),
          description: demo.descriptionCs,
          seeks_countries: toList(demo.seeksCountries),
          seeks_any_country: demo.seeksCountries.length === 0 ? 1 : 0,
          partner_population_min: demo.partnerPopulation?.[0] ?? null,
          partner_population_max: demo.partnerPopulation?.[1] ?? null,
          contact_name: demo.contact.name,
          contact_role: demo.contact.role,
          contact_email: demo.contact.email,
          contact_phone: demo.contact.phone,
          status: "published",
          verified: demo.verified ? 1 : 0,
          is_demo: 1,
          updated_at: stamp,
        })
        .where("id", "=", entry.id)
        .execute();
      if (ownerId !== null) {
        await trx
          .insertInto("municipality_claims")
          .values({
            municipality_id: entry.id,
            user_id: ownerId,
            status: demo.verified ? "verified" : "pending",
            decided_at: demo.verified ? stamp : null,
            created_at: stamp,
          })
          .execute();
      }
      added.municipalities++;
      for (const [town, country] of DEMO_PARTNERSHIPS[demo.name] ?? []) {
        const partner = await findPlaceByName(trx, town, country);
        await trx
          .insertInto("partnerships")
          .values({
            municipality_id: entry.id,
            partner_town: town,
            partner_country: country,
            partner_place_id: partner?.id ?? null,
            since_year: null,
            offer_id: null,
            source: "existing",
            confirmed_by: "municipality",
            confirmed_at: stamp,
            created_at: stamp,
          })
          .execute();
      }
    }

    for (const [index, demo] of DEMO_OFFERS.entries()) {
      if (await findOfferByTownAndSource(trx, demo.town, demo.country, null)) continue;
      const place = await requirePlace(trx, demo.geonamesId, demo.town);
      const published = addDays(now, -demo.publishedDaysAgo);
      await insertOffer(
        trx,
        publishedOfferRow({
          // The first demo offer belongs to the demo foreign account.
          authorId: index === 0 ? (accountIds.foreign ?? null) : null,
          placeId: place.id,
          town: demo.town,
          country: demo.country,
          region: demo.region,
          population: place.population,
          lat: place.lat,
          lon: place.lon,
          topics: demo.topics,
          openToAnyTopic: demo.openToAnyTopic,
          partnerPopulation: demo.partnerPopulation,
          preferredKraje: demo.preferredKraje,
          languages: demo.languages,
          description: demo.description,
          descriptionLang: demo.descriptionLang,
          descriptionCs: demo.descriptionCs,
          descriptionEn: demo.descriptionEn,
          contact: demo.contact,
          isDemo: true,
          publishedAt: published.toISOString(),
        }),
      );
      added.offers++;
    }
  });

  say(
    `seed: added ${added.offers} offers, ${added.fundingCalls} funding calls, ${added.events} events, ` +
      `${added.municipalities} municipalities, ${added.users} accounts${options.demo ? "" : " (demo data skipped: SEED_DEMO=false)"}`,
  );
  return added;
}

/**
 * Whether to seed the demo accounts and sample requests: `SEED_DEMO` says so when set;
 * unset, never in production (`npm start` runs as production, as its server does), so a
 * public server holds no made-up towns or known passwords unless asked with SEED_DEMO=true.
 */
export function seedDemoFromEnv(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.SEED_DEMO?.trim().toLowerCase();
  if (value) return !["false", "0", "no"].includes(value);
  return (env.NODE_ENV ?? "production") !== "production";
}

if (isMain(import.meta.url)) {
  await runWithDatabase(async (db) => {
    await seed(db, { demo: seedDemoFromEnv() });
  });
}
