// A template as plain text: one language, or two article by article (a bilingual
// agreement reads each article in Czech, then in the partner's language). Pure; the
// texts are in ./<language>.server.ts.

export interface TemplateSection {
  heading: string;
  /** Paragraphs, separated by a blank line; a list is one paragraph of lines. */
  paragraphs: readonly string[];
}

export interface TemplateText {
  /** How to use the template, at the top; the user deletes it before signing. */
  note: string;
  title: readonly string[];
  preamble: readonly string[];
  sections: readonly TemplateSection[];
  /** Places, dates and signatures. */
  closing: readonly string[];
  /** A model of what goes with the document (the explanatory report to the council). */
  appendix?: TemplateSection;
}

/** Windows line ends: Notepad and Word on the union's and town halls' PCs read them as lines. */
const EOL = "\r\n";

function section(s: TemplateSection): string[] {
  return [s.heading, "-".repeat(s.heading.length), "", ...s.paragraphs.flatMap((p) => [p, ""])];
}

/** The document's text; with a second text, each part in both languages one after the other. */
export function renderTemplate(first: TemplateText, second?: TemplateText): string {
  const texts = second ? [first, second] : [first];
  const both = (part: (t: TemplateText) => string[]) => texts.flatMap(part);
  const lines = [
    ...both((t) => [t.note, ""]),
    "=".repeat(60),
    ...both((t) => [...t.title, ""]),
    ...both((t) => [...t.preamble, ""]),
    ...first.sections.flatMap((_, i) => both((t) => section(t.sections[i]!))),
    ...both((t) => [...t.closing, ""]),
    ...both((t) => (t.appendix ? ["=".repeat(60), "", ...section(t.appendix)] : [])),
  ];
  // Byte order mark: Notepad and Word then know the text is UTF-8 (č, ł, ü, ї).
  return `\uFEFF${lines.join(EOL).trimEnd()}${EOL}`;
}
