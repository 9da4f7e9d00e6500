import { z } from "zod";
import { DEFAULT_WEIGHTS, POSITIVE_FACTORS, WEIGHT_KEYS, type ScoringWeights } from "../scoring";

// A missing or blank weight is an error, not a silent 0.
const weight = z.preprocess(
  (v) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v),
  z.coerce
    .number({ error: "field.weight" })
    .int("field.weight")
    .min(0, "field.weight")
    .max(100, "field.weight"),
);

const weightsObject = z.object(
  Object.fromEntries(WEIGHT_KEYS.map((k) => [k, weight])) as Record<
    keyof ScoringWeights,
    typeof weight
  >,
);

function someFactorCounts(w: ScoringWeights, ctx: z.RefinementCtx) {
  if (POSITIVE_FACTORS.every((f) => w[f] === 0)) {
    ctx.addIssue({ code: "custom", path: ["topics"], message: "field.weightsAllZero" });
  }
}

/** Scoring weights: whole numbers 0–100, at least one factor above zero. */
export const WeightsSchema = weightsObject.superRefine(someFactorCounts);

/** Factors added after weights were first stored; older versions lack them. */
const ADDED_LATER = ["proximity"] as const satisfies readonly (keyof ScoringWeights)[];

/**
 * A stored weights version: a factor added since it was saved counts with its
 * default, so an older version stays in force rather than being thrown away.
 */
export const StoredWeightsSchema = z.preprocess((value) => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const filled: Record<string, unknown> = { ...value };
  for (const key of ADDED_LATER) if (!(key in filled)) filled[key] = DEFAULT_WEIGHTS[key];
  return filled;
}, WeightsSchema);

/** The staff form: the weights and a note on why they changed. */
export const WeightsFormSchema = weightsObject
  .extend({ note: z.string().trim().max(500, "field.tooLong:500").default("") })
  .superRefine(someFactorCounts);
