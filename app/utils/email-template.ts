// The one look of Spolu's e-mails: a greeting, one or more lines each with a
// link, and a footer saying why the e-mail came and where to change that.
// Pure, so the text and HTML are unit-tested; plain text is the source of truth.
import { translator } from "~/i18n";
import type { Locale } from "../../db/schema";

export interface EmailLine {
  text: string;
  /** Path within Spolu (/contacts/3) or an absolute URL. */
  link?: string | null;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

export function absoluteLink(base: string, link: string): string {
  return /^https?:\/\//.test(link) ? link : `${base}${link.startsWith("/") ? "" : "/"}${link}`;
}

export function renderEmail(input: {
  locale: Locale;
  name: string;
  subject: string;
  intro?: string;
  lines: EmailLine[];
  baseUrl: string;
  /** Transactional e-mails (password reset) are not governed by the preferences. */
  showPreferences?: boolean;
}): RenderedEmail {
  const t = translator(input.locale);
  const greeting = t("email.greeting", { name: input.name });
  const footer = t("email.footer");
  const prefsLink = absoluteLink(input.baseUrl, "/me#email-preferences");
  const lines = input.lines.map((l) => ({
    text: l.text,
    href: l.link ? absoluteLink(input.baseUrl, l.link) : null,
  }));

  const text = [
    greeting,
    "",
    ...(input.intro ? [input.intro, ""] : []),
    ...lines.flatMap((l) => (l.href ? [`• ${l.text}`, `  ${l.href}`] : [`• ${l.text}`])),
    "",
    "— ",
    footer,
    ...(input.showPreferences === false ? [] : [t("email.preferences", { url: prefsLink })]),
  ].join("\n");

  const html = [
    `<!doctype html><html lang="${input.locale}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(input.subject)}</title></head><body>`,
    `<p>${escapeHtml(greeting)}</p>`,
    input.intro ? `<p>${escapeHtml(input.intro)}</p>` : "",
    "<ul>",
    ...lines.map((l) =>
      l.href
        ? `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a></li>`
        : `<li>${escapeHtml(l.text)}</li>`,
    ),
    "</ul>",
    `<hr><p><small>${escapeHtml(footer)}`,
    input.showPreferences === false
      ? ""
      : ` <a href="${escapeHtml(prefsLink)}">${escapeHtml(t("email.preferencesLink"))}</a>`,
    "</small></p></body></html>",
  ].join("");

  return { subject: input.subject, text, html };
}

/**
 * A one-time link's secret replaced by "…": staff reading a sent e-mail in the outbox
 * must not be able to confirm an address or reset a password for its recipient.
 */
export function maskTokens(body: string): string {
  return body.replace(/([?&]token=)[A-Za-z0-9_-]{20,}/g, "$1…");
}
