// This year against last year: seed 004 (北关区乡村振兴局, 2023) and a 2022 report of the same
// body made from it, with 3 applications received and carried over and 表二's 规章 at 4 in
// force: the cross-year findings (cross.carry-over, cross.in-force, cross.text-reuse), the
// key figures side by side with their change, and the reused sentences marked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { carryOverPair, dropFiles, openWatched, requireBuild, seedPaths, standaloneUrl, useBrowser } from './harness.mjs';

requireBuild();
const env = useBrowser();

function twoYears() {
  const { y2022, y2023 } = carryOverPair();
  const withRules = y2022.replace(/^规章\t0\t0\t0$/m, '规章\t1\t0\t4');
  if (withRules === y2022) throw new Error('seed 004 changed: its 表二 row 规章 was not found');
  return [
    { name: '北关区乡村振兴局2022年度报告.txt', text: withRules },
    { name: '北关区乡村振兴局2023年度报告.txt', text: y2023 },
  ];
}

test('two years of one body: cross-year findings, key figures side by side, reused sentences marked', async () => {
  const files = twoYears();
  assert.equal(files[1].text, readFileSync(seedPaths[4], 'utf8'));
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  await dropFiles(page, files);
  await page.waitForFunction(() => /^已检查 2 份报告/.test(document.getElementById('status').textContent), null, { timeout: 30000 });
  const doc = await s.reference(files);
  const now = doc.reports[1];

  // The cross-year findings, listed under the summary.
  const cross = await page.$$eval('#batch-cross .cross-item', (bs) => bs.map((b) => b.textContent));
  const rules = now.findings.filter((f) => f.rule.startsWith('cross.')).map((f) => f.rule).sort();
  assert.deepEqual(rules, ['cross.carry-over', 'cross.carry-over', 'cross.in-force', 'cross.text-reuse']);
  assert.equal(cross.length, 4);
  assert.ok(cross.some((t) => /表二「规章」：现行有效件数应为 4/.test(t)));
  assert.ok(cross.some((t) => /二、上年结转应为 3/.test(t)));

  // The key figures side by side with their change.
  assert.match(await page.textContent('#batch-years h4'), /^北关区乡村振兴局：2022 年（北关区乡村振兴局2022年度报告\.txt）与 2023 年/);
  const figures = await page.$$eval('#batch-years .year-figures tbody tr', (trs) =>
    Object.fromEntries(trs.map((tr) => [tr.cells[0].textContent, Array.from(tr.cells).slice(1).map((c) => c.textContent)])));
  assert.deepEqual(figures['本年新收申请'], ['3', '0', '−3（−100%）']);
  assert.deepEqual(figures['结转下年度'], ['3', '0', '−3（−100%）']);
  assert.deepEqual(figures['上年结转申请'], ['0', '0', '±0']);
  assert.deepEqual(figures['予以公开'], ['0', '0', '±0']);
  for (const k of ['行政复议', '行政复议结果纠正', '行政诉讼', '行政诉讼结果纠正', '公开率（予以公开与部分公开）', '纠正率（复议、诉讼）']) {
    assert.ok(figures[k], `a row for ${k}`);
  }

  // The reuse share and the reused sentences marked in this year's text.
  const u = now.reuse;
  assert.equal(u.reused, 17);
  assert.match(await page.textContent('#batch-years .reuse-summary'), /17 句中有 17 句（100%）与 2022 年度报告的相同/);
  const marks = await page.$$eval('#batch-years mark.reused', (ms) => ms.map((m) => m.textContent));
  assert.equal(marks.length, u.passages.length);
  const text = files[1].text;
  assert.deepEqual(marks, u.passages.map((p) => text.slice(p.offset, p.offset + p.length)));

  assert.deepEqual(s.outside(), []);
  assert.deepEqual(s.seen.errors, []);
  await s.context.close();
});

test('a body\'s years one apart only: no comparison for two years apart or two bodies', async () => {
  const [y2022, y2023] = twoYears();
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  await dropFiles(page, [{ name: 'a.txt', text: y2022.text.replace(/2022/g, '2021') }, { name: 'b.txt', text: y2023.text }]);
  await page.waitForFunction(() => /^已检查 2 份报告/.test(document.getElementById('status').textContent), null, { timeout: 30000 });
  assert.equal(await page.locator('#batch-years .year-pair').count(), 0);
  await s.context.close();
});
