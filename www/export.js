// Exports of an analysis: JSON (the result as the module returns it), CSV
// of the quotes, and a Markdown summary; saved as a same-origin Blob URL or
// copied to the clipboard. The builders are pure, so Node tests them too.

import { speakerStats, describeStatistic } from './summary.js';

/** The formats: file name, MIME type and builder of each. */
export const FORMATS = {
  json: { file: 'article-highlights.json', type: 'application/json', build: toJSON },
  csv: { file: 'article-quotes.csv', type: 'text/csv;charset=utf-8', build: toCSV },
  md: { file: 'article-highlights.md', type: 'text/markdown;charset=utf-8', build: toMarkdown },
};

/** The result shape, as JSON. */
export function toJSON(text, result) {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * One cell of CSV: quoted when it holds a separator, quote or line break
 * (RFC 4180), and a cell that a spreadsheet would run as a formula (it
 * starts with = + - @, a tab or a carriage return) gets a leading ' so it
 * stays text: a pasted article must not smuggle `=HYPERLINK(…)` into Excel.
 */
export function csvCell(value) {
  let cell = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The quotes as CSV: speaker, quote, start, end (UTF-16 offsets), one row each. */
export function toCSV(text, result) {
  const rows = [['speaker', 'quote', 'start', 'end']];
  for (const q of result.quotes) {
    const speaker = q.speaker === null ? '' : (result.speakers[q.speaker]?.name ?? '');
    rows.push([speaker, text.slice(q.start, q.end), q.start, q.end]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * Text made safe inside a Markdown line (after our own prefix, so `#`, `-`
 * and `1.` cannot start a block): inline syntax is backslash-escaped (raw HTML too, so a rendered export cannot
 * run a pasted <script>), and line breaks become spaces.
 */
export function mdEscape(value) {
  return String(value)
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A Markdown summary: who is quoted, every quote with its speaker, every number. */
export function toMarkdown(text, result) {
  const lines = ['# Quotes and numbers', ''];
  const stats = speakerStats(text, result);
  lines.push('## Who is quoted', '');
  if (stats.length === 0) lines.push('Nobody is quoted.', '');
  else {
    lines.push('| Speaker | Quotes | Share of quoted words |', '| --- | ---: | ---: |');
    for (const s of stats) lines.push(`| ${mdEscape(s.name)} | ${s.quotes} | ${Math.round(s.share * 100)}% |`);
    lines.push('');
  }
  lines.push('## Quotes', '');
  if (result.quotes.length === 0) lines.push('No quotes found.');
  result.quotes.forEach((q, i) => {
    const who = q.speaker === null ? 'No speaker found' : result.speakers[q.speaker]?.name ?? 'No speaker found';
    lines.push(`${i + 1}. **${mdEscape(who)}**: ${mdEscape(text.slice(q.start, q.end))} (at ${q.start}–${q.end})`);
  });
  lines.push('', '## Numbers', '');
  if (result.statistics.length === 0) lines.push('No numbers found.');
  for (const s of result.statistics) {
    lines.push(`- ${mdEscape(text.slice(s.start, s.end))}: ${mdEscape(describeStatistic(s))} (at ${s.start}–${s.end})`);
  }
  return `${lines.join('\n')}\n`;
}

/** Saves `content` as a file through a Blob URL of this origin. */
export function download(format, content) {
  const { file, type } = FORMATS[format];
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference by now; free ours soon.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies `content` to the clipboard; resolves when done, rejects when the browser refuses. */
export function copy(content) {
  if (!navigator.clipboard) return Promise.reject(new Error('this browser gives no clipboard access here'));
  return navigator.clipboard.writeText(content);
}
