// usage: node bench/ab.mjs PKG_A PKG_B FILE [ROUNDS] — two builds of the package (`make package` output
// directories) in one process, alternating rounds of 5 calls each on FILE; prints the best and median
// time of highlight() for each. Load on the machine hits both alike, where runs minutes apart differ by more
// than most changes.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [a, b, file, rounds = 30] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const load = async (dir) => (await import(pathToFileURL(path.resolve(dir, 'node.js')).href)).highlight;
const fns = [await load(a), await load(b)];
const times = [[], []];
for (let r = 0; r < rounds; r++) for (const k of [0, 1]) for (let i = 0; i < 5; i++) {
  const t = performance.now(); fns[k](text); times[k].push(performance.now() - t);
}
for (const k of [0, 1]) {
  const s = times[k].sort((x, y) => x - y);
  console.log([a, b][k], 'best', s[0].toFixed(1), 'ms', (Buffer.byteLength(text) / 1e3 / s[0]).toFixed(1), 'MB/s', 'median', s[s.length >> 1].toFixed(1), 'ms');
}
