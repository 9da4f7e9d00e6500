import { describe, expect, it } from "vitest";
import { withoutNulBytes } from "~/utils/html-stream.server";

async function through(chunks: Buffer[]): Promise<Buffer> {
  const stream = withoutNulBytes();
  const out: Buffer[] = [];
  stream.on("data", (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => stream.on("end", resolve));
  for (const c of chunks) stream.write(c);
  stream.end();
  await done;
  return Buffer.concat(out);
}

describe("withoutNulBytes", () => {
  it("drops the stray NUL React 18 writes before a multi-byte character at a buffer's end", async () => {
    // What React emitted for "Zrušit": "Zru", a NUL closing its 2 KB view, then "šit".
    const html = await through([
      Buffer.concat([Buffer.from("Zru"), Buffer.from([0])]),
      Buffer.from("šit filtry"),
    ]);
    expect(html.toString("utf8")).toBe("Zrušit filtry");
  });

  it("passes every other byte through unchanged, multi-byte characters split across chunks too", async () => {
    const text = "Skóre 91 ze 100 · dobrá shoda — Wołomin, Kłodzko";
    const bytes = Buffer.from(text);
    const html = await through([bytes.subarray(0, 3), bytes.subarray(3, 4), bytes.subarray(4)]);
    expect(html.equals(bytes)).toBe(true);
  });
});
