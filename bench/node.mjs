// The Node benchmark: the npm package against compromise and wink-nlp on the
// same generated news texts, in the same run, and the sizes of what a
// browser downloads.
//
//   node bench/node.mjs [corpus-dir] [--out file.md]
//
// corpus-dir holds 1KB.txt … 10MB.txt, written by
// `cargo bench --bench write_corpus -- <dir>` (`make bench` does both).
// Each (library, size) runs in a child process of its own, so that its peak
// memory is its own and one library's garbage never slows another.
//
// What each library does, as close to our job as it offers:
// - article-highlighter: highlight(text): quotes, their speakers (resolved),
//   statistics and quoted terms, with UTF-16 offsets, as JS objects.
// - wink-nlp (wink-eng-lite-web-model): readDoc(text) (tokens, sentences,
//   parts of speech, named entities), then entities() as detail and spans:
//   dates, numbers, money, percentages. It finds no quotes and no speakers.
// - compromise: nlp(text) (tokens, sentences, tags), then quotations(),
//   values() and people(), each as JSON with offsets: quoted spans, numbers
//   and person names (it does not link a quote to its speaker).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = ['1KB', '10KB', '100KB', '1MB', '10MB'];
const PEERS = ['article-highlighter', 'wink-nlp', 'compromise'];
// A run projected to take longer than this (from the size before) is skipped.
const BUDGET_SECONDS = 60;
// A projection from the size before misses a superlinear library (compromise
// ran 19+ minutes on 1 MB after 100 KB projected under a minute), so each
// child is also killed after this long: a first run and three warm runs within
// the budget, and the loading (BENCH_TIMEOUT_SECONDS overrides it). Its cell
// then reads "timed out".
const TIMEOUT_SECONDS = Number(process.env.BENCH_TIMEOUT_SECONDS) || 4 * BUDGET_SECONDS;
// Each measurement repeats until this much time has passed (or 30 runs).
const MIN_SECONDS = 1;
// And at least this many runs after the first. The first run also pays for
// the engine's warm-up on a large input (V8 compiles the .wasm's hot
// functions with TurboFan in the background while the first call runs on
// baseline code; the JS peers are JIT-compiled likewise): measured alone it
// read 1.5 s for 1 MB where the warm runs take 0.3 s. It is reported apart.
// Three, not two: of two sorted times `times[1]`, the "median" below, is
// the slower one, which biased the large texts (two or three runs there)
// against the small ones (dozens).
const MIN_WARM_RUNS = 3;

/** The built module: the npm package in pkg/ when built, else www/pkg. */
function packageDir() {
  for (const dir of ['pkg', 'www/pkg']) {
    if (existsSync(path.join(root, dir, 'article_highlighter_bg.wasm'))) return path.join(root, dir);
  }
  throw new Error('no built module: run `make package` (pkg/) or `make build` (www/pkg/) first');
}

/** Loads a library and returns { run(text), wasmMemory() }. */
async function load(peer) {
  if (peer === 'article-highlighter') {
    const dir = packageDir();
    // What pkg/node.js does (initSync from the .wasm beside it), keeping the
    // exports to read the size of the module's linear memory.
    const mod = await import(path.join(dir, 'article_highlighter.js'));
    const exports = mod.initSync({ module: readFileSync(path.join(dir, 'article_highlighter_bg.wasm')) });
    return { run: (text) => mod.highlight(text), wasmMemory: () => exports.memory.buffer.byteLength };
  }
  if (peer === 'wink-nlp') {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    const its = nlp.its;
    return {
      run: (text) => {
        const entities = nlp.readDoc(text).entities();
        return [entities.out(its.detail), entities.out(its.span)];
      },
    };
  }
  if (peer === 'compromise') {
    const nlp = (await import('compromise')).default;
    return {
      run: (text) => {
        const doc = nlp(text);
        return [doc.quotations().json({ offset: true }), doc.values().json({ offset: true }), doc.people().json({ offset: true })];
      },
    };
  }
  throw new Error(`unknown library ${peer}`);
}

