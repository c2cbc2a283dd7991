// A 1 MB paste: the page never freezes (no frame longer than 200 ms, by
// long-task entries and by gaps between animation frames), shows progress,
// and is fully marked within a few seconds. Stale answers are dropped.
import { test, before, after } from 'node:test';
import { loadavg, availableParallelism } from 'node:os';
import assert from 'node:assert/strict';
import { start, sample, marked, screenshot } from './page-harness.mjs';

// About 1 MB of news text: the sample article over and over, each copy
// numbered so the copies differ.
const big = (() => {
  let text = '';
  for (let i = 1; text.length < 1_000_000; i += 1) text += `Part ${i}. ${sample}\n\n`;
  return text;
})();

let h, page;

before(async () => {
  h = await start();
  page = await h.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
});
after(() => h?.close());

test('a 1 MB paste never freezes the page and is fully marked in seconds', async () => {
  // The text goes on the clipboard first, so that only the paste is measured.
  await page.evaluate((text) => navigator.clipboard.writeText(text), big);
  await page.evaluate(() => {
    // Frames and long tasks are recorded with their times, and only those
    // between the paste (t0) and the end (end) count: the set-up calls
    // before and the test's own reads after are not the page's doing.
    const m = (window.__measure = { longTasks: [], gaps: [], statuses: [], progressShown: false, running: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) m.longTasks.push({ duration: Math.round(e.duration), start: e.startTime });
    }).observe({ type: 'longtask' });
    let last = null;
    const tick = (now) => {
      if (last !== null) m.gaps.push({ start: last, end: now });
      last = now;
      if (m.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    // Only the status line and the progress bar are watched: an observer on
    // all of <main> would also get a record for each of the tens of
    // thousands of nodes painted, work of the test's own in the frames it
    // measures.
    const status = document.getElementById('status');
    const progress = document.getElementById('progress');
    const seen = () => {
      m.statuses.push(status.textContent);
      if (!progress.hidden) m.progressShown = true;
    };
    new MutationObserver(seen).observe(status, { subtree: true, childList: true, characterData: true });
    new MutationObserver(seen).observe(progress, { attributes: true, attributeFilter: ['hidden', 'value'] });
    const output = document.getElementById('output');
    m.done = new Promise((resolve) => {
      new MutationObserver(() => {
        if (output.dataset.state === 'done' && output.textContent.length > 900_000) resolve(performance.now());
      }).observe(output, { attributes: true, attributeFilter: ['data-state'] });
    });
  });
  await page.focus('#input');
  const t0 = await page.evaluate(() => (window.__measure.t0 = performance.now()));
  await page.keyboard.press('Control+V');
  const doneAt = await page.evaluate(() => window.__measure.done);
  // A few frames after the end, so the last slice's frame is counted too.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r((window.__measure.end = performance.now()))))));
  const m = await page.evaluate(() => {
    window.__measure.running = false;
    const { longTasks: all, gaps, statuses, progressShown, t0, end } = window.__measure;
    // Tasks that start after t0 (the paste is sent after it), and frames
    // that end after t0 (one begun before may hold the paste's own work)
    // up to the frames awaited after the end; the gap in which the test
    // reads these results is left out.
    const longTasks = all.filter((t) => t.start >= t0 && t.start <= end);
    const maxGap = Math.max(0, ...gaps.filter((g) => g.end > t0 && g.end <= end).map((g) => g.end - g.start));
    // Each long task with the page's last mark before it (see main.js).
    const marks = performance.getEntriesByType('mark').filter((m) => m.startTime >= t0);
    const phase = (start) => marks.filter((m) => m.startTime <= start).at(-1)?.name ?? 'paste';
    const tasks = longTasks.map((t) => `${t.duration} ms at +${Math.round(t.start - t0)} (after ${phase(t.start)})`);
    return { longTasks: longTasks.map((t) => t.duration), tasks, maxGap: Math.round(maxGap), statuses, progressShown };
  });
  const seconds = (doneAt - t0) / 1000;
  const longest = Math.max(m.maxGap, ...m.longTasks);
  // Wall-clock times: on a busy machine they grow, so the load is printed too.
  const load = `load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
  console.log(`# 1 MB (${big.length} UTF-16 units, ${load}): fully marked in ${seconds.toFixed(2)} s; longest frame ${m.maxGap} ms; long tasks: ${m.tasks.join(', ') || 'none'}`);
  assert.ok(longest < 200, `a frame took ${longest} ms`);
  assert.ok(seconds < 5, `fully marked after ${seconds} s`);
  assert.ok(m.progressShown, 'a progress bar was shown');
  assert.ok(m.statuses.some((s) => /^Marking… \d+%$/.test(s)), m.statuses.join(' | '));

  // Fully marked: every quote the worker's core found is in the view.
  await marked(page, big);
  const { painted, found } = await page.evaluate(() => ({
    painted: new Set([...document.querySelectorAll('#output mark[data-kind="quote"]')].map((e) => e.dataset.q)).size,
    found: Number(document.querySelector('[data-count="quote"]').textContent.replace(/,/g, '')),
  }));
  assert.equal(painted, found);
  assert.ok(found > 3000, `${found} quotes`);
  assert.equal(await page.isVisible('#progress'), false);
  // The text box does not hold it (a textarea lays out all of its text at
  // once); a notice says so and offers to edit it anyway.
  assert.equal(await page.isVisible('#input'), false);
  assert.match(await page.textContent('#long'), /A long text is loaded \(1,000,444 characters\)/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'long-edit');
  await screenshot(page, 'page-long');
  // And the last quote can be reached from the keyboard.
  await page.focus('#output mark[data-q="0"]');
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.q), String(found - 1));
});

test('“Edit it in the text box anyway” does so', async () => {
  await page.click('#long-edit');
  assert.equal(await page.isVisible('#long'), false);
  assert.equal((await page.inputValue('#input')).length, big.length);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'input');
});

test('a stale answer is dropped: only the newest text is painted', async () => {
  await page.click('#clear');
  await marked(page, '');
  const newer = '“The newest words,” she said.';
  // The big text goes to the worker; while it is being analysed or painted
  // the reader clears it and types. Nothing of the big text may be painted
  // after that.
  await page.focus('#input');
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => ['analysing', 'painting'].includes(document.getElementById('output').dataset.state));
  // Recording starts at the click itself (a capturing listener runs before
  // the page's own): slices of the big text painted before it, while it
  // was still the current text, are not stale and must not count.
  await page.evaluate(() => {
    window.__after = null;
    const observer = new MutationObserver((records) => {
      if (window.__after) for (const r of records) for (const n of r.addedNodes) window.__after.push(n.textContent.length);
    });
    observer.observe(document.getElementById('output'), { childList: true, subtree: true });
    const start = (e) => {
      if (e.target.id !== 'long-clear') return;
      observer.takeRecords();
      window.__after = [];
      removeEventListener('click', start, true);
    };
    addEventListener('click', start, true);
  });
  await page.click('#long-clear');
  await page.keyboard.type(newer);
  await marked(page, newer);
  await page.waitForTimeout(300);
  assert.equal(await page.textContent('#output'), newer);
  const added = await page.evaluate(() => window.__after);
  assert.ok(Array.isArray(added), 'the click on “Clear it” was seen');
  assert.ok(added.every((n) => n <= newer.length), `painted after the change: ${added.join(',')}`);
});

test('no CSP violation, no request to another origin, no script error', async () => {
  assert.deepEqual(await h.violations(), []);
  assert.deepEqual(h.problems.foreign, []);
  assert.deepEqual(h.problems.errors, []);
});
