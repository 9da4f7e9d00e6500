import { describe, expect, it } from "vitest";
import { htmlDocumentStream } from "~/utils/html-stream.server";

async function through(chunks: Buffer[]): Promise<Buffer> {
  const stream = htmlDocumentStream();
  const out: Buffer[] = [];
  stream.on("data", (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => stream.on("end", resolve));
  for (const c of chunks) stream.write(c);
  stream.end();
  await done;
  return Buffer.concat(out);
}

describe("htmlDocumentStream", () => {
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

  it("moves </body></html> after what streams in behind the shell, so nothing follows </html>", async () => {
    const html = await through([
      Buffer.from("<html><body><main>Nabídky</main><script>boot()</script></body></html>"),
      Buffer.from(
        "<!--$--><script>window.__remixContext.streamController.close();</script><!--/$-->",
      ),
    ]);
    expect(html.toString("utf8")).toBe(
      "<html><body><main>Nabídky</main><script>boot()</script>" +
        "<!--$--><script>window.__remixContext.streamController.close();</script><!--/$-->" +
        "</body></html>",
    );
  });

  it("finds the closing tags when a chunk boundary splits them", async () => {
    const text = "<html><body><p>Wołomin</p></body></html>";
    const bytes = Buffer.from(text);
    const split = bytes.indexOf("</bo") + 2;
    const html = await through([
      bytes.subarray(0, split),
      bytes.subarray(split),
      Buffer.from("<script>x()</script>"),
    ]);
    expect(html.toString("utf8")).toBe(
      "<html><body><p>Wołomin</p><script>x()</script></body></html>",
    );
  });

  it("passes a fragment without closing tags through whole", async () => {
    const html = await through([Buffer.from("<p>Kł"), Buffer.from("odzko</p>")]);
    expect(html.toString("utf8")).toBe("<p>Kłodzko</p>");
  });
});