/** In a child: measure one library on one text, print the numbers as JSON. */
async function child(peer, file) {
  const lib = await load(peer);
  const text = readFileSync(file, 'utf8');
  const bytes = Buffer.byteLength(text, 'utf8');
  lib.run(text.slice(0, 2000)); // warm up the JIT on a small piece
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  const wasmBefore = lib.wasmMemory?.() ?? 0;
  let start = performance.now();
  let result = lib.run(text);
  const first = (performance.now() - start) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024;
  const wasmMemory = lib.wasmMemory?.();
  const count = Array.isArray(result) ? result.reduce((n, r) => n + r.length, 0) : result.quotes.length + result.statistics.length;
  result = null;
  const times = [];
  let total = first;
  // A first run past the budget is all there is time for.
  while ((total < MIN_SECONDS || times.length < MIN_WARM_RUNS) && times.length < 30 && first < BUDGET_SECONDS) {
    start = performance.now();
    lib.run(text);
    const t = (performance.now() - start) / 1000;
    times.push(t);
    total += t;
  }
  times.sort((a, b) => a - b);
  const median = times.length ? times[Math.floor(times.length / 2)] : first;
  process.stdout.write(JSON.stringify({
    peer, bytes, seconds: median, firstSeconds: first, runs: times.length, found: count,
    // Memory the first run added at its peak; when the process had been
    // higher before (loading), only an upper bound is known. It includes
    // the engine compiling the hot code during that run. What it was made
    // of for article-highlighter (Node 20, bench text, November 2026):
    // - the .wasm's linear memory: +6.9 MB for 1 MB, +74 MB for 10 MB, the
    //   core's working set (the speakers' token list is its largest part),
    //   grown in 6 and 10 memory.grow steps (counted in an instrumented
    //   copy); a grow copies nothing and commits no page until it is used;
    // - the JS heap: +7.5 MB for 1 MB (2.5 MB of it the result, the rest V8
    //   doubling its young generation while every result object survives),
    //   +45 MB for 10 MB (24 MB the result);
    // - TurboFan compiling the hot functions in the background while the
    //   run goes on: 3-13 MB at a time. speakers::attribute (32 KB of code
    //   after inlining) alone takes a 13 MB compiler zone; run with
    //   --liftoff-only (no optimised code) the first run peaks at 14 MB for
    //   1 MB instead of 20-28, at 108 MB for 10 MB instead of 126.
    peakExtra: Math.max(0, peak - before), peakIsBound: peak <= maxBefore,
    wasmMemory,
    warmExtra: warmPeak(lib, text, wasmMemory - wasmBefore),
  }));
}

/** The memory a warm library needs for `text`: the peak one more run adds
 * once everything is compiled, plus (for a .wasm) the linear memory its
 * first run grew, which the module keeps and the run reuses. The kernel's
 * high-water mark is reset first (/proc/self/clear_refs, Linux); null where
 * that is not possible. */
function warmPeak(lib, text, wasmGrown) {
  const hwm = () => Number(readFileSync('/proc/self/status', 'utf8').match(/^VmHWM:\s+(\d+) kB/m)?.[1]) * 1024;
  try {
    globalThis.gc?.();
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    return null;
  }
  const before = process.memoryUsage().rss;
  lib.run(text);
  const extra = Math.max(0, hwm() - before);
  return Number.isFinite(extra) ? extra + (wasmGrown || 0) : null;
}

/** Every file that www/index.html makes a browser load, found by following
 * its references: HTML src/href, CSS url(), JS imports, new URL(…,
 * import.meta.url) (workers, the .wasm) and fetch() of a relative path. */
