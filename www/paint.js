// Paints a text and its marks into the reading view, in slices across
// animation frames: a 1 MB article with thousands of marks is tens of
// thousands of nodes, too many to build in one frame without freezing the
// page. The top (what the reader sees first) is painted first.
//
// The text becomes one block per line, and blank lines their own blocks,
// grouped in chunks, so that each slice only lays out its own blocks and
// the stylesheet can skip off-screen chunks (content-visibility). The newlines stay in the
// text nodes: the view's textContent is exactly the analysed text. Marks
// never cross a block: one that does is painted as one piece per block.
// Text only ever enters the DOM as text nodes.

import { hueOf, badgeOf, markAt } from './marks.js';

/** Longest block, in UTF-16 units: a 10 MB text without a newline is still painted in slices. */
export const MAX_BLOCK = 4096;

/**
 * Blocks are grouped in chunks of about this many UTF-16 units. A chunk is
 * what the stylesheet lets the browser skip when off-screen: a few dozen
 * chunks for 1 MB, not tens of thousands of paragraphs to check per frame.
 */
export const CHUNK = 4096;

/**
 * The [start, end, gap] of each block of `text`: a line with its newline,
 * then the blank lines after it as a `gap` block, which the stylesheet
 * makes shorter than a line of text (a blank line between paragraphs would
 * otherwise be a full 1.8-line gap).
 */
export function* blocksOf(text, max = MAX_BLOCK) {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    end = end < 0 ? text.length : end + 1;
    if (end - start > max) end = cut(text, start, max);
    yield [start, end, false];
    let gap = end;
    while (gap < text.length && (text[gap] === '\n' || text[gap] === '\r')) gap += 1;
    if (gap > end) yield [end, gap, true];
    start = gap;
  }
}

// Where to cut an over-long line: after the last space of its first `max`
// units, or at `max` if there is none, but never inside a surrogate pair.
function cut(text, start, max) {
  const limit = start + max;
  const space = text.lastIndexOf(' ', limit - 1);
  if (space > start + max / 2) return space + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * What the painter built, for linking, panels and keyboard navigation:
 * the elements of each quote, mention (by span key), speaker and statistic,
 * in text order. A mark cut at a block edge has several elements.
 */
function emptyIndex() {
  return { quotes: [], mentions: new Map(), speakers: [], statistics: [], terms: [] };
}

const push = (list, i, el) => (list[i] ??= []).push(el);

function element(mark, start, end, index) {
  const el = document.createElement('mark');
  el.dataset.kind = mark.kind;
  const hue = hueOf(mark.n);
  if (hue !== null) el.dataset.hue = hue;
  if (mark.kind === 'quote') {
    el.dataset.q = mark.q;
    if (mark.sp !== null) el.dataset.sp = mark.sp;
    push(index.quotes, mark.q, el);
    // Only the first piece is a stop for the keyboard, and the last carries
    // the badge with the speaker's number (or "?"), so colour is not the
    // only link between a quote and its speaker.
    if (start === mark.start) el.tabIndex = -1;
    if (end === mark.end) el.dataset.badge = badgeOf(mark.n);
  } else if (mark.kind === 'speaker') {
    el.dataset.sp = mark.sp;
    el.dataset.key = mark.key;
    if (end === mark.end) el.dataset.badge = badgeOf(mark.n);
    push(index.speakers, mark.sp, el);
    const list = index.mentions.get(mark.key);
    if (list) list.push(el);
    else index.mentions.set(mark.key, [el]);
  } else if (mark.kind === 'statistic') {
    el.dataset.st = mark.st;
    if (start === mark.start) el.tabIndex = -1;
    push(index.statistics, mark.st, el);
  } else {
    el.dataset.t = mark.t;
    push(index.terms, mark.t, el);
  }
  return el;
}

/** One block [bs, be) (a `gap` of blank lines or not) with the marks that overlap it (sorted, enclosing first). */
function block(text, bs, be, gap, marks, index) {
  const div = document.createElement('div');
  div.className = gap ? 'blk gap' : 'blk';
  const stack = [{ node: div, end: be }];
  let pos = bs;
  const emit = (until) => {
    if (until > pos) stack.at(-1).node.append(text.slice(pos, until));
    pos = Math.max(pos, until);
  };
  for (const mark of marks) {
    const start = Math.max(mark.start, bs);
    while (stack.length > 1 && stack.at(-1).end <= start) {
      emit(stack.at(-1).end);
      stack.pop();
    }
    const end = Math.min(mark.end, stack.at(-1).end);
    // A mark that overlaps an earlier sibling without nesting in it is
    // dropped rather than painted wrong.
    if (start < pos || start >= end) continue;
    emit(start);
    const el = element(mark, start, end, index);
    stack.at(-1).node.append(el);
    stack.push({ node: el, end });
  }
  while (stack.length > 1) {
    emit(stack.at(-1).end);
    stack.pop();
  }
  emit(be);
  return div;
}

/**
 * Paints `text` with `marks` (from marksOf, packed) into `container`, a slice per
 * frame of about `budget` ms. Calls `progress(fraction)` after each slice
 * and `done(index)` at the end. Returns {cancel(), index}.
 */
export function paint(container, text, marks, { progress, done, budget = 8 } = {}) {
  const index = emptyIndex();
  const blocks = blocksOf(text);
  let open = []; // marks that started in an earlier block and go on
  let next = 0; // the first mark not yet in a block
  let first = true;
  let chunk = null; // the chunk blocks go into (it may be on the page already)
  let chunkStart = 0;
  let frame = 0;
  let cancelled = false;

  const slice = () => {
    frame = 0;
    if (cancelled) return;
    const fragment = document.createDocumentFragment();
    // The first slice is half size: its frame also lays out everything else
    // that changed with the new result.
    const until = performance.now() + (first ? budget / 2 : budget);
    let painted = text.length;
    let finished = true;
    for (let b = blocks.next(); !b.done; b = blocks.next()) {
      const [bs, be, gap] = b.value;
      const here = open.filter((m) => m.end > bs);
      while (next < marks.count && marks.start[next] < be) here.push(markAt(marks, next++));
      open = here.filter((m) => m.end > be);
      if (!chunk || bs - chunkStart >= CHUNK) {
        chunk = document.createElement('div');
        chunk.className = 'chunk';
        chunkStart = bs;
        fragment.append(chunk);
      }
      chunk.append(block(text, bs, be, gap, here, index));
      if (performance.now() > until) {
        painted = be;
        finished = be >= text.length;
        break;
      }
    }
    if (first) container.replaceChildren(fragment);
    else container.append(fragment);
    first = false;
    progress?.(text.length ? painted / text.length : 1);
    if (finished) done?.(index);
    else frame = requestAnimationFrame(slice);
  };
  slice();
  return {
    index,
    cancel() {
      cancelled = true;
      cancelAnimationFrame(frame);
    },
  };
}
