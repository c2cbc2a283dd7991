// Builds the plain result object of `highlight` from what src/wasm/result.rs
// writes: one Int32Array of counts, offsets and indices, one Float64Array of
// the statistics' values, one string holding every distinct string end to
// end, and their lengths (UTF-16 code units). Creating the objects here, in
// one pass over typed arrays, takes about 1 ms for 1 MB of news; JSON.parse
// of the same result took 34 ms and serde-wasm-bindgen (one boundary call per
// field) more than 60. Offsets come from the Int32Array so that V8 keeps
// them as small integers inside each object: read from a Float64Array, each
// became a boxed double (264 bytes per quote object against 152).
//
// The layout of the integers, section by section (-1 marks an absent index
// or span):
//   quotes:     count, then per quote: start, end, speaker, mention start,
//               mention end, cue start, cue end, continues
//   speakers:   count, then per speaker: name, role, mention count, then
//               start, end per mention
//   statistics: count, then per statistic: start, end, kind, numbers (1:
//               it has a value, 2: an upper bound), unit, qualifier, change
//   terms:      count, then per term: start, end
// (name, role, kind, unit, qualifier and change are indices of strings).
// The values: per statistic its value and upper bound, those it has.
// The key order of each object is the order of the JSON the CLI writes.

/** @returns {import('../../www/pkg/article_highlighter.js').Analysis} */
export function decodeAnalysis(n, values, joined, lengths) {
  // The views into the module's memory are read before anything else runs.
  // One JS string is kept per distinct text (the module writes a repeated
  // unit or qualifier once, mostly, but a name may repeat).
  const strings = new Array(lengths.length);
  const distinct = new Map();
  for (let k = 0, at = 0; k < lengths.length; k++) {
    const string = joined.slice(at, at + lengths[k]);
    at += lengths[k];
    const seen = distinct.get(string);
    if (seen === undefined) distinct.set(string, string);
    strings[k] = seen ?? string;
  }
  const span = (start, end) => (start < 0 ? null : { start, end });
  let i = 0;

  const quotes = new Array(n[i++]);
  for (let k = 0; k < quotes.length; k++, i += 8) {
    const start = n[i];
    const end = n[i + 1];
    const speaker = n[i + 2] < 0 ? null : n[i + 2];
    const mention = span(n[i + 3], n[i + 4]);
    const cue = span(n[i + 5], n[i + 6]);
    const continues = n[i + 7];
    // Each shape in a literal of its own (see `statistic` below).
    quotes[k] = continues < 0
      ? { start, end, speaker, mention, cue }
      : { start, end, speaker, mention, cue, continues };
  }

  const speakers = new Array(n[i++]);
  for (let k = 0; k < speakers.length; k++) {
    const name = strings[n[i]];
    const role = n[i + 1];
    const mentions = new Array(n[i + 2]);
    i += 3;
    for (let j = 0; j < mentions.length; j++, i += 2) mentions[j] = { start: n[i], end: n[i + 1] };
    speakers[k] = role < 0 ? { name, mentions } : { name, mentions, role: strings[role] };
  }

  const statistics = new Array(n[i++]);
  const optional = (j) => (j < 0 ? undefined : strings[j]);
  for (let k = 0, v = 0; k < statistics.length; k++, i += 7) {
    const value = n[i + 3] & 1 ? values[v++] : null;
    const upper = n[i + 3] & 2 ? values[v++] : undefined;
    statistics[k] = statistic(n[i], n[i + 1], strings[n[i + 2]], value, upper,
      optional(n[i + 4]), optional(n[i + 5]), optional(n[i + 6]));
  }

  const terms = new Array(n[i++]);
  for (let k = 0; k < terms.length; k++, i += 2) terms[k] = { start: n[i], end: n[i + 1] };

  return { offsets: 'utf16', quotes, speakers, statistics, terms };
}

// A statistic with its optional fields (undefined: absent) in one object
// literal, one literal per set of them: added to the object one by one, they
// went to a property array of its own (V8 keeps in the object only the
// fields of its literal), 2.2 MB more of JS heap for the result of 10 MB.
function statistic(start, end, kind, value, upper, unit, qualifier, change) {
  const fields = (upper === undefined ? 0 : 1) | (unit === undefined ? 0 : 2)
    | (qualifier === undefined ? 0 : 4) | (change === undefined ? 0 : 8);
  switch (fields) {
    case 0: return { start, end, kind, value };
    case 1: return { start, end, kind, value, upper };
    case 2: return { start, end, kind, value, unit };
    case 3: return { start, end, kind, value, upper, unit };
    case 4: return { start, end, kind, value, qualifier };
    case 5: return { start, end, kind, value, upper, qualifier };
    case 6: return { start, end, kind, value, unit, qualifier };
    case 7: return { start, end, kind, value, upper, unit, qualifier };
    case 8: return { start, end, kind, value, change };
    case 9: return { start, end, kind, value, upper, change };
    case 10: return { start, end, kind, value, unit, change };
    case 11: return { start, end, kind, value, upper, unit, change };
    case 12: return { start, end, kind, value, qualifier, change };
    case 13: return { start, end, kind, value, upper, qualifier, change };
    case 14: return { start, end, kind, value, unit, qualifier, change };
    case 15: return { start, end, kind, value, upper, unit, qualifier, change };
  }
}
