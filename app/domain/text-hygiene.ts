// What no text from a form may carry, and what no name may: one definition for every
// field, applied by the server to every form and query string
// (app/utils/http-server.server.ts) and by the name fields' schemas
// (app/domain/forms/common.server.ts).

/**
 * Control characters but tab, line feed and carriage return: C0, DEL and C1. NUL ends a
 * string in PostgreSQL (an error there, stored by SQLite); the others come from copying
 * out of other programs and show as nothing or as boxes.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Characters that change how a text reads without being seen: bidirectional embeddings,
 * overrides, isolates and marks (a town's name could be made to read backwards), and the
 * zero-width ones (two names that look the same but differ).
 */
const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** The text without control characters (both databases then store the same). */
export function withoutControlCharacters(value: string): string {
  return value.replace(CONTROL, "");
}

/** Whether a name holds characters that change how it reads without being seen. */
export function hasHiddenCharacters(value: string): boolean {
  return HIDDEN.test(value);
}
