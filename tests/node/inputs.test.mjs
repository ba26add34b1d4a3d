// HTML pages, .docx files and markdown through the wasm build: the native CLI's JSON (in
// ASCII, as the wasm hands it over), the clipboard's text/html through checkHtml, refusals with their message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'build/native/cli/gkcheck');
const wasmJs = path.join(root, 'build/wasm/wasm/gkcheck.js');
for (const f of [cli, wasmJs]) {
  if (!fs.existsSync(f)) throw new Error(`${f} is missing: run scripts/build.sh first`);
}
const gk = await createRequire(import.meta.url)(wasmJs)();

function cliJson(rel) {
  try {
    return execFileSync(cli, ['--json', rel], { cwd: root, encoding: 'utf8' });
  } catch (e) {
    if (e.status === 1 || e.status === 2) return e.stdout;  // findings, or a refused input
    throw e;
  }
}

const generated = 'tests/corpus/generated';
const files = ['tests/corpus/real/official-template-2021-blank.docx', 'tests/corpus/real/shuyang-fgj-2023.html'];
for (const dir of [generated, `${generated}/variants`, `${generated}/refuse`]) {
  for (const f of fs.readdirSync(path.join(root, dir)).sort()) {
    // Not PDFs: the CLI reads them natively (poppler), the page through pdf.js; the wasm
    // build alone only ever sees their runs text.
    if (fs.statSync(path.join(root, dir, f)).isFile() && !f.endsWith('.pdf')) files.push(`${dir}/${f}`);
  }
}
const bytesOf = (rel) => new Uint8Array(fs.readFileSync(path.join(root, rel)));

test('the generated inputs are there', () => {
  for (const ext of ['.html', '.docx', '.md']) {
    assert.ok(files.filter((f) => f.endsWith(ext)).length >= 5, `${ext} fixtures`);
  }
});

for (const rel of files) {
  test(`wasm JSON holds what the CLI JSON holds: ${rel}`, () => {
    const fromWasm = gk.checkFile(bytesOf(rel), rel);
    assert.match(fromWasm, /^[\x00-\x7f]*$/);  // all ASCII: \uXXXX for the rest
    assert.deepEqual(JSON.parse(fromWasm), JSON.parse(cliJson(rel)));
  });
}

test('a .docx decodes to the text it is checked as', () => {
  const rel = `${generated}/001_d37008fbb3c2afee.docx`;
  const decoded = JSON.parse(gk.decodeBytes(bytesOf(rel)));
  const report = JSON.parse(gk.checkFile(bytesOf(rel), rel)).reports[0];
  assert.equal(decoded.binary, false);
  assert.equal(decoded.input, 'docx');
  assert.equal(report.input, 'docx');
  assert.equal(decoded.text, report.text);
  const sums = report.findings.filter((f) => f.rule === 'sum.results-total');
  assert.equal(sums.length, 2);
  for (const f of sums) assert.equal(report.text.slice(f.offset, f.offset + f.length), '0');
});

test('checkHtml reads the clipboard\'s HTML as the CLI reads the page', () => {
  const rel = `${generated}/001_d37008fbb3c2afee.html`;
  const html = fs.readFileSync(path.join(root, rel), 'utf8');
  const pasted = JSON.parse(gk.checkHtml(html)).reports[0];
  const fromCli = JSON.parse(cliJson(rel)).reports[0];
  assert.equal(pasted.input, 'html');
  assert.equal(pasted.text, fromCli.text);
  assert.deepEqual(pasted.findings, fromCli.findings);
  assert.equal(pasted.layout, 'tab-separated');
});

test('refused files say why in decodeBytes and in the finding', () => {
  const rel = `${generated}/refuse/encrypted.docx`;
  const decoded = JSON.parse(gk.decodeBytes(bytesOf(rel)));
  assert.equal(decoded.binary, true);
  assert.equal(decoded.message, '文档已加密，请先在 Word/WPS 中取消密码后另存为 .docx');
  const report = JSON.parse(gk.checkFile(bytesOf(rel), rel)).reports[0];
  assert.deepEqual(report.findings.map((f) => f.rule), ['input.unreadable']);
  assert.equal(report.text, undefined);
});

test('a page nested too deep is refused in the wasm build too, not a stack overflow', () => {
  const html = '<html><body>' + '<div>'.repeat(100000) + 'x';
  const report = JSON.parse(gk.checkHtml(html)).reports[0];
  assert.deepEqual(report.findings.map((f) => f.rule), ['input.unreadable']);
  const ok = JSON.parse(gk.checkHtml('<html><body>' + '<div>'.repeat(900) + '<p>一、总体情况</p>')).reports[0];
  assert.equal(ok.text, '一、总体情况\n');
});
