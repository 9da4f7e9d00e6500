import { Transform } from "node:stream";

const CLOSING = Buffer.from("</body></html>");

/**
 * The stream every HTML page passes through on its way out. It mends two things React 18's
 * renderToPipeableStream writes:
 *
 * - A stray NUL byte when a multi-byte UTF-8 character (š, á, ó …) does not fit at the end of
 *   its 2 KB buffer; the character itself follows intact in the next chunk (react/react#31134,
 *   fixed only in React 19). Czech pages hit it often, and a NUL inside an attribute breaks
 *   screen-reader labels. NUL is never valid in HTML, so dropping every 0x00 byte restores
 *   exactly the intended document.
 * - Content after `</html>`: the shell ends the document, and Remix's data stream (the
 *   `streamController` scripts inside a Suspense boundary) follows it. Browsers parse it into
 *   the body anyway, but it is invalid HTML (the Nu checker's one error on every page). Holding
 *   `</body></html>` back until the stream ends puts those scripts inside the body, where a
 *   browser would have put them, and the document is valid.
 */
export function htmlDocumentStream(): Transform {
  // Bytes that may be the start of a closing tag split across chunks.
  let pending = Buffer.alloc(0);
  let closed = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const clean = chunk.includes(0) ? Buffer.from(chunk.filter((byte) => byte !== 0)) : chunk;
      if (closed) return callback(null, clean);
      const data = pending.length ? Buffer.concat([pending, clean]) : clean;
      const at = data.indexOf(CLOSING);
      if (at !== -1) {
        closed = true;
        pending = Buffer.alloc(0);
        return callback(
          null,
          Buffer.concat([data.subarray(0, at), data.subarray(at + CLOSING.length)]),
        );
      }
      const keep = Math.min(CLOSING.length - 1, data.length);
      pending = Buffer.from(data.subarray(data.length - keep));
      callback(null, data.subarray(0, data.length - keep));
    },
    flush(callback) {
      callback(null, closed ? CLOSING : pending);
    },
  });
}
