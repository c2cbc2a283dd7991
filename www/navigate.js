// Moving between quotes with the keyboard. The reading view is one Tab
// stop (a roving tabindex: the current quote has tabindex 0, the others
// -1), so thousands of quotes do not stand between the reader and the
// panels. Inside it, j / ↓ / → go to the next quote and k / ↑ / ← to the
// previous one, Home and End to the first and last; j and k also work from
// anywhere that is not a text field, and go back to the current quote.

const NEXT = new Set(['j', 'ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['k', 'ArrowUp', 'ArrowLeft']);

const typing = (el) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/** Wires keyboard navigation in `output`; `onMove(el)` after each move. */
export function wireNavigation(output, onMove) {
  let items = [];
  let at = -1;

  const setCurrent = (i) => {
    if (items[at]) items[at].tabIndex = -1;
    at = i;
    if (items[at]) items[at].tabIndex = 0;
  };

  const go = (i) => {
    if (items.length === 0) return;
    setCurrent(Math.max(0, Math.min(items.length - 1, i)));
    items[at].focus({ preventScroll: true });
    items[at].scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // 'nearest' can leave it under the screen edge; give it some air.
    const box = items[at].getBoundingClientRect();
    if (box.top < 60 || box.bottom > innerHeight - 60) items[at].scrollIntoView({ block: 'center' });
    onMove?.(items[at]);
  };

  addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || items.length === 0) return;
    const inside = output.contains(document.activeElement);
    const letter = e.key === 'j' || e.key === 'k';
    if (!inside && !(letter && !typing(document.activeElement))) return;
    if (!inside) {
      // Coming back to the article: to the quote where the reader left off.
      e.preventDefault();
      go(at < 0 ? 0 : at);
      return;
    }
    const from = items.indexOf(document.activeElement.closest('mark[data-kind="quote"]'));
    let to;
    if (NEXT.has(e.key)) to = from < 0 ? 0 : from + 1;
    else if (PREVIOUS.has(e.key)) to = from < 0 ? 0 : from - 1;
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = items.length - 1;
    else return;
    e.preventDefault();
    go(to);
  });

  // A click on a quote makes it the current one.
  output.addEventListener('focusin', (e) => {
    const i = items.indexOf(e.target);
    if (i >= 0 && i !== at) setCurrent(i);
  });

  return {
    /** The quotes to move between (first piece of each), in text order. */
    setItems(elements) {
      for (const el of items) el.tabIndex = -1;
      items = elements;
      at = -1;
      setCurrent(items.length ? 0 : -1);
    },
    go,
  };
}
