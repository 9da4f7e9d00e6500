// Size bands of the requesting town, as the offer filters offer them (`size`).
export const SIZES = {
  lt5k: { max: 4_999 },
  "5k-20k": { min: 5_000, max: 20_000 },
  "20k-100k": { min: 20_000, max: 100_000 },
  gt100k: { min: 100_001 },
} as const;
export type Size = keyof typeof SIZES;
export const SIZE_KEYS = Object.keys(SIZES) as Size[];
