// Shared pieces of the browser tests: paths, the seed's expected cells, Chromium, a static server.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const standalonePath = join(root, 'build/web/gkcheck.html');
export const siteDir = join(root, 'build/web/site');
export const standaloneUrl = pathToFileURL(standalonePath).href;
export const seedPath = join(root, 'tests/corpus/seeds/001_d37008fbb3c2afee.txt');
// Seed 001 re-encoded as GB18030 with CRLF line ends (sed 's/$/\r/' | iconv -t gb18030).
export const gbFixturePath = join(root, 'tests/browser/fixtures/001-gb18030-crlf.txt');

export function requireBuild() {
  for (const path of [standalonePath, join(siteDir, 'index.html')]) {
    if (!existsSync(path)) {
      throw new Error(`${path} is missing: build the page first with ` +
        '`node scripts/build-web.mjs` (after the wasm build).');
    }
  }
}

// The seed as a textarea holds it (newlines normalised).
export const seedText = readFileSync(seedPath, 'utf8').replace(/\r\n?/g, '\n');

// Where the （七）总计 cells of 自然人 (first value column) and 总计 (seventh) are, found
// from the text alone: the seven lines after the row label hold that row's values.
export function resultsTotalCells(text) {
  const lines = text.split('\n');
  const label = lines.findIndex((l) => l.trim() === '（七）总计');
  if (label < 0) throw new Error('seed has no （七）总计 row');
  const cell = (lineIndex) => {
    const start = lines.slice(0, lineIndex).reduce((n, l) => n + l.length + 1, 0);
    const column = lines[lineIndex].search(/\S/);
    return { line: lineIndex + 1, offset: start + column, value: lines[lineIndex].trim() };
  };
  return { natural: cell(label + 1), total: cell(label + 7) };
}

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

