// Shared set-up for the page's browser tests: one server and one Chromium
// per test file, pages that record everything a test file must end
// without (CSP violations, requests to another origin, script errors),
// and the core itself in Node, so that the page is checked against what
// the module really returns rather than against numbers typed by hand.
import { readFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve, chromiumOptions } from './server.mjs';
import { initSync, highlight } from '../../www/pkg/article_highlighter.js';

export const www = new URL('../../www/', import.meta.url).pathname;
export const results = new URL('../../test-results/', import.meta.url).pathname;
export const sample = readFileSync(`${www}sample-article.txt`, 'utf8');

let compiled = false;
/** The core's own answer for `text`, as the page's worker gets it. */
export function core(text) {
  // Compiled on first use: most test files never need it.
  if (!compiled) initSync({ module: readFileSync(`${www}pkg/article_highlighter_bg.wasm`) });
  compiled = true;
  return highlight(text);
}

/** Starts a server and a browser; `newPage()` opens the page and records problems. */
export async function start() {
  const server = await serve(www);
  const browser = await chromium.launch(chromiumOptions);
  const origin = new URL(server.url).origin;
  const problems = { violations: [], foreign: [], errors: [] };
  const contexts = [];

  /**
   * A fresh context and page. Options: `viewport`, `colorScheme`,
   * `bypassCSP`, `permissions`, `fakeResult(text)` (a function source run
   * in a stand-in worker, for tests of the page's own behaviour), `path`,
   * `wait` (default true: wait for the worker to be ready), `expectErrors`
   * (a test that breaks the page on purpose: its errors are not recorded).
   */
  async function newPage(options = {}) {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
      bypassCSP: options.bypassCSP ?? false,
      permissions: options.permissions ?? [],
      deviceScaleFactor: 1,
    });
    contexts.push(context);
    // Every request, the worker's included, must stay on this origin.
    await context.route('**', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin || url.startsWith('blob:') || url.startsWith('data:')) return route.fallback();
      problems.foreign.push(url);
      return route.abort();
    });
    if (options.fakeResult) {
      await context.route('**/worker.js', (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: `import { digest } from './digest.js';
            postMessage({ ready: true });
            const make = ${options.fakeResult};
            onmessage = ({ data }) => {
              const { message, transfer } = digest(data.text, make(data.text));
              postMessage({ id: data.id, ...message }, transfer);
            };`,
        }),
      );
    }
    await context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    // Fail fast: nothing on this page should take seconds.
    page.setDefaultTimeout(5000);
    if (options.expectErrors) {
      await page.goto(server.url + (options.path ?? ''));
      return page;
    }
    page.on('pageerror', (e) => problems.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy|Trusted Type/i.test(m.text())) {
        problems.errors.push(`console: ${m.text()}`);
      }
    });
    page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && problems.errors.push(`worker: ${m.text()}`)));
    await page.goto(server.url + (options.path ?? ''));
    if (options.wait !== false) await ready(page);
    return page;
  }

  /** CSP violations seen by every page still open. */
  async function violations() {
    for (const context of contexts) {
      for (const page of context.pages()) {
        problems.violations.push(...(await page.evaluate(() => window.__violations ?? []).catch(() => [])));
      }
    }
    return problems.violations;
  }

  return {
    server,
    browser,
    origin,
    problems,
    newPage,
    violations,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the worker has answered that it is ready. */
export async function ready(page) {
  await page.waitForFunction(() => !/Loading/.test(document.getElementById('status').textContent));
}

/** Fills the text box and waits until `text` is painted, marks and all. */
export async function fill(page, text) {
  await page.fill('#input', text);
  await marked(page, text);
}

/** Waits until the reading view shows exactly `text`, fully painted. */
export async function marked(page, text) {
  await page.waitForFunction(
    (t) => {
      const out = document.getElementById('output');
      return out.dataset.state === 'done' && out.textContent === t;
    },
    text,
    { timeout: 15_000 },
  );
}

/** The marks of one kind in the reading view: [{text, ...dataset}]. */
export function marks(page, kind) {
  return page.$$eval(`#output mark[data-kind="${kind}"]`, (els) =>
    els.map((e) => ({ text: e.textContent, ...e.dataset })),
  );
}

/** A screenshot in test-results/ (git-ignored). */
export async function screenshot(page, name, options = {}) {
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: `${results}${name}.png`, ...options });
  return `${results}${name}.png`;
}
