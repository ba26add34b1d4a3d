// HTML and .docx in the page: a paste carrying text/html goes through the core's HTML
// reader (checkHtml) and the editor shows the text it read; a dropped .docx shows its text
// and findings; a refused file says why. Needs the page built (scripts/build.sh).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openPage, requireBuild, root, seedPath, standaloneUrl, useBrowser } from './harness.mjs';

requireBuild();

const generated = join(root, 'tests/corpus/generated');
const seedText = readFileSync(seedPath, 'utf8');
const env = useBrowser();

// What the CLI reads from a file: its extracted text and where the sum findings are.
function cliReport(file) {
  let out;
  try {
    out = execFileSync(join(root, 'build/native/cli/gkcheck'), ['--json', file], { encoding: 'utf8' });
  } catch (e) {
    out = e.stdout;
  }
  return JSON.parse(out).reports[0];
}
// The sum errors listed on their own: those a suggested fix explains are folded under it.
const sumsOf = (findings) => findings.filter((f) => f.rule.startsWith('sum.') && f.severity === 'error' &&
  !(f.fix !== undefined && !f.explains)).map((f) => `${f.rule}@${f.offset}`).sort();

async function settled(page) {
  await page.waitForFunction(() => /^已检查/.test(document.getElementById('status').textContent) &&
    !document.getElementById('findings').classList.contains('stale'), null, { timeout: 20000 });
}

async function pageSums(page) {
  const items = await page.$$eval('.finding', (els) => els.map((e) => ({
    rule: e.dataset.rule, offset: Number(e.dataset.offset), severity: e.dataset.severity })));
  return sumsOf(items);
}

test('pasting a web page\'s tables reads their HTML and shows the text read', async () => {
  const htmlFile = join(generated, '001_d37008fbb3c2afee.html');
  const want = cliReport(htmlFile);
  const { page, seen } = await openPage(env.browser, standaloneUrl);
  await settled(page);
  await page.fill('#text', '');
  await settled(page);
  await page.evaluate(({ text, html }) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    dt.setData('text/html', html);
    const area = document.getElementById('text');
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, { text: seedText, html: readFileSync(htmlFile, 'utf8') });
  await page.waitForFunction(() => document.getElementById('source').textContent.includes('粘贴的网页表格'));
  await settled(page);
  const shown = await page.inputValue('#text');
  assert.equal(shown, want.text, 'the editor shows the text read from the HTML, not text/plain');
  assert.match(shown, /\n\t（七）总计\t\t0\t0\t0\t0\t0\t0\t0\n/, 'rows as tab-separated cells, merged label slots empty');
  const sums = await pageSums(page);
  assert.deepEqual(sums, sumsOf(want.findings));
  assert.equal(sums.length, 2);  // the two cells to change
  for (const s of sums) assert.equal(shown[Number(s.split('@')[1])], '0');
  assert.match(await page.textContent('#verdict'), /需修改 2 个数字/);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('dropping a .docx shows its text and findings', async () => {
  const docx = join(generated, '001_d37008fbb3c2afee.docx');
  const want = cliReport(docx);
  const { page, seen } = await openPage(env.browser, standaloneUrl);
  await settled(page);
  await page.evaluate((data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], 'report.docx',
      { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    document.getElementById('editor').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, Array.from(readFileSync(docx)));
  await page.waitForFunction(() => document.getElementById('source').textContent.includes('report.docx'));
  await settled(page);
  assert.equal(await page.inputValue('#text'), want.text);
  assert.deepEqual(await pageSums(page), sumsOf(want.findings));
  assert.match(await page.textContent('#verdict'), /需修改 2 个数字/);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('an encrypted .docx is refused with what to do', async () => {
  const { page, seen } = await openPage(env.browser, standaloneUrl);
  await settled(page);
  await page.setInputFiles('#file-input', join(generated, 'refuse/encrypted.docx'));
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('文档已加密'));
  assert.match(await page.textContent('#status'), /请先在 Word\/WPS 中取消密码后另存为 \.docx/);
  assert.deepEqual(seen.errors, []);
  await page.close();
});
