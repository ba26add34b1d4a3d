// Many reports and what leaves the page: the batch of all seeds plus a made-up 2022 report
// of seed 004's body (cross.carry-over), the summary table, opening a row, CSV and JSON
// exports read back and compared with the worker's JSON, printing to PDF — and, over the
// whole session, no request after the page loaded.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import {
  carryOverPair, dropFiles, openWatched, parseCsv, requireBuild, seedPaths, settled, siteDir, standaloneUrl,
  useBrowser,
} from './harness.mjs';

requireBuild();

const { y2022 } = carryOverPair();
const files = seedPaths.map((p) => ({ name: basename(p), text: readFileSync(p, 'utf8') }))
  .concat([{ name: '北关区乡村振兴局2022年度报告.txt', text: y2022 }]);
const SEVERITY = { error: '错误', warning: '提醒', info: '提示' };
const env = useBrowser(siteDir);

async function dropBatch(page) {
  await dropFiles(page, files);
  await page.waitForFunction((n) => document.getElementById('status').textContent.startsWith(`已检查 ${n} 份报告`),
    files.length, { timeout: 30000 });
}

// The summary's cells, without the row's 打印 / 导出 of its correction list.
const summary = (page) => page.$$eval('#batch-body tr', (trs) => trs.map((tr) =>
  Array.from(tr.children).filter((td) => !td.classList.contains('row-tools')).map((td) => td.textContent)));

