// npm run i18n:types: writes ./params.generated.ts, the placeholders each message takes,
// from the Czech messages (the source every language translates), so that a missing
// key or parameter is a compile error. tests/unit/messages.test.ts checks that the file
// is current and that every language's message takes the same placeholders. The texts
// only the server translates (./texts.server.ts) have their own interface, so that
// MessageParams names only keys a browser's messages have.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import * as prettier from "prettier";
import { PARTS } from "./bundled.server";

/** Each placeholder of a message and the TypeScript type it takes. */
export function placeholders(message: string): Map<string, string> {
  const found = new Map<string, string>();
  const add = (name: string, type: string) => {
    const before = found.get(name);
    // {count} beside {count, plural, …}: a number is what both take.
    found.set(name, before && before !== type ? "number" : type);
  };
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
          add(element.value, "string | number");
          break;
        case TYPE.number:
          add(element.value, "number");
          break;
        case TYPE.date:
        case TYPE.time:
          add(element.value, "Date | number");
          break;
        case TYPE.plural:
          add(element.value, "number");
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.select: {
          const keys = Object.keys(element.options).filter((k) => k !== "other");
          add(
            element.value,
            "other" in element.options ? "string" : keys.map((k) => JSON.stringify(k)).join(" | "),
          );
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        }
        case TYPE.tag:
          walk(element.children);
          break;
        default:
          break;
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return found;
}

/** An interface with each message's placeholders, for the messages that have some. */
function paramsInterface(title: string, messages: Record<string, string>): string[] {
  const lines = Object.entries(messages)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([key, message]) => {
      const params = placeholders(message);
      if (params.size === 0) return [];
      const fields = [...params].map(([name, type]) => `${name}: ${type}`);
      return [`  ${JSON.stringify(key)}: { ${fields.join("; ")} };`];
    });
  return [`export interface ${title} {`, ...lines, "}"];
}

/** The file's text, formatted as the repository's prettier settings want it. */
export async function paramsSource(
  messages: Record<string, string>,
  texts: Record<string, string>,
): Promise<string> {
  const source = [
    "// Written by `npm run i18n:types` (app/i18n/generate-params.ts) from the Czech",
    "// messages: the placeholders each message takes. Do not edit.",
    ...paramsInterface("MessageParams", messages),
    "",
    "/** The texts only the server translates (app/i18n/texts.server.ts). */",
    ...paramsInterface("TextParams", texts),
    "",
  ].join("\n");
  const options = await prettier.resolveConfig(PARAMS_FILE);
  return prettier.format(source, { ...options, filepath: PARAMS_FILE });
}

export const PARAMS_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "params.generated.ts",
);

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { core, more, server } = PARTS.cs;
  fs.writeFileSync(PARAMS_FILE, await paramsSource({ ...core, ...more }, server));
  process.stdout.write(`i18n:types: ${path.relative(process.cwd(), PARAMS_FILE)} written\n`);
}
