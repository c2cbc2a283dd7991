// Assembles the npm package `article-highlighter` in pkg/ from the module
// that `make build` wrote to www/pkg/ (wasm-pack --target web) and the
// wrappers in js/. One .wasm serves every door: index.js loads it with
// top-level await (browsers, bundlers), node.js reads it synchronously.
// The wrappers are also copied to www/pkg/, so that the site embeds the
// element exactly as a user would.
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const at = (path) => new URL(path, root);
const built = 'www/pkg/';
const out = 'pkg/';

// snippets/ holds the JS that the Rust code imports (src/wasm/decode.js,
// which builds the result objects); article_highlighter.js imports it.
const GENERATED = ['article_highlighter.js', 'article_highlighter.d.ts', 'article_highlighter_bg.wasm', 'snippets'];
const WRAPPERS = ['index.js', 'index.d.ts', 'node.js', 'element.js', 'element.d.ts', 'README.md'];

// name, version, description, license and repository come from Cargo.toml,
// so that the crate and the package never disagree.
const cargo = readFileSync(at('Cargo.toml'), 'utf8').split(/^\[/m)[1];
const field = (name) => {
  const m = cargo.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm'));
  if (!m) throw new Error(`Cargo.toml has no ${name} in [package]`);
  return m[1];
};

const manifest = JSON.parse(readFileSync(at('js/package.json'), 'utf8'));
Object.assign(manifest, {
  version: field('version'),
  description: field('description'),
  license: field('license'),
  repository: field('repository'),
});
for (const file of manifest.files) {
  if (!GENERATED.includes(file) && !WRAPPERS.includes(file)) throw new Error(`js/package.json lists ${file}, which nobody writes`);
}

rmSync(at(out), { recursive: true, force: true });
mkdirSync(at(out));
for (const file of GENERATED) cpSync(at(built + file), at(out + file), { recursive: true });
for (const file of WRAPPERS) copyFileSync(at('js/' + file), at(out + file));
writeFileSync(at(out + 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
for (const file of ['index.js', 'element.js']) copyFileSync(at('js/' + file), at(built + file));
console.log(`${out}: ${manifest.name}@${manifest.version}`);
