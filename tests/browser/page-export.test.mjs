// Exports: the builders in Node (CSV escaping, formula injection, Markdown
// escaping), then the page's Download (a same-origin Blob URL, intercepted
// as a download) and Copy (read back from the clipboard).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, fill } from './page-harness.mjs';
import { ARTICLE, fakeResult } from './page-fixture.mjs';
import { csvCell, toCSV, toMarkdown, mdEscape } from '../../www/export.js';

test('CSV cells are escaped as RFC 4180 says', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a, b'), '"a, b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell(42), '42');
  assert.equal(csvCell(null), '');
});

test('CSV cells a spreadsheet would run as formulas stay text', () => {
  for (const evil of ['=HYPERLINK("http://x.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
    const cell = csvCell(evil);
    assert.ok(/^"?'/.test(cell), `${JSON.stringify(evil)} became ${cell}`);
  }
  // A whole export: a speaker name and a quote that try it.
  const text = '"=1+2" was written by =cmd';
  const result = {
    quotes: [{ start: 0, end: 6, speaker: 0, mention: null, cue: null }],
    speakers: [{ name: '=cmd|\' /C calc\'!A0', mentions: [{ start: 23, end: 27 }] }],
    statistics: [],
    terms: [],
  };
  assert.equal(toCSV(text, result), `speaker,quote,start,end\r\n'=cmd|' /C calc'!A0,"""=1+2""",0,6\r\n`);
});

test('Markdown exports escape what Markdown (and HTML) would read', () => {
  assert.equal(mdEscape('<script>alert(1)</script> *bold* [x](y) a|b'), '\\<script\\>alert(1)\\</script\\> \\*bold\\* \\[x\\](y) a\\|b');
  assert.equal(mdEscape('two\n\nparagraphs'), 'two paragraphs');
  const md = toMarkdown('“<img src=x>,” said Bob.', {
    quotes: [{ start: 0, end: 14, speaker: 0, mention: { start: 20, end: 23 }, cue: null }],
    speakers: [{ name: 'Bob', mentions: [{ start: 20, end: 23 }] }],
    statistics: [],
    terms: [],
  });
  assert.ok(md.includes('1. **Bob**: “\\<img src=x\\>,” (at 0–14)'), md);
  assert.ok(!/(^|[^\\])<img/.test(md), 'no raw HTML');
});

let h, page;

before(async () => {
  h = await start();
  page = await h.newPage({ fakeResult: fakeResult.toString(), permissions: ['clipboard-read', 'clipboard-write'] });
  await fill(page, ARTICLE);
});
after(() => h?.close());

async function downloaded(format) {
  await page.selectOption('#format', format);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  assert.ok(download.url().startsWith(`blob:${h.origin}/`), download.url());
  return { name: download.suggestedFilename(), body: await readFile(await download.path(), 'utf8') };
}

test('JSON download: the result shape, as the module returned it', async () => {
  const { name, body } = await downloaded('json');
  assert.equal(name, 'article-highlights.json');
  assert.deepEqual(JSON.parse(body), fakeResult(ARTICLE));
  assert.match(await page.textContent('#export-status'), /Saved article-highlights\.json/);
});

test('CSV download: speaker, quote and position of each quote', async () => {
  const { name, body } = await downloaded('csv');
  assert.equal(name, 'article-quotes.csv');
  const r = fakeResult(ARTICLE);
  const pos = (i) => `${r.quotes[i].start},${r.quotes[i].end}`;
  assert.equal(
    body,
    [
      'speaker,quote,start,end',
      `Ana Ruiz,"“We have no other choice,”",${pos(0)}`,
      `Ana Ruiz,“The money is simply not there.”,${pos(1)}`,
      `Tom Okafor,"“This plan takes $4.5 million from the poorest districts,”",${pos(2)}`,
      `,"“Nobody asked us,”",${pos(3)}`,
      '',
    ].join('\r\n'),
  );
});

test('Markdown download: who is quoted, the quotes, the numbers', async () => {
  const { name, body } = await downloaded('md');
  assert.equal(name, 'article-highlights.md');
  for (const line of [
    '| Ana Ruiz | 2 | 48% |',
    '| No speaker found | 1 | 13% |',
    '1. **Ana Ruiz**: “We have no other choice,”',
    '4. **No speaker found**: “Nobody asked us,”',
    '- $4.5 million: money · 4,500,000 USD',
    '- 3 libraries: count · 3',
  ]) {
    assert.ok(body.includes(line), `missing ${line}\n${body}`);
  }
});

test('Copy puts the chosen export on the clipboard', async () => {
  await page.selectOption('#format', 'csv');
  await page.click('#copy');
  await page.waitForFunction(() => /Copied/.test(document.getElementById('export-status').textContent));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, toCSV(ARTICLE, fakeResult(ARTICLE)));
});

test('no CSP violation, no request to another origin, no script error', async () => {
  assert.deepEqual(await h.violations(), []);
  assert.deepEqual(h.problems.foreign, []);
  assert.deepEqual(h.problems.errors, []);
});
