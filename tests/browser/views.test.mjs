// One report in Chromium: marks follow typing and pasting, finding ↔ text and cell,
// keyboard next/previous, filters, the table view, the verdict, the rule pages, the kept
// text, hostile pastes, abandoned stale checks — and no request after the page loaded.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  holdAnswers, openWatched, paste, requireBuild, resultsTotalCells, seedPaths, seedText, settled, siteDir,
  standaloneUrl, useBrowser,
} from './harness.mjs';

requireBuild();

const cells = resultsTotalCells(seedText);
const seed = (i) => readFileSync(seedPaths[i], 'utf8').replace(/\r\n?/g, '\n');
const env = useBrowser(siteDir);

async function replaceAll(page, text) {
  await page.evaluate(() => { const a = document.getElementById('text'); a.focus(); a.select(); });
  await paste(page, { 'text/plain': text });
}

const activeFinding = (page) => page.evaluate(() => {
  const li = document.querySelector('.finding.active');
  return li ? { rule: li.dataset.rule, offset: Number(li.dataset.offset), severity: li.dataset.severity } : null;
});
const selection = (page) => page.evaluate(() => {
  const a = document.getElementById('text');
  return [a.selectionStart, a.selectionEnd];
});
const listOrder = (page) => page.$$eval('.finding', (els) => els.map((e) => ({
  rule: e.dataset.rule, offset: Number(e.dataset.offset), length: Number(e.dataset.length), severity: e.dataset.severity })));

test('typing and pasting: the marks follow, with a wavy underline by severity', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  const mark = await page.$eval(`#backdrop mark[data-offset="${cells.natural.offset}"]`, (m) => {
    const cs = getComputedStyle(m);
    return { severity: m.dataset.severity, style: cs.textDecorationStyle, line: cs.textDecorationLine, bg: cs.backgroundColor };
  });
  assert.deepEqual([mark.severity, mark.style, mark.line], ['error', 'wavy', 'underline']);
  assert.notEqual(mark.bg, 'rgba(0, 0, 0, 0)');

  // Paste seed 002: its findings, each marked where it is.
  await replaceAll(page, seed(2));
  await settled(page);
  const doc = await s.reference([{ name: 'x', text: seed(2) }]);
  const want = doc.reports[0].findings;
  const items = await listOrder(page);
  assert.equal(items.length, want.length);
  assert.deepEqual(items.map((i) => `${i.rule}@${i.offset}`).sort(), want.map((f) => `${f.rule}@${f.offset}`).sort());
  const marks = await page.$$eval('#backdrop mark[data-rule]', (ms) => ms.map((m) => ({
    start: Number(m.dataset.offset), end: Number(m.dataset.offset) + Number(m.dataset.length), rules: m.dataset.rule.split(' '),
    severity: m.dataset.severity })));
  for (const f of want) {
    assert.ok(marks.some((m) => m.start <= f.offset && m.end > f.offset && m.rules.includes(f.rule)), `${f.rule}@${f.offset} is marked`);
  }
  assert.ok(marks.some((m) => m.severity === 'info'), 'info findings get their own marks');

  // Type a placeholder into the text: a new mark appears where it was typed.
  const at = seed(2).indexOf('一、总体情况') + '一、总体情况'.length + 1;
  await page.evaluate((pos) => { const a = document.getElementById('text'); a.focus(); a.setSelectionRange(pos, pos); }, at);
  await page.keyboard.type('XX单位');
  await page.waitForFunction(() => document.getElementById('findings').classList.contains('stale'));
  await settled(page);
  const placeholder = await page.$eval('#backdrop mark[data-rule~="text.placeholder"]', (m) => ({ offset: Number(m.dataset.offset), text: m.textContent }));
  assert.equal(placeholder.offset, at);
  assert.equal(placeholder.text, 'XX');
  assert.ok(await page.locator(`.finding[data-rule="text.placeholder"][data-offset="${at}"]`).count() === 1);
  // Marks after the edit moved with their text.
  const moved = await page.$$eval('#backdrop mark[data-rule~="table.column-count"]', (ms) => ms.map((m) => Number(m.dataset.offset)));
  const before = want.filter((f) => f.rule === 'table.column-count').map((f) => f.offset + 4);
  assert.deepEqual(moved, before);
  assert.deepEqual(s.outside(), []);
  assert.deepEqual(s.seen.errors, []);
  await s.context.close();
});

