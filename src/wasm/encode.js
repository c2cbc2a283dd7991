// Copies the text of `highlight` into the module's memory at its exact
// UTF-8 size. wasm-bindgen's own copy of a `&str` argument reserves three
// bytes per UTF-16 unit after the first non-ASCII one and gives the rest back
// afterwards, but the module's memory never shrinks: for 10 MB of news with
// a curly quote near the start, 30 MB of it (see src/wasm/input.rs).

const encoder = new TextEncoder();

/** The UTF-8 length of `text`, as TextEncoder writes it (a lone surrogate
 * becomes U+FFFD, three bytes). */
export function utf8Length(text) {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      n += 1;
    } else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a surrogate pair: two units, four bytes
      i++;
    } else {
      n += 2;
    }
  }
  return n;
}

/** Writes `text` as UTF-8 into `len` bytes of `memory` at `at`; returns the
 * bytes written. */
export function encodeInto(text, memory, at, len) {
  return encoder.encodeInto(text, new Uint8Array(memory.buffer, at, len)).written;
}
