// The correction lists (整改清单) as a reviewer sends them: a batch of the corpus (the seeds,
// a web page, two PDFs) printed as one list per report to PDF and read back page by page
// (title, table head, 第 i 页 共 n 页 counted per list, the reviewer's block, the date in
// Chinese, no rule id, no line number); the lists as CSV, for all and per report; the
// reviewer's block kept across a reload; 提醒 left out when the reviewer says so.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openWatched, parseCsv, requireBuild, root, seedPaths, settled, standaloneUrl, useBrowser } from './harness.mjs';

requireBuild();
const env = useBrowser();

const corpus = seedPaths.concat(['shuyang-fgj-2023.html', 'hongze-district-2024.pdf', 'huaian-city-2024.pdf']
  .map((f) => join(root, 'tests/corpus/real', f)));
const RULE_ID = /\b(input|decode|format|table|sum|section|meta|text|cross)\.[a-z][a-z-]+/;
const LINE_NUMBER = /第\s*\d+\s*行/;
const CSV_HEAD = ['单位', '报告', '序号', '严重程度', '位置', '问题', '修改建议', '审核意见', '规则'];

// window.print() counted instead of opening the browser's dialog.
function stubPrint() {
  window.print = () => { window.__printed = (window.__printed || 0) + 1; };
}

async function openBatch(page) {
  await page.setInputFiles('#file-input', corpus);
  await page.waitForFunction((n) => document.getElementById('status').textContent.startsWith(`已检查 ${n} 份报告`),
    corpus.length, { timeout: 60000 });
}

// Glyphs a CJK font shares between a radical and its ideograph, which pdf.js reads back as
// the radical (poppler as the ideograph).
const RADICALS = { '⻅': '见', '⻚': '页', '⻬': '齐', '⺠': '民', '⻓': '长', '⻔': '门', '⻋': '车', '⻉': '贝', '⻢': '马',
  '⻛': '风', '⻜': '飞', '⻝': '食', '⻥': '鱼', '⻦': '鸟', '⻩': '黄', '⻰': '龙', '⻈': '讠', '⻐': '钅', '⻙': '韦', '⻆': '角', '⻄': '西' };

// Each page's text of a PDF, spaces dropped (the PDF places Chinese glyph by glyph): read by
// poppler's pdftotext where it is installed, else by pdf.js.
async function pdfPages(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'gkcheck-lists-'));
  const path = join(dir, 'lists.pdf');
  writeFileSync(path, bytes);
  try {
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1).map((t) => t.replace(/\s+/g, ''));
  } catch (err) {
    const mod = await import('pdfjs-dist/legacy/build/pdf.js');
    const pdfjs = mod.getDocument ? mod : mod.default;
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
    const pages = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((x) => x.str).join('').replace(/\s+/g, '').replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] || c));
    }
    await doc.destroy();
    return pages;
  }
}

async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

function csvRows(bytes) {
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  assert.deepEqual(rows[0], CSV_HEAD);
  return rows.slice(1).map((r) => Object.fromEntries(CSV_HEAD.map((h, i) => [h, r[i]])));
}

test('打印全部整改清单: one list per report, each numbered 第 i 页 共 n 页, in the reviewer\'s words', async () => {
  const s = await openWatched(env.browser, standaloneUrl, null, stubPrint);
  const { page } = s;
  await openBatch(page);
  await page.click('#print-all-lists');
  assert.ok(await page.isVisible('#list-dialog'));
  await page.fill('#list-unit', '某某县人民政府办公室');
  await page.fill('#list-reviewer', '张三');
  await page.fill('#list-deadline', '2027-01-15');
  await page.check('#list-warnings');
  await page.check('#list-tables');
  await page.click('#list-print');
  await page.waitForFunction(() => window.__printed === 1);
  assert.ok(!(await page.isVisible('#list-dialog')));
  assert.match(await page.title(), /^整改清单（8 份报告）$/, 'a saved PDF is named for the lists');

  await page.emulateMedia({ media: 'print' });
  const sheets = await page.locator('#print-report .sheet').count();
  const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  assert.equal(pages.length, sheets, 'one PDF page per sheet');

  // The lists: each starts on a page of its own with its title and is numbered on its own.
  const starts = pages.map((t, i) => (/^关于《/.test(t) ? i : -1)).filter((i) => i >= 0);
  assert.equal(starts.length, corpus.length, 'one list per report');
  starts.forEach((from, k) => {
    const to = k + 1 < starts.length ? starts[k + 1] : pages.length;
    for (let i = from; i < to; i++) {
      assert.ok(pages[i].includes(`第${i - from + 1}页共${to - from}页`), `page ${i + 1}: ${pages[i].slice(-40)}`);
    }
  });
  const all = pages.join('\n');
  assert.match(all, /关于《淮安市人民政府2024年政府信息公开工作年度报告》的审核意见/);
  assert.match(all, /关于《淮安市洪泽区人民政府2024年政府信息公开工作年度报告》的审核意见/);
  assert.match(all, /关于《沭阳县发展和改革局2023年政府信息公开年度报告》的审核意见/);
  assert.match(all, /关于《鹤岗市乡村振兴局2021年度政府信息公开工作报告》的审核意见/);
  assert.match(all, /序号位置问题修改要求/);
  assert.match(all, /表三·（七）总计·自然人/, 'a cell named as a user names it');
  assert.match(all, /第六部分标题/, 'a section\'s heading too');
  assert.match(all, /部分标题序号错误/, 'the rule\'s name');
  assert.match(all, /审核单位：某某县人民政府办公室/);
  assert.match(all, /审核人：张三/);
  assert.match(all, /请于2027年1月15日前完成整改/);
  assert.match(all, /\d{4}年\d{1,2}月\d{1,2}日/, 'the date in Chinese');
  assert.match(all, /附：报告中的表格/);
  assert.doesNotMatch(all, RULE_ID, 'no rule id');
  assert.doesNotMatch(all, LINE_NUMBER, 'no line number');
  assert.doesNotMatch(all, /\b(error|warning|info)\b/);

  // After printing, the page prints what it shows again (the batch summary here).
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.title(), 'gkcheck · 政府信息公开工作年度报告检查');
  await page.waitForFunction(() => /审核汇总/.test(document.getElementById('print-report').textContent));
  assert.deepEqual(s.outside(), []);
  assert.deepEqual(s.seen.errors, []);
  await s.context.close();
});

