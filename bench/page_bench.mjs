#!/usr/bin/env node
// The page in headless Chromium on this machine, as a user meets it:
//   ready    from navigation to the sample report checked and drawn on screen,
//            for the site served over HTTP and for the stand-alone file from file://;
//   paste    from pasting a 100 KB report (a paste event dispatched, as Ctrl+V does) to its
//            marks and findings drawn on screen;
// each the median of several runs, each in a fresh page, the paste right after ready.
// Also the page's size as served (without the PDF module, which is loaded only on the first
// PDF) and, apart, the PDF module's (pdf.js, its worker, the CMaps). With --many, also the paste of a report with many findings
// (bench/make_inputs.mjs's report-100kb-findings.txt), for reference, in pages of its own.
// "Drawn" is the page's own signal, data-state="checked" on #verdict (set once the verdict,
// marks and findings shown are those of the editor's text), followed by the frame that
// shows them: the end of the next animation frame's work (a task queued from inside
// requestAnimationFrame runs after that frame's style, layout and paint).
// PDFs (--pdf-runs N, 0 to skip): in a page that has read one PDF (pdf.js loaded), a 5-page
// report PDF (tests/corpus/real/hongze-district-2024.pdf) dropped -> its findings drawn; the
// first PDF of a page, pdf.js loaded too (for reference); a batch of 20 report PDFs dropped ->
// the batch summary. With --before DIR (another build/web, e.g. main's), its size and ready
// time are measured in the same run and printed beside this build's.
//   node bench/page_bench.mjs [--web build/web] [--before DIR] [--pdf-runs 5] [--report build/bench/inputs/report-100kb.txt]
//                             [--many build/bench/inputs/report-100kb-findings.txt]
//                             [--runs 7] [--json OUT]
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const web = resolve(arg('web', join(root, 'build/web')));
const reportPath = resolve(arg('report', join(root, 'build/bench/inputs/report-100kb.txt')));
const manyPath = arg('many', null);
const runs = Number(arg('runs', 7));
const jsonOut = arg('json', null);
const beforeDir = arg('before', null);
const pdfRuns = Number(arg('pdf-runs', 5));
// Files the page loads only when first needed: pdf.js (on the first PDF), the rule pages (on
// the docs viewer's first opening). The page's size is what it loads to start.
const isOnDemand = (f) => /^pdfjs/.test(f) || f === 'docs.js';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Size of the page as served: every file of the site it loads to start, raw and gzip -9.
function siteSize(dir, which = (f) => !isOnDemand(f)) {
  let raw = 0, gz = 0;
  const files = {};
  for (const f of readdirSync(dir).filter(which)) {
    const data = readFileSync(join(dir, f));
    const z = gzipSync(data, { level: 9 }).length;
    files[f] = { raw: data.length, gzip: z };
    raw += data.length;
    gz += z;
  }
  return { raw, gzip: gz, files };
}

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
function serve(dir) {
  const server = createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (p.endsWith('/')) p += 'index.html';
    try {
      const data = readFileSync(join(dir, p));
      res.writeHead(200, { 'content-type': MIME[extname(p)] || 'application/octet-stream' });
      res.end(data);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() })));
}

// In the page: __gkDrawn() resolves, after the verdict says its report is checked and
// drawn, with the time (performance.now()) at which the frame showing it was done.
const DRAWN = `
  window.__gkDrawn = () => new Promise((resolve) => {
    const frameDone = () => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
    const checked = () => {
      const v = document.getElementById('verdict');
      return v && v.dataset.state === 'checked';
    };
    if (checked()) return frameDone();
    const watch = new MutationObserver(() => {
      if (!checked()) return;
      watch.disconnect();
      frameDone();
    });
    watch.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
  // From navigation start (time 0) to the sample report drawn.
  window.__gkReady = window.__gkDrawn();
`;

async function readyTime(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(DRAWN);
  await page.goto(url);
  const t = await page.evaluate(() => window.__gkReady);
  return { t, page, context };
}

