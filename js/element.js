// <article-highlighter>: marks the quotes, speakers and numbers of its own
// content, and again whenever that content changes.
//
//   <script type="module">import 'article-highlighter/element';</script>
//   <article-highlighter kinds="quotes speakers statistics">
//     <p>“We will build it,” the mayor said. Costs rose 12%.</p>
//   </article-highlighter>
//
// The content stays in the light DOM, so the page's own CSS keeps styling
// the article; the marks are painted by highlightElement (see index.js), and
// coloured through the custom properties --ah-quote-background,
// --ah-speaker-background, --ah-statistic-background, --ah-term-background.
import { highlightElement } from './index.js';

/** How long the content must rest before it is marked again, in ms. */
const SETTLE_MS = 150;

/** What counts as a change of the content: text, nodes, and what hides them. */
const WATCH = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'aria-hidden', 'class', 'style'],
};

export class ArticleHighlighterElement extends HTMLElement {
  static observedAttributes = ['kinds', 'paint'];

  #handle = null;
  #timer = 0;
  // Set once connected: attributes given in the markup are reported before
  // connectedCallback, which marks the content once for all of them.
  #live = false;
  #observer = new MutationObserver(() => this.#schedule());

  connectedCallback() {
    this.#live = true;
    this.refresh();
  }

  disconnectedCallback() {
    this.#live = false;
    clearTimeout(this.#timer);
    this.#observer.disconnect();
    this.#clear();
  }

  attributeChangedCallback(_name, before, after) {
    if (before !== after && this.#live) this.refresh();
  }

  /** The result for the content as last marked, or null. */
  get analysis() {
    return this.#handle?.analysis ?? null;
  }

  /** The text that was analysed: the offsets of `analysis` index into it. */
  get text() {
    return this.#handle?.text ?? '';
  }

  /** Marks the content now (it is done by itself after each change). */
  refresh() {
    clearTimeout(this.#timer);
    // Our own marks are no change of the content: stop watching while they
    // are taken off and painted again (disconnect also drops what is queued).
    this.#observer.disconnect();
    try {
      this.#clear();
      if (!this.isConnected) return;
      this.#handle = highlightElement(this, this.#options());
      this.dispatchEvent(new CustomEvent('highlight', { detail: this.#handle.analysis }));
    } catch (error) {
      console.error('<article-highlighter>:', error);
      this.dispatchEvent(new ErrorEvent('error', { error, message: String(error?.message ?? error) }));
    } finally {
      if (this.isConnected) this.#observer.observe(this, WATCH);
    }
  }

  #options() {
    const options = {};
    const kinds = this.getAttribute('kinds');
    if (kinds !== null && kinds.trim() !== '') options.kinds = kinds.trim().split(/[\s,]+/);
    const paint = this.getAttribute('paint');
    if (paint !== null && paint !== '') options.paint = paint;
    return options;
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.refresh(), SETTLE_MS);
  }

  #clear() {
    const handle = this.#handle;
    this.#handle = null;
    if (handle) {
      handle.clear();
      handle.free();
    }
  }
}

if (!customElements.get('article-highlighter')) {
  customElements.define('article-highlighter', ArticleHighlighterElement);
}