test('finding ↔ text both ways, and next/previous by keyboard', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  // Text → finding: clicking on a marked cell selects its finding in the list.
  const box = await page.$eval(`#backdrop mark[data-offset="${cells.total.offset}"]`, (m) => {
    const area = document.getElementById('text');
    area.scrollTop = Math.max(0, m.offsetTop - 100);
    document.getElementById('backdrop').scrollTop = area.scrollTop;
    const r = m.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  const picked = await activeFinding(page);
  assert.equal(picked.offset, cells.total.offset);
  assert.equal(picked.severity, 'error');
  assert.equal(await page.locator('.finding.active .pick[aria-current="true"]').count(), 1);

  // Keyboard: F8 / Shift+F8 and Alt+↓ / Alt+↑ walk the list in its order.
  const order = await listOrder(page);
  await page.evaluate(() => { const a = document.getElementById('text'); a.focus(); a.setSelectionRange(0, 0); a.click(); });
  await page.keyboard.press('F8');
  assert.deepEqual(await activeFinding(page), { rule: order[0].rule, offset: order[0].offset, severity: order[0].severity });
  assert.deepEqual(await selection(page), [order[0].offset, order[0].offset + order[0].length]);
  await page.keyboard.press('F8');
  assert.equal((await activeFinding(page)).rule, order[1].rule);
  await page.keyboard.press('Alt+ArrowDown');
  assert.equal((await activeFinding(page)).rule, order[2].rule);
  await page.keyboard.press('Shift+F8');
  await page.keyboard.press('Alt+ArrowUp');
  assert.equal((await activeFinding(page)).rule, order[0].rule);
  await page.keyboard.press('Shift+F8'); // wraps to the last
  assert.equal((await activeFinding(page)).offset, order[order.length - 1].offset);
  assert.deepEqual(await selection(page), [order[order.length - 1].offset, order[order.length - 1].offset + order[order.length - 1].length]);
  // The buttons do the same.
  await page.click('#next-finding');
  assert.equal((await activeFinding(page)).offset, order[0].offset);

  // Inside the list, ↑/↓ move the focus between findings; Enter picks one.
  await page.focus('.finding .pick');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  assert.deepEqual(await selection(page), [order[1].offset, order[1].offset + order[1].length]);
  assert.deepEqual(s.outside(), []);
  assert.deepEqual(s.seen.errors, []);
  await s.context.close();
});

test('filters by severity and rule, with counts; marks and next follow the filter', async () => {
  const s = await openWatched(env.browser, env.server.origin + '/');
  const { page } = s;
  const counts = await page.$$eval('#filters button', (bs) => bs.map((b) => [b.dataset.severity, b.querySelector('.count').textContent]));
  assert.deepEqual(counts, [['error', '2'], ['warning', '6'], ['info', '0']]);  // 2 numbers to change
  // Groups by section, each with its counts.
  const groups = await page.$$eval('.group h3', (hs) => hs.map((h) => h.textContent));
  assert.ok(groups.some((g) => g.startsWith('一、总体情况')), groups.join(' | '));  // section.content, at its heading
  assert.ok(groups.some((g) => g.startsWith('三、收到和处理政府信息公开申请情况') && g.includes('错误 2')), groups.join(' | '));
  assert.ok(groups.some((g) => g.startsWith('6、 其他需要报告的事项')), groups.join(' | '));

  await page.click('#filters button[data-severity="error"]');
  assert.equal(await page.getAttribute('#filters button[data-severity="error"]', 'aria-pressed'), 'false');
  assert.equal(await page.locator('.finding[data-severity="error"]').count(), 0);
  assert.equal(await page.locator('.finding').count(), 6);
  assert.equal(await page.locator('#backdrop mark[data-severity="error"]').count(), 0);
  await page.focus('#text');
  await page.keyboard.press('F8');
  assert.notEqual((await activeFinding(page)).severity, 'error');

  await page.click('#filters button[data-severity="error"]');
  await page.selectOption('#rule-filter', 'sum.balance');
  assert.deepEqual(await page.$$eval('.finding', (els) => els.map((e) => e.dataset.rule)), ['sum.balance', 'sum.balance']);
  await page.click('#filters button[data-severity="error"]');
  assert.match(await page.textContent('#findings'), /筛选后没有问题/);
  await page.click('#filters button[data-severity="error"]');
  await page.selectOption('#rule-filter', '');
  assert.equal(await page.locator('.finding').count(), 8);
  assert.deepEqual(s.outside(), []);
  assert.deepEqual(s.seen.errors, []);
  await s.context.close();
});

test('table view: the official grid with the values, failing cells tinted, identity on hover, cell ↔ finding', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  // Reach the tab by keyboard.
  await page.focus('#tab-text');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute('#tab-table', 'aria-selected'), 'true');
  assert.ok(await page.isVisible('#table-view'));
  assert.ok(!(await page.isVisible('#text')));

  // Every bound cell of the report is drawn with its value as written.
  const doc = await s.reference([{ name: 'x', text: seedText }]);
  const drawn = await page.$$eval('#table-view td.cell[data-offset]', (tds) => tds.map((td) =>
    `${td.dataset.table}/${td.dataset.row}/${td.dataset.column}=${td.textContent}`));
  const want = [];
  for (const t of doc.reports[0].tables) {
    for (const r of t.rows) r.cells.forEach((c, i) => want.push(`${t.id}/${r.id}/${t.columns[i].id}=${c.text}`));
  }
  assert.deepEqual(drawn.sort(), want.sort());
  // The grids look like the official form: 表三 under 申请人情况 with nested row labels, 表四 in groups.
  const heads = await page.$$eval('#table-view h3', (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(heads, ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']);
  assert.equal(await page.textContent('table[data-table="applications"] th.over'), '申请人情况');
  assert.equal(await page.getAttribute('table[data-table="applications"] th.label[data-row="results"]', 'rowspan'), '22');
  assert.equal(await page.getAttribute('table[data-table="reviews"] th.colgroup:text-is("行政诉讼")', 'colspan'), '10');

  // The failing （七）总计 cells are tinted by severity.
  const bad = 'td[data-table="applications"][data-row="results_total"][data-column="natural"]';
  const tint = await page.$eval(bad, (td) => ({ cls: td.className, sev: td.dataset.severity, bg: getComputedStyle(td).backgroundColor }));
  assert.match(tint.cls, /\bbad\b/);
  assert.equal(tint.sev, 'error');
  const ok = await page.$eval('td[data-table="applications"][data-row="received"][data-column="natural"]', (td) => getComputedStyle(td).backgroundColor);
  assert.ok(!['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)', ok].includes(tint.bg), `tinted: ${tint.bg} vs ${ok}`);

  // Hover: the identities that failed there, and the cells they add up outlined.
  await page.hover(bad);
  await page.waitForSelector('#cell-tip:not([hidden])');
  const tip = await page.textContent('#cell-tip');
  assert.match(tip, /（七）总计应为 1（（一）至（六）各项之和），实为 0/);
  assert.match(tip, /一\+二 = 1，而三（七）总计\+四 = 0/);
  assert.equal(await page.getAttribute(bad, 'aria-describedby'), 'cell-tip');
  assert.ok(await page.locator('#table-view .hover-related').count() >= 20);

  // Cell → finding.
  await page.click(bad);
  const picked = await activeFinding(page);
  assert.equal(picked.offset, cells.natural.offset);
  assert.match(picked.rule, /^sum\./);
  // Finding → cell.
  await page.click(`.finding[data-rule="sum.suggested-fix"][data-offset="${cells.total.offset}"] .pick`);
  const total = 'td[data-table="applications"][data-row="results_total"][data-column="total"]';
  assert.match(await page.getAttribute(total, 'class'), /\bactive\b/);
  assert.ok(await page.$eval(total, (td) => document.activeElement === td), 'the cell has focus');
  assert.ok(await page.locator('#table-view td.related').count() >= 1, 'the other cell of the fix');
  // Keyboard in the grid: F8 moves between findings and focuses their cells.
  await page.keyboard.press('F8');
  const next = await activeFinding(page);
  assert.notDeepEqual(next, null);
  assert.deepEqual(s.outside(), []);
  assert.deepEqual(s.seen.errors, []);
  await s.context.close();
});

test('fix first and certainty: one card per number to change, 待核实 marked, 只看确定的 filters', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  assert.equal(await page.textContent('#verdict'), '需修改 2 个数字，另有 6 处提醒');
  const fix = page.locator(`.finding[data-rule="sum.suggested-fix"][data-offset="${cells.natural.offset}"]`);
  assert.match(await fix.locator('.msg').textContent(), /^表三·（七）总计·自然人：应为 1，现为 0/);
  const toggle = fix.locator('.reasons-toggle');
  assert.equal(await toggle.textContent(), '原因：2 处加总不成立');
  // The sums it explains are folded until asked for.
  assert.equal(await fix.locator('.reason').first().isVisible(), false);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await fix.locator('.reason').count(), 2);
  assert.equal(await fix.locator('.reason').first().isVisible(), true);
  // seed 001's 六 says only 无: meta.fee-statement is a finding to review.
  const review = page.locator('.finding[data-rule="meta.fee-statement"]');
  assert.equal(await review.locator('.review').textContent(), '待核实');
  // The others to review: section.content (总体情况's topics) and text.slip (an ASCII comma).
  assert.equal(await page.locator('.finding .review').count(), 3);
  await page.click('#certain-only');
  assert.equal(await page.getAttribute('#certain-only', 'aria-pressed'), 'true');
  assert.equal(await page.locator('.finding .review').count(), 0, 'only the certain findings are left');
  assert.equal(await page.locator('.finding[data-rule="sum.suggested-fix"]').count(), 2);
  await page.click('#certain-only');
  assert.equal(await review.count(), 1);
  assert.deepEqual(s.seen.errors, []);
  await s.context.close();
});

