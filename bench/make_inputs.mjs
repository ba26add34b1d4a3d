#!/usr/bin/env node
// Writes the benchmark inputs that the native benchmark (bench/check_bench.cpp), the wasm
// benchmark in Node (bench/wasm_bench.mjs) and the page benchmark (bench/page_bench.mjs)
// share, so every figure is measured on the same bytes:
//   doc-1mb.txt, doc-10mb.txt   many reports in one document: the seeds and the PDF-text
//                               reports, each copy varied (its body, its year, its numbers)
//   report-100kb.txt            one report padded with running text to about 100 KB, as a
//                               long report pasted into the page
//   report-100kb-findings.txt   the same with a placeholder (XX) every 30 characters of its
//                               running text: about a thousand findings to draw
// Deterministic: the same corpus gives the same bytes.
// Usage: node bench/make_inputs.mjs OUT_DIR
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] || join(root, 'build/bench/inputs'));
mkdirSync(out, { recursive: true });

const corpus = ['seeds', 'real'].flatMap((d) => {
  const dir = join(root, 'tests/corpus', d);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
});

const bodies = ['鹤岗市乡村振兴局', '淮安市人民政府', '洪泽区人民政府', '北关区乡村振兴局', '某县人民政府办公室'];

// Copy k of report r: another body in the title and signature, another year, and the
// numbers of table cells nudged (so sums break in different places).
function variant(text, k) {
  const body = bodies[k % bodies.length];
  const year = 2020 + (k % 5);
  let t = text.replace(/20(19|2[0-4])(\s*年)/g, (m, y, rest) => `${year}${rest}`);
  for (const b of bodies) t = t.split(b).join(body);
  // Cell lines ("\t12") and numbers at the end of PDF rows.
  t = t.replace(/^(\t)(\d{1,4})$/gm, (m, tab, n) => tab + (Number(n) + (k % 3)));
  t = t.replace(/(\s)(\d{1,3})(\s*)$/gm, (m, sp, n, rest) => sp + (Number(n) + (k % 2)) + rest);
  return t;
}

function documentOf(bytes) {
  const parts = [];
  let size = 0;
  for (let k = 0; size < bytes; ++k) {
    const t = variant(corpus[k % corpus.length], k) + '\n';
    const b = Buffer.byteLength(t);
    parts.push(t);
    size += b;
  }
  // Cut at a line end close to the size.
  let s = Buffer.from(parts.join(''));
  const cut = s.lastIndexOf(0x0a, bytes);
  return s.subarray(0, cut > 0 ? cut + 1 : bytes);
}

const MB = 1 << 20;
writeFileSync(join(out, 'doc-1mb.txt'), documentOf(MB));
writeFileSync(join(out, 'doc-10mb.txt'), documentOf(10 * MB));

// A 100 KB report: seed 001 with its overview repeated as further paragraphs.
{
  const seed = corpus[1];
  const lines = seed.split('\n');
  const at = lines.findIndex((l) => l.startsWith('二、'));
  const filler = lines.slice(1, at).filter((l) => l.trim() && !/^[一二三四五六]、/.test(l));
  const extra = [];
  let size = Buffer.byteLength(seed);
  for (let k = 0; size < 100 * 1024; ++k) {
    const l = filler[k % filler.length];
    extra.push(l);
    size += Buffer.byteLength(l) + 1;
  }
  lines.splice(at, 0, ...extra);
  writeFileSync(join(out, 'report-100kb.txt'), lines.join('\n'));
  const end = at + extra.length;
  const marked = lines.map((l, i) => (i > 3 && i < end && l.length > 20 ? l.replace(/(.{30})/g, '$1XX') : l));
  writeFileSync(join(out, 'report-100kb-findings.txt'), marked.join('\n'));
}
console.log(out);