async function downloadText(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

// The CSV's rows, keyed like the JSON's findings.
function csvFindings(csv) {
  const rows = parseCsv(csv);
  const head = rows.shift();
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

// The CSV holds each report's correction list: its errors and 提醒 (提醒 are in by default),
// a fix standing for the sums it explains, no 提示; the rule id last.
function assertCsvMatches(csvText, doc) {
  const rows = csvFindings(csvText);
  const want = [];
  for (const r of doc.reports) {
    for (const f of r.findings) {
      if (f.severity === 'info' || (f.fix !== undefined && f.explains === undefined)) continue;
      want.push([r.body || '', SEVERITY[f.severity], f.rule, f.message].join('|'));
    }
  }
  const got = rows.map((row) => [row['单位'], row['严重程度'], row['规则'], row['修改建议'].split('\n')[0]].join('|'));
  assert.deepEqual(got.slice().sort(), want.sort(), 'one CSV row per item of the lists');
  for (const row of rows) assert.doesNotMatch(row['问题'] + row['位置'], /\b[a-z]+\.[a-z-]+\b/, 'no rule id but in 规则');
}

test('batch: all seeds and a consecutive-year pair, summary, sorting, cross.carry-over, opening a row', async () => {
  for (const url of [standaloneUrl, env.server.origin + '/']) {
    const s = await openWatched(env.browser, url);
    const { page } = s;
    await dropBatch(page);
    assert.ok(await page.isVisible('#batch-view'));
    assert.equal(await page.getAttribute('#tab-batch', 'aria-selected'), 'true');

    // The summary agrees with the worker's own JSON for the same files.
    const doc = await s.reference(files);
    const rows = await summary(page);
    assert.equal(rows.length, files.length);
    const byName = Object.fromEntries(rows.map((r) => [r[0], r]));
    for (const r of doc.reports) {
      const n = { error: 0, warning: 0 };
      // A sum a fix explains is counted in its fix, not on its own.
      for (const f of r.findings) if (n[f.severity] !== undefined && !(f.fix !== undefined && !f.explains)) n[f.severity]++;
      const row = byName[r.file];
      assert.ok(row, `a row for ${r.file}`);
      // No signature names the body: the report's title stands in.
      const title = files.find((x) => x.name === r.file).text.split(/\r?\n/).map((l) => l.trim()).find((l) => /报告/.test(l));
      assert.equal(row[1], r.body || title);
      assert.equal(row[2], r.year ? String(r.year) : '—');
      assert.equal(row[4], String(n.error), `${r.file} errors`);
      assert.equal(row[5], String(n.warning), `${r.file} warnings`);
      assert.equal(row[6], n.error ? '需修改' : '可发布');
    }
    // Known facts of the seeds and the pair.
    assert.deepEqual(byName['001_d37008fbb3c2afee.txt'].slice(4, 7), ['2', '6', '需修改']);
    assert.deepEqual(byName['000_2a323641ce1d9cac.txt'].slice(1, 4), ['鹤岗市乡村振兴局', '2021', '2021 年版']);
    assert.equal(byName['002_df5be3e5b2d03ca8.txt'][3], '2019 年版（试行）');
    const r2023 = doc.reports.find((r) => r.file === '004_e326ba0ba3be1f76.txt');
    const cross = r2023.findings.filter((f) => f.rule === 'cross.carry-over');
    assert.equal(cross.length, 2, 'this year\'s 上年结转 differs in 自然人 and 总计');
    assert.deepEqual(cross.map((f) => [f.expected, f.actual]), [[3, 0], [3, 0]]);
    assert.match(cross[0].message, /北关区乡村振兴局2022年度报告\.txt 中 2022 年度报告/);
    assert.equal(byName['004_e326ba0ba3be1f76.txt'][4], '2');
    const listed = await page.$$eval('#batch-cross .cross-item', (bs) => bs.map((b) => b.textContent));
    assert.equal(listed.length, 3);
    assert.ok(listed.every((t) => t.startsWith('004_e326ba0ba3be1f76.txt')));
    assert.equal(listed.filter((t) => t.includes('上年结转应为 3')).length, 2);
    // The pair's running text is the same report's: cross.text-reuse.
    assert.equal(listed.filter((t) => t.includes('17 句中有 17 句（100%）')).length, 1);
    assert.match(await page.textContent('#batch-title'), /^批量检查：6 份报告/);

    // Sorting: counts worst first on the first click, the other way on the second;
    // aria-sort follows.
    await page.click('#batch-head button[data-key="errors"]');
    assert.equal(await page.getAttribute('#batch-head th:nth-child(5)', 'aria-sort'), 'descending');
    const errs = (await summary(page)).map((r) => Number(r[4]));
    assert.deepEqual(errs, errs.slice().sort((a, b) => b - a));
    await page.click('#batch-head button[data-key="errors"]');
    assert.equal(await page.getAttribute('#batch-head th:nth-child(5)', 'aria-sort'), 'ascending');
    await page.click('#batch-head button[data-key="year"]');
    const years = (await summary(page)).map((r) => r[2]);
    assert.deepEqual(years, years.slice().sort());

    // A cross finding opens its report at the cell.
    await page.locator('#batch-cross .cross-item', { hasText: '上年结转' }).first().click();
    assert.ok(await page.isVisible('#report-view'));
    assert.equal(await page.textContent('#source'), '批量：004_e326ba0ba3be1f76.txt');
    const active = await page.$eval('.finding.active', (li) => ({ rule: li.dataset.rule, offset: Number(li.dataset.offset) }));
    assert.deepEqual(active, { rule: 'cross.carry-over', offset: cross[0].offset });
    assert.equal(await page.inputValue('#text'), files[4].text.replace(/\r\n?/g, '\n'));
    // Editing it rechecks it within the batch: typing over the selected cell (0) with last
    // year's 3 settles the 自然人 column; the 总计 column still disagrees.
    await page.keyboard.type('3');
    await settled(page);
    assert.equal(await page.locator(`.finding[data-rule="cross.carry-over"][data-offset="${cross[0].offset}"]`).count(), 0);
    assert.equal(await page.locator(`.finding[data-rule="cross.carry-over"][data-offset="${cross[1].offset}"]`).count(), 1);
    // Back to the summary, which follows the edit; a row opens its report.
    const errorsNow = await page.getAttribute('#verdict', 'data-errors');
    await page.click('#tab-batch');
    const row004 = (await summary(page)).find((r) => r[0] === '004_e326ba0ba3be1f76.txt');
    assert.equal(row004[4], errorsNow, 'the summary follows the edited report');
    await page.click('#batch-body tr.report-row:has-text("001_d37008fbb3c2afee.txt")');
    assert.match(await page.textContent('#verdict'), /^需修改 2 个数字/);
    assert.equal(await page.locator('.finding').count(), 8);  // 2 cells to change, 6 warnings
    assert.deepEqual(s.outside(), []);
    assert.deepEqual(s.seen.errors, []);
    await s.context.close();
  }
});

test('exports: CSV (UTF-8 with BOM) and JSON read back equal the worker\'s JSON', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  // One report: the sample.
  const sample = await page.inputValue('#text');
  const single = await s.reference([{ text: sample }]);
  const json = await downloadText(page, '#export-json');
  assert.match(json.name, /\.json$/);
  assert.deepEqual(JSON.parse(json.bytes.toString('utf8')), single);
  const csv = await downloadText(page, '#export-csv');
  assert.match(csv.name, /\.csv$/);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for WPS and Excel');
  const csvText = csv.bytes.toString('utf8').slice(1);
  assert.ok(csvText.includes('\r\n'), 'CRLF records');
  assert.ok(csvText.startsWith('单位,报告,序号,严重程度,位置,问题,修改建议,审核意见,规则\r\n'));
  assertCsvMatches(csvText, single);
  assert.match(csvText, /,2021年度政府信息公开工作报告,\d+,错误,表三 ·（七）总计 · 自然人,[^,]+,"表三·（七）总计·自然人：应为 1，现为 0[^"]*\n原因：「自然人」列：（七）总计应为 1/,
    'a fix with the sums it mends as its reasons');

  // The batch: everything, cross findings included.
  await dropBatch(page);
  const doc = await s.reference(files);
  const bj = await downloadText(page, '#export-json');
  assert.deepEqual(JSON.parse(bj.bytes.toString('utf8')), doc);
  const bc = await downloadText(page, '#export-csv');
  const bcText = bc.bytes.toString('utf8');
  assert.equal(bcText[0], '\ufeff');
  assertCsvMatches(bcText.slice(1), doc);
  assert.ok(csvFindings(bcText.slice(1)).some((r) => r['规则'] === 'cross.carry-over' && r['单位'] === '北关区乡村振兴局' &&
    r['报告'] === '北关区乡村振兴局2023年政府信息公开工作年度报告'));
  assert.deepEqual(s.outside(), []);
  await s.context.close();
});