test('verdict: 通过 or 有 N 处错误、M 处提醒, with format, year and body', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  assert.equal(await page.textContent('#verdict'), '需修改 2 个数字，另有 6 处提醒');
  await replaceAll(page, seed(0));
  await settled(page);
  assert.equal(await page.textContent('#verdict'), '有 0 处错误、3 处提醒');
  const facts = await page.$$eval('#meta div', (ds) => Object.fromEntries(ds.map((d) => [d.dataset.fact, d.querySelector('dd').textContent])));
  assert.equal(facts.body, '鹤岗市乡村振兴局');
  assert.equal(facts.year, '2021 年');
  assert.equal(facts.format, '2021 年版');
  assert.equal(facts.date, '2022-01-26');
  // Seed 000 with its heading numbered right, its fee statement written and the two topics of
  // 总体情况 it leaves out (section.content) named.
  const clean = seed(0).replace(/^3、 收到/m, '三、收到').replace(/^无。$/m, '本年度未收取信息处理费。')
    .replace(/^一、总体情况$/m, '一、总体情况\n本年度依申请公开、监督保障工作有序开展。');
  await replaceAll(page, clean);
  await settled(page);
  assert.equal(await page.textContent('#verdict'), '通过');
  assert.match(await page.getAttribute('#verdict', 'class'), /\bpass\b/);
  await replaceAll(page, seed(2));
  await settled(page);
  assert.match(await page.textContent('#meta'), /2019 年版（试行）/);
  assert.match(await page.textContent('#meta'), /互助县乡村振兴局/);
  assert.deepEqual(s.outside(), []);
  await s.context.close();
});

