// The page: wires the text box, the analysis worker, the reading view and
// the panels together. Each job lives in its own module; this one holds the
// state (the analysed text and its result) and the order of events:
//
//   input → debounce → worker → result (newest only) → panels, then the
//   reading view painted in slices → keyboard and hover work on what is painted.
//
// #output's data-state says where that is: stale (the text changed),
// analysing, painting, done, or failed; aria-busy is set until done.

import { startAnalyser } from './analyser.js';
import { marksOf, packMarks } from './marks.js';
import { paint } from './paint.js';
import { renderCounts, renderSpeakers, renderNumbers } from './panels.js';
import { wireLinking } from './linking.js';
import { wireNavigation } from './navigate.js';
import { FORMATS, download, copy } from './export.js';
import { readFile, wireDrop, wirePaste } from './input.js';
import * as storage from './storage.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const output = $('output');
const status = $('status');
const progress = $('progress');

// A long text: longer than the longest features (10,000 words is about
// 60,000 characters). It shows a progress bar while analysed and painted,
// and is not put in the text box (see wirePaste in input.js).
const LONG = 100_000;

/** The text being analysed: the text box's value, or a long text kept aside. */
let source = '';
/** What is on screen: the analysed text, its result and the painted elements. */
let shown = null; // {text, result, index}
let painter = null;
let filter; // undefined: all quotes; a speaker index, or null for "no speaker"
let ready = false;

$('fallback').remove();

const say = (message) => {
  status.textContent = message;
};

const plural = (n, one, many) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function summary(result) {
  return `${plural(result.quotes.length, 'quote', 'quotes')}, ${plural(result.speakers.length, 'speaker', 'speakers')}, ${plural(result.statistics.length, 'number', 'numbers')}, ${plural(result.terms.length, 'quoted term', 'quoted terms')}.`;
}

function setProgress(fraction, label) {
  progress.hidden = false;
  progress.value = fraction;
  progress.setAttribute('aria-valuetext', label);
}

// --- Analysis ---------------------------------------------------------

const analyser = startAnalyser({
  ready() {
    ready = true;
    if (!source) say('Ready: paste an article, open a file, or load the sample.');
  },
  failed(message) {
    output.dataset.state = 'failed';
    say(
      location.protocol === 'file:'
        ? 'This page must be opened from a web server: browsers do not load its analysis module from a file. Run `make serve` and open http://127.0.0.1:8000.'
        : `The analysis module could not load, so nothing can be marked. This needs a browser from 2022 or later (Chrome, Edge, Firefox, Safari). Details: ${message}`,
    );
  },
  busy(text) {
    output.setAttribute('aria-busy', 'true');
    output.dataset.state = 'analysing';
    if (text.length >= LONG) {
      say(`Analysing ${Math.round(text.length / 1000)} thousand characters…`);
      setProgress(0, 'analysing');
    }
  },
  error(message) {
    output.dataset.state = 'failed';
    say(`The analysis failed: ${message}`);
  },
  result(text, analysis) {
    if (text !== source) return; // typed since: a newer request is on its way
    performance.mark('analysed');
    // A long text is shown from the next frame on, so that receiving the
    // result and painting its first slice are not one long task.
    if (text.length < LONG) show(text, analysis);
    else requestAnimationFrame(() => text === source && show(text, analysis));
  },
});

/** Shows `analysis` ({result, speakers, numbers, marks}: see digest.js) of `text`. */
function show(text, { result, speakers, numbers, marks }) {
  painter?.cancel();
  linking.clear();
  shown = { text, result, index: null };
  filter = undefined;
  $('filter-line').hidden = true;
  renderCounts(document, result);
  const big = text.length >= LONG;
  // For a long text the panels wait a frame: the first frame lays out the
  // top of the text.
  const panels = () => {
    renderSpeakers($('speakers'), speakers, numbers, !text, pickSpeaker);
    renderNumbers($('numbers'), text, result, pickNumber);
  };
  if (big) requestAnimationFrame(() => shown?.result === result && panels());
  else panels();
  let spoken = -1;
  output.dataset.state = 'painting';
  // Off-screen paragraphs of a long text skip layout (see style.css).
  output.classList.toggle('big', text.length >= 50_000);
  painter = paint(output, text, marks, {
    progress(fraction) {
      if (!big || fraction >= 1) return;
      const percent = Math.round(fraction * 100);
      setProgress(fraction, `${percent}% marked`);
      // The status is read aloud: a new line each quarter, not each frame.
      const quarter = Math.floor(percent / 25) * 25;
      if (quarter !== spoken) say(`Marking… ${(spoken = quarter)}%`);
    },
    done(index) {
      performance.mark('marked');
      shown.index = index;
      navigation.setItems(index.quotes.map((pieces) => pieces?.[0]).filter(Boolean));
      progress.hidden = true;
      output.removeAttribute('aria-busy');
      output.dataset.state = 'done';
      if (text) say(summary(result));
      else if (ready) say('Ready: paste an article, open a file, or load the sample.');
    },
  });
}

let debounce = 0;
function schedule(now = false) {
  clearTimeout(debounce);
  // The painted marks no longer match the text: stop painting them.
  painter?.cancel();
  output.dataset.state = 'stale';
  output.setAttribute('aria-busy', 'true');
  const text = source;
  // Longer texts wait a little longer, so typing in a long article does not
  // start a full re-mark at every pause between two words.
  const wait = now ? 0 : Math.min(800, 150 + text.length / 2000);
  debounce = setTimeout(() => {
    // Marks for the browser's performance panel (and the 1 MB test).
    performance.mark('analyse');
    analyser.request(text);
    try {
      storage.save(text);
    } catch (error) {
      say(`Not kept: ${error.message}.`);
    }
  }, wait);
}

