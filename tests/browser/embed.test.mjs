// highlightElement in headless Chromium, through the package as a plain page
// imports it (pkg/index.js, no init call): both ways of painting, what is
// read and what is skipped, and clear() giving back the DOM exactly.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve, chromiumOptions } from './server.mjs';

const repo = new URL('../../', import.meta.url).pathname;
let server, browser, page;
const errors = [];

// Markup of a news page: nested inline elements, an emoji, source
// indentation, and content that is not article text in every way the reader
// skips it (the fixture's CSP allows inline <style> so that one is there).
const ARTICLE = `
  <h2>Council backs the <i>“green corridor”</i> plan</h2>
  <p>“We will
      plant 😀 the trees <b>this</b> spring,” <a href="#">the mayor</a> said.</p>
  <script>var note = "“not text”";</script>
  <style>p::after { content: "“not text”"; }</style>
  <template><p>“template, not text,” he said.</p></template>
  <noscript>“noscript, not text,” he said.</noscript>
  <p hidden>“hidden, not text,” he said.</p>
  <p aria-hidden="true">“aria-hidden, not text,” he said.</p>
  <p class="gone">“display none, not text,” he said.</p>
  <textarea>“a form field, not text,” he said.</textarea>
  <p>“It costs <em>less</em> than you think,”<br>she added.</p>
`;

before(async () => {
  server = await serve(repo);
  browser = await chromium.launch(chromiumOptions);
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}tests/browser/fixtures/embed.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await page.evaluate((html) => {
    for (const name of [...CSS.highlights.keys()]) CSS.highlights.delete(name);
    const root = document.getElementById('root');
    root.className = '';
    root.innerHTML = html;
  }, ARTICLE);
});

/** The texts of the marks of one kind, in document order. */
const markTexts = (kind) =>
  page.$$eval(`#root mark[data-kind="${kind}"]`, (marks) => marks.map((m) => m.textContent));

test('reads the visible text: one line per block, white space collapsed, hidden content skipped', async () => {
  const text = await page.evaluate(() => {
    const handle = window.ah.highlightElement(document.getElementById('root'), { paint: 'marks' });
    handle.clear();
    return handle.text;
  });
  assert.equal(
    text,
    'Council backs the “green corridor” plan\n' +
      '“We will plant 😀 the trees this spring,” the mayor said.\n' +
      '“It costs less than you think,”\nshe added.',
  );
});

test('marks: quotes wrapped per text node, never across an element boundary', async () => {
  const result = await page.evaluate(() => {
    const handle = window.ah.highlightElement(document.getElementById('root'), { paint: 'marks' });
    window.handle = handle;
    return { paint: handle.paint, analysis: handle.analysis, text: handle.text };
  });
  assert.equal(result.paint, 'marks');
  assert.deepEqual(
    result.analysis.quotes.map((q) => result.text.slice(q.start, q.end)),
    ['“We will plant 😀 the trees this spring,”', '“It costs less than you think,”'],
  );
  // The text nodes keep their own white space; a quote over <b> or <em> is
  // one mark per text node.
  assert.deepEqual(await markTexts('quote'), [
    '“We will\n      plant 😀 the trees ',
    'this',
    ' spring,”',
    '“It costs ',
    'less',
    ' than you think,”',
  ]);
  const crossing = await page.$$eval('#root mark', (marks) => marks.filter((m) => m.children.length && m.querySelector(':not(mark)')).length);
  assert.equal(crossing, 0, 'a mark holds only text and nested marks');
  // Every kind: the marks show exactly the analysis' spans.
  for (const [kind, spans] of Object.entries(spansByKind(result.analysis))) {
    const expected = spans.map(([s, e]) => result.text.slice(s, e)).join('').replace(/\s+/g, '');
    const shown = (await markTexts(kind)).join('').replace(/\s+/g, '');
    assert.equal(shown, expected, kind);
  }
  assert.deepEqual(await page.$$eval('#root mark[part]', (m) => m.length), 0, 'no part outside a shadow root');
  await page.evaluate(() => window.handle.clear());
});

test('clear() after marks gives back the DOM exactly, text nodes included', async () => {
  const same = await page.evaluate(() => {
    const root = document.getElementById('root');
    const before = root.innerHTML;
    const nodes = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode);
    const handle = window.ah.highlightElement(root, { paint: 'marks' });
    const marked = root.innerHTML;
    handle.clear();
    handle.clear(); // a second call does nothing
    const after = [];
    const again = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (again.nextNode()) after.push(again.currentNode);
    return {
      changed: marked !== before,
      restored: root.innerHTML === before,
      sameNodes: after.length === nodes.length && after.every((n, i) => n === nodes[i]),
      cleared: handle.cleared,
    };
  });
  assert.deepEqual(same, { changed: true, restored: true, sameNodes: true, cleared: true });
});

