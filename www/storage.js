// "Keep my text in this browser": off unless the reader turns it on. Off
// means nothing is written at all (not even the choice); turning it off
// again erases what was kept.

const KEEP = 'article-highlighter:keep';
const TEXT = 'article-highlighter:text';

// localStorage throws in some private modes and when storage is disabled.
const store = () => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

/** Whether the reader asked to keep their text. */
export function keeping() {
  return store()?.getItem(KEEP) === 'yes';
}

/** The kept text, or null. */
export function keptText() {
  return keeping() ? store()?.getItem(TEXT) ?? null : null;
}

/** Turns keeping on (saving `text` now) or off (erasing everything kept). */
export function setKeeping(on, text) {
  const s = store();
  if (!s) throw new Error('this browser does not allow the page to keep anything');
  if (on) {
    s.setItem(KEEP, 'yes');
    save(text);
  } else {
    s.removeItem(KEEP);
    s.removeItem(TEXT);
  }
}

/** Saves `text` if keeping is on; throws when the browser's storage is full. */
export function save(text) {
  if (!keeping()) return;
  try {
    store().setItem(TEXT, text);
  } catch {
    store().removeItem(TEXT);
    throw new Error('this text is too long to keep in the browser; it is not kept');
  }
}
