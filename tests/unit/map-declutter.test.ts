import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { declutter, type Placed, type Target } from "~/components/map/declutter";

type Kind = "offer" | "municipality";
const clusterSize = (count: number) => (count < 10 ? 30 : count < 100 ? 38 : 46);

function pin(kind: Kind, x: number, y: number, weight = 1): Target<Kind> {
  return { kind, x, y, weight, size: weight > 1 ? clusterSize(weight) : 24 };
}

/** Whether two markers cover part of each other (squares of their side around their centre). */
function overlapping(a: Placed<Kind>, b: Placed<Kind>): boolean {
  const reach = (a.size + b.size) / 2;
  return Math.abs(a.x - b.x) < reach && Math.abs(a.y - b.y) < reach;
}

function overlaps(placed: Placed<Kind>[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++)
      if (overlapping(placed[i]!, placed[j]!)) found.push(`${i}×${j}`);
  return found;
}

const total = (items: { kind: Kind; weight: number }[], kind: Kind) =>
  items.filter((i) => i.kind === kind).reduce((sum, i) => sum + i.weight, 0);

describe("declutter", () => {
  it("keeps markers that do not touch where they are", () => {
    const targets = [pin("offer", 100, 100), pin("offer", 140, 100), pin("municipality", 100, 140)];
    const placed = declutter(targets, clusterSize);
    expect(placed.map((p) => [p.x, p.y, p.members])).toEqual([
      [100, 100, [0]],
      [140, 100, [1]],
      [100, 140, [2]],
    ]);
  });

  it("merges two pins of a kind 10 px apart into one group of both, sized as a cluster", () => {
    const placed = declutter([pin("offer", 100, 100), pin("offer", 110, 100)], clusterSize);
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ kind: "offer", weight: 2, size: 30, x: 100, y: 100 });
    expect([...placed[0]!.members].sort()).toEqual([0, 1]);
  });

  it("the heavier keeps its place: a pin joins the cluster beside it", () => {
    const placed = declutter(
      [pin("municipality", 200, 200), pin("municipality", 215, 205, 40)],
      clusterSize,
    );
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ x: 215, y: 205, weight: 41 });
  });

  it("moves a pin of the other kind aside just far enough, away from the one in its way", () => {
    const placed = declutter(
      [pin("municipality", 100, 100, 12), pin("offer", 110, 100)],
      clusterSize,
    );
    expect(placed).toHaveLength(2);
    const [cluster, offer] = placed as [Placed<Kind>, Placed<Kind>];
    expect(cluster).toMatchObject({ x: 100, y: 100, kind: "municipality" });
    expect(overlapping(cluster, offer)).toBe(false);
    // To the right, where it was: (38 + 24) / 2 + the gap.
    expect(offer.x).toBeGreaterThan(100 + 31);
    expect(offer.x).toBeLessThan(100 + 36);
    expect(offer.y).toBeCloseTo(100, 5);
  });

  it("finds room in a crowd: Głuchołazy beside the 6,254 Czech municipalities at Europe zoom", () => {
    // Where /map drew them at 1280 px wide before this pass (centres, in pixels).
    const targets = [
      pin("municipality", 835, 549, 6254),
      pin("offer", 880, 592, 5),
      pin("offer", 811, 612, 4),
      pin("offer", 801, 504, 2),
      pin("offer", 893, 557, 2),
      pin("offer", 790, 553, 2),
      pin("offer", 939, 531),
      pin("offer", 893, 502),
      pin("offer", 854, 507),
      pin("offer", 933, 609),
      pin("offer", 849, 539),
      pin("offer", 878, 625),
    ];
    const placed = declutter(targets, (n) => (n < 10 ? 30 : n < 100 ? 38 : n < 1000 ? 46 : 54));
    expect(overlaps(placed)).toEqual([]);
    expect(placed[0]).toMatchObject({ x: 835, y: 549, weight: 6254 });
  });

  it("leaves no overlap and loses no point, however the markers fall", () => {
    const target = fc.record({
      kind: fc.constantFrom<Kind>("offer", "municipality"),
      x: fc.integer({ min: 0, max: 1200 }),
      y: fc.integer({ min: 0, max: 800 }),
      weight: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 400 })),
    });
    fc.assert(
      fc.property(fc.array(target, { maxLength: 150 }), (raw) => {
        const targets = raw.map((t) => pin(t.kind, t.x, t.y, t.weight));
        const placed = declutter(targets, clusterSize);
        expect(overlaps(placed)).toEqual([]);
        for (const kind of ["offer", "municipality"] as const)
          expect(total(placed, kind)).toBe(total(targets, kind));
        // Every target is in exactly one placed marker.
        expect(placed.flatMap((p) => p.members).sort((a, b) => a - b)).toEqual(
          targets.map((_, i) => i),
        );
      }),
      { numRuns: 200 },
    );
  });
});
