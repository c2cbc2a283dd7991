// Bundles src/main.ts with esbuild into dist/, next to index.html.
//
// The package finds its .wasm at `new URL('./article_highlighter_bg.wasm',
// import.meta.url)`. esbuild keeps `import.meta.url` in an ES module bundle
// but does not copy the file it points to, so the build copies it next to
// the bundle. (Vite and webpack 5 emit it by themselves.)
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

mkdirSync(here('dist'), { recursive: true });
await esbuild.build({
  entryPoints: [here('src/main.ts')],
  outdir: here('dist'),
  bundle: true,
  format: 'esm', // top-level await and import.meta.url need an ES module
  target: 'es2022',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});
copyFileSync(
  fileURLToPath(import.meta.resolve('article-highlighter/article_highlighter_bg.wasm')),
  here('dist/article_highlighter_bg.wasm'),
);
console.log('built dist/main.js and dist/article_highlighter_bg.wasm');
