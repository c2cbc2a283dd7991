// How the page looks and reads: axe-core finds no serious or critical
// accessibility problem in light and dark themes; a 390 px phone needs no
// sideways scrolling; print shows the marked article without controls.
// Screenshots go to test-results/ (git-ignored) for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { start, fill, screenshot } from './page-harness.mjs';
import { ARTICLE, fakeResult } from './page-fixture.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let h, page;
before(async () => {
  h = await start();
  page = await h.newPage({ fakeResult: fakeResult.toString(), bypassCSP: true });
  await fill(page, ARTICLE);
  await page.addScriptTag({ path: axePath });
});
after(() => h?.close());

/**
 * The page with the hand-written article, marked, in the given theme and
 * size. axe is injected as an inline script, which the page's CSP rightly
 * refuses: for this page only, the context bypasses CSP (the other test
 * files check CSP). One page serves every test: theme, size and media are
 * emulated afresh, and the state a test leaves (a speaker filter, a lit
 * quote, the scroll) is undone here, which is quicker than a new load.
 */
async function open({ colorScheme = 'light', viewport = { width: 1280, height: 900 }, media = 'screen' } = {}) {
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme, media });
  await page.setViewportSize(viewport);
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForFunction(
    ([scheme, width]) =>
      !document.getElementById('output').classList.contains('filtering')
      && document.getElementById('tip').hidden
      && matchMedia(`(prefers-color-scheme: ${scheme})`).matches
      && innerWidth === width,
    [colorScheme, viewport.width],
  );
  return page;
}

async function axe(page) {
  const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}: ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.any.map((a) => a.message).join('; ')}`).join(' | ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`${colorScheme} theme: no serious or critical axe violation; screenshot`, async () => {
    await open({ colorScheme });
    assert.deepEqual(await axe(page), []);
    // With a quote lit and its tip showing, then with a speaker filter on
    // (each checked in one theme, to keep the suite quick).
    await page.hover('#output mark[data-q="0"]');
    if (colorScheme === 'light') assert.deepEqual(await axe(page), []);
    await screenshot(page, `page-${colorScheme}`, { fullPage: true });
    await page.click('#speakers button[data-sp="1"]');
    if (colorScheme === 'dark') assert.deepEqual(await axe(page), []);
    await screenshot(page, `page-${colorScheme}-filtered`);
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`a 390 px phone, ${colorScheme}: everything fits the width`, async () => {
    await open({ colorScheme, viewport: { width: 390, height: 844 } });
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      wide: [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && e.offsetParent !== null)
        .map((e) => e.id || e.className || e.tagName),
    }));
    assert.deepEqual(overflow, { page: 390, wide: [] });
    assert.deepEqual(await axe(page), []);
    await screenshot(page, `page-phone-${colorScheme}`, { fullPage: true });
  });
}

test('print: the marked article and the summary, no controls', async () => {
  await open({ media: 'print' });
  const shown = await page.evaluate(() =>
    Object.fromEntries(
      ['input', 'sample', 'download', 'status', 'output', 'speakers', 'numbers', 'format'].map((id) => [
        id,
        getComputedStyle(document.getElementById(id)).display !== 'none' && document.getElementById(id).offsetParent !== null,
      ]),
    ),
  );
  assert.deepEqual(shown, {
    input: false, sample: false, download: false, status: false, format: false,
    output: true, speakers: true, numbers: true,
  });
  // Marks keep their shapes on paper.
  const quote = await page.$eval('#output mark[data-kind="quote"]', (e) => getComputedStyle(e).borderBottomStyle);
  assert.equal(quote, 'solid');
  await screenshot(page, 'page-print', { fullPage: true });
  await page.context().close();
});
