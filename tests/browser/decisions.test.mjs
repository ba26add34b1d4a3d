// Decisions that last: 需修改 / 无需修改 with a 审核意见 on the sample's findings, kept across a
// reload, a re-check and an edit elsewhere in the text; the counts and the verdict follow;
// exported as the decisions file, cleared, imported again: the same. No request leaves.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  dropFiles, openWatched, requireBuild, resultsTotalCells, root, settled, siteDir, standaloneUrl, useBrowser,
} from './harness.mjs';

requireBuild();
const env = useBrowser(siteDir);

// Each card's rule, decision and comment, in list order.
const cards = (page) => page.$$eval('#findings .finding', (lis) => lis.map((li) => ({
  rule: li.dataset.rule, key: li.dataset.key, decision: li.dataset.decision,
  comment: (li.querySelector('.comment input') || {}).value || '',
})));
const decided = async (page) => (await cards(page)).filter((c) => c.decision !== 'open')
  .map((c) => [c.rule, c.decision, c.comment]).sort();
const card = (page, rule) => page.locator(`#findings .finding[data-rule="${rule}"]`).first();

const WANT = [
  ['meta.fee-statement', 'accepted', ''],
  ['sum.suggested-fix', 'confirmed', '请核对（七）总计'],
];

test('decisions: kept across a reload, a re-check and an edit elsewhere; counts and verdict follow; export, clear, import', async () => {
  for (const url of [standaloneUrl, env.server.origin + '/']) {
    const s = await openWatched(env.browser, url);
    const { page } = s;
    assert.match(await page.textContent('#verdict'), /^需修改 2 个数字，另有 6 处提醒/);
    assert.ok((await cards(page)).every((c) => c.decision === 'open' && c.key), 'every card starts open, with its key');

    // 需修改 with a comment on the first fix; 无需修改 on the fee statement (a warning).
    await card(page, 'sum.suggested-fix').locator('button.decide[data-decision="confirmed"]').click();
    await card(page, 'sum.suggested-fix').locator('.comment input').fill('请核对（七）总计');
    await card(page, 'meta.fee-statement').locator('button.decide[data-decision="accepted"]').click();
    assert.deepEqual(await decided(page), WANT);
    // The accepted warning leaves the counts and the verdict, listed apart and folded.
    assert.match(await page.textContent('#verdict'), /^需修改 2 个数字，另有 5 处提醒/);
    assert.equal(await page.textContent('#filters [data-severity="warning"] .count'), '5');
    assert.equal(await page.textContent('.accepted-group .group-toggle'), '已标记无需修改（1）');
    assert.ok(!(await page.isVisible('.accepted-group .finding')));
    await page.click('.accepted-group .group-toggle');
    assert.ok(await page.isVisible('.accepted-group .finding[data-rule="meta.fee-statement"]'));
    // Pressed again, 需修改 goes back to open (and back again for the rest of the test).
    const confirmed = card(page, 'sum.suggested-fix').locator('button.decide[data-decision="confirmed"]');
    await confirmed.click();
    assert.equal((await decided(page)).length, 1);
    await confirmed.click();
    await card(page, 'sum.suggested-fix').locator('.comment input').fill('请核对（七）总计');

    // A reload: the same decisions on the same findings.
    await page.reload();
    await settled(page);
    s.loaded(); // the reload's own requests are the page's
    assert.deepEqual(await decided(page), WANT, 'after a reload');
    assert.match(await page.textContent('#verdict'), /另有 5 处提醒/);

    // An edit elsewhere in the text (the preamble), checked again: the findings move, the
    // decisions stay with them.
    const text = await page.inputValue('#text');
    const at = text.indexOf('\n', text.indexOf('现将')); // the end of the preamble's line
    assert.ok(at > 0);
    await page.focus('#text');
    await page.evaluate((n) => document.getElementById('text').setSelectionRange(n, n), at);
    await page.keyboard.type('特此说明。');
    await settled(page);
    assert.ok((await page.inputValue('#text')).includes('特此说明。'));
    assert.deepEqual(await decided(page), WANT, 'after an edit elsewhere');

    // Export: one decisions file, the contract's format.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-decisions')]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.gkcheck, 'decisions');
    assert.equal(exported.version, 1);
    const reports = Object.values(exported.reports);
    assert.equal(reports.length, 1);
    // The fix's entry and its sums' (the CLI counts those as findings of their own), each
    // under the finding's key in the JSON, with its place.
    const entries = Object.entries(reports[0].findings);
    assert.deepEqual(entries.filter(([, d]) => !/^sum\.(balance|results-total)$/.test(d.rule))
      .map(([, d]) => [d.rule, d.decision, d.comment]).sort(), WANT);
    const sums = entries.filter(([, d]) => /^sum\.(balance|results-total)$/.test(d.rule));
    assert.ok(sums.length >= 1, 'the sums the fix explains');
    assert.ok(sums.every(([, d]) => d.decision === 'confirmed' && d.comment === '请核对（七）总计'));
    const doc = await s.reference([{ text: await page.inputValue('#text') }]);
    const keys = new Set(doc.reports[0].findings.map((f) => f.key));
    assert.equal(Object.keys(exported.reports)[0], doc.reports[0].key);
    for (const [key, d] of entries) {
      assert.ok(keys.has(key), `${key} is a finding's key`);
      assert.equal(d.place, doc.reports[0].findings.find((f) => f.key === key).place);
    }
    assert.ok(reports[0].title);

    // Clear (the page asks first): every finding is open again, the counts whole.
    page.once('dialog', (d) => d.accept());
    await page.click('#clear-decisions');
    await page.waitForFunction(() => !document.querySelector('#findings .finding:not([data-decision="open"])'));
    assert.match(await page.textContent('#verdict'), /另有 6 处提醒/);

    // Import: the same decisions again, and the page says what it loaded.
    const dir = mkdtempSync(join(tmpdir(), 'gkcheck-decisions-'));
    const path = join(dir, 'decisions.json');
    writeFileSync(path, JSON.stringify(exported));
    await page.setInputFiles('#decisions-input', path);
    await page.waitForFunction(() => /^已导入审核意见/.test(document.getElementById('status').textContent));
    assert.equal(await page.textContent('#status'), `已导入审核意见：1 份报告的 ${entries.length} 条决定`);
    assert.deepEqual(await decided(page), WANT, 'after the import');
    // A file that is not a decisions file is refused, and changes nothing.
    writeFileSync(path, JSON.stringify({ tool: 'gkcheck', reports: [] }));
    await page.setInputFiles('#decisions-input', path);
    await page.waitForFunction(() => /^无法导入审核意见/.test(document.getElementById('status').textContent));
    assert.deepEqual(await decided(page), WANT);
    // Keys an object's prototype answers to are no report's or finding's: left out, the rest
    // of the page unharmed.
    writeFileSync(path, '{"gkcheck":"decisions","version":1,"reports":{"__proto__":{"findings":{"x":{"decision":"accepted"}}},' +
      '"constructor":{"findings":{"__proto__":{"decision":"accepted"}}}}}');
    await page.setInputFiles('#decisions-input', path);
    await page.waitForFunction(() => /^已导入审核意见：0 份/.test(document.getElementById('status').textContent));
    assert.deepEqual(await decided(page), WANT);

    assert.deepEqual(s.outside(), []);
    assert.deepEqual(s.seen.errors, []);
    await s.context.close();
  }
});

