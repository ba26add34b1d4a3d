#!/usr/bin/env node
// Takes the README's screenshots of the built page (build/web/gkcheck.html) in headless
// Chromium: docs/screenshots/*.png. Needs the page built and fonts-noto-cjk installed
// (scripts/install-deps.sh), or the Chinese shows as boxes.
// Usage: node scripts/screenshots.mjs [--out docs/screenshots]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  carryOverPair, dropFiles, launch, openWatched, paste, root, seedPaths, settled, standaloneUrl,
} from '../tests/browser/harness.mjs';

const out = process.argv[2] === '--out' ? process.argv[3] : join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const shot = (page, name) => page.screenshot({ path: join(out, name) }).then(() => console.log(join(out, name)));

const browser = await launch();
try {
  const s = await openWatched(browser, standaloneUrl, { width: 1440, height: 900 }, () => localStorage.setItem('gkcheck.list',
    JSON.stringify({ unit: '××县人民政府办公室', reviewer: '张××', deadline: '2027-01-15', warnings: true, tables: false })));
  const { page } = s;
  // 1. One report: seed 002 pasted (tab-separated rows, copied from a web page), a row
  // whose cells PDF conversion shifted selected in the list and in the text.
  await page.evaluate(() => { const a = document.getElementById('text'); a.focus(); a.select(); });
  await paste(page, { 'text/plain': readFileSync(seedPaths[2], 'utf8') });
  await settled(page);
  await page.click('.finding[data-rule="table.column-count"] .pick >> nth=0');
  await shot(page, 'report.png');
  // Back to the sample (the same text as seed 001: checked again by a keystroke undone).
  await page.click('#load-sample');
  await page.focus('#text');
  await page.keyboard.type(' ');
  await page.keyboard.press('Backspace');
  await settled(page);

  // 2. The table view, hovering the failing cell.
  await page.click('#tab-table');
  const cell = page.locator('#table-view td[data-table="applications"][data-row="results_total"][data-column="natural"]');
  await cell.scrollIntoViewIfNeeded();
  await page.evaluate(() => { document.getElementById('table-view').scrollTop += 180; });
  await cell.hover();
  await page.waitForSelector('#cell-tip:not([hidden])');
  await shot(page, 'table.png');
  await page.mouse.move(5, 5);

  // 3. A rule page.
  await page.click('#tab-text');
  await page.click('.finding[data-rule="sum.suggested-fix"] .doc-link >> nth=0');
  await page.waitForSelector('#docs-dialog[open]');
  await shot(page, 'rule-page.png');
  await page.keyboard.press('Escape');

  // 4. Many reports: the seeds and a 2022 report of seed 004's body.
  // Its 表二 says 4 规章 in force, which 2023's does not carry on (cross.in-force).
  const { y2022 } = carryOverPair();
  await dropFiles(page, seedPaths.map((p) => ({ name: basename(p), text: readFileSync(p, 'utf8') }))
    .concat([{ name: '北关区乡村振兴局2022年度报告.txt', text: y2022.replace(/^规章\t0\t0\t0$/m, '规章\t1\t0\t4') }]));
  await page.waitForSelector('#batch-view:not([hidden]) tr.report-row');
  await page.click('#batch-head button[data-key="errors"]'); // worst first
  await shot(page, 'batch.png');
  // The charts, and the body's two years side by side.
  const part = (selector, name) => page.locator(selector).screenshot({ path: join(out, name) }).then(() => console.log(join(out, name)));
  await part('#batch-charts', 'charts.png');
  await part('#batch-years .year-pair', 'years.png');
  // Decisions on seed 001's findings: 需修改 with a comment, 无需修改 listed apart.
  await page.click('#batch-body tr.report-row:has-text("001_d37008fbb3c2afee.txt")');
  const card = (rule) => page.locator(`#findings .finding[data-rule="${rule}"]`).first();
  await card('sum.suggested-fix').locator('button.decide[data-decision="confirmed"]').click();
  await card('sum.suggested-fix').locator('.comment input').fill('请按表内加总关系更正（七）总计');
  await card('meta.fee-statement').locator('button.decide[data-decision="accepted"]').click();
  await page.click('.accepted-group .group-toggle');
  await card('sum.suggested-fix').locator('.pick').click();
  await shot(page, 'decisions.png');
  // Back to the sample (the same text as seed 001: checked again by a keystroke undone).
  await page.click('#load-sample');
  await page.focus('#text');
  await page.keyboard.type(' ');
  await page.keyboard.press('Backspace');
  await settled(page);

  // 5. The printed correction list (print media), first page, with the reviewer's block as
  // the print dialog keeps it (set before the page loaded).
  await page.click('#tab-report');
  await page.evaluate(() => { const a = document.getElementById('text'); a.focus(); a.select(); });
  await paste(page, { 'text/plain': readFileSync(seedPaths[1], 'utf8') });
  await settled(page);
  // Printed to PDF as the browser prints it, first page turned into PNG with poppler's
  // pdftoppm; without it, the print layout as the screen shows it.
  const pdf = join(out, 'print.pdf.tmp');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  try {
    execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, join(out, 'print')]);
    console.log(join(out, 'print.png'));
  } catch (err) {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await shot(page, 'print.png');
  }
  rmSync(pdf);
  await s.context.close();
} finally {
  await browser.close();
}
