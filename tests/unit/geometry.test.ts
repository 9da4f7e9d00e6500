import { describe, expect, it } from "vitest";
import { clipRing, nearestSegment, simplifyLine } from "~/domain/geometry";

const box = { west: 0, south: 0, east: 10, north: 10 };

describe("clipRing", () => {
  it("keeps a ring inside the box as it is", () => {
    const ring = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    expect(clipRing(ring, box)).toEqual(ring);
  });

  it("cuts a ring crossing the box along the box's edges, and keeps it closed", () => {
    const ring = [
      [5, 5],
      [15, 5],
      [15, 15],
      [5, 15],
      [5, 5],
    ];
    const cut = clipRing(ring, box);
    expect(cut[0]).toEqual(cut[cut.length - 1]);
    expect(new Set(cut.map(String))).toEqual(new Set(["5,5", "10,5", "10,10", "5,10"]));
  });

  it("drops a ring wholly outside the box", () => {
    const ring = [
      [20, 20],
      [30, 20],
      [30, 30],
      [20, 20],
    ];
    expect(clipRing(ring, box)).toEqual([]);
  });
});

describe("simplifyLine", () => {
  it("drops the points within the tolerance and keeps the corners", () => {
    const line = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ]);
  });

  it("keeps a point that strays further than the tolerance", () => {
    const line = [
      [0, 0],
      [1, 0.5],
      [2, 0],
    ];
    expect(simplifyLine(line, 0.1)).toEqual(line);
  });
});

describe("nearestSegment", () => {
  const segments: [number[], number[]][] = [
    [
      [0, 0],
      [10, 0],
    ],
    [
      [0, 5],
      [10, 5],
    ],
    [
      [20, 0],
      [20, 10],
    ],
  ];

  it("finds the segment a point lies closest to", () => {
    expect(nearestSegment([5, 1], segments)).toBe(0);
    expect(nearestSegment([5, 4], segments)).toBe(1);
    expect(nearestSegment([19, 9], segments)).toBe(2);
  });

  it("measures to the segment's nearest point, not to its middle or its line", () => {
    // Beyond the end of the first segment, on its line: the vertical one is nearer.
    expect(nearestSegment([18, 0], segments)).toBe(2);
  });

  it("gives a tie to the later segment, the one drawn on top", () => {
    expect(nearestSegment([5, 2.5], segments)).toBe(1);
  });

  it("answers -1 when there is nothing to hit", () => {
    expect(nearestSegment([0, 0], [])).toBe(-1);
  });
});
