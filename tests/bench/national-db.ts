// A SQLite database at national scale for the benchmarks that serve the app: the
// real register of 6,254 municipalities (imported as `npm start` imports it), some
// dozens of them with a published synthetic profile, and the 2,000 synthetic offers
// of ./synthetic.ts with real town names of their countries. On request, a foreign
// account that wrote one of those offers, with a session to sign in with.
import { readEuropeanPlaces } from "../../db/places-source";
import { createDatabase } from "../../db/dialect";
import { ensureKraje } from "../../db/import-places";
import { migrateToLatest } from "../../db/migrate";
import type { NewOffer } from "../../db/schema";
import { importRegister } from "~/models/register.server";
import { createSession } from "~/models/session.server";
import { createUser } from "~/models/user.server";
import { offerSearchText } from "~/models/offer.server";
import { registerEntries, syntheticProfiles } from "./register";
import { random, syntheticOffers } from "./synthetic";

/** Municipalities with a published profile: a few dozen, as early in production. */
export const PROFILES = 40;
export const OFFERS = 2_000;
const BATCH = 500;

/** Town names per country, from the places the app imports (GeoNames cities500, Slovak municipalities). */
function townNames(): Map<string, string[]> {
  const byCountry = new Map<string, string[]>();
  for (const place of readEuropeanPlaces()) {
    const list = byCountry.get(place.country) ?? [];
    list.push(place.name);
    byCountry.set(place.country, list);
  }
  return byCountry;
}

/** A real town name of each offer's country (names are a large share of the map's bytes). */
function offerTowns(byCountry: Map<string, string[]>, countries: string[], seed = 99): string[] {
  const rng = random(seed);
  const used = new Set<string>();
  return countries.map((country, i) => {
    const names = byCountry.get(country) ?? [];
    for (let attempt = 0; attempt < 20 && names.length > 0; attempt++) {
      const name = names[Math.floor(rng() * names.length)]!;
      if (!used.has(`${country}:${name}`)) {
        used.add(`${country}:${name}`);
        return name;
      }
    }
    return `Town ${i + 1}`;
  });
}

export interface NationalDatabase {
  municipalities: number;
  profiles: number;
  offers: number;
  /** The foreign account, its published offer and a session id (sign it into a cookie). */
  foreign: { userId: number; offerId: number; town: string; sessionId: string } | null;
}

export async function fillNationalDatabase(
  file: string,
  options: { say: (line: string) => void; foreignAccount?: boolean },
): Promise<NationalDatabase> {
  const { say } = options;
  const started = performance.now();
  const now = new Date();
  const stamp = now.toISOString();
  const today = stamp.slice(0, 10);
  const inAYear = new Date(now.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
  const entries = registerEntries();
  const profiles = syntheticProfiles(entries, PROFILES);
  const offers = syntheticOffers(OFFERS, today);
  const oNames = offerTowns(
    townNames(),
    offers.map((o) => o.country),
  );

  const db = createDatabase({ kind: "sqlite", file });
  try {
    await migrateToLatest(db, (m) => say(`  ${m}`));
    await ensureKraje(db);
    const report = await importRegister(db, entries, { now, say: (m) => say(`  ${m}`) });
    say(`  register: ${report.inserted.toLocaleString("en")} municipalities imported`);

    return await db.transaction().execute(async (trx) => {
      const ids = new Map(
        (await trx.selectFrom("municipalities").select(["id", "code"]).execute()).map((r) => [
          r.code,
          r.id,
        ]),
      );
      for (const [index, p] of profiles) {
        const entry = entries[index]!;
        await trx
          .updateTable("municipalities")
          .set({
            interests: JSON.stringify(p.interests),
            languages: JSON.stringify(p.languages),
            description: `${entry.name} hledá partnerskou obec v zahraničí.`,
            seeks_countries: JSON.stringify(p.seeksCountries),
            seeks_any_country: p.seeksAnyCountry ? 1 : 0,
            partner_population_min: p.partnerMin,
            partner_population_max: p.partnerMax,
            partner_max_distance_km: p.maxDistanceKm,
            status: "published",
            verified: p.verified ? 1 : 0,
            updated_at: stamp,
          })
          .where("id", "=", ids.get(entry.code) ?? -1)
          .execute();
      }
      say(`  profiles: ${profiles.size} published`);

      const account = options.foreignAccount
        ? await createUser(trx, {
            email: "bench-foreign@example.org",
            password: "bench-only-password-1234",
            role: "foreign",
            name: "Bench Foreign",
            organisation: oNames[0]!,
            locale: "cs",
          })
        : null;
      const oRows: NewOffer[] = offers.map((o, i) => {
        const columns = {
          town: oNames[i]!,
          region: "",
          description: `${oNames[i]} hledá partnerskou obec v Česku.`,
          description_cs: null,
          description_en: null,
        };
        return {
          ...columns,
          // The first offer is the foreign account's own.
          author_id: i === 0 && account ? account.id : null,
          place_id: null,
          country: o.country,
          population: o.population,
          lat: o.lat,
          lon: o.lon,
          topics: JSON.stringify(o.topics),
          open_to_any_topic: o.openToAnyTopic ? 1 : 0,
          partner_population_min: o.partnerMin,
          partner_population_max: o.partnerMax,
          partner_max_distance_km: o.maxDistanceKm,
          preferred_kraje: JSON.stringify(o.preferredKraje),
          languages: JSON.stringify(o.languages),
          description_lang: o.languages[0] ?? "en",
          contact_name: null,
          contact_email: null,
          contact_phone: null,
          status: "published",
          expires_on: inAYear,
          source: "self",
          source_date: o.publishedOn,
          search_text: offerSearchText(columns),
          is_demo: 0,
          published_at: `${o.publishedOn}T09:00:00.000Z`,
          created_at: stamp,
          updated_at: stamp,
        };
      });
      const offerIds: number[] = [];
      for (let i = 0; i < oRows.length; i += BATCH) {
        const rows = await trx
          .insertInto("offers")
          .values(oRows.slice(i, i + BATCH))
          .returning("id")
          .execute();
        offerIds.push(...rows.map((r) => r.id));
      }
      say(`  offers: ${oRows.length.toLocaleString("en")} published`);

      let foreign: NationalDatabase["foreign"] = null;
      if (account) {
        const session = await createSession(trx, account.id, "bench");
        foreign = {
          userId: account.id,
          offerId: offerIds[0]!,
          town: oNames[0]!,
          sessionId: session.id,
        };
        say(`  foreign account ${account.id} owns offer ${offerIds[0]} (${oNames[0]})`);
      }
      say(`database filled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return {
        municipalities: ids.size,
        profiles: profiles.size,
        offers: oRows.length,
        foreign,
      };
    });
  } finally {
    await db.destroy();
  }
}
