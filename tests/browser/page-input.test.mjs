// Getting text in (typing, pasting, dropping or opening .txt, .md and
// .html files) and keeping it only when asked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, fill, marked, ready } from './page-harness.mjs';

let h, page;
const requests = [];

before(async () => {
  h = await start();
  page = await h.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
});
after(() => h?.close());

/** Drops a file made of `content` on the text box, as a file manager would. */
async function drop(name, type, content) {
  await page.evaluate(
    ([name, type, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type }));
      const target = document.getElementById('input');
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    [name, type, content],
  );
}

const value = () => page.inputValue('#input');

test('a dropped .txt file is read as it is', async () => {
  const text = 'Plain words.\n\n“A quote,” she said.\n';
  await drop('notes.txt', 'text/plain', text);
  await marked(page, text);
  assert.equal(await value(), text);
  assert.equal(await page.locator('#output mark[data-kind="quote"]').count(), 1);
});

test('a dropped .html file gives its text: no markup, no script, no image load', async () => {
  const html = `<!doctype html><html><head><title>T</title><style>p { color: red }</style><STYLE>a{}</STYLE>
    <script>window.__xss = 1</script></head><body><nav>Home | News</nav>
    <article><h1 style="font-size: 9em">Mayor Speaks</h1><p>“We will build it,” the <b style='color:red'>mayor</b> said.</p>
    <p>Costs rose<br>by 4&nbsp;percent.</p><img src="tracker.gif" onerror="window.__xss = 2">
    <ul><li>One</li><li>Two</li></ul></article></body></html>`;
  await drop('story.html', 'text/html', html);
  // (A no-break space becomes a plain one.)
  const text = 'Mayor Speaks\n\n“We will build it,” the mayor said.\n\nCosts rose\nby 4 percent.\n\nOne\nTwo';
  await marked(page, text);
  assert.equal(await value(), text);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.ok(!requests.some((p) => p.includes('tracker')), requests.join(' '));
});

test('a dropped .md file gives its prose', async () => {
  const md = '# Budget vote\n\n> “Not one cent more,” **Ms. Lee** said in [a statement](https://example.com/s).\n\n- 40 percent of voters\n';
  await drop('story.md', '', md);
  const text = 'Budget vote\n\n“Not one cent more,” Ms. Lee said in a statement.\n\n40 percent of voters';
  await marked(page, text);
  assert.equal(await value(), text);
});

test('“Open a file…” reads the chosen file; other files are refused in words', async () => {
  await page.setInputFiles('#file', { name: 'picked.txt', mimeType: 'text/plain', buffer: Buffer.from('“Picked,” he said.') });
  await marked(page, '“Picked,” he said.');
  await page.setInputFiles('#file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50]) });
  await page.waitForFunction(() => /Could not open that file: photo\.png is not a text/.test(document.getElementById('status').textContent));
  assert.equal(await value(), '“Picked,” he said.');
});

test('a paste from a web page keeps the text, not the markup', async () => {
  // A real paste: the clipboard holds HTML and plain text, as after
  // copying from a browser; the text box takes the text.
  await fill(page, '');
  await page.evaluate(() =>
    navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob(['<p>“Copied,” <b>she</b> said.<img src="pixel.gif"></p>'], { type: 'text/html' }),
        'text/plain': new Blob(['“Copied,” she said.'], { type: 'text/plain' }),
      }),
    ]),
  );
  await page.focus('#input');
  await page.keyboard.press('Control+V');
  await marked(page, '“Copied,” she said.');
  // Some apps put only HTML on the clipboard: its text is inserted.
  await fill(page, '');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/html', '<div><p>“Only HTML,” <i>he</i> said.</p><script>window.__xss = 3</script><p>Second.</p></div>');
    document.getElementById('input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await marked(page, '“Only HTML,” he said.\n\nSecond.');
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.ok(!requests.some((p) => p.includes('pixel')));
});

test('typing re-marks after a short pause, not at every key', async () => {
  await fill(page, '');
  await page.evaluate(() => {
    window.__requests = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function count(message) {
      window.__requests += 1;
      return post.call(this, message);
    };
  });
  const text = '“Short and sweet,” she said.';
  await page.focus('#input');
  await page.keyboard.type(text, { delay: 15 });
  await marked(page, text);
  const sent = await page.evaluate(() => window.__requests);
  assert.ok(sent >= 1 && sent <= 3, `${sent} analyses for ${text.length} keys`);
});

test('nothing is stored unless asked', async () => {
  await fill(page, '“Private,” said the source.');
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, cookie: '', databases: 0, caches: 0 });
  assert.equal(await page.isChecked('#keep'), false);
  await page.reload();
  await ready(page);
  assert.equal(await value(), '');
});

test('"Keep my text in this browser" keeps it across reloads, and forgets it when unticked', async () => {
  await fill(page, '“Kept,” she said.');
  await page.check('#keep');
  await page.reload();
  await ready(page);
  await marked(page, '“Kept,” she said.');
  assert.equal(await page.isChecked('#keep'), true);
  // Edits are kept too.
  await fill(page, '“Kept, and edited,” she said.');
  await page.waitForFunction(() => localStorage.getItem('article-highlighter:text') === '“Kept, and edited,” she said.');
  await page.uncheck('#keep');
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.reload();
  await ready(page);
  assert.equal(await value(), '');
});

test('no CSP violation, no request to another origin, no script error', async () => {
  assert.deepEqual(await h.violations(), []);
  assert.deepEqual(h.problems.foreign, []);
  assert.deepEqual(h.problems.errors, []);
});
