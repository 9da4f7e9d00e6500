// The parameters of /api/openapi.json (./openapi.server.ts): each field of a zod
// query schema becomes one OpenAPI parameter, described by the input side of its
// schema (what a URL may say: a number for a coerced number, the default when absent).
import { z } from "zod";
import { ForeignPreviewSchema, MatchPreviewSchema } from "~/domain/forms/match-preview.server";
import { LangParam, PagingQuerySchema } from "./params.server";

export type JsonSchema = z.core.JSONSchema.BaseSchema;

/** zod bounds every int by the safe-integer range; the document says only the real bounds. */
export function dropSafeIntegerBounds({ jsonSchema }: { jsonSchema: JsonSchema }): void {
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
}

export interface Parameter {
  name: string;
  in: "query" | "path";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

/** One parameter per field of the object schema, as its input side accepts the value. */
export function parameters(
  schema: z.ZodObject,
  where: Parameter["in"] = "query",
  notes: Record<string, string> = {},
): Parameter[] {
  const object = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    override: dropSafeIntegerBounds,
  });
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...fieldSchema } = property as JsonSchema;
    const text = [description, notes[name]].filter(Boolean).join("; ");
    return {
      name,
      in: where,
      required: where === "path" || required.has(name),
      ...(text ? { description: text } : {}),
      schema: fieldSchema,
    };
  });
}

export const lang = parameters(z.object({ lang: LangParam.optional() }));
export const paging = parameters(PagingQuerySchema);

/**
 * The preview's two questions share one address (side=foreign asks the second), so its
 * parameters are both schemas' together, required where both require them.
 */
export function previewParameters(): Parameter[] {
  const notes = {
    population: "your town's population",
    interests: "topic codes, comma-separated or repeated",
    languages: "ISO 639-1 codes, comma-separated or repeated",
    lat: "your town's latitude (WGS 84)",
    lon: "your town's longitude (WGS 84)",
    kraj: "your municipality's region (ISO 3166-2)",
    limit: "how many results",
  };
  const czech = parameters(MatchPreviewSchema, "query", {
    ...notes,
    country: "a wished partner country (ISO 3166-1)",
  });
  const foreign = parameters(ForeignPreviewSchema, "query", {
    ...notes,
    country: "your town's country (ISO 3166-1)",
    town: "your town's name, as the reasons call it",
  });
  const side = parameters(
    z.object({
      side: z
        .enum(["foreign"])
        .optional()
        .describe("foreign: rank Czech municipalities for a town abroad; absent: offers for you"),
    }),
  );
  const names = [...new Set([...czech, ...foreign].map((p) => p.name))];
  return [
    ...side,
    ...names.map((name) => {
      const own = czech.find((p) => p.name === name);
      const other = foreign.find((p) => p.name === name);
      const note = !own
        ? "with side=foreign only"
        : !other
          ? "without side=foreign only"
          : other.required && !own.required
            ? "required with side=foreign"
            : "";
      const first = (own ?? other)!;
      const description = [first.description, note].filter(Boolean).join("; ");
      return { ...first, description, required: !!own?.required && !!other?.required };
    }),
  ];
}

export const csvFormat = parameters(
  z.object({
    format: z
      .enum(["excel"])
      .optional()
      .describe("excel: semicolons and decimal commas, for a Czech Excel"),
  }),
);