function pageFiles() {
  const www = path.join(root, 'www');
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const refs = [];
    const ext = path.extname(file);
    if (ext === '.html') {
      for (const m of source.matchAll(/\b(?:src|href)="([^"#][^"]*)"/g)) refs.push([m[1], file]);
    } else if (ext === '.css') {
      for (const m of source.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/g)) refs.push([m[1] ?? m[2], file]);
    } else if (ext === '.js' || ext === '.mjs') {
      const patterns = [
        /\bimport\s+(?:[\w*{}\s,]+\s+from\s+)?['"]([^'"]+)['"]/g,
        /\bexport\s+[\w*{}\s,]+\s+from\s+['"]([^'"]+)['"]/g,
        /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
        /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
      ];
      for (const re of patterns) for (const m of source.matchAll(re)) refs.push([m[1], file]);
      // fetch() resolves against the page, not the module.
      for (const m of source.matchAll(/\bfetch\(\s*['"]([^'"]+)['"]/g)) refs.push([m[1], path.join(www, 'index.html')]);
    }
    for (const [ref, from] of refs) {
      if (/^(?:[a-z]+:|\/\/|#)/i.test(ref)) continue; // data:, https:, anchors
      visit(path.resolve(path.dirname(from), ref.split(/[?#]/)[0]));
    }
  };
  visit(path.join(www, 'index.html'));
  return [...seen].map((file) => {
    const data = readFileSync(file);
    return { file: path.relative(root, file), raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
const rate = (r) => (r ? (r.bytes / 1e6 / r.seconds >= 10 ? (r.bytes / 1e6 / r.seconds).toFixed(0) : (r.bytes / 1e6 / r.seconds).toPrecision(2)) : '—');

async function main() {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args.splice(outAt, 2)[1] : null;
  const dir = path.resolve(args[0] ?? path.join(root, 'target/bench-corpus'));
  const files = SIZES.map((s) => path.join(dir, `${s}.txt`));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`missing ${missing.join(', ')}: run \`cargo bench --bench write_corpus -- ${dir}\``);

  const results = {};
  for (const peer of PEERS) {
    results[peer] = {};
    let last = null;
    let timedOut = null;
    for (const [i, size] of SIZES.entries()) {
      const bytes = statSync(files[i]).size;
      if (timedOut) {
        results[peer][size] = { afterTimeout: timedOut };
        process.stderr.write(`${peer} ${size}: skipped (${timedOut} timed out)\n`);
        continue;
      }
      if (last && (last.seconds * bytes) / last.bytes > BUDGET_SECONDS) {
        results[peer][size] = { skipped: (last.seconds * bytes) / last.bytes };
        process.stderr.write(`${peer} ${size}: skipped (would take about ${results[peer][size].skipped.toFixed(0)} s)\n`);
        continue;
      }
      const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', peer, files[i]], {
        encoding: 'utf8', maxBuffer: 1 << 20, timeout: TIMEOUT_SECONDS * 1000, killSignal: 'SIGKILL',
      });
      if (run.error?.code === 'ETIMEDOUT' || (run.status === null && run.signal === 'SIGKILL')) {
        results[peer][size] = { timedOut: TIMEOUT_SECONDS };
        timedOut = size;
        process.stderr.write(`${peer} ${size}: timed out after ${TIMEOUT_SECONDS} s\n`);
        continue;
      }
      if (run.status !== 0) {
        results[peer][size] = { failed: (run.stderr.trim().split('\n').at(-1) || `exit ${run.status}`) };
        process.stderr.write(`${peer} ${size}: failed: ${results[peer][size].failed}\n`);
        continue;
      }
      last = JSON.parse(run.stdout);
      results[peer][size] = last;
      process.stderr.write(`${peer} ${size}: ${rate(last)} MB/s, ${(last.seconds * 1000).toFixed(1)} ms, peak +${mb(last.peakExtra)}, ${last.found} found\n`);
    }
  }

  const lines = [];
  const measured = (r) => r && r.seconds !== undefined;
  const cell = (r) => (r?.skipped ? `skipped (~${r.skipped.toFixed(0)} s)`
    : r?.timedOut ? `timed out after ${r.timedOut} s`
    : r?.afterTimeout ? `skipped (${r.afterTimeout} timed out)`
    : r?.failed ? 'failed' : `${rate(r)} MB/s`);
  const mem = (r) => (measured(r) ? `${r.peakIsBound ? '≤ ' : ''}${mb(r.peakExtra)}` : '—');
  const ratio = (a, b) => (measured(a) && measured(b) ? `${(b.seconds / a.seconds).toFixed(0)}×` : '—');
  lines.push('| text | article-highlighter | peak memory | wink-nlp | peak memory | compromise | peak memory | faster than wink-nlp | faster than compromise |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of SIZES) {
    const [ah, wink, comp] = PEERS.map((p) => results[p][size]);
    lines.push(`| ${size} | ${cell(ah)} | ${mem(ah)} | ${cell(wink)} | ${mem(wink)} | ${cell(comp)} | ${mem(comp)} | ${ratio(ah, wink)} | ${ratio(ah, comp)} |`);
  }
  lines.push('');
  lines.push('Speeds are the median of the runs after the first; peak memory is that of the first run (cold: it includes the engine compiling the hot code). The first run alone:');
  const firstRun = (r) => (measured(r) ? `${(r.firstSeconds * 1000).toFixed(0)} ms` : '—');
  for (const peer of PEERS) lines.push(`- ${peer}: ${SIZES.map((size) => `${size} ${firstRun(results[peer][size])}`).join(', ')}`);
  lines.push('');
  lines.push('Warm peak memory (one more run once all is compiled, plus the .wasm memory the first run grew and the module keeps):');
  const warm = (r) => (measured(r) && r.warmExtra != null ? `${mb(r.warmExtra)} (${(r.warmExtra / r.bytes).toFixed(1)}×)` : '—');
  for (const peer of PEERS) lines.push(`- ${peer}: ${SIZES.map((size) => `${size} ${warm(results[peer][size])}`).join(', ')}`);

  const dirPkg = packageDir();
  const wasm = readFileSync(path.join(dirPkg, 'article_highlighter_bg.wasm'));
  const page = pageFiles();
  const pageGzip = page.reduce((n, f) => n + f.gzip, 0);
  const wasmGzip = gzipSync(wasm, { level: 9 }).length;
  lines.push('');
  lines.push(`The module (${path.relative(root, dirPkg)}/article_highlighter_bg.wasm): ${kb(wasm.length)} raw, ${kb(wasmGzip)} gzipped.`);
  lines.push(`The page: ${page.length} files, ${kb(page.reduce((n, f) => n + f.raw, 0))} raw, ${kb(pageGzip)} gzipped in all:`);
  lines.push('');
  lines.push('| file | raw | gzipped |');
  lines.push('|---|---:|---:|');
  for (const f of page.sort((a, b) => b.gzip - a.gzip)) lines.push(`| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} |`);

  // The goals of issue 8.
  const ah = results['article-highlighter'];
  const linear = ah['10MB']?.seconds / ah['1MB']?.seconds;
  const worstMemory = Math.max(...['1MB', '10MB'].map((s) => (ah[s]?.peakExtra ?? Infinity) / (ah[s]?.bytes ?? 1)));
  const worstWarm = Math.max(...['1MB', '10MB'].map((s) => (ah[s]?.warmExtra ?? Infinity) / (ah[s]?.bytes ?? 1)));
  const goals = [
    [`≥ 50 MB/s on 1 MB of news text in Node`, `${rate(ah['1MB'])} MB/s`, ah['1MB'] && ah['1MB'].bytes / 1e6 / ah['1MB'].seconds >= 50],
    ['10 MB takes at most 12× what 1 MB takes', `${linear.toFixed(1)}×`, linear <= 12],
    ['peak memory at most 10× the input (1 MB and 10 MB), first run (cold)', `${worstMemory.toFixed(1)}×`, worstMemory <= 10],
    ['peak memory at most 10× the input (1 MB and 10 MB), warm module', `${worstWarm.toFixed(1)}×`, worstWarm <= 10],
    ['.wasm ≤ 150 KB gzipped', kb(wasmGzip), wasmGzip <= 150 * 1024],
    ["the page's total transfer ≤ 200 KB gzipped", kb(pageGzip), pageGzip <= 200 * 1024],
  ];
  lines.push('');
  lines.push('| goal | measured | met |');
  lines.push('|---|---:|:-:|');
  for (const [goal, measured, met] of goals) lines.push(`| ${goal} | ${measured} | ${met ? 'yes' : '**no**'} |`);

  const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) ?? [])[1] ?? cpus()[0]?.model;
  lines.push('');
  lines.push(`Machine: ${cpus().length} cores (nproc), ${cpu}; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`);
  const text = lines.join('\n') + '\n';
  process.stdout.write(text);
  if (out) writeFileSync(out, text);
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4]);
} else {
  await main();
}
