// What the worker sends the page for one analysis: everything that can be
// worked out away from the page's thread is worked out here.

import { speakerStats } from './summary.js';
import { marksOf, packMarks, buffers, speakerNumbers } from './marks.js';

/**
 * The message for `result` of `text`, and what to transfer with it:
 * `json` holds {result, speakers, numbers} (the "Who is quoted" figures and
 * each speaker's number), as one string because the page parses 600 KB of
 * JSON (the result for 1 MB of text) about three times faster than it
 * rebuilds the same objects from a structured clone; `marks` is the sorted
 * mark list, packed (see marks.js).
 */
export function digest(text, result) {
  const speakers = speakerStats(text, result);
  const numbers = speakerNumbers(speakers, result.speakers.length);
  const marks = packMarks(marksOf(result, text.length, numbers));
  return {
    message: { json: JSON.stringify({ result, speakers, numbers }), marks },
    transfer: buffers(marks),
  };
}
