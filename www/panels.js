// The side panels: counts per kind, "Who is quoted" and "Numbers". They are
// built from the analysis with text nodes only; a click is handed back to
// the page through `pick` callbacks.

import { describeStatistic } from './summary.js';
import { hueOf, badgeOf } from './marks.js';

/** How many numbers the panel lists before a "Show more" button. */
export const NUMBERS_PAGE = 50;

/** Writes the count of each kind next to its toggle (`[data-count=kind]`). */
export function renderCounts(root, result) {
  const counts = {
    quote: result.quotes.length,
    speaker: result.speakers.length,
    statistic: result.statistics.length,
    term: result.terms.length,
  };
  for (const [kind, n] of Object.entries(counts)) {
    for (const el of root.querySelectorAll(`[data-count="${kind}"]`)) el.textContent = n.toLocaleString('en');
  }
  return counts;
}

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

/**
 * "Who is quoted": a button per speaker (and one for quotes with no
 * speaker), with its number badge and hue, its number of quotes and share
 * of quoted words, from `stats` (summary.js speakerStats) and `numbers`
 * (marks.js speakerNumbers). `pick(sp)` on click; `sp` is null for "no
 * speaker". `empty` says there is no text.
 */
export function renderSpeakers(list, stats, numbers, empty, pick) {
  const rows = stats.map((s) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'who';
    button.dataset.sp = s.sp === null ? 'none' : s.sp;
    button.setAttribute('aria-pressed', 'false');
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.setAttribute('aria-hidden', 'true');
    const number = s.sp === null ? null : numbers[s.sp];
    badge.textContent = badgeOf(number);
    const hue = hueOf(number);
    if (hue !== null) badge.dataset.hue = hue;
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = s.name;
    const figures = document.createElement('span');
    figures.className = 'figures';
    figures.textContent = `${s.quotes.toLocaleString('en')} ${s.quotes === 1 ? 'quote' : 'quotes'} · ${percent.format(s.share)} of quoted words`;
    const bar = document.createElement('span');
    bar.className = 'bar';
    bar.setAttribute('aria-hidden', 'true');
    const fill = document.createElement('span');
    if (hue !== null) fill.dataset.hue = hue;
    // CSSOM, not a style attribute: allowed by the page's CSP.
    fill.style.width = `${(s.share * 100).toFixed(1)}%`;
    bar.append(fill);
    button.append(badge, name, figures, bar);
    if (s.role) {
      const role = document.createElement('span');
      role.className = 'role';
      role.textContent = s.role;
      button.append(role);
    }
    button.addEventListener('click', () => pick(s.sp));
    li.append(button);
    return li;
  });
  if (rows.length === 0) rows.push(note(empty ? 'No article yet.' : 'Nobody is quoted.'));
  list.replaceChildren(...rows);
}

/**
 * "Numbers": a button per statistic, in text order, with the words as
 * written and the kind and value read; `pick(i)` on click. Long lists are
 * paged, so a 1 MB text does not build thousands of buttons at once.
 */
export function renderNumbers(list, text, result, pick) {
  let shown = 0;
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'more';
  const page = () => {
    const items = [];
    const stop = Math.min(result.statistics.length, shown + NUMBERS_PAGE);
    for (; shown < stop; shown += 1) {
      const i = shown;
      const stat = result.statistics[i];
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'number';
      button.dataset.st = i;
      const words = document.createElement('span');
      words.className = 'words';
      words.textContent = text.slice(stat.start, stat.end);
      const what = document.createElement('span');
      what.className = 'what';
      what.textContent = describeStatistic(stat);
      button.append(words, what);
      button.addEventListener('click', () => pick(i));
      li.append(button);
      items.push(li);
    }
    more.parentElement?.remove();
    list.append(...items);
    const left = result.statistics.length - shown;
    if (left > 0) {
      more.textContent = `Show ${Math.min(left, NUMBERS_PAGE)} more (${left} not listed)`;
      const li = document.createElement('li');
      li.append(more);
      list.append(li);
    }
  };
  more.addEventListener('click', () => {
    page();
    list.querySelector(`[data-st="${shown - Math.min(shown, NUMBERS_PAGE)}"]`)?.focus();
  });
  list.replaceChildren();
  if (result.statistics.length === 0) list.append(note(text ? 'No numbers found.' : 'No article yet.'));
  page();
}

/** A list item that is a remark, not an entry. */
function note(words) {
  const li = document.createElement('li');
  li.className = 'note';
  li.textContent = words;
  return li;
}
