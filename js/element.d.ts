// Types of 'article-highlighter/element'.
import type { Analysis } from './index.js';

/** The events of `<article-highlighter>`. */
export interface ArticleHighlighterEventMap extends HTMLElementEventMap {
  /** The content was marked; `detail` is the analysis of `element.text`. */
  highlight: CustomEvent<Analysis>;
  /** Marking failed (a bad `kinds` or `paint` attribute); `error` says why. */
  error: ErrorEvent;
}

/**
 * `<article-highlighter kinds="quotes speakers statistics" paint="auto">`:
 * marks the quotes, speakers, statistics (and terms) of its own content, and
 * again whenever the content changes. Registered by importing
 * 'article-highlighter/element'.
 */
export class ArticleHighlighterElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The result for the content as last marked, or null. */
  readonly analysis: Analysis | null;
  /** The text that was analysed: the offsets of `analysis` index into it. */
  readonly text: string;
  /** Marks the content now (it is done by itself after each change). */
  refresh(): void;
  addEventListener<K extends keyof ArticleHighlighterEventMap>(
    type: K,
    listener: (this: ArticleHighlighterElement, event: ArticleHighlighterEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'article-highlighter': ArticleHighlighterElement;
  }
}
