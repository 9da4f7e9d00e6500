// An Atom 1.0 feed (RFC 4287) as text. Everything people typed goes through
// xmlText(): escaped, and stripped of the characters XML 1.0 cannot carry at
// all (a stray control character would make the whole feed unreadable).

// Tab, line feed and carriage return are the only control characters XML 1.0 allows;
// U+FFFE, U+FFFF and unpaired surrogates are not characters at all.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe for element content and double- or single-quoted attribute values. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export interface AtomCategory {
  term: string;
  label: string;
}

export interface AtomEntry {
  /** A permanent IRI: never changes for this entry. */
  id: string;
  title: string;
  /** The entry's page (rel="alternate"). */
  url: string;
  /** RFC 3339 timestamps. */
  updated: string;
  published?: string;
  summary: string;
  categories?: AtomCategory[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own address (rel="self") and the page it mirrors (rel="alternate"). */
  selfUrl: string;
  alternateUrl: string;
  /** Language of the titles and summaries, e.g. "cs" (xml:lang). */
  lang: string;
  author: string;
  /** RFC 3339; the newest entry's when there are entries. */
  updated: string;
  entries: AtomEntry[];
}

function element(name: string, text: string, indent: string): string {
  return `${indent}<${name}>${xmlText(text)}</${name}>`;
}

function link(rel: string, href: string, type: string, indent: string): string {
  return `${indent}<link rel="${rel}" type="${type}" href="${xmlText(href)}"/>`;
}

function entryXml(entry: AtomEntry): string {
  const lines = [
    "  <entry>",
    element("id", entry.id, "    "),
    element("title", entry.title, "    "),
    link("alternate", entry.url, "text/html", "    "),
    element("updated", entry.updated, "    "),
    ...(entry.published ? [element("published", entry.published, "    ")] : []),
    ...(entry.categories ?? []).map(
      (c) => `    <category term="${xmlText(c.term)}" label="${xmlText(c.label)}"/>`,
    ),
    `    <summary type="text">${xmlText(entry.summary)}</summary>`,
    "  </entry>",
  ];
  return lines.join("\n");
}

export function buildAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.lang)}">`,
    element("id", feed.id, "  "),
    element("title", feed.title, "  "),
    ...(feed.subtitle ? [element("subtitle", feed.subtitle, "  ")] : []),
    link("self", feed.selfUrl, "application/atom+xml", "  "),
    link("alternate", feed.alternateUrl, "text/html", "  "),
    element("updated", feed.updated, "  "),
    `  <author>\n${element("name", feed.author, "    ")}\n  </author>`,
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}

/** An RFC 3339 timestamp from a stored ISO timestamp or YYYY-MM-DD date (noon UTC). */
export function atomDate(value: string): string {
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