test('clear() keeps an edit the page made inside a mark', async () => {
  const result = await page.evaluate(() => {
    const root = document.getElementById('root');
    const handle = window.ah.highlightElement(root, { paint: 'marks' });
    root.querySelector('mark[data-kind="quote"]').firstChild.data = '“Edited,” ';
    handle.clear();
    return { marks: root.querySelectorAll('mark').length, text: root.querySelector('p').textContent };
  });
  assert.equal(result.marks, 0);
  assert.match(result.text, /^“Edited,” this spring,”/);
});

test('highlights: the same ranges through CSS.highlights, with no change to the DOM', async () => {
  const marked = await page.evaluate(() => {
    const handle = window.ah.highlightElement(document.getElementById('root'), { paint: 'marks' });
    const texts = [...document.querySelectorAll('#root mark[data-kind="quote"]')].map((m) => m.textContent);
    handle.clear();
    return texts;
  });
  const result = await page.evaluate(() => {
    const root = document.getElementById('root');
    const before = root.innerHTML;
    const handle = window.ah.highlightElement(root);
    const text = (r) => {
      const range = new Range();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    };
    const painted = Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...h].map(text)]));
    const unchanged = root.innerHTML === before;
    handle.clear();
    return { paint: handle.paint, painted, unchanged, restored: root.innerHTML === before, left: [...CSS.highlights.keys()] };
  });
  assert.equal(result.paint, 'highlights');
  assert.equal(result.unchanged, true);
  assert.deepEqual(result.painted['ah-quote'], marked);
  assert.ok(Object.keys(result.painted).every((name) => /^ah-(quote|speaker|statistic|term)$/.test(name)), Object.keys(result.painted).join());
  assert.equal(result.restored, true);
  assert.deepEqual(result.left, []);
});

test('highlights of two elements share the registry; clearing one leaves the other', async () => {
  const result = await page.evaluate(() => {
    const root = document.getElementById('root');
    const [first, second] = root.querySelectorAll('p:not([hidden], [aria-hidden], .gone)');
    const a = window.ah.highlightElement(first, { paint: 'highlights', kinds: ['quotes'] });
    const b = window.ah.highlightElement(second, { paint: 'highlights', kinds: ['quotes'] });
    const both = CSS.highlights.get('ah-quote').size;
    a.clear();
    const one = CSS.highlights.get('ah-quote').size;
    b.clear();
    return { both, one, gone: !CSS.highlights.has('ah-quote') };
  });
  assert.deepEqual(result, { both: 3 + 3, one: 3, gone: true });
});

test('kinds limits what is painted', async () => {
  const kinds = await page.evaluate(() => {
    const handle = window.ah.highlightElement(document.getElementById('root'), { kinds: ['terms'], paint: 'marks' });
    const found = [...new Set([...document.querySelectorAll('#root mark')].map((m) => m.dataset.kind))];
    handle.clear();
    return found;
  });
  assert.deepEqual(kinds, ['term']);
});

test('default colours come from custom properties, and the page\'s own rules win', async () => {
  const colours = await page.evaluate(() => {
    const root = document.getElementById('root');
    root.innerHTML = '<p>“Prices rose,” she said.</p>';
    root.style.setProperty('--ah-quote-background', 'rgb(10, 20, 30)');
    const handle = window.ah.highlightElement(root, { paint: 'marks' });
    const quote = getComputedStyle(root.querySelector('mark[data-kind="quote"]')).backgroundColor;
    handle.clear();
    root.style.removeProperty('--ah-quote-background');
    root.className = 'page-colours';
    root.innerHTML = '<p>Prices rose 12% in May.</p>';
    const mark = document.createElement('mark');
    mark.dataset.kind = 'statistic';
    root.append(mark);
    return { quote, statistic: getComputedStyle(mark).backgroundColor };
  });
  assert.deepEqual(colours, { quote: 'rgb(10, 20, 30)', statistic: 'rgb(1, 2, 3)' });
});

test('inside a shadow root, marks carry part names for ::part()', async () => {
  const result = await page.evaluate(() => {
    const host = document.createElement('div');
    document.getElementById('root').append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>“Nobody told us,” a resident said.</p>';
    const handle = window.ah.highlightElement(shadow.querySelector('p'), { paint: 'marks', kinds: ['quotes'] });
    const parts = [...shadow.querySelectorAll('mark')].map((m) => m.getAttribute('part'));
    const before = shadow.innerHTML;
    handle.clear();
    return { parts, unmarked: !shadow.querySelector('mark'), changed: before !== shadow.innerHTML };
  });
  assert.deepEqual(result, { parts: ['quote'], unmarked: true, changed: true });
});

