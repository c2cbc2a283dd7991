// The WebAssembly module as the page loads it (www/pkg, built by `make
// build`), exercised from Node: offsets in UTF-16 code units, errors for bad
// options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, highlight } from '../../www/pkg/article_highlighter.js';

initSync({ module: readFileSync(new URL('../../www/pkg/article_highlighter_bg.wasm', import.meta.url)) });

test('offsets are UTF-16 code units, right for slice() with curly quotes and emoji', () => {
  const text = '😀👍🏽 Fans 中文 cheered. “We won 😀 today,” she said. “Again!”';
  const result = highlight(text);
  assert.equal(result.offsets, 'utf16');
  assert.deepEqual(result.quotes.map((q) => text.slice(q.start, q.end)), ['“We won 😀 today,”', '“Again!”']);
});

test('the result is plain JSON-compatible data', () => {
  const result = highlight('“Yes, we will,” she said.');
  assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  for (const key of ['quotes', 'speakers', 'statistics', 'terms']) assert.ok(Array.isArray(result[key]), key);
});

test('kinds limits what is reported', () => {
  const text = '“Yes, we will,” she said, calling it “a real shame.”';
  assert.equal(highlight(text, { kinds: ['statistics'] }).quotes.length, 0);
  assert.ok(highlight(text, { kinds: ['quotes'] }).quotes.length > 0);
  assert.ok(highlight(text, null).quotes.length > 0);
});

test('bad options throw an Error that says what is wrong', () => {
  assert.throws(() => highlight('x', { kinds: ['quotes', 'numbers'] }), (e) => e instanceof Error && /numbers/.test(e.message));
  assert.throws(() => highlight('x', { kind: ['quotes'] }), (e) => e instanceof Error && /unknown field `kind`/.test(e.message));
  assert.throws(() => highlight('x', { kinds: 'quotes' }), (e) => e instanceof Error && /invalid options/.test(e.message));
});

test('lone surrogates and control characters still give a result', () => {
  const text = '\uD800 “Broken \uDC00 text\u0000,” he said.\u0007';
  const result = highlight(text);
  assert.equal(result.quotes.length, 1);
  assert.equal(text.slice(result.quotes[0].start, result.quotes[0].end), '“Broken \uDC00 text\u0000,”');
});