test('rule pages: loaded when first opened, opened from a finding, linked to each other, closed with Esc', async () => {
  for (const url of [standaloneUrl, env.server.origin + '/']) {
    const s = await openWatched(env.browser, url);
    const { page } = s;
    // sum.balance is folded under its fix: picking the rule lists it on its own.
    await page.selectOption('#rule-filter', 'sum.balance');
    const link = `.finding[data-rule="sum.balance"] .doc-link`;
    await page.locator(link).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#docs-dialog[open]');
    assert.equal(await page.textContent('#docs-title'), 'sum.balance');
    const body = await page.textContent('#docs-body');
    assert.match(body, /检查什么/);
    assert.match(body, /勾稽关系/);
    assert.ok(await page.locator('#docs-body pre code').count() >= 1, 'code blocks rendered');
    assert.ok(await page.locator('#docs-body h2').count() >= 4, 'headings rendered');
    await page.click('#docs-body a[href="#doc/sum.results-total"]');
    assert.equal(await page.textContent('#docs-title'), 'sum.results-total');
    await page.click('#docs-index');
    assert.equal(await page.textContent('#docs-title'), '规则一览');
    assert.ok(await page.locator('#docs-body table tbody tr').count() >= 30, 'the rule table');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#docs-dialog[open]').count(), 0);
    assert.ok(await page.$eval(link, (a) => document.activeElement === a), 'focus returns to the link');
    // Opened again, from the toolbar: the pages are loaded once, the site's docs.js the only
    // file asked for after the page was ready (the stand-alone file carries them).
    await page.click('#open-docs');
    await page.waitForSelector('#docs-dialog[open]');
    assert.equal(await page.textContent('#docs-title'), '规则一览');
    await page.keyboard.press('Escape');
    assert.deepEqual(s.outside(), url === standaloneUrl ? [] : [env.server.origin + '/docs.js']);
    assert.deepEqual(s.seen.errors, []);
    await s.context.close();
  }
});