async function pasteTime(page, text) {
  const r = await page.evaluate(async (text) => {
    const verdict = document.getElementById('verdict');
    const area = document.getElementById('text');
    area.focus();
    area.setSelectionRange(0, area.value.length);
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    const t0 = performance.now();
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    // The paste handler has marked the report as being checked; a page that did not would
    // be timed to its old report.
    if (verdict.dataset.state === 'checked') throw new Error('the paste did not start a check');
    const t1 = await window.__gkDrawn();
    const status = document.getElementById('status').textContent;
    return {
      ms: t1 - t0, status, text: area.value === text,
      workerMs: Number((status.match(/(\d+) 毫秒/) || [])[1]),
      marks: document.querySelectorAll('#backdrop mark[data-rule]').length,
      findings: document.querySelectorAll('#findings .finding').length,
    };
  }, text);
  if (!r.text || !/^已检查/.test(r.status) || r.marks === 0 || r.findings === 0) {
    throw new Error(`the pasted report was not shown checked: ${JSON.stringify(r)}`);
  }
  return r;
}

// playwright starts Chromium with a fresh profile of its own.
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const server = await serve(join(web, 'site'));
// `runs` fresh pages of `url`, each made ready and then pasted `text` into: the times of
// each, and the marks and findings the last one showed.
async function pasteRuns(url, text) {
  const ready = [], paste = [], worker = [];
  let marks = 0, findings = 0;
  for (let i = 0; i < runs; i++) {
    const r = await readyTime(browser, url);
    ready.push(r.t);
    const p = await pasteTime(r.page, text);
    paste.push(p.ms);
    worker.push(p.workerMs);
    marks = p.marks;
    findings = p.findings;
    await r.context.close();
  }
  return { ready, paste, worker, marks, findings };
}

const results = { size: {
  site: siteSize(join(web, 'site')), standalone: statSync(join(web, 'gkcheck.html')).size,
  pdf_module: siteSize(join(web, 'site'), (f) => f === 'pdfjs.js' || f === 'pdfjs-worker.js'),
  pdf_cmaps: siteSize(join(web, 'site'), (f) => f === 'pdfjs-cmaps.js'),
  docs: siteSize(join(web, 'site'), (f) => f === 'docs.js'),
} };

// Drops files (paths) on the editor; resolves once `done` (a function run in the page) holds,
// then a frame later, with the time from the drop.
async function dropTime(page, paths, done) {
  const files = paths.map((p) => ({ name: p.split('/').pop(), base64: readFileSync(p).toString('base64') }));
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const raw = atob(f.base64);
      const bytes = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      dt.items.add(new File([bytes], f.name));
    }
    document.getElementById('verdict').dataset.state = 'checking';
    window.__gkT0 = performance.now();
    document.getElementById('editor').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
  await page.waitForFunction(done, null, { polling: 'raf', timeout: 120000 });
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - window.__gkT0), 0))));
}

