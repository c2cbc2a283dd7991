// The analysis, off the main thread: a 1 MB article takes the core about
// 0.1 s, and the page must keep answering clicks and keys meanwhile.
//
// Protocol: the page posts {id, text}; the worker answers {id, json} where
// json is the JSON of {result, speakers} (speakers: the "Who is quoted"
// figures, counted here because counting the words of 4,000 quotes is work
// the page's thread need not do), or {id, error}. Before the first answer it posts {ready: true} or
// {failed: message} once, so the page can say why nothing will be marked.
import init, { highlight } from './pkg/article_highlighter.js';
import { speakerStats } from './summary.js';

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
    const result = highlight(text);
    // As one JSON string: the page's thread parses 600 KB of JSON (the
    // result for 1 MB of text) about three times faster than it rebuilds
    // the same objects from a structured clone.
    postMessage({ id, json: JSON.stringify({ result, speakers: speakerStats(text, result) }) });
  } catch (error) {
    postMessage({ id, error: String(error?.message ?? error) });
  }
};