// Starts Chromium before the file's tests (and, given a directory, a static server for it)
// and stops both after them; the returned object holds them once started.
export function useBrowser(dir) {
  const env = { browser: null, server: null };
  before(async () => {
    env.browser = await launch();
    if (dir) env.server = await serve(dir);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

// Serves `dir` on 127.0.0.1 at a free port; resolves to { origin, close }.
export function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !MIME[extname(file)]) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // As the README's nginx lines do: the page's policy as a header too, which is the one a
    // worker (worker.js) gets, since a <meta> policy applies to the document only.
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'));
    res.writeHead(200, Object.assign({ 'content-type': MIME[extname(file)], 'cache-control': 'no-store' },
      csp ? { 'content-security-policy': csp[1] } : {}));
    res.end(readFileSync(file));
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      ok({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

// Records what a page asks for and complains about. Chrome reports a worker's CSP
// violations only to its DevTools log, so that is read too.
export async function watch(page) {
  const seen = { requests: [], errors: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('pageerror', (e) => seen.errors.push('pageerror: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push('console: ' + m.text()); });
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' || entry.source === 'security') seen.errors.push(`log: ${entry.text}`.slice(0, 300));
  });
  await cdp.send('Log.enable');
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return seen;
}

// ---- Helpers for the views tests (views, batch, bundle).

export const seedPaths = ['000_2a323641ce1d9cac', '001_d37008fbb3c2afee', '002_df5be3e5b2d03ca8',
  '003_a6cf102bc61e7d06', '004_e326ba0ba3be1f76'].map((n) => join(root, `tests/corpus/seeds/${n}.txt`));

// Seed 004 (北关区乡村振兴局, 2023) and a made-up 2022 report of the same body whose
// 四、结转下年度继续办理 (3 自然人 applications) disagrees with 2023's 二、上年结转 (0).
export function carryOverPair() {
  const y2023 = readFileSync(seedPaths[4], 'utf8');
  const y2022 = y2023.replace(/2023/g, '2022')
    .replace(/^(一、本年新收政府信息公开申请数量\t\t)0(\t0\t0\t0\t0\t0\t)0/m, '$13$23')
    .replace(/^(四、结转下年度继续办理\t\t)0(\t0\t0\t0\t0\t0\t)0/m, '$13$23');
  if (y2022 === y2023.replace(/2023/g, '2022')) throw new Error('seed 004 changed: the 2022 pair was not made');
  return { y2022, y2023 };
}

// Opens a page and records every request. After `loaded()` no request may leave the page
// (blob: and data: URLs are the page's own memory); `outside()` lists those that did.
// A page at 1280x800 opened at `url`, with what it requests and logs watched; no waiting.
export async function openPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const seen = await watch(page);
  await page.goto(url);
  return { page, seen };
}

export async function openWatched(browser, url, viewport, init) {
  const context = await browser.newContext({ viewport: viewport || { width: 1360, height: 860 }, acceptDownloads: true });
  const page = await context.newPage();
  const seen = await watch(page);
  if (init) await page.addInitScript(init);
  let loadedAt = -1;
  const ours = []; // [from, to): requests of the test's own reference worker (workerDoc)
  const page2 = { page, seen, context };
  page2.loaded = () => { loadedAt = seen.requests.length; };
  page2.outside = () => seen.requests.filter((r, i) => i >= Math.max(0, loadedAt) &&
    !ours.some(([a, b]) => i >= a && i < b) && !/^(data|blob):/.test(r));
  page2.reference = async (files) => {
    const from = seen.requests.length;
    const doc = await workerDoc(page, files);
    ours.push([from, seen.requests.length]);
    return doc;
  };
  await page.goto(url);
  await settled(page);
  page2.loaded();
  return page2;
}

// Waits until the newest check has been shown: the page says so on the verdict
// (data-state="checked": verdict, marks and findings are those of the editor's text).
export async function settled(page) {
  await page.waitForFunction(() => document.getElementById('verdict').dataset.state === 'checked' &&
    /^已检查/.test(document.getElementById('status').textContent) &&
    !document.getElementById('findings').classList.contains('stale'), null, { timeout: 30000 });
}

// An init script: answers of the worker(s) the page starts pass through `window.__hold`
// (a function of the message, set by the test); those it returns true for are kept in
// `window.__held` until `window.__release()` delivers them. A test can so make an answer
// arrive late, whatever the machine's speed or load.
export function holdAnswers() {
  const Real = window.Worker;
  window.__hold = null;
  window.__held = [];
  window.__release = () => {
    const held = window.__held;
    window.__held = [];
    for (const deliver of held) deliver();
    return held.length;
  };
  window.Worker = class extends Real {
    set onmessage(handler) {
      super.onmessage = (event) => {
        if (window.__hold && window.__hold(event.data)) {
          const deliver = () => handler.call(this, event);
          deliver.data = event.data;
          window.__held.push(deliver);
        } else {
          handler.call(this, event);
        }
      };
    }
    get onmessage() { return super.onmessage; }
  };
}

// Runs the page's own worker directly (outside the page's code) on files: the reference
// JSON the page's views and exports are compared with.
export async function workerDoc(page, files) {
  return page.evaluate(async (list) => {
    const worker = typeof GKCHECK_WORKER_SOURCE === 'string'
      ? new Worker(URL.createObjectURL(new Blob([GKCHECK_WORKER_SOURCE], { type: 'text/javascript' })))
      : new Worker('worker.js');
    const enc = new TextEncoder();
    const doc = await new Promise((resolve, reject) => {
      worker.onmessage = (e) => {
        if (e.data.type === 'batched') resolve(e.data.doc);
        else if (e.data.type === 'result') resolve(e.data.doc);
        else if (e.data.type === 'error' || e.data.type === 'fatal') reject(new Error(e.data.message));
      };
      if (list.length === 1 && list[0].text !== undefined && !list[0].asFile) {
        worker.postMessage({ type: 'check', seq: 1, channel: 't', text: list[0].text });
      } else {
        worker.postMessage({ type: 'batch', seq: 1, channel: 't', names: list.map((f) => f.name),
          files: list.map((f) => enc.encode(f.text)) });
      }
    });
    worker.terminate();
    return doc;
  }, files);
}

// Drops files on the editor as a user would (a DataTransfer with File objects).
export async function dropFiles(page, files) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    document.getElementById('editor').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

// Pastes like Ctrl+V would: a paste event with the clipboard's flavours.
export async function paste(page, flavours) {
  await page.evaluate((data) => {
    const dt = new DataTransfer();
    for (const type of Object.keys(data)) dt.setData(type, data[type]);
    const area = document.getElementById('text');
    area.focus();
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, flavours);
}

// RFC 4180 CSV (quoted fields, doubled quotes, CRLF records).
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
