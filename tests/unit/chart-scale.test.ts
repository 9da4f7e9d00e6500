import { describe, expect, it } from "vitest";
import { barScale, niceStep } from "~/domain/chart-scale";

describe("niceStep", () => {
  it.each([
    [0.7, 1],
    [1, 1],
    [1.2, 2],
    [3, 5],
    [7, 10],
    [14, 20],
    [0.13, 0.2],
    [450, 500],
  ])("rounds %d up to %d", (raw, step) => {
    expect(niceStep(raw)).toBeCloseTo(step, 10);
  });
  it("falls back to 1 for zero, negative and non-finite input", () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(-3)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });
});

describe("barScale", () => {
  it("ends the axis on a round number at or above the largest value", () => {
    const scale = barScale([3, 17, 9], 400);
    expect(scale.max).toBe(20);
    expect(scale.ticks).toEqual([0, 5, 10, 15, 20]);
  });
  it("draws bars in proportion to the axis end", () => {
    const scale = barScale([5, 10, 0], 200);
    expect(scale.max).toBe(10);
    expect(scale.lengths).toEqual([100, 200, 0]);
  });
  it("keeps the largest bar within the width", () => {
    for (const values of [[1], [7], [99], [101], [0.3, 0.25]]) {
      const { lengths, max } = barScale(values, 300);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(300);
      expect(max).toBeGreaterThanOrEqual(Math.max(...values));
    }
  });
  it("gives small counts whole-number ticks", () => {
    expect(barScale([1], 100, { integer: true }).ticks).toEqual([0, 1]);
    expect(barScale([3], 100, { integer: true }).ticks).toEqual([0, 1, 2, 3]);
    expect(barScale([3], 100).ticks).toEqual([0, 1, 2, 3]);
    expect(barScale([1], 100).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
  it("writes decimal ticks without floating-point noise", () => {
    const scale = barScale([0.7], 100);
    expect(scale.max).toBe(0.8);
    expect(scale.ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });
  it("gives empty or all-zero data an axis of 0..1 and no bars", () => {
    expect(barScale([], 100)).toEqual({ max: 1, ticks: [0, 1], lengths: [] });
    expect(barScale([0, 0], 100)).toEqual({ max: 1, ticks: [0, 1], lengths: [0, 0] });
  });
  it("draws negative and non-finite values as nothing", () => {
    expect(barScale([-4, Number.NaN, 2], 100).lengths).toEqual([0, 0, 100]);
  });
});
