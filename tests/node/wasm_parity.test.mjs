// The wasm build must give the native CLI's JSON on every corpus file: the same document,
// written all in ASCII (\uXXXX escapes) for JavaScript to decode at memcpy speed.
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
const corpusDirs = ['tests/corpus/seeds', 'tests/corpus/real'];

for (const f of [cli, wasmJs]) {
  if (!fs.existsSync(f)) throw new Error(`${f} is missing: run scripts/build.sh first`);
}
const createGkcheck = createRequire(import.meta.url)(wasmJs);
const gk = await createGkcheck();

function cliJson(relPath) {
  try {
    return execFileSync(cli, ['--json', relPath], { cwd: root, encoding: 'utf8' });
  } catch (e) {
    if (e.status === 1) return e.stdout;  // error findings: still a full JSON document
    throw e;
  }
}

const files = corpusDirs.flatMap((d) =>
  fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => `${d}/${f}`));

test('the corpus is there', () => {
  assert.ok(files.length >= 9, `found ${files.length} corpus files`);
});

for (const rel of files) {
  test(`wasm JSON holds what the CLI JSON holds: ${rel}`, () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(root, rel)));
    const fromWasm = gk.checkFile(bytes, rel);
    const fromCli = cliJson(rel);
    assert.match(fromWasm, /^[\x00-\x7f]*$/);  // all ASCII: \uXXXX for the rest
    assert.deepEqual(JSON.parse(fromWasm), JSON.parse(fromCli));
    assert.equal(JSON.parse(fromWasm).reports[0].file, rel);
  });
}

test('seed 001 through check(text) reports the two broken identities at （七）总计', () => {
  const text = fs.readFileSync(path.join(root, 'tests/corpus/seeds/001_d37008fbb3c2afee.txt'), 'utf8');
  const report = JSON.parse(gk.check(text)).reports[0];
  const sums = report.findings.filter((f) => f.severity === 'error' && f.rule.startsWith('sum.') && f.rule !== 'sum.suggested-fix');
  const got = sums.map((f) => `${f.rule}@${f.line}:${f.column}`);
  assert.deepEqual(got, ['sum.results-total@327:2', 'sum.balance@327:2', 'sum.results-total@333:2', 'sum.balance@333:2']);
  // Each cell to change is a fix that lists the two sums it mends, and they name it.
  const fixes = report.findings.filter((f) => f.rule === 'sum.suggested-fix');
  assert.deepEqual(fixes.map((f) => `${f.line}:${f.column} ${f.expected}/${f.actual}`), ['327:2 1/0', '333:2 1/0']);
  for (const fix of fixes) {
    assert.equal(fix.explains.length, 2);
    for (const k of fix.explains) assert.equal(report.findings[k].fix, fix.fix);
  }
  for (const f of sums) {
    assert.equal(text.slice(f.offset, f.offset + f.length), '0');  // offsets are JS string indices
  }
});

test('GB18030 bytes decode in the wasm build as natively', () => {
  // "政府信息公开" in GB18030.
  const bytes = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa]);
  const d = JSON.parse(gk.decodeBytes(bytes));
  assert.equal(d.encoding, 'GB18030');
  assert.equal(d.text, '政府信息公开');
});
