import { describe, expect, it } from "vitest";
import { clipRing, simplifyLine } from "~/domain/geometry";

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
