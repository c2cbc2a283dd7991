// The package in pkg/ as Node sees it from another project: a plain
// `import { highlight } from 'article-highlighter'`, no init call. The
// package is linked into a scratch project's node_modules, as
// `npm install ../pkg` does, so that resolution goes through its exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('../../pkg/', import.meta.url));
let project;

before(() => {
  project = mkdtempSync(join(tmpdir(), 'ah-node-'));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(pkg, join(project, 'node_modules', 'article-highlighter'), 'dir');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module', private: true }));
});

after(() => rmSync(project, { recursive: true, force: true }));

/** Runs `source` as an ES module in the scratch project; returns its JSON output. */
function run(source) {
  const file = join(project, `script-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' }));
}

test('import { highlight } works with no init call, offsets in UTF-16', () => {
  const out = run(`
    import { highlight } from 'article-highlighter';
    const text = '😀 Fans cheered. “We won 😀 today,” she said. Prices rose 4.5% in May.';
    const result = highlight(text);
    console.log(JSON.stringify({
      offsets: result.offsets,
      quotes: result.quotes.map((q) => text.slice(q.start, q.end)),
      statistics: result.statistics.map((s) => text.slice(s.start, s.end)),
    }));
  `);
  assert.equal(out.offsets, 'utf16');
  assert.deepEqual(out.quotes, ['“We won 😀 today,”']);
  assert.ok(out.statistics.every((s) => /\d/.test(s)), out.statistics.join());
});

test('the Node entry exports what the module exports, less its init functions', () => {
  const out = run(`
    import * as entry from 'article-highlighter';
    const module = await import(new URL('./article_highlighter.js', import.meta.resolve('article-highlighter')));
    console.log(JSON.stringify({ entry: Object.keys(entry).sort(), glue: Object.keys(module).sort() }));
  `);
  assert.deepEqual(out.entry, ['HighlightHandle', 'highlight', 'highlightElement']);
  assert.deepEqual(out.glue.filter((k) => k !== 'default' && k !== 'initSync'), out.entry);
});

test('bad options throw an Error; highlightElement says it needs an element', () => {
  const out = run(`
    import { highlight, highlightElement } from 'article-highlighter';
    const message = (f) => { try { f(); return null; } catch (e) { return e instanceof Error && e.message; } };
    console.log(JSON.stringify([
      message(() => highlight('x', { kinds: ['numbers'] })),
      message(() => highlightElement({}, {})),
    ]));
  `);
  assert.match(out[0], /numbers/);
  assert.match(out[1], /needs a DOM element/);
});

test('the manifest: conditional exports, every listed file present, what npm would pack', () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'article-highlighter');
  assert.match(manifest.version, /^\d+\.\d+\.\d+/);
  assert.equal(manifest.type, 'module');
  assert.deepEqual(Object.keys(manifest.exports['.']), ['types', 'node', 'default']);
  for (const file of manifest.files) assert.ok(existsSync(join(pkg, file)), file);
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: pkg, encoding: 'utf8' }));
  const names = packed.files.map((f) => f.path).sort();
  // A listed folder (snippets/: the JS the Rust code imports) packs its files.
  const under = (name, file) => name === file || name.startsWith(file + '/');
  assert.deepEqual(names.filter((n) => !manifest.files.some((f) => under(n, f))), ['package.json']);
  for (const file of manifest.files) assert.ok(names.some((n) => under(n, file)), `${file} is packed`);
  // One .wasm in the package, shared by every entry.
  assert.equal(names.filter((n) => n.endsWith('.wasm')).length, 1);
});
