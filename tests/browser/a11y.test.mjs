// Accessibility: axe-core's WCAG 2.1 A/AA rules (contrast included) on every view, and the
// page used with the keyboard alone, with a visible focus ring at every stop.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { carryOverPair, dropFiles, openWatched, requireBuild, seedPaths, standaloneUrl, useBrowser } from './harness.mjs';

requireBuild();

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const env = useBrowser();

async function axe(page, what) {
  await page.evaluate(axeSource); // DevTools evaluation: not subject to the page's CSP
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  const problems = result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(problems, [], `axe violations in ${what}`);
  return result;
}

test('axe: text view, table view, batch summary, rule page — no WCAG A/AA violation', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  await page.click(`.finding .pick >> nth=0`);
  await axe(page, 'the text view');
  await page.click('#tab-table');
  await page.hover('#table-view td.bad');
  await axe(page, 'the table view');
  await page.click('#filters button[data-severity="warning"]');
  await axe(page, 'a filtered list');
  const { y2022 } = carryOverPair();
  await dropFiles(page, seedPaths.map((p) => ({ name: p.split('/').pop(), text: readFileSync(p, 'utf8') }))
    .concat([{ name: '2022.txt', text: y2022 }]));
  await page.waitForSelector('#batch-view:not([hidden]) tr.report-row');
  await axe(page, 'the batch summary');
  await page.click('#print-all-lists');
  await axe(page, 'the correction lists\' print dialog');
  await page.keyboard.press('Escape');
  await page.click('#tab-report');
  await page.click('#open-docs');
  await page.click('#docs-body a[href="#doc/sum.balance"]');
  await axe(page, 'a rule page');
  await s.context.close();
});

test('keyboard only: every control is reached with Tab and shows its focus', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  const stops = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const e = document.activeElement;
      const cs = getComputedStyle(e);
      const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || /rgb/.test(cs.boxShadow);
      return { id: e.id || e.className || e.tagName, ring };
    });
    stops.push(stop);
  }
  const ids = stops.map((x) => x.id);
  for (const id of ['open-file', 'open-folder', 'load-sample', 'clear-text', 'export-csv', 'export-json', 'print',
    'open-docs', 'tab-report', 'tab-text', 'file-info', 'text', 'rule-filter', 'prev-finding', 'next-finding']) {
    assert.ok(ids.includes(id), `Tab reaches #${id}: ${ids.join(' ')}`);
  }
  assert.ok(ids.includes('filter'), 'the filters');
  assert.ok(ids.includes('pick'), 'the findings');
  assert.ok(ids.includes('doc-link'), 'the rule links');
  const noRing = stops.filter((x) => !x.ring && x.id !== 'BODY').map((x) => x.id); // BODY: past the last stop
  assert.deepEqual(noRing, [], 'every focus stop shows a ring');
  // The table view by keyboard: the tab, then the failing cells are stops.
  await page.focus('#tab-text');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  let guard = 0;
  while (!(await page.evaluate(() => document.activeElement.classList.contains('bad'))) && guard++ < 10) await page.keyboard.press('Tab');
  assert.ok(guard < 10, 'a failing cell is a Tab stop');
  assert.ok(await page.isVisible('#cell-tip'), 'focusing it shows the identity');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.finding.active').count(), 1);
  await s.context.close();
});
