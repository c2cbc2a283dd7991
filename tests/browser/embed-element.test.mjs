// <article-highlighter> in headless Chromium, on the embedding example page
// (www/embed-example.html, strict CSP): it marks its own content with either
// way of painting, follows its attributes and its content, and leaves the
// content exactly as it was when it lets go.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve, chromiumOptions } from './server.mjs';

const repo = new URL('../../', import.meta.url).pathname;
let server, browser, page;
const errors = [];
let original; // the article's markup before anything was painted

before(async () => {
  server = await serve(repo);
  browser = await chromium.launch(chromiumOptions);
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}www/embed-example.html`);
  await page.waitForFunction(() => document.documentElement.dataset.highlighted);
  original = await page.evaluate(() => document.getElementById('story').innerHTML);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Sets attributes of the element and waits for its next `highlight` event. */
async function remark(change) {
  return page.evaluate(async (change) => {
    const story = document.getElementById('story');
    const done = new Promise((resolve) => story.addEventListener('highlight', resolve, { once: true }));
    for (const [name, value] of Object.entries(change)) {
      if (value === null) story.removeAttribute(name);
      else story.setAttribute(name, value);
    }
    await done;
  }, change);
}

/** The painted texts per kind: from CSS.highlights inside the story, or from its marks. */
const painted = () =>
  page.evaluate(() => {
    const story = document.getElementById('story');
    const out = {};
    for (const [name, highlight] of CSS.highlights) {
      for (const r of highlight) {
        if (!story.contains(r.startContainer)) continue;
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        (out[name.replace('ah-', '')] ??= []).push(range.toString());
      }
    }
    for (const mark of story.querySelectorAll('mark')) (out[mark.dataset.kind] ??= []).push(mark.textContent);
    return out;
  });

test('marks its content through CSS highlights, leaving the DOM alone', async () => {
  const found = await painted();
  assert.ok(found.quote.length >= 4, JSON.stringify(found));
  assert.ok(found.quote.includes('“We held the price for as long as we could,”'), found.quote.join('\n'));
  assert.ok(!found.term, 'terms are not among the kinds asked for');
  const analysis = await page.evaluate(() => document.getElementById('story').analysis);
  const text = await page.evaluate(() => document.getElementById('story').text);
  const collapse = (t) => t.replace(/\s+/g, ' ');
  assert.deepEqual(found.quote.map(collapse), analysis.quotes.map((q) => text.slice(q.start, q.end)));
  assert.equal(await page.evaluate(() => document.getElementById('story').innerHTML), original);
  assert.match(await page.textContent('#status'), new RegExp(`^${analysis.quotes.length} quotes`));
});

test('paint="marks" wraps the same spans in <mark>; back to auto restores the markup exactly', async () => {
  const highlighted = await painted();
  await remark({ paint: 'marks' });
  const marked = await painted();
  assert.deepEqual(Object.keys(marked).sort(), Object.keys(highlighted).sort());
  assert.deepEqual(marked.quote.join(''), highlighted.quote.join(''));
  assert.ok(await page.evaluate(() => !CSS.highlights.has('ah-quote')), 'the highlights were taken off');
  await remark({ paint: null });
  assert.equal(await page.evaluate(() => document.getElementById('story').innerHTML), original);
  assert.deepEqual(await painted(), highlighted);
});

test('kinds chooses what is marked', async () => {
  for (const kinds of ['quotes', 'statistics', 'quotes terms', 'speakers statistics']) {
    await remark({ kinds, paint: 'marks' });
    const analysis = await page.evaluate(() => document.getElementById('story').analysis);
    const reported = {
      quote: analysis.quotes.length,
      term: analysis.terms.length,
      speaker: analysis.speakers.length,
      statistic: analysis.statistics.length,
    };
    const expected = Object.keys(reported).filter((k) => reported[k] > 0 && kinds.includes(k));
    assert.deepEqual(Object.keys(await painted()).sort(), expected.sort(), kinds);
  }
  await remark({ kinds: 'quotes speakers statistics', paint: null });
  assert.equal(await page.evaluate(() => document.getElementById('story').innerHTML), original);
});

test('a change of the content is marked again, once, after it settles', async () => {
  for (const paint of ['marks', null]) {
    await remark({ paint });
    const before = await page.evaluate(() => Number(document.documentElement.dataset.highlighted));
    const quotes = (await painted()).quote.length;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '“A late word,” the ferry captain said. ';
      document.querySelector('#story article').append(p);
      p.append('More text, typed in a second step.');
    });
    await page.waitForFunction((n) => Number(document.documentElement.dataset.highlighted) > n, before);
    assert.equal((await painted()).quote.length, quotes + 1);
    // Its own marks are no change: nothing more happens.
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => Number(document.documentElement.dataset.highlighted)), before + 1);
    await page.evaluate(() => document.querySelector('#story article p:last-child').remove());
    await page.waitForFunction((n) => Number(document.documentElement.dataset.highlighted) > n, before + 1);
  }
  assert.equal(await page.evaluate(() => document.getElementById('story').innerHTML), original);
});

test('taken out of the page, it takes its marks off', async () => {
  await remark({ paint: 'marks' });
  const result = await page.evaluate(() => {
    const story = document.getElementById('story');
    const marks = story.querySelectorAll('mark').length;
    const parent = story.parentNode;
    const next = story.nextSibling;
    story.remove();
    const html = story.innerHTML;
    parent.insertBefore(story, next);
    return { marks, html };
  });
  assert.ok(result.marks > 0);
  assert.equal(result.html, original);
  await remark({ paint: null });
});

test('a bad attribute is reported as an error event, not thrown', async () => {
  const before = errors.length;
  const message = await page.evaluate(async () => {
    const story = document.getElementById('story');
    const failed = new Promise((resolve) => story.addEventListener('error', (e) => resolve(e.message), { once: true }));
    story.setAttribute('kinds', 'quotes gossip');
    const message = await failed;
    story.setAttribute('kinds', 'quotes speakers statistics');
    return message;
  });
  assert.match(message, /gossip/);
  assert.ok(errors.splice(before).every((e) => e.includes('<article-highlighter>')), 'only the reported error');
  assert.equal(await page.evaluate(() => document.getElementById('story').innerHTML), original);
  assert.ok((await painted()).quote.length >= 4);
});

test('the page shows no errors, under its strict CSP', () => assert.deepEqual(errors, []));
