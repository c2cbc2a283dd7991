// The embedding example: <article-highlighter> around a news article, with
// controls for its attributes. Importing the element registers it; it marks
// its content by itself and again after every change.
import './pkg/element.js';

const story = document.getElementById('story');
const form = document.querySelector('.controls');
const status = document.getElementById('status');
const list = document.getElementById('speakers');

// What the element found, listed with textContent only.
story.addEventListener('highlight', (event) => {
  const { quotes, speakers, statistics } = event.detail;
  status.textContent = `${quotes.length} quotes, ${speakers.length} speakers, ${statistics.length} numbers`;
  list.replaceChildren(
    ...speakers.map((speaker, index) => {
      const item = document.createElement('li');
      const count = quotes.filter((q) => q.speaker === index).length;
      item.textContent = `${speaker.name}: ${count} quote${count === 1 ? '' : 's'}`;
      return item;
    }),
  );
  document.documentElement.dataset.highlighted = String(Number(document.documentElement.dataset.highlighted ?? 0) + 1);
});
story.addEventListener('error', (event) => {
  status.textContent = `Could not mark the article: ${event.message}`;
});

form.addEventListener('change', () => {
  const kinds = [...form.querySelectorAll('input[name="kind"]:checked')].map((box) => box.value);
  story.setAttribute('kinds', kinds.join(' '));
  story.setAttribute('paint', form.elements.paint.value);
});

// A change of the content: the element marks the new paragraph by itself.
document.getElementById('add').addEventListener('click', (event) => {
  const update = document.createElement('p');
  update.textContent = '“We will publish the full figures next week,” a spokesperson for the authority said later.';
  story.querySelector('article').append(update);
  event.currentTarget.disabled = true;
});

// The first run happened while this module was being imported.
if (story.analysis) story.dispatchEvent(new CustomEvent('highlight', { detail: story.analysis }));
