// The analysis, off the main thread: a 1 MB article takes the core about
// 0.1 s, and the page must keep answering clicks and keys meanwhile.
//
// Protocol: the page posts {id, text}; the worker answers {id, json, marks}
// (see digest.js) or {id, error}. Before the first answer it posts {ready: true} or
// {failed: message} once, so the page can say why nothing will be marked.
import init, { highlight } from './pkg/article_highlighter.js';
import { digest } from './digest.js';

const ready = init().then(
  () => postMessage({ ready: true }),
  (error) => {
    postMessage({ failed: String(error?.message ?? error) });
    throw error;
  },
);

self.onmessage = async ({ data }) => {
  const { id, text } = data;
  try {
    await ready;
    const { message, transfer } = digest(text, highlight(text));
    postMessage({ id, ...message }, transfer);
  } catch (error) {
    postMessage({ id, error: String(error?.message ?? error) });
  }
};
