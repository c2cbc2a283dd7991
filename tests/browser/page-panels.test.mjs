// The reading view and the panels with a result written by hand: the
// worker is replaced by a stand-in that answers for one short article, so
// these tests pin the page's own behaviour (linking, filters, keyboard,
// styles) whatever the core finds on a given day. page.test.mjs checks the
// page against the real core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, fill, marks } from './page-harness.mjs';
import { ARTICLE, fakeResult } from './page-fixture.mjs';

let h, page;

before(async () => {
  h = await start();
  page = await h.newPage({ fakeResult: fakeResult.toString() });
  await fill(page, ARTICLE);
});
after(() => h?.close());

const lit = () => page.$$eval('#output mark.lit', (els) => els.map((e) => e.textContent));
const focused = () => page.evaluate(() => ({ text: document.activeElement.textContent, ...document.activeElement.dataset }));

test('the stand-in worker is the one answering', async () => {
  assert.deepEqual((await marks(page, 'quote')).map((m) => m.text)[0], '“We have no other choice,”');
  assert.equal((await marks(page, 'statistic')).length, 3);
});

test('hovering a quote names its speaker and lights the mention', async () => {
  await page.hover('#output mark[data-q="0"]');
  assert.deepEqual(await lit(), ['“We have no other choice,”', 'Ms. Ruiz']);
  assert.match(await page.textContent('#tip'), /Said by Ana Ruiz/);
  assert.equal(await page.isVisible('#tip'), true);
  // A quote inside which a number sits: the number shows its own reading.
  await page.hover('#output mark[data-st="1"]');
  assert.match(await page.textContent('#tip'), /money · 4,500,000 USD/);
  await page.hover('#output mark[data-q="3"]');
  assert.match(await page.textContent('#tip'), /No speaker found/);
  await page.mouse.move(1, 1);
  assert.deepEqual(await lit(), []);
  assert.equal(await page.isVisible('#tip'), false);
});

test('hovering a mention lights that speaker’s quotes', async () => {
  await page.hover('#output mark[data-kind="speaker"] >> text=Council member Tom Okafor');
  const on = await lit();
  assert.ok(on.includes('“This plan takes $4.5 million from the poorest districts,”'), on.join('|'));
  assert.ok(!on.some((t) => t.startsWith('“We have')), on.join('|'));
  assert.match(await page.textContent('#tip'), /Tom Okafor\s*1 quote/);
  await page.mouse.move(1, 1);
});

test('focusing a quote does what hovering does, and describes it to screen readers', async () => {
  await page.focus('#output mark[data-q="2"]');
  assert.deepEqual(await lit(), ['“This plan takes $4.5 million from the poorest districts,”', 'he']);
  assert.equal(await page.getAttribute('#output mark[data-q="2"]', 'aria-describedby'), 'tip');
  await page.focus('#input');
  assert.deepEqual(await lit(), []);
});

test('each speaker has one hue, on quotes, mentions and panel alike', async () => {
  const colours = await page.evaluate(() => {
    const c = (sel, prop) => [...document.querySelectorAll(sel)].map((e) => getComputedStyle(e)[prop]);
    return {
      ruizQuotes: c('#output mark[data-kind="quote"][data-sp="0"]', 'borderBottomColor'),
      ruizMentions: c('#output mark[data-kind="speaker"][data-sp="0"]', 'textDecorationColor'),
      okaforQuotes: c('#output mark[data-kind="quote"][data-sp="1"]', 'borderBottomColor'),
      ruizPanel: c('#speakers button[data-sp="0"] .badge', 'borderTopColor'),
    };
  });
  const ruiz = colours.ruizQuotes[0];
  assert.ok([...colours.ruizQuotes, ...colours.ruizMentions, ...colours.ruizPanel].every((c) => c === ruiz), JSON.stringify(colours));
  assert.notEqual(colours.okaforQuotes[0], ruiz);
});

test('kinds differ by shape, not only by colour', async () => {
  const shapes = await page.evaluate(() => {
    const shape = (sel) => {
      const s = getComputedStyle(document.querySelector(sel));
      return [s.fontWeight, s.textDecorationLine, s.textDecorationStyle, s.borderBottomStyle, s.borderBottomWidth, s.borderLeftStyle].join(' ');
    };
    return ['quote', 'speaker', 'statistic', 'term'].map((k) => shape(`#output mark[data-kind="${k}"]`));
  });
  assert.equal(new Set(shapes).size, 4, shapes.join('\n'));
});

