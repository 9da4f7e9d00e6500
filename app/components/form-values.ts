// Reading back what a person typed when a form comes back with errors.
export type FormValues = Record<string, string | string[] | undefined>;

export function str(values: FormValues | undefined, key: string, fallback = ""): string {
  const v = values?.[key];
  return typeof v === "string" ? v : fallback;
}

export function list(
  values: FormValues | undefined,
  key: string,
  fallback: readonly string[] = [],
): string[] {
  const v = values?.[key];
  return Array.isArray(v) ? v : [...fallback];
}
