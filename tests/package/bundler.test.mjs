// The package through a bundler: examples/bundler (TypeScript, esbuild)
// type-checks against the package's .d.ts files, builds, and runs in
// headless Chromium with every door: highlight, highlightElement, the element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve, chromiumOptions } from '../browser/server.mjs';

const example = fileURLToPath(new URL('../../examples/bundler/', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
let server, browser;

before(async () => {
  server = await serve(example);
  browser = await chromium.launch(chromiumOptions);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the example type-checks against the package types (tsc --noEmit)', () => {
  // Throws, with tsc's messages, on any type error.
  execFileSync(bin('tsc'), ['--noEmit', '-p', example], { encoding: 'utf8' });
});

test('esbuild bundles it, with the .wasm copied beside the bundle', () => {
  execFileSync(process.execPath, ['build.mjs'], { cwd: example, encoding: 'utf8' });
  assert.ok(statSync(`${example}dist/main.js`).size > 1000);
  assert.ok(existsSync(`${example}dist/article_highlighter_bg.wasm`));
});

test('the bundle runs: text API, highlightElement and the element', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready);
  assert.match(await page.textContent('#summary'), /^1 quote: “It works offline,”; 1 statistic$/);
  await page.waitForFunction(() => document.getElementById('element-summary').textContent !== '');
  assert.match(await page.textContent('#element-summary'), /^The element found 1 quote\(s\)/);
  const painted = await page.evaluate(() => {
    const count = (root) =>
      [...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => root.contains(r.startContainer)).length;
    return { paint: document.documentElement.dataset.ready, story: count(document.getElementById('story')) };
  });
  assert.equal(painted.paint, 'highlights');
  assert.ok(painted.story >= 2, JSON.stringify(painted));
  // The button clears the marks and paints them again.
  const before = await page.$eval('#story', (e) => e.innerHTML);
  await page.click('#toggle');
  assert.equal(await page.evaluate(() => CSS.highlights.has('ah-quote') && [...CSS.highlights.get('ah-quote')].some((r) => document.getElementById('story').contains(r.startContainer))), false);
  await page.click('#toggle');
  assert.equal(await page.$eval('#story', (e) => e.innerHTML), before);
  assert.deepEqual(errors, []);
  await page.close();
});