test('"Who is quoted": by number of quotes and share of words; a click filters', async () => {
  const rows = await page.$$eval('#speakers button.who', (els) =>
    els.map((e) => `${e.querySelector('.badge').textContent} ${e.querySelector('.name').textContent}: ${e.querySelector('.figures').textContent}`),
  );
  // Words: Ruiz 5 + 6, Okafor 9 ("4.5" is one word), nobody 3; of 23.
  assert.deepEqual(rows, [
    '1 Ana Ruiz: 2 quotes · 48% of quoted words',
    '2 Tom Okafor: 1 quote · 39% of quoted words',
    '? No speaker found: 1 quote · 13% of quoted words',
  ]);
  await page.click('#speakers button[data-sp="0"]');
  assert.equal(await page.getAttribute('#speakers button[data-sp="0"]', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('#output', 'class'), 'filtering');
  const picked = await page.$$eval('#output mark.picked', (els) => els.map((e) => e.textContent));
  assert.deepEqual(picked, ['“We have no other choice,”', '“The money is simply not there.”']);
  assert.match(await page.textContent('#filter-line'), /Showing 2 quotes: Ana Ruiz/);
  // Keyboard moves stay within the filter.
  assert.equal((await focused()).q, '0');
  await page.keyboard.press('j');
  assert.equal((await focused()).q, '1');
  await page.keyboard.press('j');
  assert.equal((await focused()).q, '1');
  // The unattributed row filters too; Escape shows all again.
  await page.click('#speakers button[data-sp="none"]');
  assert.deepEqual(await page.$$eval('#output mark.picked', (els) => els.map((e) => e.textContent)), ['“Nobody asked us,”']);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#output mark.picked').count(), 0);
  assert.equal(await page.isVisible('#filter-line'), false);
  assert.equal(await page.getAttribute('#speakers button[data-sp="none"]', 'aria-pressed'), 'false');
});

test('"Numbers": kind and value; a click scrolls to the number', async () => {
  const rows = await page.$$eval('#numbers button', (els) => els.map((e) => `${e.querySelector('.words').textContent} = ${e.querySelector('.what').textContent}`));
  assert.deepEqual(rows, ['12 percent = percentage · 12 %', '$4.5 million = money · 4,500,000 USD', '3 libraries = count · 3']);
  await page.setViewportSize({ width: 1280, height: 300 });
  await page.evaluate(() => scrollTo(0, 0));
  await page.click('#numbers button[data-st="2"]');
  const target = await page.evaluate(() => {
    const el = document.activeElement;
    const box = el.getBoundingClientRect();
    return { text: el.textContent, st: el.dataset.st, inView: box.top >= 0 && box.bottom <= innerHeight, flash: el.classList.contains('flash') };
  });
  assert.deepEqual(target, { text: '3 libraries', st: '2', inView: true, flash: true });
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('a toggle per kind hides its marks and keeps the text', async () => {
  const look = () => page.evaluate(() => {
    const s = (k) => getComputedStyle(document.querySelector(`#output mark[data-kind="${k}"]`));
    return { quote: s('quote').borderBottomStyle, term: s('term').borderBottomStyle, stat: s('statistic').borderLeftStyle };
  });
  assert.deepEqual(await look(), { quote: 'solid', term: 'dotted', stat: 'solid' });
  await page.locator('[data-show=quote]').uncheck();
  await page.locator('[data-show=term]').uncheck();
  assert.deepEqual(await look(), { quote: 'none', term: 'none', stat: 'solid' });
  await page.locator('[data-show=quote]').check();
  await page.locator('[data-show=term]').check();
  assert.deepEqual(await look(), { quote: 'solid', term: 'dotted', stat: 'solid' });
});

test('j/k and the arrow keys move between quotes with a visible focus', async () => {
  await page.focus('#sample');
  await page.keyboard.press('j');
  assert.equal((await focused()).q, '0', 'j from outside goes to the current quote');
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  assert.equal(ring.style, 'solid');
  assert.ok(ring.width >= 2);
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused()).q, '2');
  // Leaving the article and coming back with k lands on the same quote.
  await page.focus('#sample');
  await page.keyboard.press('k');
  assert.equal((await focused()).q, '2');
  await page.keyboard.press('k');
  assert.equal((await focused()).q, '1');
  await page.keyboard.press('End');
  assert.equal((await focused()).q, '3');
  await page.keyboard.press('Home');
  assert.equal((await focused()).q, '0');
  // In the text box, j is a letter.
  await page.focus('#input');
  await page.keyboard.press('End');
  await page.keyboard.press('j');
  assert.ok((await page.inputValue('#input')).endsWith('j'));
  await fill(page, ARTICLE);
});

test('Tab reaches every control once, and the article as one stop', async () => {
  // The order depends on the page being settled: the text painted, the
  // panels built from that result, and the roving tabindex handed to one
  // quote (setItems runs when painting is done). Wait for exactly that.
  await page.waitForFunction(() => {
    const out = document.getElementById('output');
    return out.dataset.state === 'done' && !out.hasAttribute('aria-busy')
      && out.querySelectorAll('[tabindex="0"]').length === 1
      && document.querySelectorAll('#speakers button.who').length === 3
      && document.querySelectorAll('#numbers button.number').length === 3;
  });
  // Start from the top of the page, as after loading it, and only tab once
  // the body really holds the focus.
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  await page.waitForFunction(() => document.activeElement === document.body);
  const stops = [];
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const e = document.activeElement;
      const d = e.dataset;
      if (e === document.body) return null;
      if (d.q) return `quote ${d.q}`;
      if (d.sp) return `speaker ${d.sp}`;
      if (d.st) return `number ${d.st}`;
      return e.id || d.show || e.textContent.trim();
    });
    if (stop === null || stops.includes(stop)) break;
    stops.push(stop);
  }
  assert.deepEqual(stops, [
    'Skip to the marked article', 'sample', 'open', 'clear', 'keep', 'input', 'quote 0',
    'quote', 'speaker', 'statistic', 'term',
    'speaker 0', 'speaker 1', 'speaker none', 'format', 'download', 'copy',
    'number 0', 'number 1', 'number 2',
  ]);
});

test('no CSP violation, no request to another origin, no script error', async () => {
  assert.deepEqual(await h.violations(), []);
  assert.deepEqual(h.problems.foreign, []);
  assert.deepEqual(h.problems.errors, []);
});
