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
// With --reports N, instead: N report files for the CLI's batch (bench/batch_bench.sh), in
// folders of 100: the text reports varied as above, two years of each body (so that the
// checks across years pair half of them), and one in twenty a PDF or a .docx of the corpus.
// Deterministic: the same corpus gives the same bytes.
// Usage: node bench/make_inputs.mjs OUT_DIR
//        node bench/make_inputs.mjs --reports N OUT_DIR
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reportsAt = process.argv.indexOf('--reports');
const reportCount = reportsAt >= 0 ? Number(process.argv[reportsAt + 1]) : 0;
const args = reportsAt >= 0 ? process.argv.filter((a, i) => i !== reportsAt && i !== reportsAt + 1) : process.argv;
const out = resolve(args[2] || join(root, 'build/bench/inputs'));
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

// A body's name of its own for each b: a county (two characters of a list) and a department.
const nameChars = '安宝昌城川春德东丰福富海和河华怀吉嘉江金锦靖康乐利临龙隆茂梅宁平普庆泉仁荣瑞山胜寿顺泰通万文武西祥新兴阳永玉元云泽长镇正中'.split('');
const departments = ['人民政府', '人民政府办公室', '交通运输局', '教育局', '民政局', '财政局', '自然资源局', '生态环境局', '卫生健康委员会', '市场监督管理局'];
function bodyOf(b) {
  const n = nameChars.length;
  const county = nameChars[b % n] + nameChars[Math.floor(b / n) % n] + (Math.floor(b / (n * n)) % 2 ? '区' : '县');
  return county + departments[Math.floor(b / (2 * n * n)) % departments.length];
}

if (reportCount > 0) {
  const dir = join(out, `reports-${reportCount}`);
  const binaries = ['generated/pdf', 'real', 'generated'].flatMap((d) =>
    readdirSync(join(root, 'tests/corpus', d))
      .filter((f) => /^(\d{3}_.*|hongze-district-2024)\.(pdf|docx)$/.test(f))
      .sort()
      .map((f) => join(root, 'tests/corpus', d, f)));
  for (let i = 0; i < reportCount; ++i) {
    const folder = join(dir, `d${String(Math.floor(i / 100)).padStart(4, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const name = join(folder, `r${String(i).padStart(6, '0')}`);
    if (i % 20 === 19) {
      const from = binaries[Math.floor(i / 20) % binaries.length];
      copyFileSync(from, `${name}${from.slice(from.lastIndexOf('.'))}`);
      continue;
    }
    // Reports 2b and 2b+1: one body, two consecutive years, the same source text.
    const b = Math.floor(i / 2);
    let t = variant(corpus[b % corpus.length], i);
    t = t.replace(/20(19|2[0-4])(\s*年)/g, (m, y, rest) => `${2022 + (i % 2)}${rest}`);
    // Every body variant() leaves (its own, and one seed's that it does not know) becomes b's.
    for (const name of [bodies[i % bodies.length], '互助县乡村振兴局']) t = t.split(name).join(bodyOf(b));
    writeFileSync(`${name}.txt`, t);
  }
  console.log(dir);
  process.exit(0);
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
