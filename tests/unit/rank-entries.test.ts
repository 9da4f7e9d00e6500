// rankEntries orders all municipalities for one offer by a counting sort; it must give
// exactly the order of a plain sort by score (best first) and then id.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_WEIGHTS,
  evaluate,
  prepareMunicipality,
  prepareOffer,
  weightTable,
} from "~/domain/scoring";
import { rankEntries, type PreparedEntry } from "~/models/match.server";
import type { MunicipalityPublic } from "~/models/municipality.server";
import { syntheticMunicipalities, syntheticOffers } from "../bench/synthetic";

const TODAY = "2026-12-06";
const municipalities = syntheticMunicipalities(600, 7);
const entries: PreparedEntry[] = municipalities.map((m, i) => ({
  // Only id and hasProfile are read besides the prepared side.
  municipality: { id: i + 1, hasProfile: i % 3 === 0 } as MunicipalityPublic,
  prepared: prepareMunicipality({ ...m, hasProfile: i % 5 !== 0 }),
}));

describe("rankEntries", () => {
  it.each(syntheticOffers(12, TODAY, 11).map((o, i) => [i, o] as const))(
    "orders offer %i as a sort by score, then id, would",
    (_, offer) => {
      const table = weightTable(DEFAULT_WEIGHTS);
      const o = prepareOffer(offer, TODAY);
      const expected = entries
        .map((e) => ({ id: e.municipality.id, score: evaluate(e.prepared, o, table) }))
        .sort((a, b) => b.score - a.score || a.id - b.id);
      const pageSize = 50;
      for (const page of [1, 4, 12]) {
        const ranked = rankEntries(
          entries,
          offer,
          DEFAULT_WEIGHTS,
          {},
          { page, pageSize },
          {
            date: TODAY,
          },
        );
        expect(ranked.total).toBe(entries.length);
        expect(ranked.items.map((i) => [i.municipality.id, i.result.score])).toEqual(
          expected.slice((page - 1) * pageSize, page * pageSize).map((e) => [e.id, e.score]),
        );
      }
      const profiles = rankEntries(
        entries,
        offer,
        DEFAULT_WEIGHTS,
        { profilesOnly: true, minScore: 30, excludeId: 4 },
        { page: 1, pageSize: 1000 },
        { date: TODAY },
      );
      expect(profiles.items.map((i) => i.municipality.id)).toEqual(
        expected.filter((e) => e.id % 3 === 1 && e.score >= 30 && e.id !== 4).map((e) => e.id),
      );
    },
  );
});
