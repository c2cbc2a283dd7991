// From the analysis to a flat list of marks to paint. Pure: no DOM here, so
// the same list serves the painter, the panels and the tests.

/** How many speaker hues the stylesheet defines (`mark[data-hue="0".."7"]`). */
export const HUES = 8;

// When two marks start and end at the same place, the order they nest in.
const DEPTH = { quote: 0, speaker: 1, statistic: 2, term: 3 };

/**
 * Every mark of `result` over a text of `length` UTF-16 units, sorted so
 * that an enclosing mark comes before the marks inside it:
 * `{start, end, kind, q?, sp?, st?, t?, key?}` where `q`, `st` and `t` index
 * `quotes`, `statistics` and `terms`, `sp` indexes `speakers` (null for a
 * quote nobody was found to have said) and `key` names a mention span.
 * Spans outside the text or empty are dropped, so a stale or odd result can
 * never make the painter misbehave.
 */
export function marksOf(result, length) {
  const marks = [];
  const add = (span, mark) => {
    const start = Math.max(0, span.start | 0);
    const end = Math.min(length, span.end | 0);
    if (end > start) marks.push({ start, end, ...mark });
  };
  result.quotes.forEach((q, i) => add(q, { kind: 'quote', q: i, sp: q.speaker ?? null }));
  result.speakers.forEach((s, i) => {
    for (const m of s.mentions) add(m, { kind: 'speaker', sp: i, key: spanKey(m) });
  });
  result.statistics.forEach((s, i) => add(s, { kind: 'statistic', st: i }));
  result.terms.forEach((t, i) => add(t, { kind: 'term', t: i }));
  return marks.sort((a, b) => a.start - b.start || b.end - a.end || DEPTH[a.kind] - DEPTH[b.kind]);
}

/** A map key for a span, so a quote can find the element of its mention. */
export function spanKey(span) {
  return `${span.start}:${span.end}`;
}

/** The hue slot of speaker `sp` (null: no speaker, painted grey). */
export function hueOf(sp) {
  return sp === null || sp === undefined ? null : sp % HUES;
}
