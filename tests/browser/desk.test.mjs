// The batch as a desk: the summary sorts worst first (the whole header cell is the button),
// its decision columns follow the reviewer, the charts render (with their titles and
// tables), 上一份 / 下一份 go through the reports in the summary's order, each opening at its
// first finding, and the batch survives a reload until 清除批量. No request leaves.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { dropFiles, openWatched, requireBuild, seedPaths, siteDir, standaloneUrl, useBrowser } from './harness.mjs';

requireBuild();
const env = useBrowser(siteDir);
const files = seedPaths.map((p) => ({ name: basename(p), text: readFileSync(p, 'utf8') }));

const checkedBatch = (page) => page.waitForFunction((n) =>
  document.getElementById('status').textContent.startsWith(`已检查 ${n} 份报告`), files.length, { timeout: 30000 });

// The summary's cells by column key.
const summary = (page) => page.evaluate(() => {
  const keys = Array.from(document.querySelectorAll('#batch-head button.sort')).map((b) => b.dataset.key);
  return Array.from(document.querySelectorAll('#batch-body tr')).map((tr) =>
    Object.fromEntries(Array.from(tr.children).map((td, i) => [keys[i], td.textContent])));
});

test('the summary sorts worst first, its decision columns follow, the charts render', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  await dropFiles(page, files);
  await checkedBatch(page);
  const doc = await s.reference(files);

  const heads = await page.$$eval('#batch-head th', (ths) => ths.map((th) => th.textContent));
  assert.deepEqual(heads, ['文件', '发布机关', '年度', '格式', '错误', '提醒', '结论', '主要问题', '待定', '需修改', '无需修改', '公开率', '纠正率', '整改清单']);
  // A click anywhere in the header cell sorts (the button fills it): errors, worst first.
  const th = page.locator('#batch-head th', { hasText: '错误' });
  const box = await th.boundingBox();
  await page.mouse.click(box.x + 3, box.y + box.height - 3);
  assert.equal(await th.getAttribute('aria-sort'), 'descending');
  let rows = await summary(page);
  const errors = rows.map((r) => Number(r.errors));
  assert.deepEqual(errors, errors.slice().sort((a, b) => b - a));
  assert.ok(errors[0] > 0);
  // 结论: 需修改 before 可发布; each row's verdict from its errors.
  await page.click('#batch-head button[data-key="verdict"]');
  rows = await summary(page);
  const verdicts = rows.map((r) => r.verdict);
  assert.deepEqual(verdicts, verdicts.slice().sort((a, b) => (b === '需修改') - (a === '需修改')));
  for (const r of rows) assert.equal(r.verdict, Number(r.errors) ? '需修改' : '可发布');
  // The main problem is the first error's rule, by its name (no rule id).
  const r001 = rows.find((r) => r.name === '001_d37008fbb3c2afee.txt');
  assert.notEqual(r001.problem, '—');
  assert.ok(!/^[a-z]+\.[a-z-]+$/.test(r001.problem), 'a name, not an id');
  // The rates: seed 001's 表三 gives 1 予以公开 of 0 results (a broken total): no rate; the
  // others' 表四 show a 纠正 share or a dash.
  for (const r of rows) {
    assert.match(r.disclosure, /^(\d+(\.\d)?%|—)$/);
    assert.match(r.correction, /^(\d+(\.\d)?%|—)$/);
  }
  // Nothing decided yet: every counted item open.
  for (const r of rows) assert.equal(r.confirmed + r.accepted, '00');

  // The charts: an image each, with a title, a description and the figures as a table.
  const rulesChart = await page.$eval('#chart-rules', (f) => ({
    role: f.querySelector('svg').getAttribute('role'),
    title: f.querySelector('svg > title').textContent,
    desc: f.querySelector('svg > desc').textContent,
    bars: f.querySelectorAll('svg g.bar').length,
    rows: Array.from(f.querySelectorAll('table tr')).slice(1).map((tr) => [tr.cells[0].textContent, Number(tr.cells[1].textContent)]),
  }));
  assert.equal(rulesChart.role, 'img');
  assert.equal(rulesChart.title, '各规则的问题数（全部报告）');
  const byRule = {};
  for (const r of doc.reports) {
    for (const f of r.findings) if (!(f.fix !== undefined && f.explains === undefined)) byRule[f.rule] = (byRule[f.rule] || 0) + (f.summarised || 1);
  }
  assert.equal(rulesChart.bars, Math.min(20, Object.keys(byRule).length));
  assert.equal(rulesChart.rows.reduce((n, r) => n + r[1], 0),
    Object.values(byRule).sort((a, b) => b - a).slice(0, 20).reduce((n, x) => n + x, 0));
  assert.match(rulesChart.desc, /条规则共发现 \d+ 处问题/);
  const errorsChart = await page.$eval('#chart-errors', (f) => ({
    bars: f.querySelectorAll('svg g.bar').length,
    values: Array.from(f.querySelectorAll('table tr')).slice(1).map((tr) => Number(tr.cells[1].textContent)),
  }));
  assert.equal(errorsChart.bars, files.length);
  assert.deepEqual(errorsChart.values.slice().sort(), errors.slice().sort());
  const svgBox = await page.locator('#chart-rules svg').boundingBox();
  assert.ok(svgBox.width > 300 && svgBox.height > 40, 'the chart is drawn');
  // Printable: the print view carries the charts under the summary.
  await page.waitForFunction(() => document.querySelector('#print-report .chart svg'));

  // Decisions in a report show in its row: open 需修改 on seed 001's first card.
  await page.click('#batch-body tr.report-row:has-text("001_d37008fbb3c2afee.txt")');
  await page.locator('#findings .finding').first().locator('button.decide[data-decision="accepted"]').click();
  await page.locator('#findings .finding').first().locator('button.decide[data-decision="confirmed"]').click();
  await page.click('#tab-batch');
  const after = (await summary(page)).find((r) => r.name === '001_d37008fbb3c2afee.txt');
  assert.equal(after.accepted, '1');
  assert.equal(after.confirmed, '1');
  assert.equal(Number(after.open), Number(r001.open) - 2);

  assert.deepEqual(s.outside(), []);
  assert.deepEqual(s.seen.errors, []);
  await s.context.close();
});