test('the text survives a reload; 清除 clears it for good', async () => {
  for (const url of [standaloneUrl, env.server.origin + '/']) {
    const s = await openWatched(env.browser, url);
    const { page } = s;
    await replaceAll(page, seed(3));
    await settled(page);
    await page.waitForFunction((t) => localStorage.getItem('gkcheck.text') === t, seed(3));
    await page.reload();
    await settled(page);
    s.loaded(); // the reload itself loads the page again, and nothing after it
    assert.equal(await page.inputValue('#text'), seed(3));
    assert.equal(await page.textContent('#source'), '粘贴的文本');
    assert.match(await page.textContent('#verdict'), /有 1 处错误、3 处提醒/);
    await page.click('#clear-text');
    assert.equal(await page.inputValue('#text'), '');
    assert.equal(await page.evaluate(() => localStorage.getItem('gkcheck.text')), '');
    await page.reload();
    await settled(page);
    s.loaded();
    assert.equal(await page.inputValue('#text'), '', 'no sample, no old text after 清除');
    assert.deepEqual(s.outside(), []);
    await s.context.close();
  }
});

test('a hostile paste does nothing: no element, no dialog, no request', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const evil = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2;alert(2)</script>' +
    '<svg onload="alert(3)"></svg><iframe src="javascript:alert(4)"></iframe>';
  // The batch's charts are the page's own SVG, drawn from counts: not counted.
  const before = await page.evaluate(() => Array.from(document.querySelectorAll('img, script, svg, iframe')).filter((n) => !n.closest('figure.chart')).length);
  await replaceAll(page, '');
  await paste(page, { 'text/html': evil + '<p>正文</p>', 'text/plain': evil });
  await settled(page);
  await paste(page, { 'text/html': evil });
  await page.waitForTimeout(500);
  assert.equal(await page.inputValue('#text'), evil, 'the plain text went in as text');
  assert.equal(await page.evaluate(() => Array.from(document.querySelectorAll('img, script, svg, iframe')).filter((n) => !n.closest('figure.chart')).length), before);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.match(await page.textContent('#backdrop-text'), /<img src=x onerror=/);
  // File names and contents from a batch are text too.
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], '<img src=x onerror=alert(5)>.txt'));
    dt.items.add(new File([text], '<script>alert(6)</script>.txt'));
    document.getElementById('editor').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, evil);
  await page.waitForSelector('#batch-view:not([hidden]) tr.report-row');
  assert.equal(await page.evaluate(() => Array.from(document.querySelectorAll('img, script, svg, iframe')).filter((n) => !n.closest('figure.chart')).length), before);
  assert.match(await page.textContent('#batch-body'), /<img src=x onerror=alert\(5\)>\.txt/);
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(s.outside(), []);
  assert.deepEqual(s.seen.errors, []);
  await s.context.close();
});

// These two tests make the old answer late on purpose (holdAnswers) instead of hoping that
// a big check takes longer than a timer: on a loaded machine a timer can fire after the big
// check is done. Waiting never makes them pass too early: they wait for what the page shows.
const verdictLog = () => {
  window.__verdicts = [];
  new MutationObserver(() => window.__verdicts.push(document.getElementById('verdict').textContent))
    .observe(document.getElementById('verdict'), { childList: true, characterData: true, subtree: true });
};
const huge = seedText.repeat(300); // 1.7 MB, hundreds of errors (each rule lists 20, then one summary)
const hugeShown = (verdicts) => verdicts.some((v) => /有 [1-9]\d{2,} 处错误/.test(v));

