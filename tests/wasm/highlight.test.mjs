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
  const throws = (options, pattern) =>
    assert.throws(() => highlight('x', options), (e) => e instanceof Error && pattern.test(e.message), JSON.stringify(options));
  throws({ kinds: ['quotes', 'numbers'] }, /^invalid options: unknown kind "numbers" in `kinds`, expected one of `quotes`, `speakers`, `statistics`, `terms`$/);
  // An unknown field is named, with the fields there are.
  throws({ kind: ['quotes'] }, /^invalid options: unknown field `kind`, expected `kinds`$/);
  // A wrong type names the field.
  throws({ kinds: 'quotes' }, /^invalid options: `kinds` must be an array of `quotes`.*, not "quotes"$/);
  throws({ kinds: 1.5 }, /^invalid options: `kinds` must be an array of .*, not a number$/);
  throws({ kinds: ['quotes', 3] }, /^invalid options: `kinds` holds a number, expected only `quotes`/);
  throws({ kinds: [null] }, /^invalid options: `kinds` holds null/);
  throws({ kinds: [undefined] }, /^invalid options: `kinds` holds undefined,/);
  throws('quotes', /^invalid options: expected an object, not "quotes"$/);
  throws(['quotes'], /^invalid options: expected an object, not an array$/);
  throws(7, /^invalid options: expected an object, not a number$/);
});

test('absent options and absent fields mean the defaults', () => {
  const text = '“Yes, we will,” she said, calling it a 5% rise.';
  const all = JSON.stringify(highlight(text));
  for (const options of [undefined, null, {}, { kinds: undefined }, { kinds: ['quotes', 'speakers', 'statistics', 'terms'] }]) {
    assert.equal(JSON.stringify(highlight(text, options)), all, JSON.stringify(options));
  }
  assert.deepEqual(highlight(text, { kinds: [] }), { offsets: 'utf16', quotes: [], speakers: [], statistics: [], terms: [] });
});

// The result object is built in JS from a typed array (src/wasm/decode.js):
// every field the TypeScript declaration names, optional ones absent rather
// than null or undefined, nothing else.
test('the result has exactly the declared shape', () => {
  const text = [
    'Prices rose about 4.5 percent to between $200 and $300 a tonne, said Ana Ruiz, a grain trader.',
    '“We did not expect it,” she said. “Nobody did.',
    '“And it will go on,” she added.',
    'Sales doubled, and the council called the plan a “bold experiment”. “No comment.”',
    '“We did not expect it,” said Ana Ruiz, a grain trader at the port.',
  ].join('\n\n');
  const result = highlight(text);
  const span = (s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start <= s.end && s.end <= text.length;
  const keys = (o, required, optional) => {
    for (const k of required) assert.ok(k in o, `${k} in ${JSON.stringify(o)}`);
    for (const k of Object.keys(o)) assert.ok(required.includes(k) || optional.includes(k), `unexpected ${k}`);
    for (const k of optional) assert.ok(!(k in o) || (o[k] !== null && o[k] !== undefined), `${k} is absent or set`);
  };
  keys(result, ['offsets', 'quotes', 'speakers', 'statistics', 'terms'], []);
  const seen = new Set();
  for (const q of result.quotes) {
    keys(q, ['start', 'end', 'speaker', 'mention', 'cue'], ['continues']);
    assert.ok(span(q));
    assert.ok(q.speaker === null || Number.isInteger(q.speaker));
    for (const s of [q.mention, q.cue]) assert.ok(s === null || (span(s) && Object.keys(s).length === 2));
    if ('continues' in q) seen.add('continues');
  }
  for (const s of result.speakers) {
    keys(s, ['name', 'mentions'], ['role']);
    assert.equal(typeof s.name, 'string');
    assert.ok(s.mentions.every(span));
    if ('role' in s) seen.add('role');
  }
  for (const s of result.statistics) {
    keys(s, ['start', 'end', 'kind', 'value'], ['upper', 'unit', 'qualifier', 'change']);
    assert.ok(span(s));
    assert.ok(['count', 'percent', 'money', 'measure', 'range', 'ratio', 'change'].includes(s.kind), s.kind);
    assert.ok(s.value === null || Number.isFinite(s.value));
    if ('upper' in s) assert.ok(Number.isFinite(s.upper));
    for (const k of ['unit', 'qualifier']) if (k in s) assert.equal(typeof s[k], 'string');
    if ('change' in s) assert.ok(['rise', 'fall'].includes(s.change));
    for (const k of ['upper', 'unit', 'qualifier', 'change']) if (k in s) seen.add(k);
  }
  for (const t of result.terms) {
    keys(t, ['start', 'end'], []);
    assert.ok(span(t));
  }
  // The text above brings out every optional field.
  assert.deepEqual([...seen].sort(), ['change', 'continues', 'qualifier', 'role', 'unit', 'upper']);
  const percent = result.statistics.find((s) => s.kind === 'percent');
  assert.deepEqual(percent, { start: 12, end: 29, kind: 'percent', value: 4.5, unit: '%', qualifier: 'about', change: 'rise' });
  assert.equal(text.slice(percent.start, percent.end), 'about 4.5 percent');
});

test('lone surrogates and control characters still give a result', () => {
  const text = '\uD800 “Broken \uDC00 text\u0000,” he said.\u0007';
  const result = highlight(text);
  assert.equal(result.quotes.length, 1);
  assert.equal(text.slice(result.quotes[0].start, result.quotes[0].end), '“Broken \uDC00 text\u0000,”');
});

// src/wasm/input.rs copies the text in one of three ways: all of it fits in
// one byte a UTF-16 unit and an eighth (ASCII, news in Latin script), the
// rest is measured and written after it, or (mostly another script) the text
// is written again at its exact size. Each way gives the same offsets.
test('the text reads the same however much of it is outside ASCII', () => {
  const quote = '“We will act now,” Ana Ruiz said.';
  const texts = {
    ascii: '"We will act now," Ana Ruiz said. ' + 'Plain words here. '.repeat(200),
    latin: quote + ' A café on the corner, said the mayor. '.repeat(200),
    'slack exceeded': 'Ein Vorhaben. '.repeat(20) + quote + ' Ünïcödé ëvërÿwhërë. '.repeat(200),
    greek: 'Η κυβέρνηση ανακοίνωσε. '.repeat(100) + quote + ' Τέλος.',
    cjk: '中文新闻报道。'.repeat(300) + quote + ' 😀 ' + '\ud800' + ' end',
  };
  for (const [name, text] of Object.entries(texts)) {
    const result = highlight(text);
    const marks = name === 'ascii' ? '"We will act now,"' : '“We will act now,”';
    assert.deepEqual(result.quotes.map((q) => text.slice(q.start, q.end)), [marks], name);
    const q = result.quotes[0];
    assert.equal(text.slice(q.mention.start, q.mention.end), 'Ana Ruiz', name);
  }
});
