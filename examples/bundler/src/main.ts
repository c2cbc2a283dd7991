// An app that uses every door of the package through a bundler: the text
// API, highlightElement on a part of the page, and the custom element.
import { highlight, highlightElement, type Analysis, type HighlightHandle } from 'article-highlighter';
import 'article-highlighter/element';

const $ = <T extends Element>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
};

// 1. Text in, result out: offsets are UTF-16, right for String.prototype.slice.
const text = '“It works offline,” the developer said, after 3 tries.';
const result: Analysis = highlight(text, { kinds: ['quotes', 'statistics'] });
const quoted = result.quotes.map((q) => text.slice(q.start, q.end));
$('#summary').textContent = `${result.quotes.length} quote: ${quoted.join(', ')}; ${result.statistics.length} statistic`;

// 2. A live part of the page, marked in place; the handle takes it off again.
const story = $<HTMLElement>('#story');
let handle: HighlightHandle | null = highlightElement(story);
const list = $('#speakers');
for (const speaker of handle.analysis.speakers) {
  const item = document.createElement('li');
  item.textContent = `${speaker.name}: ${speaker.mentions.length} mention(s)`;
  list.append(item);
}
$<HTMLButtonElement>('#toggle').addEventListener('click', (event) => {
  const button = event.currentTarget as HTMLButtonElement;
  if (handle) {
    handle.clear();
    handle = null;
    button.textContent = 'Mark again';
  } else {
    handle = highlightElement(story, { paint: 'auto' });
    button.textContent = 'Clear the marks';
  }
});

// 3. The custom element marks itself and says so.
// HTMLElementTagNameMap knows the tag: `element` is an ArticleHighlighterElement.
const element = document.querySelector('article-highlighter');
if (!element) throw new Error('missing <article-highlighter>');
const show = (analysis: Analysis) => {
  $('#element-summary').textContent = `The element found ${analysis.quotes.length} quote(s) and ${analysis.statistics.length} statistic(s).`;
};
element.addEventListener('highlight', (event) => show(event.detail));
if (element.analysis) show(element.analysis);

document.documentElement.dataset.ready = handle.paint;
