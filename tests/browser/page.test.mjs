// The page in Chromium: paste → worker check → highlights and findings; no network.
// Needs `node scripts/build-web.mjs` to have run; it does not build anything itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  gbFixturePath, openPage, requireBuild, resultsTotalCells, seedText, siteDir, standaloneUrl, useBrowser,
} from './harness.mjs';

requireBuild();

const cells = resultsTotalCells(seedText);
const RULES = ['sum.results-total', 'sum.balance'];
const env = useBrowser(siteDir);

// Waits until the newest check has been shown (the list is not marked stale).
async function settled(page) {
  await page.waitForFunction(() => /^已检查/.test(document.getElementById('status').textContent) &&
    !document.getElementById('findings').classList.contains('stale'), null, { timeout: 20000 });
}

async function pasteSeed(page) {
  await page.fill('#text', '');
  await settled(page);
  assert.equal(await page.locator('.finding[data-rule^="sum."]').count(), 0, 'an empty editor has no sum findings');
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    dt.setData('text/html', '<b>不应作为 HTML 插入</b>');
    const area = document.getElementById('text');
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, seedText);
  assert.equal(await page.inputValue('#text'), seedText, 'the paste inserted exactly the plain text');
  await settled(page);
}

// The seed's four errors are listed at, and marked on, the two （七）总计 cells.
async function assertSeedFindings(page) {
  assert.equal(cells.natural.line, 327);
  assert.equal(cells.total.line, 333);
  assert.equal(cells.natural.value, '0');
  assert.equal(cells.total.value, '0');
  const want = [cells.natural.offset, cells.total.offset];

  const items = await page.$$eval('.finding', (els) => els.map((e) => ({
    rule: e.dataset.rule, offset: Number(e.dataset.offset), severity: e.dataset.severity,
    reasons: Array.from(e.querySelectorAll('.reason')).map((r) => r.dataset.rule) })));
  // One card per cell to change, each with the two sums it mends folded under it.
  const fix = items.filter((i) => i.rule === 'sum.suggested-fix');
  assert.deepEqual(fix.map((i) => i.offset).sort((a, b) => a - b), want);
  for (const f of fix) {
    assert.equal(f.severity, 'error');
    assert.deepEqual(f.reasons.slice().sort(), RULES.slice().sort());
  }
  for (const rule of RULES) assert.equal(items.filter((i) => i.rule === rule).length, 0, `${rule} is folded under its fix`);
  assert.match(await page.textContent('#verdict'), /需修改 2 个数字/);

  for (const offset of want) {
    const mark = await page.$eval(`#backdrop mark[data-offset="${offset}"]`, (m) => ({
      rules: m.dataset.rule.split(' '), text: m.textContent, severity: m.dataset.severity }));
    for (const rule of RULES) assert.ok(mark.rules.includes(rule), `mark at ${offset} names ${rule}`);
    assert.equal(mark.text, '0');
    assert.equal(mark.severity, 'error');
  }
}

// Clicking a finding selects its cell in the textarea and scrolls it into view.
async function assertClickSelects(page) {
  const offset = cells.total.offset;
  const item = page.locator(`.finding[data-rule="sum.suggested-fix"][data-offset="${offset}"]`);
  await page.evaluate(() => { document.getElementById('text').scrollTop = 0; });
  await item.locator('button.pick').click();
  const state = await page.evaluate(() => {
    const area = document.getElementById('text');
    const mark = document.querySelector('#backdrop mark.active');
    return {
      start: area.selectionStart, end: area.selectionEnd, focused: document.activeElement === area,
      markTop: mark ? mark.offsetTop - area.scrollTop : -1, height: area.clientHeight,
    };
  });
  assert.equal(state.start, offset);
  assert.equal(state.end, offset + 1);
  assert.ok(state.focused, 'the textarea has focus');
  assert.ok(state.markTop > 0 && state.markTop < state.height, 'the selected cell is scrolled into view');
  assert.match(await item.getAttribute('class'), /\bactive\b/);
}

