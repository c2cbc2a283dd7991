// The page in headless Chromium: paste the sample article and see its
// quotes marked; pasted markup stays text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve, chromiumOptions } from './server.mjs';

const www = new URL('../../www/', import.meta.url).pathname;
const sample = readFileSync(new URL('sample-article.txt', `file://${www}`), 'utf8');
let server, browser, page;
const errors = [];

before(async () => {
  server = await serve(www);
  browser = await chromium.launch(chromiumOptions);
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url);
  await page.waitForFunction(() => !/Loading/.test(document.getElementById('status').textContent));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function paste(text) {
  await page.fill('#input', text);
  // Marks follow the text after a short debounce.
  await page.waitForFunction((t) => document.getElementById('output').textContent === t, text);
}

test('the sample article gets its 8 quotes marked', async () => {
  await paste(sample);
  const quotes = await page.$$eval('#output mark[data-kind="quote"]', (els) => els.map((e) => e.textContent));
  assert.equal(quotes.length, 8);
  assert.ok(quotes.every((q) => q.startsWith('“') && q.endsWith('”')), quotes.join('\n'));
  assert.ok(quotes[0].startsWith('“In case officials'));
  assert.deepEqual(errors, []);
});

test('marks follow the text as it changes', async () => {
  await paste('“One thing at a time,” she said.');
  assert.equal(await page.locator('#output mark[data-kind="quote"]').count(), 1);
  await paste('No quotes here.');
  assert.equal(await page.locator('#output mark').count(), 0);
});

test('pasted markup stays text', async () => {
  const payload = '<img src=x onerror="window.__xss=1"> “<script>window.__xss=2</script> is not run,” he said. <b>bold</b>';
  await paste(payload);
  const found = await page.evaluate(() => ({
    xss: window.__xss,
    img: document.querySelectorAll('#output img').length,
    script: document.querySelectorAll('#output script').length,
    bold: document.querySelectorAll('#output b').length,
    text: document.getElementById('output').textContent,
  }));
  assert.deepEqual(found, { xss: undefined, img: 0, script: 0, bold: 0, text: payload });
  const quotes = await page.$$eval('#output mark[data-kind="quote"]', (els) => els.map((e) => e.textContent));
  assert.ok(quotes.includes('“<script>window.__xss=2</script> is not run,”'), quotes.join('\n'));
});
