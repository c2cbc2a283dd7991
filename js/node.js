// article-highlighter for Node (and other runtimes with node:fs): the same
// module as index.js, initialised synchronously from the .wasm beside it, so
// `import { highlight } from 'article-highlighter'` is ready at once.
import { readFileSync } from 'node:fs';
import { initSync } from './article_highlighter.js';

initSync({ module: readFileSync(new URL('./article_highlighter_bg.wasm', import.meta.url)) });

export { highlight, highlightElement, HighlightHandle } from './article_highlighter.js';
