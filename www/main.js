// The page: analyses the pasted text with the WebAssembly module and paints
// the marks. Pasted text only ever becomes text nodes, never markup.
import init, { highlight } from './pkg/article_highlighter.js';

const input = document.getElementById('input');
const output = document.getElementById('output');
const status = document.getElementById('status');

/** Every mark of a result as {start, end, kind, title}, enclosing marks first. */
function marksOf(result) {
  const marks = [];
  for (const q of result.quotes) {
    const speaker = q.speaker === null ? null : result.speakers[q.speaker].name;
    marks.push({ start: q.start, end: q.end, kind: 'quote', title: speaker ? `Quote: ${speaker}` : 'Quote' });
  }
  for (const s of result.speakers) {
    for (const m of s.mentions) marks.push({ start: m.start, end: m.end, kind: 'speaker', title: `Speaker: ${s.name}` });
  }
  for (const s of result.statistics) {
    marks.push({ start: s.start, end: s.end, kind: 'statistic', title: `${s.kind}${s.value === null ? '' : `: ${s.value}`}` });
  }
  for (const t of result.terms) marks.push({ start: t.start, end: t.end, kind: 'term', title: 'Term' });
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A fragment of `text` with `marks` nested as <mark> elements around text nodes. */
export function paint(text, marks) {
  const root = document.createDocumentFragment();
  const stack = [{ node: root, end: text.length }];
  let pos = 0;
  const emit = (until) => {
    if (until > pos) stack.at(-1).node.append(document.createTextNode(text.slice(pos, until)));
    pos = Math.max(pos, until);
  };
  for (const mark of marks) {
    while (stack.length > 1 && stack.at(-1).end <= mark.start) {
      emit(stack.at(-1).end);
      stack.pop();
    }
    const end = Math.min(mark.end, stack.at(-1).end);
    if (mark.start < pos || mark.start >= end) continue;
    emit(mark.start);
    const el = document.createElement('mark');
    el.dataset.kind = mark.kind;
    el.title = mark.title;
    stack.at(-1).node.append(el);
    stack.push({ node: el, end });
  }
  while (stack.length > 1) {
    emit(stack.at(-1).end);
    stack.pop();
  }
  emit(text.length);
  return root;
}

function update() {
  const text = input.value;
  const result = highlight(text);
  output.replaceChildren(paint(text, marksOf(result)));
  status.textContent = `${result.quotes.length} quotes, ${result.speakers.length} speakers, ${result.statistics.length} statistics`;
}

let pending = 0;
function schedule() {
  clearTimeout(pending);
  pending = setTimeout(update, 150);
}

try {
  await init();
  input.addEventListener('input', schedule);
  update();
} catch (error) {
  status.textContent = location.protocol === 'file:'
    ? 'This page must be served over http (run `make serve`): browsers do not load WebAssembly from file://.'
    : `The analysis module could not load in this browser (${error.message}).`;
}
