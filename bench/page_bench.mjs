#!/usr/bin/env node
// The page in headless Chromium on this machine, as a user meets it:
//   ready    from navigation to the sample report checked and shown (status "已检查"),
//            for the site served over HTTP and for the stand-alone file from file://;
//   paste    from pasting a 100 KB report (a paste event, as Ctrl+V) to its marks drawn:
//            the status back at "已检查", the findings no longer stale, marks in the
//            backdrop, and the next animation frame;
// each the median of several runs, each in a fresh page. Also the page's size as served.
//   node bench/page_bench.mjs [--web build/web] [--report build/bench/inputs/report-100kb.txt]
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
const runs = Number(arg('runs', 7));
const jsonOut = arg('json', null);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Size of the page as served: every file of the site, raw and gzip -9.
function siteSize(dir) {
  let raw = 0, gz = 0;
  const files = {};
  for (const f of readdirSync(dir)) {
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

// Records, in the page, when the status first reads "已检查" (ms since navigation start).
const INIT = `
  window.__gk = { checkedAt: null };
  new MutationObserver(() => {
    const s = document.getElementById('status');
    if (s && window.__gk.checkedAt === null && /^已检查/.test(s.textContent)) window.__gk.checkedAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

async function readyTime(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(INIT);
  await page.goto(url);
  await page.waitForFunction(() => window.__gk && window.__gk.checkedAt !== null, null, { timeout: 30000 });
  const t = await page.evaluate(() => window.__gk.checkedAt);
  return { t, page, context };
}

async function pasteTime(page, text) {
  return page.evaluate(async (text) => {
    const status = document.getElementById('status');
    const findings = document.getElementById('findings');
    const area = document.getElementById('text');
    area.focus();
    area.setSelectionRange(0, area.value.length);
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    const t0 = performance.now();
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    const done = () => /^已检查/.test(status.textContent) && !findings.classList.contains('stale') &&
      document.querySelector('#backdrop mark') !== null;
    await new Promise((resolve) => {
      const poll = () => (done() ? resolve() : requestAnimationFrame(poll));
      poll();
    });
    await new Promise((r) => requestAnimationFrame(() => r()));  // the frame that shows them
    const workerMs = Number((status.textContent.match(/(\d+) 毫秒/) || [])[1]);
    return { ms: performance.now() - t0, workerMs, marks: document.querySelectorAll('#backdrop mark').length };
  }, text);
}

// playwright starts Chromium with a fresh profile of its own.
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const server = await serve(join(web, 'site'));
const results = { size: { site: siteSize(join(web, 'site')), standalone: statSync(join(web, 'gkcheck.html')).size } };
try {
  const report = readFileSync(reportPath, 'utf8').replace(/\r\n?/g, '\n');
  for (const [name, url] of [['site', server.url], ['standalone', pathToFileURL(join(web, 'gkcheck.html')).href]]) {
    const ready = [], paste = [], worker = [];
    let marks = 0;
    for (let i = 0; i < runs; i++) {
      const r = await readyTime(browser, url);
      ready.push(r.t);
      const p = await pasteTime(r.page, report);
      paste.push(p.ms);
      worker.push(p.workerMs);
      marks = p.marks;
      await r.context.close();
    }
    results[name] = { ready_ms: median(ready), paste_ms: median(paste), paste_worker_ms: median(worker), marks, runs };
    console.log(`${name.padEnd(11)} ready ${median(ready).toFixed(0)} ms, paste 100 KB -> marks drawn ${median(paste).toFixed(0)} ms ` +
      `(status reports ${median(worker)} ms for the check itself; ${marks} marks)`);
  }
  const s = results.size.site;
  console.log(`site: ${s.raw} bytes raw, ${s.gzip} gzip; stand-alone: ${results.size.standalone} bytes`);
} finally {
  await browser.close();
  server.close();
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2));
