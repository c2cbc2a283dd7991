// The page in headless Chromium, against the real module: the sample
// article is marked as the core marks it, marks follow the text, pasted
// markup stays text, and the page starts (or says why it cannot).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, sample, core, fill, marked, marks, www, screenshot } from './page-harness.mjs';

let h, page;

before(async () => {
  h = await start();
  page = await h.newPage();
});
after(() => h?.close());

/** Marks of a kind grouped by the index they carry (pieces joined). */
async function grouped(kind, key) {
  const groups = new Map();
  for (const m of await marks(page, kind)) groups.set(m[key], (groups.get(m[key]) ?? '') + m.text);
  return groups;
}

test('the sample article, loaded by its button, is marked as the core marks it', async () => {
  await page.click('#sample');
  await marked(page, sample);
  const expected = core(sample);
  assert.equal(expected.quotes.length, 8, 'the core finds the 8 quotes of the sample');

  const quotes = await grouped('quote', 'q');
  assert.equal(quotes.size, expected.quotes.length);
  expected.quotes.forEach((q, i) => assert.equal(quotes.get(String(i)), sample.slice(q.start, q.end)));
  assert.ok(quotes.get('0').startsWith('“In case officials'));

  const mentions = await grouped('speaker', 'key');
  assert.equal(mentions.size, expected.speakers.reduce((n, s) => n + s.mentions.length, 0));
  const statistics = await grouped('statistic', 'st');
  assert.equal(statistics.size, expected.statistics.length);
  expected.statistics.forEach((s, i) => assert.equal(statistics.get(String(i)), sample.slice(s.start, s.end)));
  assert.equal((await grouped('term', 't')).size, expected.terms.length);

  // Counts per kind, next to the toggles and in the status line.
  const counts = await page.$$eval('[data-count]', (els) => Object.fromEntries(els.map((e) => [e.dataset.count, Number(e.textContent)])));
  assert.deepEqual(counts, {
    quote: expected.quotes.length,
    speaker: expected.speakers.length,
    statistic: expected.statistics.length,
    term: expected.terms.length,
  });
  assert.match(await page.textContent('#status'), new RegExp(`^${expected.quotes.length} quotes, ${expected.speakers.length} speakers?,`));

  // "Who is quoted" lists every speaker with a quote (and the unattributed,
  // if any), numbered 1, 2, 3… from the most quoted.
  const attributed = new Set(expected.quotes.map((q) => q.speaker));
  const panel = await page.$$eval('#speakers button.who', (els) => els.map((e) => [e.dataset.sp, e.querySelector('.badge').textContent]));
  assert.equal(panel.length, attributed.size);
  assert.deepEqual(panel.filter(([sp]) => sp !== 'none').map(([, badge]) => badge), panel.filter(([sp]) => sp !== 'none').map((_, i) => String(i + 1)));
  // Each quote wears its speaker's number (as in the panel); unattributed ones a "?".
  const numberOf = Object.fromEntries(panel);
  const badges = await page.$$eval('#output mark[data-kind="quote"][data-badge]', (els) => els.map((e) => e.dataset.badge));
  assert.deepEqual(badges, expected.quotes.map((q) => (q.speaker === null ? '?' : numberOf[q.speaker])));
  await screenshot(page, 'page-sample', { fullPage: true });
});

test('marks follow the text as it changes', async () => {
  await fill(page, '“One thing at a time,” she said.');
  assert.equal(await page.locator('#output mark[data-kind="quote"]').count(), 1);
  await fill(page, 'No quotes here.');
  assert.equal(await page.locator('#output mark').count(), 0);
  assert.equal(await page.locator('[data-count="quote"]').textContent(), '0');
});

test('the reading view keeps the text exactly, paragraphs and all', async () => {
  const text = 'Title\n\n\n“A,” she said.\r\nNext line 😀 with emoji.\n\nLast, no newline';
  await fill(page, text.replace(/\r\n/g, '\n'));
  // Blank lines become their own (shorter) blocks; the text is unchanged.
  assert.ok((await page.locator('#output .blk.gap').count()) >= 2);
});

