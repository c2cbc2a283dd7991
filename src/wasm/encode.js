// Copies the text of `highlight` into the module's memory at its exact
// UTF-8 size (see src/wasm/input.rs). wasm-bindgen's own copy of a `&str`
// argument reserves three bytes per UTF-16 unit after the first non-ASCII one
// and gives the rest back afterwards, but the module's memory never shrinks:
// for 10 MB of news with a curly quote near the start, 30 MB of it.
//
// The text is first written into an eighth more bytes than it has UTF-16
// units (each unit is at least one byte): all of news in Latin script fits
// (1 MB of English news with curly quotes is 3.8% longer in UTF-8). Only
// what did not fit is measured; measuring the whole text first was a pass of
// its own in JS (2-4 ms per MB).

const encoder = new TextEncoder();

/** The length of `text` in UTF-16 code units. */
export function utf16Length(text) {
  return text.length;
}

/** The UTF-8 length of `text` from UTF-16 unit `from` on, as TextEncoder
 * writes it (a lone surrogate becomes U+FFFD, three bytes). */
export function utf8Length(text, from) {
  let n = text.length - from;
  for (let i = from; i < text.length; i++) {
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

/** Writes `text` from UTF-16 unit `from` on as UTF-8 into the `len` bytes of
 * `memory` at `at`, as far as whole characters fit; returns the UTF-16 units
 * read (from the start of `text`) in `done[0]`, the bytes written in
 * `done[1]`. */
export function encodeInto(text, from, memory, at, len, done) {
  const rest = from === 0 ? text : text.slice(from);
  const { read, written } = encoder.encodeInto(rest, new Uint8Array(memory.buffer, at, len));
  done[0] = from + read;
  done[1] = written;
}