test('上一份 / 下一份 in the summary\'s order, each report at its first finding; the batch survives a reload until 清除批量', async () => {
  for (const url of [standaloneUrl, env.server.origin + '/']) {
    const s = await openWatched(env.browser, url);
    const { page } = s;
    assert.ok(await page.isHidden('#batch-nav'));
    await dropFiles(page, files);
    await checkedBatch(page);
    await page.click('#batch-head button[data-key="errors"]'); // worst first
    const order = (await summary(page)).map((r) => r.name);

    await page.click(`#batch-body tr.report-row:has-text("${order[0]}")`);
    assert.ok(await page.isVisible('#batch-nav'));
    assert.equal(await page.textContent('#batch-at'), `第 1 份，共 ${files.length} 份`);
    assert.equal(await page.textContent('#source'), '批量：' + order[0]);
    // Opened at its first finding: the first card is the active one, its place in view.
    const first = await page.$eval('#findings .finding', (li) => li.dataset.index);
    assert.equal(await page.$eval('#findings .finding.active', (li) => li.dataset.index), first);
    await page.click('#report-next');
    assert.equal(await page.textContent('#source'), '批量：' + order[1]);
    assert.equal(await page.textContent('#batch-at'), `第 2 份，共 ${files.length} 份`);
    await page.click('#report-prev');
    await page.click('#report-prev'); // wraps to the last
    assert.equal(await page.textContent('#source'), '批量：' + order[order.length - 1]);
    // An edit to the report open stands for it in the batch, after a reload too.
    await page.focus('#text');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('（补记）');
    await page.waitForTimeout(800); // the batch is written shortly after the edit

    await page.reload();
    await checkedBatch(page);
    s.loaded(); // the reload's own requests (the page, the site's worker script) are the page's
    assert.ok(await page.isVisible('#tab-batch'));
    assert.equal(await page.textContent('#source'), '批量：' + order[order.length - 1], 'the report open before');
    assert.ok((await page.inputValue('#text')).endsWith('（补记）'));
    await page.click('#tab-batch');
    assert.equal((await summary(page)).length, files.length);

    // 清除批量 asks first: dismissed, the batch stays; accepted, it goes, after a reload too.
    page.once('dialog', (d) => d.dismiss());
    await page.click('#clear-batch');
    assert.ok(await page.isVisible('#batch-view'));
    page.once('dialog', (d) => d.accept());
    await page.click('#clear-batch');
    assert.ok(await page.isHidden('#tab-batch'));
    assert.ok(await page.isVisible('#report-view'));
    assert.ok(await page.isHidden('#batch-nav'));
    await page.reload();
    await page.waitForFunction(() => /^已检查/.test(document.getElementById('status').textContent));
    s.loaded();
    await page.waitForTimeout(500);
    assert.ok(await page.isHidden('#tab-batch'));

    assert.deepEqual(s.outside(), []);
    assert.deepEqual(s.seen.errors, []);
    await s.context.close();
  }
});
