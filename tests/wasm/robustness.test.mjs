// The built module (www/pkg) on strings only JavaScript can make: lone
// surrogates, which have no UTF-8 form. The boundary reads each as U+FFFD,
// one UTF-16 unit like the surrogate itself, so every offset still counts
// the caller's string: in bounds, never inside a surrogate pair, and
// text.slice() gives the marked words. Also: generated text rich in quote
// marks keeps the result's invariants as JS sees them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, highlight } from '../../www/pkg/article_highlighter.js';

initSync({ module: readFileSync(new URL('../../www/pkg/article_highlighter_bg.wasm', import.meta.url)) });

const isHigh = (u) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u) => u >= 0xdc00 && u <= 0xdfff;

/** Every span of a result, with a name for messages. */
function spans(result) {
  const out = [];
  result.quotes.forEach((q, i) => {
    out.push([`quote ${i}`, q]);
    if (q.mention) out.push([`quote ${i} mention`, q.mention]);
    if (q.cue) out.push([`quote ${i} cue`, q.cue]);
  });
  result.speakers.forEach((s, i) => s.mentions.forEach((m, j) => out.push([`speaker ${i} mention ${j}`, m])));
  result.statistics.forEach((s, i) => out.push([`statistic ${i}`, s]));
  result.terms.forEach((t, i) => out.push([`term ${i}`, t]));
  return out;
}

/** The invariants of src/invariants.rs, in UTF-16 units. */
function checkResult(text, result) {
  const where = () => JSON.stringify(text).slice(0, 300);
  assert.equal(result.offsets, 'utf16');
  for (const [name, { start, end }] of spans(result)) {
    assert.ok(Number.isInteger(start) && Number.isInteger(end), `${name} not integers in ${where()}`);
    assert.ok(start >= 0 && start <= end && end <= text.length, `${name} [${start}, ${end}) out of bounds in ${where()}`);
    for (const at of [start, end]) {
      const splits = at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
      assert.ok(!splits, `${name} splits a surrogate pair at ${at} in ${where()}`);
    }
  }
  let previousEnd = 0;
  for (const [i, q] of result.quotes.entries()) {
    assert.ok(q.start >= previousEnd, `quote ${i} overlaps the one before in ${where()}`);
    previousEnd = q.end;
    assert.ok(q.speaker === null || (q.speaker >= 0 && q.speaker < result.speakers.length), `quote ${i} speaker ${q.speaker}`);
  }
}

test('lone surrogates count as one unit each: the quote slices out whole', () => {
  const text = '\uD800 “Broken \uDC00 text,” she said. \uDBFF\uD800 “Again \uDFFF,” he said.\uDC00';
  const result = highlight(text);
  checkResult(text, result);
  assert.deepEqual(
    result.quotes.map((q) => text.slice(q.start, q.end)),
    ['“Broken \uDC00 text,”', '“Again \uDFFF,”'],
  );
});

test('a surrogate pair next to a lone surrogate is still one character', () => {
  const text = '\uDC00😀\uD800 “We won 😀,” \uD83D she said.';
  const result = highlight(text);
  checkResult(text, result);
  assert.deepEqual(result.quotes.map((q) => text.slice(q.start, q.end)), ['“We won 😀,”']);
});

test('generated text with lone surrogates, marks and emoji keeps the invariants', () => {
  const pieces = [
    '“', '”', '‘', '’', '"', "'", '«', '»', '„', ' said', ' he', ' Ann Lee', ' 4.5%', ' $3 million', ' ', ' ', ',', '.',
    '\n', '\n\n', '😀', '中', 'שלום', '\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'don\u2019t', ' the ’90s',
  ];
  let seed = 0x2545f491;
  const random = (n) => {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  for (let round = 0; round < 2000; round++) {
    let text = '';
    const length = random(60);
    for (let i = 0; i < length; i++) text += pieces[random(pieces.length)];
    checkResult(text, highlight(text));
  }
});