// Skipped: since the fix cards (issue 12) the page's main thread stops responding in this test
// after the huge text is pasted with its answer held back; not yet understood (see the closing
// note of issue 12). The next test still covers a busy worker being replaced.
test('a stale check is abandoned: only the newest text\'s result is ever shown', async () => {
  // Replacing a busy worker is the next test's: here the worker is never given up.
  const s = await openWatched(env.browser, standaloneUrl, null, `(${holdAnswers})(); window.GKCHECK_ABANDON_MS = 1e9;`);
  const { page } = s;
  await page.evaluate(verdictLog);
  // The huge text's check runs to its end, and its answer is held on its way to the page...
  await page.evaluate(() => { window.__hold = (m) => m.type === 'result'; });
  await replaceAll(page, huge);
  await page.waitForFunction(() => window.__held.length === 1, null, { timeout: 60000 });
  assert.ok(await page.evaluate(() => window.__held[0].data.doc.reports[0].findings.some((f) => f.summarised > 100)),
    'the held answer is the huge text\'s');
  // ...until newer text has been pasted: then it arrives, late, and must be dropped.
  await page.evaluate(() => { window.__hold = null; });
  await replaceAll(page, seed(0));
  assert.equal(await page.evaluate(() => window.__release()), 1);
  await settled(page);
  assert.equal(await page.textContent('#verdict'), '有 0 处错误、3 处提醒');
  assert.equal(await page.inputValue('#text'), seed(0));
  assert.ok(!hugeShown(await page.evaluate(() => window.__verdicts)), 'the huge text\'s result was shown');

  // Two pastes in a row (one task, so no answer can come between them): only the second counts.
  await page.evaluate(() => { window.__verdicts = []; });
  await page.evaluate(([a, b]) => {
    const area = document.getElementById('text');
    for (const text of [a, b]) {
      area.focus();
      area.select();
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }
  }, [huge, seed(3)]);
  await settled(page);
  assert.equal(await page.inputValue('#text'), seed(3));
  assert.match(await page.textContent('#verdict'), /有 1 处错误、3 处提醒/);
  assert.ok(!hugeShown(await page.evaluate(() => window.__verdicts)), 'the huge text\'s result was shown');
  assert.deepEqual(s.outside(), []);
  assert.deepEqual(s.seen.errors, []);
  await s.context.close();
});

test('a worker busy with stale work is replaced: a big batch dropped, then a small one', async () => {
  // Abandon after 100 ms (1.5 s in use) so that a few seconds of work is plenty. Should the
  // big batch be done before the small one is dropped (a loaded machine's timers run late),
  // its answer is held, so that for the page it is still being worked on, as it would be.
  const s = await openWatched(env.browser, standaloneUrl, null, `(${holdAnswers})(); window.GKCHECK_ABANDON_MS = 100;
    window.__hold = (m) => m.type === 'batched' && m.doc.reports.length === 8;`);
  const { page } = s;
  const drop = (files) => page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text.repeat(f.times)], f.name));
    document.getElementById('editor').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
  await page.evaluate(() => {
    window.__rows = [];
    new MutationObserver(() => window.__rows.push(document.querySelectorAll('#batch-body tr').length))
      .observe(document.getElementById('batch-body'), { childList: true });
  });
  const big = [];
  for (let i = 0; i < 8; i++) big.push({ name: `big-${i}.txt`, text: seedText, times: 100 });
  await drop(big); // seconds of work for the core
  await page.waitForFunction(() => /正在检查 8 份报告/.test(document.getElementById('status').textContent));
  // At least 400 ms (timers never fire early) of the core busy with the big batch.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)));
  await drop([{ name: 'a.txt', text: seed(0), times: 1 }, { name: 'b.txt', text: seed(3), times: 1 }]);
  await page.waitForFunction(() => /已检查 2 份报告/.test(document.getElementById('status').textContent), null, { timeout: 30000 });
  assert.equal(await page.locator('#batch-body tr').count(), 2);
  // Whatever the old worker still had to say comes now, and changes nothing.
  await page.evaluate(() => window.__release());
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  assert.equal(await page.locator('#batch-body tr').count(), 2);
  assert.ok(!(await page.evaluate(() => window.__rows)).includes(8), 'the big batch was never shown');
  const workers = s.seen.requests.filter((r) => r.startsWith('blob:')).length;
  assert.ok(workers >= 2, `the busy worker was replaced (${workers} workers started)`);
  // The new worker goes on answering.
  await page.click('#batch-body tr.report-row >> nth=0');
  await page.keyboard.type('。');
  await settled(page);
  assert.deepEqual(s.outside(), []);
  await s.context.close();
});

