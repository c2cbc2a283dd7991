// article-highlighter for browsers and bundlers: an ES module that loads its
// WebAssembly with top-level await, so that importers need no init call.
//
// `new URL('…wasm', import.meta.url)` is the pattern that browsers resolve
// natively and that Vite, webpack 5, Parcel and Rollup (with its import-meta
// assets plugin) turn into an emitted asset. esbuild leaves it as it is: copy
// article_highlighter_bg.wasm next to the bundle (see the README).
import init from './article_highlighter.js';

await init({ module_or_path: new URL('./article_highlighter_bg.wasm', import.meta.url) });

export { highlight, highlightElement, HighlightHandle } from './article_highlighter.js';