test('print: the report\'s correction list renders to A4 PDF', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  const dir = mkdtempSync(join(tmpdir(), 'gkcheck-print-'));
  // The print view is drawn shortly after each check (and at once on beforeprint, which
  // emulating print media does not fire).
  await page.waitForFunction(() => /审核意见/.test(document.getElementById('print-report').textContent));
  // The print layout: only the list, no buttons or editor.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isVisible('#print-report'));
  assert.ok(!(await page.isVisible('.topbar')));
  assert.ok(!(await page.isVisible('#text')));
  const printed = await page.textContent('#print-report');
  assert.match(printed, /关于《2021年度政府信息公开工作报告》的审核意见/);
  assert.match(printed, /经审核，该报告有以下 8 处需要修改/);
  assert.match(printed, /原因：「自然人」列：（七）总计应为 1/, 'the sums a fix mends are its reasons');
  assert.equal(await page.locator('#print-report tbody tr[data-severity]').count(), 8);  // 2 numbers, 6 提醒
  assert.match(printed, /第 1 页 共 \d 页/);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const path = join(dir, 'report.pdf');
  writeFileSync(path, pdf);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const boxes = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\]/g) || [];
  assert.ok(boxes.length >= 1, 'pages');
  for (const b of boxes) {
    const [, w, h] = /\[\s*0 0 ([\d.]+) ([\d.]+)\]/.exec(b);
    assert.ok(Math.abs(w - 595) < 2 && Math.abs(h - 842) < 2, `A4 page: ${b}`);
  }
  // With poppler's pdftotext (scripts/install-deps.sh) the text itself is read back.
  let text = null;
  try { text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }); } catch (err) { text = null; }
  if (text !== null) {
    assert.match(text, /关于《2021年度政府信息公开工作报告》的审核意见/);
    assert.match(text, /序号\s+位置\s+问题\s+修改要求/);
    assert.match(text, /第\s*1\s*页\s*共\s*\d\s*页/);
    assert.doesNotMatch(text, /sum\.balance|第 \d+ 行/);
  } else {
    console.log('# pdftotext missing: PDF text not read back');
  }
  // The batch summary prints while it is shown.
  await page.emulateMedia({ media: 'screen' });
  await dropBatch(page);
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => /北关区乡村振兴局2022年度报告/.test(document.getElementById('print-report').textContent));
  const batchPdf = await page.pdf({ format: 'A4' });
  assert.equal(batchPdf.subarray(0, 5).toString(), '%PDF-');
  assert.deepEqual(s.outside(), []);
  await s.context.close();
});

