// PDFs in the page: a real report PDF dropped (verdict, marks in 文本, outlined cells in
// 原文, clicking either way), a folder of PDFs, text and .docx as one batch, refused files
// (scan, encrypted, truncated, not a report at all) replacing the view with a notice, a long
// PDF cancelled — from the stand-alone file (file://) and the site, with no request leaving
// the page (the site loads only its own pdfjs*.js, and only on the first PDF).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { openWatched, requireBuild, root, seedPaths, settled, siteDir, standaloneUrl, useBrowser } from './harness.mjs';

requireBuild();

const env = useBrowser(siteDir);
const realPdf = join(root, 'tests/corpus/real/hongze-district-2024.pdf');
const pdfDir = join(root, 'tests/corpus/generated/pdf');
const file = (path, name) => ({ name: name || basename(path), base64: readFileSync(path).toString('base64') });
const urls = () => [['stand-alone', standaloneUrl], ['site', env.server.origin + '/']];

// Drops files (bytes as base64) on the editor, as a user would.
async function drop(page, files) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const raw = atob(f.base64);
      const bytes = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      dt.items.add(new File([bytes], f.name));
    }
    document.getElementById('editor').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

// After the page loaded, only the site's own PDF module may be asked for.
function assertNoRequests(s, which) {
  const out = s.outside().filter((u) => !(which === 'site' && /\/pdfjs(-worker|-cmaps)?\.js$/.test(u)));
  assert.deepEqual(out, [], `${which}: requests after load`);
}

// A PDF of `pages` pages with one line of text each (Helvetica, not embedded).
export function longPdf(pages) {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', null, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids = [];
  for (let i = 0; i < pages; i++) {
    const content = `BT /F1 12 Tf 72 720 Td (Page ${i + 1} of a long document) Tj ET`;
    objs.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objs.length} 0 R >>`);
    kids.push(`${objs.length} 0 R`);
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.4\n';
  const offsets = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1').toString('base64');
}

test('a real report PDF: verdict, marks in 文本, outlined cells in 原文, picking both ways; no request', async () => {
  for (const [which, url] of urls()) {
    const s = await openWatched(env.browser, url);
    const { page } = s;
    assert.equal(await page.evaluate(() => typeof window.pdfjsLib), 'undefined', 'pdf.js is not loaded before a PDF');
    await drop(page, [file(realPdf)]);
    await settled(page);
    const shown = await page.evaluate(() => ({
      verdict: document.getElementById('verdict').textContent,
      text: document.getElementById('text').value,
      source: document.getElementById('source').textContent,
      marks: document.querySelectorAll('#backdrop mark[data-rule]').length,
      findings: document.querySelectorAll('#findings .finding').length,
      pdfTab: !document.getElementById('tab-pdf').hidden,
    }));
    assert.match(shown.source, /hongze-district-2024\.pdf/);
    assert.doesNotMatch(shown.text, /^%gkcheck-pdf-runs/, `${which}: the editor shows the rebuilt text`);
    assert.match(shown.text, /洪泽区/);
    assert.match(shown.verdict, /通过|错误|提醒/);
    assert.ok(shown.findings > 0 && shown.marks > 0, `${which}: findings and marks: ${JSON.stringify(shown)}`);
    assert.ok(shown.pdfTab, '原文 tab offered');

    await page.click('#tab-pdf');
    await page.waitForSelector('.pdf-page[data-drawn="done"]', { timeout: 30000 });
    const outlines = await page.$$eval('.pdf-mark', (ms) => ms.length);
    assert.ok(outlines > 0, `${which}: outlined cells in 原文`);
    // An outline picks its finding; a finding picked marks and shows its outline.
    await page.click('.pdf-mark >> nth=0');
    assert.ok(await page.$('#findings .finding.active'), 'clicking an outline selects its finding');
    assert.equal(await page.$$eval('.pdf-mark.active', (ms) => ms.length > 0), true);
    // Picking the findings in turn: those with cells on the page get their outline marked and
    // scrolled into view (a finding about a missing part has none).
    const cards = await page.$$eval('#findings .finding', (c) => c.length);
    let outlinedInView = 0;
    for (let i = cards - 1; i >= 0; i--) {
      await page.click(`#findings .finding >> nth=${i}`);
      outlinedInView += await page.evaluate(() => {
        const view = document.getElementById('pdf-view').getBoundingClientRect();
        return Array.from(document.querySelectorAll('.pdf-mark.active')).some((m) => {
          const r = m.getBoundingClientRect();
          return r.top >= view.top && r.bottom <= view.bottom;
        }) ? 1 : 0;
      });
    }
    assert.ok(outlinedInView > 0, 'a picked finding is outlined and shown');

    // Editing the text leaves the PDF behind: 原文 goes.
    await page.click('#tab-text');
    await page.focus('#text');
    await page.keyboard.press('End');
    await page.keyboard.type('x');
    await page.waitForFunction(() => document.getElementById('tab-pdf').hidden);
    assertNoRequests(s, which);
    assert.deepEqual(s.seen.errors, [], `${which}: errors`);
    await s.context.close();
  }
});