test('the marks sit on their text: backdrop and textarea wrap alike at any width', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  for (const width of [1200, 1360, 1283, 1111, 997, 1537, 1250]) {
    await page.setViewportSize({ width, height: 800 });
    // The ResizeObserver's turn: it runs in the next frame's update, before the second rAF.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const h = await page.evaluate(() => {
      const a = document.getElementById('text');
      const bt = document.getElementById('backdrop-text');
      const ca = getComputedStyle(a);
      const cb = getComputedStyle(bt);
      return {
        area: a.scrollHeight - parseFloat(ca.paddingTop) - parseFloat(ca.paddingBottom),
        backdrop: bt.scrollHeight - parseFloat(cb.paddingTop) - parseFloat(cb.paddingBottom),
      };
    });
    assert.ok(Math.abs(h.area - h.backdrop) < 1, `at ${width}px: text ${h.area}px high, marks ${h.backdrop}px`);
  }
  await s.context.close();
});

test('line numbers: one per line at its first row, wrapped lines followed, to the last line of a long text', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  const frames = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // Each number shown and where its line starts in the backdrop (which wraps as the textarea does).
  const numbers = () => page.evaluate(() => {
    const gutter = document.getElementById('gutter');
    const text = document.getElementById('text').value;
    const top = gutter.getBoundingClientRect().top;
    const shown = Array.from(gutter.children).filter((d) => !d.hidden)
      .map((d) => ({ n: Number(d.textContent), y: d.getBoundingClientRect().top - top }));
    // The backdrop's text nodes in order, to find line n's first character.
    const walker = document.createTreeWalker(document.getElementById('backdrop-text'), NodeFilter.SHOW_TEXT);
    const nodes = [];
    let at = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push({ n, at }); at += n.length; }
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    const range = document.createRange();
    const lineTop = (line) => {
      const offset = starts[line - 1];
      const hit = nodes.filter((x) => x.at <= offset).pop();
      range.setStart(hit.n, offset - hit.at);
      range.setEnd(hit.n, Math.min(offset - hit.at + 1, hit.n.length));
      return range.getClientRects()[0].top - top;
    };
    return { shown: shown.map((x) => ({ n: x.n, y: x.y, line: lineTop(x.n) })), lines: starts.length,
      row: parseFloat(getComputedStyle(document.getElementById('text')).lineHeight) };
  });

  await frames();
  let g = await numbers();
  assert.ok(g.shown.length > 10);
  assert.deepEqual(g.shown.map((x) => x.n), g.shown.map((x, i) => i + 1), 'every line from 1, none skipped (empty ones too)');
  for (const x of g.shown) assert.ok(x.y <= x.line && x.line - x.y < g.row, `line ${x.n}: number at ${x.y}, line at ${x.line}`);
  const gaps = g.shown.slice(1).map((x, i) => Math.round((x.y - g.shown[i].y) / g.row));
  assert.ok(gaps.some((rows) => rows > 1), 'a wrapped line takes several rows before the next number');
  // A line added at the top: every line below moves down one number and one row.
  await page.evaluate(() => { const a = document.getElementById('text'); a.focus(); a.setSelectionRange(0, 0); });
  await page.keyboard.press('Enter');
  await frames();
  const after = await numbers();
  assert.equal(after.lines, g.lines + 1);
  assert.deepEqual(after.shown.map((x) => x.n), after.shown.map((x, i) => i + 1));
  for (const x of after.shown) assert.ok(x.y <= x.line && x.line - x.y < g.row, `line ${x.n} after the edit`);
  assert.ok(Math.abs(after.shown[5].y - g.shown[4].y - g.row) < 1, 'line 5 is line 6 now, a row lower');

  // A long text (1.7 MB): scrolled to its end, the last number is its last line.
  await replaceAll(page, seedText.repeat(300));
  await settled(page);
  await page.evaluate(() => { const a = document.getElementById('text'); a.scrollTop = a.scrollHeight; });
  await frames();
  g = await numbers();
  assert.equal(g.shown[g.shown.length - 1].n, g.lines);
  for (const x of g.shown) assert.ok(x.y <= x.line && x.line - x.y < g.row, `line ${x.n}`);
  await s.context.close();
});
