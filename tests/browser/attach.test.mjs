// 附上去年的报告…: seed 004 (北关区乡村振兴局, 2023) in the editor and a 2022 report of the
// same body made from it attached (3 applications carried over, 表二's 规章 at 4 in force):
// the cross-year findings among the report's, the figures side by side and the reuse share
// in the single view, 取消附加; an unrelated report attached says plainly it is not last
// year's, a PDF too. Nothing leaves the page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { carryOverPair, openWatched, paste, requireBuild, root, seedPaths, settled, standaloneUrl, useBrowser } from './harness.mjs';

requireBuild();
const env = useBrowser();

const attach = (page, name, text) =>
  page.setInputFiles('#attach-input', { name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });

test('last year\'s report attached: cross-year findings, figures side by side, reuse share; detached again', async () => {
  const { y2022, y2023 } = carryOverPair();
  const lastYear = y2022.replace(/^规章\t0\t0\t0$/m, '规章\t1\t0\t4');
  assert.notEqual(lastYear, y2022, 'seed 004 has a 表二 row 规章');
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  await page.click('#clear-text');
  await paste(page, { 'text/plain': y2023 });
  await settled(page);
  const thisYear = await page.inputValue('#text');
  assert.doesNotMatch(await page.textContent('#findings'), /上年结转应为/);

  await attach(page, '北关区乡村振兴局2022年度报告.txt', lastYear);
  await page.waitForSelector('#attach-box .year-pair', { timeout: 30000 });
  await page.waitForFunction(() => document.getElementById('verdict').dataset.state === 'checked');
  assert.match(await page.textContent('#status'), /^已与去年的报告「北关区乡村振兴局2022年度报告\.txt」一并检查/);
  // Still the single view, this year's text in the editor.
  assert.equal(await page.textContent('#source'), '粘贴的文本');
  assert.equal(await page.isVisible('#report-view'), true);
  assert.equal(await page.inputValue('#text'), thisYear);

  // The cross-year findings stand among the report's own.
  const list = await page.textContent('#findings');
  assert.match(list, /二、上年结转应为 3/);
  assert.match(list, /表二「规章」：现行有效件数应为 4/);
  assert.match(list, /正文 17 句中有 17 句（100%）与 北关区乡村振兴局2022年度报告\.txt 中 2022 年度报告的相同/);

  // The figures side by side and the reuse share.
  assert.match(await page.textContent('#attach-box h4'), /^北关区乡村振兴局：2022 年（北关区乡村振兴局2022年度报告\.txt）与 2023 年/);
  const figures = await page.$$eval('#attach-box .year-figures tbody tr', (trs) =>
    Object.fromEntries(trs.map((tr) => [tr.cells[0].textContent, Array.from(tr.cells).slice(1).map((c) => c.textContent)])));
  assert.deepEqual(figures['结转下年度'], ['3', '0', '−3（−100%）']);
  assert.match(await page.textContent('#attach-box .reuse-summary'), /17 句中有 17 句（100%）与 2022 年度报告的相同/);
  assert.ok(await page.locator('#attach-box mark.reused').count() > 0);

  // Kept across a reload, as a batch is.
  assert.deepEqual(s.outside(), []);
  await page.waitForTimeout(800); // the batch is written shortly after
  await page.reload();
  await page.waitForSelector('#attach-box .year-pair', { timeout: 30000 });
  await settled(page);
  s.loaded(); // the reload's own requests are the page's
  assert.equal(await page.textContent('#source'), '粘贴的文本');
  assert.equal(await page.inputValue('#text'), thisYear);
  assert.match(await page.textContent('#findings'), /二、上年结转应为 3/);

  // Detached (取消附加): the report alone again.
  await page.click('#attach-box button.detach');
  await settled(page);
  assert.equal(await page.isVisible('#attach-box'), false);
  assert.doesNotMatch(await page.textContent('#findings'), /上年结转应为/);

  // Attached again, then another body's report in its place: said so, nothing cross-year left.
  await attach(page, '北关区乡村振兴局2022年度报告.txt', lastYear);
  await page.waitForSelector('#attach-box .year-pair', { timeout: 30000 });
  await attach(page, 'other.txt', readFileSync(seedPaths[1], 'utf8'));
  await page.waitForSelector('#attach-box .attach-message', { timeout: 30000 });
  await settled(page);
  assert.equal(await page.locator('#attach-box .year-pair').count(), 0);
  assert.doesNotMatch(await page.textContent('#findings'), /上年结转应为/);

  assert.deepEqual(s.outside(), []);
  assert.deepEqual(s.seen.errors, []);
  await s.context.close();
});

test('another body\'s report attached: said plainly, no cross-year result', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  await page.click('#clear-text');
  await paste(page, { 'text/plain': readFileSync(seedPaths[4], 'utf8') });
  await settled(page);
  await attach(page, 'other.txt', readFileSync(seedPaths[1], 'utf8'));
  await page.waitForSelector('#attach-box .attach-message', { timeout: 30000 });
  assert.match(await page.textContent('#attach-box .attach-message'),
    /^「other\.txt」不是本报告（北关区乡村振兴局 2023 年度）上一年度的报告，而是.+的报告。未做跨年度核对。$/);
  assert.equal(await page.locator('#attach-box .year-pair').count(), 0);
  assert.doesNotMatch(await page.textContent('#findings'), /上年结转应为/);
  assert.equal(await page.isVisible('#tab-batch'), false);

  // A PDF is read as any opened PDF is: another body's, said so too.
  await page.setInputFiles('#attach-input', join(root, 'tests/corpus/real/hongze-district-2024.pdf'));
  await page.waitForFunction(() => /hongze-district-2024\.pdf」不是本报告/.test(document.getElementById('attach-box').textContent), null, { timeout: 60000 });
  await page.waitForFunction(() => document.getElementById('verdict').dataset.state === 'checked');
  assert.equal(await page.locator('#attach-box .year-pair').count(), 0);
  assert.deepEqual(s.outside(), []);
  assert.deepEqual(s.seen.errors, []);
  await s.context.close();
});