test('a folder of PDFs, text and .docx: the batch summary lists them all, the bad PDF among them', async () => {
  const docx = join(root, 'tests/corpus/generated');
  const files = [
    file(join(pdfDir, '001_d37008fbb3c2afee.pdf'), '报告/001.pdf'),
    file(realPdf, '报告/洪泽.pdf'),
    file(join(pdfDir, 'refuse/truncated.pdf'), '报告/坏的.pdf'),
    file(seedPaths[3], '报告/003.txt'),
  ];
  const docxFiles = readdirSafe(docx).filter((f) => f.endsWith('.docx')).slice(0, 1);
  for (const d of docxFiles) files.push(file(join(docx, d), '报告/' + d));
  for (const [which, url] of urls()) {
    const s = await openWatched(env.browser, url);
    const { page } = s;
    await drop(page, files);
    await page.waitForFunction((n) => document.getElementById('status').textContent.startsWith(`已检查 ${n} 份报告`),
      files.length, { timeout: 60000 });
    const rows = await page.$$eval('#batch-body tr', (trs) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent)));
    assert.equal(rows.length, files.length, `${which}: one row per file`);
    const byName = Object.fromEntries(rows.map((r) => [r[0], r]));
    for (const f of files) assert.ok(byName[f.name], `${which}: ${f.name} listed`);
    assert.equal(byName['报告/坏的.pdf'][6], '无法读取');
    assert.notEqual(byName['报告/001.pdf'][6], '无法读取');
    assert.notEqual(byName['报告/洪泽.pdf'][6], '无法读取');
    // Opening a PDF's row offers 原文; opening the bad one shows the notice.
    await page.click('#batch-body tr:has-text("洪泽.pdf")');
    await page.waitForFunction(() => !document.getElementById('tab-pdf').hidden);
    await page.click('#tab-batch');
    await page.click('#batch-body tr:has-text("坏的.pdf")');
    await page.waitForSelector('#notice:not([hidden])');
    assert.match(await page.textContent('#notice-title'), /坏的\.pdf/);
    assertNoRequests(s, which);
    await s.context.close();
  }
});

function readdirSafe(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

test('a refused file replaces what the page shows with a notice naming it; going back restores the report', async () => {
  const refused = [
    file(join(pdfDir, 'refuse/scan.pdf')),
    file(join(pdfDir, 'refuse/encrypted.pdf')),
    file(join(pdfDir, 'refuse/truncated.pdf')),
    { name: 'picture.png', base64: Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1').toString('base64') },
  ];
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  for (const f of refused) {
    await drop(page, [f]);
    await page.waitForFunction(() => document.getElementById('verdict').dataset.state === 'refused', null, { timeout: 30000 });
    const shown = await page.evaluate(() => ({
      notice: !document.getElementById('notice').hidden,
      report: !document.getElementById('report-view').hidden,
      title: document.getElementById('notice-title').textContent,
      message: document.getElementById('notice-message').textContent,
      verdict: document.getElementById('verdict').textContent,
      meta: document.getElementById('meta').textContent,
    }));
    assert.ok(shown.notice && !shown.report, `${f.name}: the notice replaces the report`);
    assert.ok(shown.title.includes(f.name), shown.title);
    assert.ok(shown.message.length > 10, `${f.name}: says what to do: ${shown.message}`);
    assert.doesNotMatch(shown.verdict, /通过|处错误|处提醒/);
    assert.equal(shown.meta, '');
    await page.click('#notice-back');
    await page.waitForFunction(() => document.getElementById('verdict').dataset.state === 'checked');
    assert.ok(await page.isVisible('#report-view'));
  }
  assert.deepEqual(s.outside(), []);
  await s.context.close();
});

test('a long PDF is read with a progress bar and can be cancelled; what was shown stays', async () => {
  const s = await openWatched(env.browser, standaloneUrl);
  const { page } = s;
  const before = await page.textContent('#verdict');
  await drop(page, [{ name: 'long.pdf', base64: longPdf(4000) }]);
  await page.waitForSelector('#pdf-progress:not([hidden])', { timeout: 30000 });
  const at = await page.evaluate(() => {
    const bar = document.getElementById('pdf-progress-bar');
    document.getElementById('pdf-cancel').click();
    return bar.value;
  });
  assert.ok(at > 0 && at < 1, `cancelled part way: ${at}`);
  assert.ok(await page.isHidden('#pdf-progress'));
  assert.equal(await page.getAttribute('#verdict', 'data-state'), 'checked');
  assert.equal(await page.textContent('#verdict'), before);
  assert.match(await page.textContent('#status'), /取消/);
  assert.deepEqual(s.outside(), []);
  await s.context.close();
});