test('pasted markup stays text, in the view, the panels and the tip', async () => {
  const payloads = [
    '<img src=x onerror="window.__xss=1">',
    '<script>window.__xss=2</script>',
    '<svg onload="window.__xss=3"></svg>',
    '<iframe src="javascript:window.__xss=4"></iframe>',
    '"><b>bold</b><a href="javascript:alert(1)">link</a>',
    '{{constructor.constructor("window.__xss=5")()}}',
  ];
  const text = `${payloads.join(' ')}\n\n“<script>window.__xss=6</script> is not run,” said <b>Bob</b> Smith, who owns 45% of <i>it</i>.`;
  await fill(page, text);
  await page.hover('#output mark[data-kind="quote"]');
  const found = await page.evaluate(() => ({
    xss: window.__xss,
    elements: [...document.querySelectorAll('#output *, #speakers *, #numbers *, #tip *')]
      .map((e) => e.tagName.toLowerCase())
      .filter((t) => !['mark', 'div', 'li', 'button', 'span'].includes(t)),
    tip: document.getElementById('tip').textContent,
  }));
  assert.deepEqual({ xss: found.xss, elements: found.elements }, { xss: undefined, elements: [] });
  const quotes = (await marks(page, 'quote')).map((m) => m.text);
  assert.ok(quotes.includes('“<script>window.__xss=6</script> is not run,”'), quotes.join('\n'));
  assert.ok(found.tip.length > 0, 'the tip shows for the quote');
});

for (const [missing, pattern] of [['.wasm', '**/*.wasm'], ['worker script', '**/worker.js']]) {
  test(`an analysis module that cannot load (${missing} missing) is explained in words`, async () => {
    const broken = await h.newPage({ wait: false, expectErrors: true });
    // Same page, half-deployed: one file is missing.
    await broken.context().route(pattern, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await broken.reload();
    await broken.waitForFunction(() => document.getElementById('output').dataset.state === 'failed');
    assert.match(await broken.textContent('#status'), /analysis module could not load, so nothing can be marked.*browser from 2022 or later/);
    await broken.context().close();
  });
}

test('a page opened from file:// says it needs a web server', async () => {
  const context = await h.browser.newContext();
  const file = await context.newPage();
  await file.goto(`file://${www}index.html`);
  // Module scripts do not load from file://, so the page's own words must
  // appear without any script: the fallback shows itself after a moment.
  await file.waitForFunction(() => getComputedStyle(document.getElementById('fallback')).visibility === 'visible', null, { timeout: 5000 });
  assert.match(await file.textContent('#fallback'), /opened from a web server.*make serve/s);
  await context.close();
});

test('a page that starts never shows the fallback', async () => {
  assert.equal(await page.locator('#fallback').count(), 0);
});

test('the page has a strict CSP and no inline script, style or handler', () => {
  const html = readFileSync(`${www}index.html`, 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
  assert.equal(directives['default-src'], "'none'");
  assert.equal(directives['script-src'], "'self' 'wasm-unsafe-eval'");
  assert.equal(directives['worker-src'], "'self'");
  assert.equal(directives['style-src'], "'self'");
  assert.equal(directives['require-trusted-types-for'], "'script'");
  assert.ok(!csp.includes('unsafe-inline') && !csp.includes("'unsafe-eval'"), csp);
  assert.deepEqual(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), null, 'inline script');
  assert.deepEqual(html.match(/<style\b|\sstyle=|\son[a-z]+=/gi), null, 'inline style or handler');
  // The page's modules never turn strings into markup (Trusted Types would
  // stop them at run time; this keeps them from being written at all).
  // Every module the page loads: main.js, the worker, and what they import.
  const modules = new Set(['main.js', 'worker.js']);
  for (const file of modules) {
    const code = readFileSync(`${www}${file}`, 'utf8');
    assert.doesNotMatch(code, /\.(innerHTML|outerHTML|insertAdjacentHTML)\b|document\.write|\beval\(|new Function\(/, file);
    for (const [, dep] of code.matchAll(/from '\.\/([\w-]+\.js)'/g)) modules.add(dep);
  }
  assert.ok(modules.size >= 10, [...modules].join(' '));
});

test('no CSP violation, no request to another origin, no script error', async () => {
  assert.deepEqual(await h.violations(), []);
  assert.deepEqual(h.problems.foreign, []);
  assert.deepEqual(h.problems.errors, []);
});
