// From the analysis to a flat list of marks to paint. Pure: no DOM here.
// The list is built in the worker and crosses to the page packed in typed
// arrays (transferred, not copied), and the painter unpacks one mark at a
// time as it reaches it: for 1 MB of text that is 9,000 objects and a sort
// the page's thread never has to make at once.

/** How many speaker hues the stylesheet defines (`mark[data-hue="0".."7"]`). */
export const HUES = 8;

// When two marks start and end at the same place, the order they nest in.
const DEPTH = { quote: 0, speaker: 1, statistic: 2, term: 3 };

/**
 * Every mark of `result` over a text of `length` UTF-16 units, sorted so
 * that an enclosing mark comes before the marks inside it:
 * `{start, end, kind, q?, sp?, n?, st?, t?, key?}` where `q`, `st` and `t`
 * index `quotes`, `statistics` and `terms`, `sp` indexes `speakers` (null
 * for a quote nobody was found to have said), `n` is the speaker's number
 * from `numbers` (see speakerNumbers) and `key` names a mention span.
 * Spans outside the text or empty are dropped, so a stale or odd result can
 * never make the painter misbehave.
 */
export function marksOf(result, length, numbers = []) {
  const marks = [];
  const add = (span, mark) => {
    const start = Math.max(0, span.start | 0);
    const end = Math.min(length, span.end | 0);
    if (end > start) marks.push({ start, end, ...mark });
  };
  const number = (sp) => (sp === null ? null : numbers[sp] ?? sp);
  result.quotes.forEach((q, i) => add(q, { kind: 'quote', q: i, sp: q.speaker ?? null, n: number(q.speaker ?? null) }));
  result.speakers.forEach((s, i) => {
    for (const m of s.mentions) add(m, { kind: 'speaker', sp: i, n: number(i), key: spanKey(m) });
  });
  result.statistics.forEach((s, i) => add(s, { kind: 'statistic', st: i }));
  result.terms.forEach((t, i) => add(t, { kind: 'term', t: i }));
  return marks.sort((a, b) => a.start - b.start || b.end - a.end || DEPTH[a.kind] - DEPTH[b.kind]);
}

/** A map key for a span, so a quote can find the element of its mention. */
export function spanKey(span) {
  return `${span.start}:${span.end}`;
}

/**
 * The number each speaker wears (0-based; shown plus one), from `stats`
 * (summary.js speakerStats, most quoted first): the most quoted speaker is
 * number 1 and gets the first hue, so the panel reads 1, 2, 3 from the top.
 * Speakers with no quote of their own come after.
 */
export function speakerNumbers(stats, count) {
  const numbers = new Array(count);
  let next = 0;
  for (const s of stats) if (s.sp !== null && s.sp < count) numbers[s.sp] = next++;
  for (let i = 0; i < count; i += 1) numbers[i] ??= next++;
  return numbers;
}

/** The hue slot of a speaker's number (null: no speaker, painted grey). */
export function hueOf(number) {
  return number === null || number === undefined ? null : number % HUES;
}

/** The badge of a speaker's number: "1", "2"…, or "?" for no speaker. */
export function badgeOf(number) {
  return number === null || number === undefined ? '?' : String(number + 1);
}

const KINDS = ['quote', 'speaker', 'statistic', 'term'];

/**
 * `marks` (from marksOf) packed in typed arrays: {count, start, end, kind,
 * item, sp, n}, where kind indexes KINDS, item is q, st or t (or sp for a
 * mention), and -1 stands for null.
 */
export function packMarks(marks) {
  const count = marks.length;
  const packed = {
    count,
    start: new Int32Array(count),
    end: new Int32Array(count),
    kind: new Uint8Array(count),
    item: new Int32Array(count),
    sp: new Int32Array(count),
    n: new Int32Array(count),
  };
  marks.forEach((m, i) => {
    packed.start[i] = m.start;
    packed.end[i] = m.end;
    packed.kind[i] = KINDS.indexOf(m.kind);
    packed.item[i] = m.q ?? m.st ?? m.t ?? m.sp;
    packed.sp[i] = m.sp ?? -1;
    packed.n[i] = m.n ?? -1;
  });
  return packed;
}

/** The buffers of a packed list, to transfer to the page. */
export function buffers(packed) {
  return [packed.start, packed.end, packed.kind, packed.item, packed.sp, packed.n].map((a) => a.buffer);
}

/** Mark `i` of a packed list, as marksOf made it. */
export function markAt(packed, i) {
  const start = packed.start[i];
  const end = packed.end[i];
  const kind = KINDS[packed.kind[i]];
  const item = packed.item[i];
  const sp = packed.sp[i] < 0 ? null : packed.sp[i];
  const n = packed.n[i] < 0 ? null : packed.n[i];
  if (kind === 'quote') return { start, end, kind, q: item, sp, n };
  if (kind === 'speaker') return { start, end, kind, sp, n, key: `${start}:${end}` };
  if (kind === 'statistic') return { start, end, kind, st: item };
  return { start, end, kind, t: item };
}
