// The scale of a horizontal bar chart: a round maximum (1, 2 or 5 times a power
// of ten) so the axis reads 0, 5, 10, 15, 20 rather than 0, 4.6, 9.2, and each
// bar's length in the drawing's units. Pure, so it is tested without a browser.

export interface BarScale {
  /** The axis end: at least the largest value, never 0. */
  max: number;
  /** Axis labels from 0 to max, evenly spaced. */
  ticks: number[];
  /** Each value's bar length, 0..width, in the order given. */
  lengths: number[];
}

/** The smallest step of 1, 2 or 5 × 10^k that is at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-9));
  return step ?? 10 * power;
}

/** Digits after the decimal point that a step needs (0.2 → 1, 0.05 → 2, 5 → 0). */
function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/**
 * A scale for non-negative values drawn `width` units long. Negative or missing
 * values are drawn as 0; all-zero (or no) data still gets an axis of 0..1.
 * Counts (`integer`) never get a tick between two whole numbers.
 */
export function barScale(
  values: readonly number[],
  width: number,
  options: { integer?: boolean; ticks?: number } = {},
): BarScale {
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const largest = Math.max(0, ...clean);
  const raw = largest > 0 ? niceStep(largest / (options.ticks ?? 5)) : 1;
  const step = options.integer ? Math.max(1, raw) : raw;
  const count = Math.max(1, Math.ceil(largest / step - 1e-9));
  const decimals = decimalsOf(step);
  const round = (v: number) => Number(v.toFixed(decimals));
  const max = round(count * step);
  const ticks = Array.from({ length: count + 1 }, (_, i) => round(i * step));
  const lengths = clean.map((v) => (v / max) * width);
  return { max, ticks, lengths };
}
