// Figures the panels and exports show, computed from an analysis. Pure.

// "don't", "4.5" and "1,200" are one word each.
const WORD = /[\p{L}\p{N}]+(?:(?:['’][\p{L}]|[.,]\p{N})[\p{L}\p{N}]*)*/gu;

/** How many words `text` has (runs of letters or digits). */
export function countWords(text) {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n += 1;
  return n;
}

/**
 * Who is quoted: one entry per speaker with at least one quote, plus one
 * for quotes with no speaker found (`sp: null`), sorted by number of quotes
 * then share: `{sp, name, role?, quotes, words, share}`, where `share` is
 * the speaker's part of all quoted words (0..1). A quote is one piece: a
 * quote over three paragraphs counts three, as it is marked three times.
 */
export function speakerStats(text, result) {
  const bySpeaker = new Map();
  let total = 0;
  for (const q of result.quotes) {
    const sp = q.speaker ?? null;
    const words = countWords(text.slice(q.start, q.end));
    total += words;
    const entry = bySpeaker.get(sp) ?? { sp, quotes: 0, words: 0 };
    entry.quotes += 1;
    entry.words += words;
    bySpeaker.set(sp, entry);
  }
  const entries = [...bySpeaker.values()].map((e) => {
    const speaker = e.sp === null ? null : result.speakers[e.sp];
    return {
      ...e,
      name: speaker ? speaker.name : 'No speaker found',
      ...(speaker?.role ? { role: speaker.role } : {}),
      share: total ? e.words / total : 0,
    };
  });
  // The unattributed row goes last: it is a to-do, not a source.
  return entries.sort((a, b) => (a.sp === null) - (b.sp === null) || b.quotes - a.quotes || b.share - a.share);
}

const KIND_NAMES = {
  count: 'count',
  percent: 'percentage',
  money: 'money',
  measure: 'measure',
  range: 'range',
  ratio: 'ratio',
  change: 'change',
};

/** A human name for a statistic kind ("percent" is shown as "percentage"). */
export function kindName(kind) {
  return KIND_NAMES[kind] ?? String(kind);
}

const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

/** A statistic's value in words: "percentage · about 4.5 %", "count · no value". */
export function describeStatistic(stat) {
  const parts = [];
  if (stat.qualifier) parts.push(stat.qualifier);
  if (stat.value !== null && stat.value !== undefined && Number.isFinite(stat.value)) parts.push(NUMBER.format(stat.value));
  if (stat.unit) parts.push(stat.unit);
  const value = parts.length ? parts.join(' ') : 'no single value';
  return `${kindName(stat.kind)} · ${value}`;
}