test('decisions: a corrected re-submission of the same file keeps those on the findings that remain', async () => {
  const s = await openWatched(env.browser, env.server.origin + '/');
  const { page } = s;
  const name = '001_d37008fbb3c2afee.txt';
  const original = readFileSync(join(root, 'tests/corpus/seeds', name), 'utf8');
  await dropFiles(page, [{ name, text: original }]);
  await page.waitForFunction((n) => document.getElementById('source').textContent === '文件：' + n, name);
  await settled(page);
  await card(page, 'text.slip').locator('button.decide[data-decision="confirmed"]').click();
  await card(page, 'text.slip').locator('.comment input').fill('改为中文逗号');
  await card(page, 'meta.fee-statement').locator('button.decide[data-decision="accepted"]').click();
  await card(page, 'sum.suggested-fix').locator('button.decide[data-decision="confirmed"]').click();

  // The department sends it back with （七）总计 corrected (and a line added at the top).
  const { natural, total } = resultsTotalCells(original.replace(/\r\n?/g, '\n'));
  const lines = original.replace(/\r\n?/g, '\n').split('\n');
  lines[natural.line - 1] = lines[natural.line - 1].replace('0', '1');
  lines[total.line - 1] = lines[total.line - 1].replace('0', '1');
  const corrected = '（修改稿）\n' + lines.join('\n');
  await dropFiles(page, [{ name, text: corrected }]);
  await page.waitForFunction(() => document.getElementById('text').value.startsWith('（修改稿）'));
  await settled(page);
  assert.equal(await page.locator('#findings .finding[data-rule="sum.suggested-fix"]').count(), 0, 'the sums hold now');
  assert.deepEqual(await decided(page), [['meta.fee-statement', 'accepted', ''], ['text.slip', 'confirmed', '改为中文逗号']]);

  // The CLI applies the page's decisions file to the same file: the same decisions.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-decisions')]);
  const dir = mkdtempSync(join(tmpdir(), 'gkcheck-decisions-'));
  const report = join(dir, name);
  writeFileSync(report, corrected);
  let out;
  try {
    out = execFileSync(join(root, 'build/native/cli/gkcheck'), ['--json', '--decisions', await download.path(), report], { encoding: 'utf8' });
  } catch (e) {
    out = e.stdout;
  }
  const cli = JSON.parse(out).reports[0].findings.filter((f) => f.decision !== 'open')
    .map((f) => [f.rule, f.decision, f.comment || '']).sort();
  assert.deepEqual(cli, [['meta.fee-statement', 'accepted', ''], ['text.slip', 'confirmed', '改为中文逗号']]);
  assert.deepEqual(s.outside(), []);
  await s.context.close();
});