/** Replaces the whole text: in the text box, or beside it when long. */
function setText(text) {
  source = text;
  const long = text.length >= LONG;
  const hadFocus = document.activeElement === input;
  input.value = long ? '' : text;
  input.hidden = long;
  $('long').hidden = !long;
  if (long) {
    $('long-size').textContent = `${text.length.toLocaleString('en')} characters`;
    if (hadFocus) $('long-edit').focus();
  }
  schedule(true);
}

// --- Panels and filters -------------------------------------------------

function pickSpeaker(sp) {
  const index = shown?.index;
  if (!index) return;
  const same = filter === sp;
  filter = same ? undefined : sp;
  for (const el of output.querySelectorAll('mark.picked')) el.classList.remove('picked');
  for (const b of document.querySelectorAll('#speakers button')) {
    b.setAttribute('aria-pressed', String(!same && b.dataset.sp === (sp === null ? 'none' : String(sp))));
  }
  const quotes = [];
  if (filter !== undefined) {
    shown.result.quotes.forEach((q, i) => {
      if ((q.speaker ?? null) === filter && index.quotes[i]) quotes.push(i);
    });
    for (const i of quotes) for (const el of index.quotes[i]) el.classList.add('picked');
  }
  output.classList.toggle('filtering', filter !== undefined);
  const items = (filter === undefined ? index.quotes.map((_, i) => i) : quotes)
    .map((i) => index.quotes[i]?.[0])
    .filter(Boolean);
  navigation.setItems(items);
  const line = $('filter-line');
  line.hidden = filter === undefined;
  if (filter !== undefined) {
    const name = filter === null ? 'no speaker found' : shown.result.speakers[filter].name;
    $('filter-text').textContent = `Showing ${plural(quotes.length, 'quote', 'quotes')}: ${name}.`;
    if (items.length) navigation.go(0);
  }
}

function pickNumber(i) {
  const el = shown?.index?.statistics[i]?.[0];
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
  el.classList.remove('flash');
  // Restart the animation: a second click flashes again.
  void el.offsetWidth;
  el.classList.add('flash');
}

for (const box of document.querySelectorAll('[data-show]')) {
  output.classList.toggle(`hide-${box.dataset.show}`, !box.checked);
  box.addEventListener('change', () => output.classList.toggle(`hide-${box.dataset.show}`, !box.checked));
}
$('unfilter').addEventListener('click', () => filter !== undefined && pickSpeaker(filter));
addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && filter !== undefined) pickSpeaker(filter);
});

// --- Reading view -------------------------------------------------------

const linking = wireLinking(output, $('tip'), () => (shown?.index ? shown : null));
const navigation = wireNavigation(output);

// --- Export -------------------------------------------------------------

function exported() {
  if (!shown) return null;
  const format = $('format').value;
  return { format, content: FORMATS[format].build(shown.text, shown.result) };
}

$('download').addEventListener('click', () => {
  const e = exported();
  if (!e) return ($('export-status').textContent = 'Nothing to export yet.');
  download(e.format, e.content);
  $('export-status').textContent = `Saved ${FORMATS[e.format].file}.`;
});
$('copy').addEventListener('click', async () => {
  const e = exported();
  if (!e) return ($('export-status').textContent = 'Nothing to copy yet.');
  try {
    await copy(e.content);
    $('export-status').textContent = `Copied the ${e.format.toUpperCase()} export to the clipboard.`;
  } catch (error) {
    $('export-status').textContent = `Could not copy: ${error.message}. Use Download instead.`;
  }
});

// --- Input --------------------------------------------------------------

input.addEventListener('input', () => {
  source = input.value;
  schedule();
});
wirePaste(input, LONG, setText);
$('long-edit').addEventListener('click', () => {
  // The reader's choice: the browser may pause while it lays the text out.
  input.value = source;
  input.hidden = false;
  $('long').hidden = true;
  input.focus();
});
$('long-clear').addEventListener('click', () => {
  setText('');
  input.focus();
});

async function takeFile(file) {
  try {
    setText(await readFile(file));
    say(`Opened ${file.name}.`);
  } catch (error) {
    say(`Could not open that file: ${error.message}.`);
  }
}
wireDrop(input, takeFile);
$('open').addEventListener('click', () => $('file').click());
$('file').addEventListener('change', () => {
  const file = $('file').files[0];
  if (file) takeFile(file);
  $('file').value = '';
});

$('sample').addEventListener('click', async () => {
  try {
    const response = await fetch('sample-article.txt');
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    setText(await response.text());
  } catch (error) {
    say(`Could not load the sample article: ${error.message}.`);
  }
});
$('clear').addEventListener('click', () => {
  setText('');
  input.focus();
});

const keep = $('keep');
keep.checked = storage.keeping();
keep.addEventListener('change', () => {
  try {
    storage.setKeeping(keep.checked, source);
    say(keep.checked
      ? 'Your text is kept in this browser until you untick the box.'
      : 'Nothing is kept in this browser.');
  } catch (error) {
    keep.checked = false;
    say(`Cannot keep your text: ${error.message}.`);
  }
});

const kept = storage.keptText();
if (kept !== null) setText(kept);
else if (input.value) setText(input.value); // text the browser restored on reload
else {
  const nothing = { offsets: 'utf16', quotes: [], speakers: [], statistics: [], terms: [] };
  show('', { result: nothing, speakers: [], numbers: [], marks: packMarks(marksOf(nothing, 0)) });
}
