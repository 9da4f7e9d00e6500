// Lists are stored as JSON text on both dialects (db/schema.ts).
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

export function toList(values: readonly string[]): string {
  return JSON.stringify([...values]);
}