test('stand-alone file: paste the seed, see its findings, click one', async () => {
  const { page, seen } = await openPage(env.browser, standaloneUrl);
  await settled(page);
  await assertSeedFindings(page); // the sample is checked on load
  await pasteSeed(page);
  await assertSeedFindings(page);
  await assertClickSelects(page);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('site over http: the same', async () => {
  const { page, seen } = await openPage(env.browser, env.server.origin + '/');
  await pasteSeed(page);
  await assertSeedFindings(page);
  await assertClickSelects(page);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('no request leaves the page, no console errors, strict CSP', async () => {
  for (const [url, own] of [[standaloneUrl, standaloneUrl], [env.server.origin + '/', env.server.origin + '/']]) {
    const { page, seen } = await openPage(env.browser, url);
    await settled(page);
    await pasteSeed(page);
    await assertSeedFindings(page);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    for (const part of ["default-src 'none'", "connect-src 'none'", "'wasm-unsafe-eval'"]) {
      assert.ok(csp.includes(part), `CSP has ${part}`);
    }
    assert.doesNotMatch(csp, /unsafe-inline/);
    // 'unsafe-eval' is there only so that Chromium before 97 (which does not know
    // 'wasm-unsafe-eval') compiles the wasm; bundle.test.mjs shows no script of ours evals.
    const scriptSrc = /script-src ([^;]*)/.exec(csp)[1].split(' ');
    assert.ok(scriptSrc.includes("'unsafe-eval'") && scriptSrc.includes("'wasm-unsafe-eval'"), scriptSrc.join(' '));
    assert.ok(!scriptSrc.includes("'self'") || url.startsWith('http'), 'the stand-alone file allows hashed scripts only');
    assert.ok(scriptSrc.every((s) => /^'(sha256-[A-Za-z0-9+/=]+|self|wasm-unsafe-eval|unsafe-eval)'$/.test(s)), scriptSrc.join(' '));
    const outside = seen.requests.filter((r) => !r.startsWith(own) && !/^(data|blob):/.test(r));
    assert.deepEqual(outside, [], `requests outside ${own}`);
    assert.ok(seen.requests.some((r) => r.startsWith('blob:') || r.endsWith('/worker.js')), 'a worker was started');
    assert.deepEqual(seen.errors, [], 'console errors or CSP violations');
    await page.close();
  }
});

test('opening a GB18030 file with CRLF line ends marks the same cells', async () => {
  const { page, seen } = await openPage(env.browser, standaloneUrl);
  await settled(page);
  await page.setInputFiles('#file-input', gbFixturePath);
  await page.waitForFunction(() => document.getElementById('source').textContent.includes('001-gb18030-crlf.txt'));
  await settled(page);
  assert.equal(await page.inputValue('#text'), seedText, 'decoded and newline-normalised');
  // How the file was read: in the tip of the ⓘ beside its name.
  assert.match(await page.textContent('#file-info-tip'), /编码：GB18030/);
  assert.match(await page.getAttribute('#file-info', 'title'), /GB18030/);
  await assertSeedFindings(page);
  await assertClickSelects(page);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('typing over a wrong cell rechecks as you type', async () => {
  const { page, seen } = await openPage(env.browser, standaloneUrl);
  await settled(page);
  // Select the 自然人 total through its finding, then type the right value over it.
  await page.locator(`.finding[data-rule="sum.suggested-fix"][data-offset="${cells.natural.offset}"] button.pick`).click();
  await page.keyboard.type('1');
  await settled(page);
  assert.equal(await page.inputValue('#text').then((t) => t[cells.natural.offset]), '1');
  const items = await page.$$eval('.finding', (els) => els.map((e) => `${e.dataset.rule}@${e.dataset.offset}`));
  assert.ok(!items.some((i) => i.endsWith(`@${cells.natural.offset}`)), `the fixed cell has no finding: ${items}`);
  // One number left to change, 总计: its column's sums and, with 1 now in the 自然人 column,
  // the row's total are its reasons.
  assert.deepEqual(items.filter((i) => i.startsWith('sum.')), [`sum.suggested-fix@${cells.total.offset}`]);
  const reasons = await page.$$eval('.finding[data-rule="sum.suggested-fix"] .reason', (els) => els.map((e) => e.dataset.rule));
  assert.deepEqual(reasons.sort(), ['sum.balance', 'sum.results-total', 'sum.row-total']);
  assert.match(await page.textContent('#verdict'), /^需修改 1 个数字/);
  assert.equal(await page.locator(`#backdrop mark[data-offset="${cells.natural.offset}"]`).count(), 0);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('dropping a file on the editor opens it', async () => {
  const { page, seen } = await openPage(env.browser, standaloneUrl);
  await settled(page);
  await page.fill('#text', '');
  await settled(page);
  const bytes = Array.from(readFileSync(gbFixturePath));
  await page.evaluate((data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], 'dropped.txt', { type: 'text/plain' }));
    document.getElementById('editor').dispatchEvent(
      new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, bytes);
  await page.waitForFunction(() => document.getElementById('source').textContent.includes('dropped.txt'));
  await settled(page);
  assert.equal(await page.inputValue('#text'), seedText);
  await assertSeedFindings(page);
  assert.deepEqual(seen.errors, []);
  await page.close();
});
