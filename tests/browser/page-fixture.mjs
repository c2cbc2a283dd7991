// A short article and the result the page's tests expect for it, written
// by hand. A stand-in worker (see page-harness.mjs) answers with it, so
// tests of the page's own behaviour do not move when the core improves.

export const ARTICLE = `Budget Talks Stall

Mayor Ana Ruiz said on Monday that the city would cut 12 percent of its road budget.

“We have no other choice,” Ms. Ruiz said. “The money is simply not there.”

Council member Tom Okafor disagreed. “This plan takes $4.5 million from the poorest districts,” he said.

The so-called “efficiency drive” has already closed 3 libraries. “Nobody asked us,” one librarian wrote.
`;

/** The stand-in worker's answer; runs in the worker, so it closes over nothing. */
export function fakeResult(text) {
  const at = (s, context = s) => {
    const i = text.indexOf(context) + context.indexOf(s);
    return { start: i, end: i + s.length };
  };
  if (!text.startsWith('Budget Talks Stall')) return { offsets: 'utf16', quotes: [], speakers: [], statistics: [], terms: [] };
  const ruiz = at('Ms. Ruiz');
  const he = at('he', 'he said');
  return {
    offsets: 'utf16',
    quotes: [
      { ...at('“We have no other choice,”'), speaker: 0, mention: ruiz, cue: at('said', 'Ruiz said') },
      { ...at('“The money is simply not there.”'), speaker: 0, mention: ruiz, cue: null },
      { ...at('“This plan takes $4.5 million from the poorest districts,”'), speaker: 1, mention: he, cue: at('said', 'he said') },
      { ...at('“Nobody asked us,”'), speaker: null, mention: null, cue: null },
    ],
    speakers: [
      { name: 'Ana Ruiz', mentions: [at('Mayor Ana Ruiz'), ruiz], role: 'mayor' },
      { name: 'Tom Okafor', mentions: [at('Council member Tom Okafor'), he] },
    ],
    statistics: [
      { ...at('12 percent'), kind: 'percent', value: 12, unit: '%' },
      { ...at('$4.5 million'), kind: 'money', value: 4500000, unit: 'USD' },
      { ...at('3 libraries'), kind: 'count', value: 3 },
    ],
    terms: [at('“efficiency drive”')],
  };
}
