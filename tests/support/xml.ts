// A small strict XML 1.0 reader for tests: it builds the element tree and
// throws on anything that is not well-formed (unclosed or crossed tags, a raw
// "<" or "&" in text or attributes, unknown entities, duplicate attributes,
// characters XML cannot carry, more than one root). No DTDs: feeds have none.
// fast-xml-parser's validator was tried and accepts two roots, text after the
// root, unknown entities and control characters, so it would pass broken feeds.
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export class XmlError extends Error {}

function decode(raw: string, at: number): string {
  if (FORBIDDEN.test(raw)) throw new XmlError(`forbidden character near ${at}`);
  if (raw.includes("<")) throw new XmlError(`raw "<" near ${at}`);
  return raw.replace(/&([^;]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(";")) throw new XmlError(`unterminated "&" near ${at}`);
    if (body in ENTITIES) return ENTITIES[body]!;
    const code = /^#x[0-9a-fA-F]+$/.test(body)
      ? parseInt(body.slice(2), 16)
      : /^#[0-9]+$/.test(body)
        ? parseInt(body.slice(1), 10)
        : NaN;
    if (Number.isNaN(code) || code > 0x10ffff)
      throw new XmlError(`unknown entity &${body}; near ${at}`);
    const char = String.fromCodePoint(code);
    if (FORBIDDEN.test(char)) throw new XmlError(`forbidden character reference near ${at}`);
    return char;
  });
}

export function parseXml(source: string): XmlElement {
  let pos = 0;
  const fail = (what: string): never => {
    throw new XmlError(`${what} at ${pos}: ${JSON.stringify(source.slice(pos, pos + 30))}`);
  };
  const skipMisc = () => {
    for (;;) {
      const ws = /^\s*/.exec(source.slice(pos))![0];
      pos += ws.length;
      if (source.startsWith("<!--", pos)) {
        const end = source.indexOf("-->", pos + 4);
        if (end < 0) fail("unclosed comment");
        pos = end + 3;
      } else if (source.startsWith("<?", pos) && !source.startsWith("<?xml ", pos)) {
        const end = source.indexOf("?>", pos);
        if (end < 0) fail("unclosed processing instruction");
        pos = end + 2;
      } else return;
    }
  };
  const readName = () => {
    const match = NAME.exec(source.slice(pos));
    if (!match) fail("expected a name");
    pos += match![0].length;
    return match![0];
  };

  const readElement = (): XmlElement => {
    if (source[pos] !== "<") fail("expected an element");
    pos++;
    const element: XmlElement = { name: readName(), attributes: {}, children: [] };
    for (;;) {
      const ws = /^\s*/.exec(source.slice(pos))![0];
      pos += ws.length;
      if (source.startsWith("/>", pos)) {
        pos += 2;
        return element;
      }
      if (source[pos] === ">") {
        pos++;
        break;
      }
      if (ws.length === 0) fail("expected whitespace before an attribute");
      const name = readName();
      if (name in element.attributes) fail(`duplicate attribute ${name}`);
      if (source[pos] !== "=") fail("expected =");
      pos++;
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail("expected a quoted value");
      const end = source.indexOf(quote!, pos + 1);
      if (end < 0) fail("unclosed attribute value");
      element.attributes[name] = decode(source.slice(pos + 1, end), pos);
      pos = end + 1;
    }
    for (;;) {
      const next = source.indexOf("<", pos);
      if (next < 0) fail(`unclosed <${element.name}>`);
      const text = source.slice(pos, next);
      if (text.includes("]]>")) fail('"]]>" in text');
      if (text) element.children.push(decode(text, pos));
      pos = next;
      if (source.startsWith("</", pos)) {
        pos += 2;
        const name = readName();
        if (name !== element.name) fail(`</${name}> closes <${element.name}>`);
        pos += /^\s*/.exec(source.slice(pos))![0].length;
        if (source[pos] !== ">") fail("expected >");
        pos++;
        return element;
      }
      if (source.startsWith("<![CDATA[", pos)) {
        const end = source.indexOf("]]>", pos);
        if (end < 0) fail("unclosed CDATA");
        element.children.push(source.slice(pos + 9, end));
        pos = end + 3;
      } else if (source.startsWith("<!--", pos) || source.startsWith("<?", pos)) {
        skipMisc();
      } else {
        element.children.push(readElement());
      }
    }
  };

  if (source.startsWith("\uFEFF")) pos = 1;
  if (source.startsWith("<?xml", pos)) {
    const end = source.indexOf("?>", pos);
    if (end < 0) fail("unclosed XML declaration");
    if (
      !/^<\?xml\s+version=(["'])1\.[0-9]\1(\s+encoding=(["'])[A-Za-z][\w.-]*\3)?\s*$/.test(
        source.slice(pos, end),
      )
    )
      fail("malformed XML declaration");
    pos = end + 2;
  }
  skipMisc();
  if (source.startsWith("<!DOCTYPE", pos)) fail("DOCTYPE is not supported");
  const root = readElement();
  skipMisc();
  if (pos !== source.length) fail("content after the root element");
  return root;
}

/** The child elements called `name`. */
export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== "string" && c.name === name);
}

/** The one child called `name` (throws when there is none or several). */
export function child(element: XmlElement, name: string): XmlElement {
  const found = children(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}>`);
  return found[0]!;
}

/** All text inside the element. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}
