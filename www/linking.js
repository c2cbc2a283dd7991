// Hover and focus in the reading view: a quote shows who said it and lights
// the words that name the speaker; a mention lights that speaker's quotes;
// a number shows its kind and value. One floating tip, written with text
// only, described to screen readers through aria-describedby.

import { spanKey } from './marks.js';
import { describeStatistic } from './summary.js';

/**
 * Wires `output` and the tip element. `model()` returns the current
 * {text, result, index} (or null while nothing is painted).
 */
export function wireLinking(output, tip, model) {
  let lit = [];
  let described = null;

  const clear = () => {
    for (const el of lit) el.classList.remove('lit');
    lit = [];
    described?.removeAttribute('aria-describedby');
    described = null;
    tip.hidden = true;
  };

  const light = (els) => {
    for (const el of els ?? []) {
      el.classList.add('lit');
      lit.push(el);
    }
  };

  const show = (mark) => {
    const m = model();
    if (!m) return;
    const { result, index } = m;
    const kind = mark.dataset.kind;
    let lines;
    if (kind === 'quote') {
      const quote = result.quotes[mark.dataset.q];
      if (!quote) return;
      light(index.quotes[mark.dataset.q]);
      if (quote.mention) light(index.mentions.get(spanKey(quote.mention)));
      const speaker = quote.speaker === null ? null : result.speakers[quote.speaker];
      lines = speaker
        ? [`Said by ${speaker.name}`, speaker.role ?? '']
        : ['No speaker found for this quote'];
    } else if (kind === 'speaker') {
      const sp = Number(mark.dataset.sp);
      const speaker = result.speakers[sp];
      if (!speaker) return;
      light(index.mentions.get(mark.dataset.key));
      const quotes = [];
      result.quotes.forEach((q, i) => q.speaker === sp && quotes.push(i));
      for (const i of quotes) light(index.quotes[i]);
      lines = [speaker.name, `${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'}`, speaker.role ?? ''];
    } else if (kind === 'statistic') {
      const stat = result.statistics[mark.dataset.st];
      if (!stat) return;
      light(index.statistics[mark.dataset.st]);
      lines = [describeStatistic(stat)];
    } else {
      light(index.terms[mark.dataset.t]);
      lines = ['Quoted term: nobody’s words (a scare quote, title or name)'];
    }
    tip.replaceChildren(...lines.filter(Boolean).map((line) => {
      const div = document.createElement('div');
      div.textContent = line;
      return div;
    }));
    tip.hidden = false;
    place(mark);
    described = mark;
    mark.setAttribute('aria-describedby', tip.id);
  };

  // Above the first line box of the mark (the mention of a quote usually
  // follows it, so below would cover what was just lit), kept inside the
  // viewport; below the last line when there is no room above.
  const place = (mark) => {
    const boxes = mark.getClientRects();
    const first = boxes[0] ?? mark.getBoundingClientRect();
    const last = boxes[boxes.length - 1] ?? first;
    const width = tip.offsetWidth;
    const left = Math.max(4, Math.min(first.left, innerWidth - width - 4));
    let top = first.top - tip.offsetHeight - 6;
    if (top < 4) top = Math.min(last.bottom + 6, innerHeight - tip.offsetHeight - 4);
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  };

  let current = null;
  const enter = (target) => {
    const mark = target instanceof Element ? target.closest('#output mark') : null;
    if (mark === current) return;
    clear();
    current = mark;
    if (mark) show(mark);
  };

  output.addEventListener('pointerover', (e) => enter(e.target));
  output.addEventListener('pointerleave', () => enter(null));
  output.addEventListener('focusin', (e) => enter(e.target));
  output.addEventListener('focusout', () => enter(null));
  addEventListener('scroll', () => current && place(current), { passive: true });
  addEventListener('keydown', (e) => e.key === 'Escape' && enter(null));

  return { clear: () => enter(null) };
}
