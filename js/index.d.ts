// The types of the package's main entry (browser, bundler and Node alike):
// those of the WebAssembly module, without its init functions, which the
// entry runs itself.
export { highlight, highlightElement, HighlightHandle } from './article_highlighter.js';
export type {
  Analysis,
  ElementOptions,
  Kind,
  Options,
  Paint,
  Quote,
  Span,
  Speaker,
  Statistic,
  StatisticKind,
  Term,
} from './article_highlighter.js';
