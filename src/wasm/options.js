// Reads the options object of `highlight` and `highlightElement`, and words
// the errors. In JS rather than in Rust: the same checks and messages took
// 4 KB of the .wasm (format!, a JS value's description), about 1 KB gzipped.
// The messages are pinned by tests/wasm and tests/browser.

// The kind names in the order of Rust's `Kind::ALL`: bit i of the mask that
// readOptions returns is Kind::ALL[i].
const KINDS = ['quotes', 'speakers', 'statistics', 'terms'];
const PAINTS = ['auto', 'highlights', 'marks'];

/** A JS value for an error message: a string in quotes, else its type. */
function describe(value) {
  if (typeof value === 'string') return `"${value}"`;
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  const kind = typeof value;
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

const invalid = (message) => new Error(`invalid options: ${message}`);
const quoted = (names) => names.map((n) => `\`${n}\``).join(', ');

/**
 * The kinds asked for, as a mask (-1: the default, all kinds). `fields`: the
 * allowed field names, comma-separated. Throws an Error for bad options.
 */
export function readOptions(options, fields) {
  if (options === undefined || options === null) return -1;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw invalid(`expected an object, not ${describe(options)}`);
  }
  const known = fields.split(',');
  // Only the object's own enumerable keys, as `JSON.stringify` sees them.
  const unknown = Object.keys(options).find((k) => !known.includes(k));
  if (unknown !== undefined) throw invalid(`unknown field \`${unknown}\`, expected ${quoted(known)}`);
  const kinds = options.kinds;
  if (kinds === undefined) return -1;
  if (!Array.isArray(kinds)) throw invalid(`\`kinds\` must be an array of ${quoted(KINDS)}, not ${describe(kinds)}`);
  let mask = 0;
  for (const item of kinds) {
    if (typeof item !== 'string') throw invalid(`\`kinds\` holds ${describe(item)}, expected only ${quoted(KINDS)}`);
    const k = KINDS.indexOf(item);
    if (k < 0) throw invalid(`unknown kind "${item}" in \`kinds\`, expected one of ${quoted(KINDS)}`);
    mask |= 1 << k;
  }
  return mask;
}

/** `paint` of highlightElement's options: 0 auto, 1 highlights, 2 marks. */
export function readPaint(options) {
  if (typeof options !== 'object' || options === null) return 0;
  const paint = options.paint;
  if (paint === undefined) return 0;
  const k = PAINTS.indexOf(paint);
  if (k < 0) throw invalid(`\`paint\` must be "auto", "highlights" or "marks", not ${describe(paint)}`);
  return k;
}
