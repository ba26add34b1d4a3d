// The page's worker on 21 MB of two headings repeated 300,000 times: what it does with a text
// (check it in wasm, parse the JSON) done in a child process of its own, whose peak memory
// must stay within a small multiple of the input, with each rule's findings summarised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const wasmJs = path.join(root, 'build/wasm/wasm/gkcheck.js');
if (!fs.existsSync(wasmJs)) throw new Error(`${wasmJs} is missing: run scripts/build.sh first`);

// As the worker's check handler: the text in, the JSON parsed. The peak is taken over the
// process's own (node and the module loaded) before the text is made.
const child = `
const createGkcheck = require(process.argv[1]);
createGkcheck().then((gk) => {
  const base = process.resourceUsage().maxRSS;
  const text = '一、总体情况\\n三、收到和处理政府信息公开申请情况\\n'.repeat(300000);
  const doc = JSON.parse(gk.check(text));
  const perRule = {};
  for (const f of doc.reports[0].findings) perRule[f.rule] = (perRule[f.rule] || 0) + 1;
  console.log(JSON.stringify({ bytes: Buffer.byteLength(text), base, peak: process.resourceUsage().maxRSS, perRule,
    summarised: doc.reports[0].findings.reduce((n, f) => n + (f.summarised || 0), 0) }));
});`;

test('worker: 300,000 repeated headings give bounded findings and peak within 20 times the input', () => {
  const out = JSON.parse(execFileSync(process.execPath, ['-e', child, wasmJs], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  const growthKiB = out.peak - out.base;
  const ratio = (growthKiB * 1024) / out.bytes;
  console.log(`worker: peak ${Math.round(growthKiB / 1024)} MB over the module's own for ${Math.round(out.bytes / 1048576)} MB (${ratio.toFixed(1)} times)`);
  for (const [rule, n] of Object.entries(out.perRule)) assert.ok(n <= 21, `${rule} lists ${n} findings`);
  assert.ok(out.summarised >= 599978, 'the summaries count the findings they stand for');
  assert.ok(ratio <= 20, `peak ${ratio.toFixed(1)} times the input`);
});
