#!/usr/bin/env node
// The wasm build in Node on the inputs the native benchmark uses: checkBytes (bytes in,
// the JSON string out, as the page's worker calls it) timed over repetitions, median
// reported; and the wasm memory after checking the largest input once in a fresh instance
// (wasm memory only grows, so its size is the peak).
//   node bench/wasm_bench.mjs GKCHECK_JS INPUTS_DIR [--json OUT]
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [jsPath, inputs] = process.argv.slice(2);
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null;
if (!jsPath || !inputs) {
  console.error('usage: node bench/wasm_bench.mjs GKCHECK_JS INPUTS_DIR [--json OUT]');
  process.exit(2);
}
const createGkcheck = createRequire(import.meta.url)(resolve(jsPath));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

// Runs fn until both `minRuns` runs and `minMs` milliseconds are done; median in ms.
function time(fn, minRuns, minMs) {
  for (let i = 0; i < Math.min(3, minRuns); i++) fn();  // warm up (JIT, allocator)
  const runs = [];
  const start = performance.now();
  while (runs.length < minRuns || performance.now() - start < minMs) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return median(runs);
}

const seedsDir = join(root, 'tests/corpus/seeds');
const cases = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ name: `seed/${basename(f, '.txt')}`, path: join(seedsDir, f), runs: 200, ms: 1000 }));
for (const [f, runs, ms] of [['report-100kb.txt', 30, 2000], ['doc-1mb.txt', 5, 3000], ['doc-10mb.txt', 3, 5000]])
  cases.push({ name: `doc/${basename(f, '.txt')}`, path: join(inputs, f), runs, ms });

const results = {};
{
  const gk = await createGkcheck();
  for (const c of cases) {
    const bytes = new Uint8Array(readFileSync(c.path));
    const ms = time(() => gk.checkBytes(bytes), c.runs, c.ms);
    results[c.name] = { median_ms: ms, bytes: bytes.length };
    console.log(`${c.name.padEnd(32)} ${ms.toFixed(3).padStart(10)} ms  ${(bytes.length / 1048576 / (ms / 1000)).toFixed(2)} MB/s`);
  }
}
// Peak memory: a fresh instance, one check of the 10 MB document.
{
  const gk = await createGkcheck();
  const before = gk.HEAP8.buffer.byteLength;
  const bytes = new Uint8Array(readFileSync(join(inputs, 'doc-10mb.txt')));
  gk.checkBytes(bytes);
  const after = gk.HEAP8.buffer.byteLength;
  results.memory = { initial_bytes: before, peak_bytes: after, input_bytes: bytes.length };
  console.log(`wasm memory: ${(before / 1048576).toFixed(1)} MB at start, ${(after / 1048576).toFixed(1)} MB after checking ${(bytes.length / 1048576).toFixed(1)} MB`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2));
