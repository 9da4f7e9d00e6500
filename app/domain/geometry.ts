// Plane geometry on longitude/latitude pairs, for cutting the basemap down to a
// small map's area: clip a polygon ring to a box, and drop the points a map at
// that scale cannot show; and on screen points, which of many lines a click hit.
// Pure: arrays in, arrays out.

export type Position = number[];
export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

export function ringBox(ring: Position[]): Box {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const [x = 0, y = 0] of ring) {
    box.west = Math.min(box.west, x);
    box.east = Math.max(box.east, x);
    box.south = Math.min(box.south, y);
    box.north = Math.max(box.north, y);
  }
  return box;
}

export const boxInside = (a: Box, b: Box) =>
  a.west >= b.west && a.east <= b.east && a.south >= b.south && a.north <= b.north;
export const boxesOverlap = (a: Box, b: Box) =>
  a.west <= b.east && a.east >= b.west && a.south <= b.north && a.north >= b.south;

type Edge = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };

function edges(box: Box): Edge[] {
  const atX = (a: Position, b: Position, x: number): Position => {
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    return [x, ay + ((by - ay) * (x - ax)) / (bx - ax)];
  };
  const atY = (a: Position, b: Position, y: number): Position => {
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    return [ax + ((bx - ax) * (y - ay)) / (by - ay), y];
  };
  return [
    { inside: ([x = 0]) => x >= box.west, cross: (a, b) => atX(a, b, box.west) },
    { inside: ([x = 0]) => x <= box.east, cross: (a, b) => atX(a, b, box.east) },
    { inside: ([, y = 0]) => y >= box.south, cross: (a, b) => atY(a, b, box.south) },
    { inside: ([, y = 0]) => y <= box.north, cross: (a, b) => atY(a, b, box.north) },
  ];
}

/**
 * A closed ring cut to the box (Sutherland–Hodgman: one box side at a time). Where
 * the ring leaves the box it runs along the box's edge, outside any map that stays
 * within the box. Empty when nothing of it lies inside.
 */
export function clipRing(ring: Position[], box: Box): Position[] {
  let points = ring.slice(0, -1); // open: the last point repeats the first
  for (const edge of edges(box)) {
    if (points.length === 0) break;
    const out: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i]!;
      const previous = points[(i + points.length - 1) % points.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) out.push(edge.cross(previous, current));
        out.push(current);
      } else if (edge.inside(previous)) {
        out.push(edge.cross(previous, current));
      }
    }
    points = out;
  }
  return points.length >= 3 ? [...points, points[0]!] : [];
}

/**
 * The index of the segment nearest to `point` (its distance measured to the nearest point
 * of the segment, not its middle), or -1 when there are none. Ties go to the later one,
 * which a map draws on top.
 */
export function nearestSegment(point: Position, segments: [Position, Position][]): number {
  let best = -1;
  let bestDistance = Infinity;
  segments.forEach(([a, b], i) => {
    const d = distanceToSegment(point, a, b);
    if (d <= bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}

function distanceToSegment(
  [px = 0, py = 0]: Position,
  [ax = 0, ay = 0]: Position,
  [bx = 0, by = 0]: Position,
) {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The points of a line that stray more than `tolerance` from a straighter one
 * (Douglas–Peucker), its ends always kept. A closed ring stays closed: its first
 * point is both ends, so the point farthest from it splits it first.
 */
export function simplifyLine(line: Position[], tolerance: number): Position[] {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(line[i]!, line[first]!, line[last]!);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest === -1) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return line.filter((_, i) => keep[i] === 1);
}