test('a whole session, file:// and http: no request after the page loaded', async () => {
  for (const url of [standaloneUrl, env.server.origin + '/']) {
    const s = await openWatched(env.browser, url);
    const { page } = s;
    const own = url.startsWith('file:') ? [url] : ['/', '/app.js', '/style.css', '/worker.js', '/gkcheck.js'].map((p) => env.server.origin + p);
    const initial = s.seen.requests.filter((r) => !/^(data|blob):/.test(r));
    assert.ok(initial.every((r) => own.includes(r)), `initial load from its own place only: ${initial}`);
    // Everything a reviewer does in a day.
    await page.click('#tab-table');
    await page.hover('#table-view td.bad');
    await page.click('#tab-text');
    await page.keyboard.press('F8');
    await page.locator('.doc-link').first().click();
    await page.waitForSelector('#docs-dialog[open]');  // the rule pages load on this first opening
    await page.keyboard.press('Escape');
    await dropBatch(page);
    await page.click('#batch-body tr.report-row >> nth=1');
    await page.keyboard.type('测试');
    await settled(page);
    await downloadText(page, '#export-csv');
    await downloadText(page, '#export-json');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    await page.click('#load-sample');
    await settled(page);
    await page.click('#clear-text');
    await settled(page);
    // Nothing but the site's own rule pages, once, when a rule's page was first opened.
    assert.deepEqual(s.outside(), url.startsWith('file:') ? [] : [env.server.origin + '/docs.js'], 'requests after load');
    assert.deepEqual(s.seen.errors, []);
    await s.context.close();
  }
});

test('a folder picked with 打开文件夹… is checked as a batch (report files only); a .docx opens as its text', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  const dir = mkdtempSync(join(tmpdir(), 'gkcheck-folder-'));
  for (const f of files) writeFileSync(join(dir, f.name), f.text);
  writeFileSync(join(dir, 'scan.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await page.setInputFiles('#folder-input', dir);
  await page.waitForFunction((n) => document.getElementById('status').textContent.startsWith(`已检查 ${n} 份报告`),
    files.length, { timeout: 30000 });
  const names = (await summary(page)).map((r) => r[0].replace(/^.*\//, '')).sort();
  assert.deepEqual(names, files.map((f) => f.name).sort(), 'the .png is left out');
  assert.equal(await page.locator('#batch-cross .cross-item').count(), 3);

  // A Word file: the editor shows the text extracted from it; the marks sit on its cells.
  const docx = join(process.cwd(), 'tests/corpus/generated/001_d37008fbb3c2afee.docx');
  await page.setInputFiles('#file-input', docx);
  await page.waitForFunction(() => document.getElementById('source').textContent.includes('001_d37008fbb3c2afee.docx'));
  await settled(page);
  assert.match(await page.textContent('#verdict'), /^需修改 2 个数字/);
  const text = await page.inputValue('#text');
  for (const offset of await page.$$eval('.finding[data-rule="sum.results-total"]', (els) => els.map((e) => Number(e.dataset.offset)))) {
    assert.equal(text[offset], '0', 'the mark sits on the （七）总计 cell of the extracted text');
  }
  assert.ok(await page.isVisible('#report-view'));
  assert.deepEqual(s.outside(), []);
  assert.deepEqual(s.seen.errors, []);
  await s.context.close();
});