async function pdfFigures(url) {
  const real = join(root, 'tests/corpus/real/hongze-district-2024.pdf');
  const checked = () => document.getElementById('verdict').dataset.state === 'checked' &&
    /^已检查/.test(document.getElementById('status').textContent) && document.querySelectorAll('#findings .finding').length > 0;
  const first = [], warm = [];
  for (let i = 0; i < pdfRuns; i++) {
    const r = await readyTime(browser, url);
    first.push(await dropTime(r.page, [real], checked));
    warm.push(await dropTime(r.page, [real], checked));
    await r.context.close();
  }
  const pdfDir = join(root, 'tests/corpus/generated/pdf');
  const reports = [real, join(root, 'tests/corpus/real/huaian-city-2024.pdf')]
    .concat(readdirSync(pdfDir).filter((f) => f.endsWith('.pdf') && !/owner/.test(f)).map((f) => join(pdfDir, f)));
  const twenty = Array.from({ length: 20 }, (_, i) => reports[i % reports.length]);
  const r = await readyTime(browser, url);
  const batch = await dropTime(r.page, twenty, () => /^已检查 20 份报告/.test(document.getElementById('status').textContent));
  await r.context.close();
  return { first_ms: median(first), warm_ms: median(warm), batch20_ms: batch, first_all: first, warm_all: warm };
}
try {
  const report = readFileSync(reportPath, 'utf8').replace(/\r\n?/g, '\n');
  const many = manyPath ? readFileSync(resolve(manyPath), 'utf8').replace(/\r\n?/g, '\n') : null;
  for (const [name, url] of [['site', server.url], ['standalone', pathToFileURL(join(web, 'gkcheck.html')).href]]) {
    const { ready, paste, worker, marks, findings } = await pasteRuns(url, report);
    results[name] = { ready_ms: median(ready), paste_ms: median(paste), paste_worker_ms: median(worker), marks, findings, runs,
      ready_all: ready, paste_all: paste };
    console.log(`${name.padEnd(11)} ready ${median(ready).toFixed(0)} ms, paste 100 KB -> marks drawn ${median(paste).toFixed(0)} ms ` +
      `(status reports ${median(worker)} ms from asking the worker to its answer; ${marks} marks, ${findings} findings)`);
    if (!many) continue;
    const m = await pasteRuns(url, many);
    Object.assign(results[name], { many_paste_ms: median(m.paste), many_worker_ms: median(m.worker), many_marks: m.marks,
      many_findings: m.findings, many_paste_all: m.paste });
    console.log(`${''.padEnd(11)} paste of many findings -> marks drawn ${median(m.paste).toFixed(0)} ms ` +
      `(worker's answer ${median(m.worker)} ms; ${m.marks} marks, ${m.findings} findings)`);
  }
  if (pdfRuns > 0) {
    for (const [name, url] of [['site', server.url], ['standalone', pathToFileURL(join(web, 'gkcheck.html')).href]]) {
      const p = await pdfFigures(url);
      results[name].pdf = p;
      console.log(`${name.padEnd(11)} 5-page PDF -> findings drawn ${p.warm_ms.toFixed(0)} ms once pdf.js is loaded ` +
        `(${p.first_ms.toFixed(0)} ms as the page's first PDF); 20 report PDFs -> batch summary ${(p.batch20_ms / 1000).toFixed(2)} s`);
    }
  }
  const s = results.size.site;
  console.log(`site as loaded to start: ${s.raw} bytes raw, ${s.gzip} gzip; stand-alone: ${results.size.standalone} bytes; ` +
    `rule pages (docs.js, on demand): ${results.size.docs.gzip} gzip`);
  const m = results.size.pdf_module, c = results.size.pdf_cmaps;
  console.log(`PDF module (pdfjs.js + pdfjs-worker.js): ${m.raw} bytes raw, ${m.gzip} gzip; its CMaps ${c.gzip} gzip`);
  if (beforeDir) {
    const bServer = await serve(join(resolve(beforeDir), 'site'));
    const before = { size: { site: siteSize(join(resolve(beforeDir), 'site')), standalone: statSync(join(resolve(beforeDir), 'gkcheck.html')).size } };
    const after = { site: [], standalone: [] };
    for (const [name, url, bUrl] of [['site', server.url, bServer.url],
      ['standalone', pathToFileURL(join(web, 'gkcheck.html')).href, pathToFileURL(join(resolve(beforeDir), 'gkcheck.html')).href]]) {
      // Alternating before and after, so that the machine's swings fall on both.
      before[name] = [];
      for (let i = 0; i < runs; i++) {
        for (const [list, u] of [[before[name], bUrl], [after[name], url]]) {
          const r = await readyTime(browser, u);
          list.push(r.t);
          await r.context.close();
        }
      }
    }
    bServer.close();
    results.before = { size: before.size, site_ready_ms: median(before.site), standalone_ready_ms: median(before.standalone) };
    results.side_by_side = { site_ready_ms: median(after.site), standalone_ready_ms: median(after.standalone) };
    const rows = [
      ['page as served, gzip -9 (KB)', before.size.site.gzip / 1e3, s.gzip / 1e3],
      ['page as served, raw (KB)', before.size.site.raw / 1e3, s.raw / 1e3],
      ['stand-alone gkcheck.html (KB)', before.size.standalone / 1e3, results.size.standalone / 1e3],
      ['ready, site (ms, median, alternated)', median(before.site), median(after.site)],
      ['ready, stand-alone (ms, median, alternated)', median(before.standalone), median(after.standalone)],
    ];
    console.log('\nbefore / after, side by side:');
    for (const [k, b, a] of rows) console.log(`  ${k.padEnd(46)} ${b.toFixed(0).padStart(8)} ${a.toFixed(0).padStart(8)}`);
  }
} finally {
  await browser.close();
  server.close();
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2));