test('整改清单 as CSV: all reports in one file from the batch, one report from its row', async () => {
  const s = await openWatched(env.browser, standaloneUrl, null, stubPrint);
  const { page } = s;
  await openBatch(page);
  const all = await download(page, () => page.click('#export-csv'));
  assert.match(all.name, /整改清单\.csv$/);
  const rows = csvRows(all.bytes);
  assert.ok(rows.length > 20);
  for (const r of rows) {
    assert.match(r['严重程度'], /^(错误|提醒)$/);
    assert.match(r['规则'], RULE_ID, 'the rule id, last');
    assert.doesNotMatch(r['问题'] + r['位置'], RULE_ID);
    assert.doesNotMatch(r['位置'], LINE_NUMBER);
  }
  assert.ok(rows.some((r) => r['单位'] === '淮安市人民政府' && r['报告'] === '淮安市人民政府2024年政府信息公开工作年度报告'));
  const fix = rows.find((r) => r['规则'] === 'sum.suggested-fix');
  assert.equal(fix['位置'], '表三 ·（七）总计 · 自然人');
  assert.match(fix['修改建议'], /^表三·（七）总计·自然人：应为 1，现为 0/);
  assert.ok(!rows.some((r) => r['规则'] === 'sum.balance'), 'a sum its fix explains is the fix\'s reason, not an item');

  // A row's 导出: that report's list alone, numbered from 1.
  const row = page.locator('#batch-body tr', { hasText: 'huaian-city-2024.pdf' });
  const one = await download(page, () => row.locator('.row-tools button', { hasText: '导出' }).click());
  assert.equal(one.name, 'huaian-city-2024-整改清单.csv');
  const own = csvRows(one.bytes);
  assert.deepEqual(own, rows.filter((r) => r['单位'] === '淮安市人民政府'));
  assert.deepEqual(own.map((r) => r['序号']), own.map((r, i) => String(i + 1)));
  assert.equal(await page.isVisible('#batch-view'), true, 'the row stays, the report is not opened');
  await s.context.close();
});

test('the reviewer\'s block is kept across a reload; without 提醒 the list has the errors only', async () => {
  const s = await openWatched(env.browser, standaloneUrl, null, stubPrint);
  const { page } = s;
  // The sample: 2 numbers to change, 6 提醒.
  await page.click('#print');
  await page.fill('#list-unit', '某某市政务公开办公室');
  await page.fill('#list-reviewer', '李四');
  await page.uncheck('#list-warnings');
  await page.click('#list-print');
  await page.waitForFunction(() => window.__printed === 1);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#print-report .list-table tbody tr').count(), 2, 'the two numbers to change');
  assert.equal(await page.locator('#print-report tr[data-severity="warning"]').count(), 0);
  const printed = await page.textContent('#print-report');
  assert.match(printed, /关于《2021年度政府信息公开工作报告》的审核意见/);
  assert.match(printed, /第 1 页 共 1 页/);
  await page.emulateMedia({ media: 'screen' });

  await page.reload();
  await settled(page);
  await page.click('#print');
  assert.equal(await page.inputValue('#list-unit'), '某某市政务公开办公室');
  assert.equal(await page.inputValue('#list-reviewer'), '李四');
  assert.equal(await page.isChecked('#list-warnings'), false);
  await page.check('#list-warnings');
  await page.click('#list-print');
  await page.waitForFunction(() => window.__printed === 1);
  assert.equal(await page.locator('#print-report .list-table tbody tr').count(), 8, 'the 6 提醒 too');
  await s.context.close();
});
