// Markers a finger can hit: no marker may cover part of another (WCAG 2.2's target size,
// which Lighthouse checks). Supercluster groups points by distance from a seed, so two single
// pins 10 px apart, or two clusters whose centres drift together, still overlap, and offers
// and municipalities are clustered apart and overlap each other. This pass works in screen
// pixels after the clustering: a marker overlapping one of its own kind joins it (the group
// shows the sum and zooms in, or lists them, when clicked), and one overlapping another kind
// moves aside just far enough. Pure, for unit tests; europe-map.client.tsx applies it.

export interface Target<K extends string> {
  /** Container pixels. */
  x: number;
  y: number;
  kind: K;
  /** Points it stands for (1 for a single marker); heavier markers keep their place. */
  weight: number;
  /** Its side in pixels. */
  size: number;
}

export interface Placed<K extends string> {
  x: number;
  y: number;
  kind: K;
  weight: number;
  /** Its side in pixels. */
  size: number;
  /** Indices of the targets it stands for (one unless several of a kind were merged). */
  members: number[];
}

/** Space kept between two markers, in pixels. */
const GAP = 2;
/** Grid cells for finding neighbours: wider than two of the largest markers' half-sides. */
const CELL = 64;
/** Directions a marker may move aside in, tried in this order (straight away first). */
const TURNS = [0, 30, -30, 60, -60, 90, -90, 120, -120, 150, -150, 180].map(
  (d) => (d * Math.PI) / 180,
);

function overlaps(
  a: { x: number; y: number; size: number },
  b: { x: number; y: number; size: number },
) {
  const reach = (a.size + b.size) / 2 + GAP;
  return Math.abs(a.x - b.x) < reach && Math.abs(a.y - b.y) < reach;
}

/**
 * One pass: heaviest first, each target is merged into an overlapping one of its kind, or
 * moved aside from other kinds, or kept where it is.
 */
function pass<K extends string>(
  targets: Placed<K>[],
  groupSize: (weight: number) => number,
): { placed: Placed<K>[]; merged: boolean } {
  const order = targets
    .map((_, i) => i)
    .sort((a, b) => targets[b]!.weight - targets[a]!.weight || a - b);
  const placed: Placed<K>[] = [];
  const grid = new Map<string, Placed<K>[]>();
  const cellOf = (x: number, y: number) => [Math.floor(x / CELL), Math.floor(y / CELL)] as const;
  /** The placed markers that overlap `t`, found among the cells around it. */
  const near = (t: { x: number; y: number; size: number }, where: (p: Placed<K>) => boolean) => {
    const [cx, cy] = cellOf(t.x, t.y);
    for (let gx = cx - 1; gx <= cx + 1; gx++)
      for (let gy = cy - 1; gy <= cy + 1; gy++)
        for (const p of grid.get(`${gx},${gy}`) ?? []) if (where(p) && overlaps(p, t)) return p;
    return undefined;
  };
  const place = (p: Placed<K>) => {
    placed.push(p);
    const [cx, cy] = cellOf(p.x, p.y);
    const key = `${cx},${cy}`;
    grid.set(key, [...(grid.get(key) ?? []), p]);
  };
  let merged = false;
  for (const i of order) {
    const t = targets[i]!;
    const same = near(t, (p) => p.kind === t.kind);
    if (same) {
      same.weight += t.weight;
      same.members.push(...t.members);
      same.size = Math.max(same.size, groupSize(same.weight));
      merged = true;
      continue;
    }
    const blocking = near(t, () => true);
    if (!blocking) {
      place({ ...t, members: [...t.members] });
      continue;
    }
    // Aside from the marker in the way, at the nearest distance where they no longer touch;
    // in a crowd, a step further out, up to three steps.
    const away = Math.atan2(t.y - blocking.y, t.x - blocking.x) || 0;
    const reach = (t.size + blocking.size) / 2 + GAP + 1;
    let spot: Placed<K> = { ...t, members: [...t.members] };
    search: for (let ring = 0; ring <= 3; ring++) {
      for (const turn of TURNS) {
        // A square's side reach away in this direction: the larger of the two offsets is reach.
        const dx = Math.cos(away + turn);
        const dy = Math.sin(away + turn);
        const scale = (reach + ring * t.size) / Math.max(Math.abs(dx), Math.abs(dy));
        const candidate = { ...spot, x: blocking.x + dx * scale, y: blocking.y + dy * scale };
        if (!near(candidate, () => true)) {
          spot = candidate;
          break search;
        }
      }
    }
    place(spot);
  }
  return { placed, merged };
}

/**
 * Places the targets so that none overlaps another: merged by kind, moved aside across kinds.
 * `groupSize` gives the side of a group made here for the points it stands for. A merged
 * group can grow and meet others, so passes repeat until nothing merges (a few at most); a
 * crowd where moving aside finds no room keeps its overlap.
 */
export function declutter<K extends string>(
  targets: Target<K>[],
  groupSize: (weight: number) => number,
): Placed<K>[] {
  let placed: Placed<K>[] = targets.map((t, i) => ({ ...t, members: [i] }));
  for (let round = 0; round < 5; round++) {
    const next = pass(placed, groupSize);
    placed = next.placed;
    if (!next.merged) break;
  }
  return placed;
}
