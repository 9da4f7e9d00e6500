// React 18.3's renderToPipeableStream writes a stray NUL byte when a multi-byte
// UTF-8 character (š, á, ó …) does not fit at the end of its 2 KB buffer; the
// character itself follows intact in the next chunk (react/react#31134, fixed
// only in React 19). Czech pages hit it often, and a NUL inside an attribute
// breaks screen-reader labels. NUL is never valid in HTML, so dropping every
// 0x00 byte restores exactly the intended document.
import { Transform } from "node:stream";

export function withoutNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, chunk.includes(0) ? chunk.filter((byte) => byte !== 0) : chunk);
    },
  });
}