test('an element of an iframe is painted by the iframe\'s own CSS.highlights', async () => {
  const result = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    document.getElementById('root').append(frame);
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      frame.src = 'about:blank';
    });
    const body = frame.contentDocument.body;
    body.append(frame.contentDocument.createElement('p'));
    body.firstChild.textContent = '“Inside the frame,” she said.';
    const handle = window.ah.highlightElement(body);
    const inner = frame.contentWindow.CSS.highlights.get('ah-quote')?.size ?? 0;
    const outer = CSS.highlights.has('ah-quote');
    handle.clear();
    return { paint: handle.paint, inner, outer, left: frame.contentWindow.CSS.highlights.size };
  });
  assert.deepEqual(result, { paint: 'highlights', inner: 1, outer: false, left: 0 });
});

test('bad arguments throw an Error that says what is wrong', async () => {
  const messages = await page.evaluate(() => {
    const root = document.getElementById('root');
    const attempt = (f) => {
      try {
        f();
        return 'no error';
      } catch (e) {
        return `${e instanceof Error}: ${e.message}`;
      }
    };
    return [
      attempt(() => window.ah.highlightElement(null)),
      attempt(() => window.ah.highlightElement(root, { paint: 'crayons' })),
      attempt(() => window.ah.highlightElement(root, { colour: 'red' })),
      attempt(() => window.ah.highlightElement(root, { kinds: ['quotes', 'numbers'] })),
      // paint belongs to highlightElement only: highlight() still refuses it.
      attempt(() => window.ah.highlight('x', { paint: 'marks' })),
    ];
  });
  assert.match(messages[0], /^true: highlightElement needs a DOM element/);
  assert.match(messages[1], /^true: invalid options: `paint` must be "auto", "highlights" or "marks", not "crayons"/);
  assert.match(messages[2], /^true: invalid options: unknown field `colour`, expected `kinds`.*`paint`/);
  assert.match(messages[3], /^true: invalid options: .*numbers/);
  assert.match(messages[4], /^true: invalid options: unknown field `paint`/);
  assert.equal(await page.$$eval('#root mark', (m) => m.length), 0);
});

test('a number inside a quote is a mark inside the quote\'s mark', async () => {
  const result = await page.evaluate(() => {
    const root = document.getElementById('root');
    root.innerHTML = '<p>“Prices rose 12% this year,” the minister said.</p>';
    const before = root.innerHTML;
    const handle = window.ah.highlightElement(root, { paint: 'marks' });
    const nested = [...root.querySelectorAll('mark[data-kind="quote"] mark[data-kind="statistic"]')].map((m) => m.textContent);
    const quote = root.querySelector('mark[data-kind="quote"]')?.textContent;
    handle.clear();
    return { nested, quote, restored: root.innerHTML === before };
  });
  assert.deepEqual(result, { nested: ['12%'], quote: '“Prices rose 12% this year,”', restored: true });
});

test('a long page: every span painted, both ways, in linear time', async () => {
  const result = await page.evaluate(() => {
    const root = document.getElementById('root');
    const paragraphs = [];
    for (let i = 0; i < 2000; i++) {
      paragraphs.push(`<p>“Prices rose ${(i % 90) + 1}% this year,” said <b>Minister ${i}</b>, who added that <i>costs</i> were up.</p>`);
    }
    root.innerHTML = paragraphs.join('\n');
    const before = root.innerHTML;
    const started = performance.now();
    const marks = window.ah.highlightElement(root, { paint: 'marks' });
    const quotes = root.querySelectorAll('mark[data-kind="quote"]').length;
    marks.clear();
    const highlights = window.ah.highlightElement(root);
    const ranges = CSS.highlights.get('ah-quote').size;
    highlights.clear();
    return {
      analysed: marks.analysis.quotes.length,
      quotes,
      ranges,
      restored: root.innerHTML === before,
      ms: performance.now() - started,
    };
  });
  assert.equal(result.analysed, 2000);
  assert.equal(result.quotes, 2000);
  assert.equal(result.ranges, 2000);
  assert.equal(result.restored, true);
  // About 1 s on a 2-core machine; a quadratic step would take minutes.
  assert.ok(result.ms < 15000, `${result.ms} ms`);
});

test('no errors on the page', () => assert.deepEqual(errors, []));

/** The analysis' spans per `data-kind`, in text order. */
function spansByKind(analysis) {
  const sorted = (spans) => spans.map((s) => [s.start, s.end]).sort((a, b) => a[0] - b[0]);
  return {
    quote: sorted(analysis.quotes),
    term: sorted(analysis.terms),
    statistic: sorted(analysis.statistics),
    speaker: sorted(analysis.speakers.flatMap((s) => s.mentions)),
  };
}
