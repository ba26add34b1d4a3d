// Shared pieces of the browser tests: paths, the seed's expected cells, Chromium, a static server.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
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
    res.writeHead(200, { 'content-type': MIME[extname(file)], 'cache-control': 'no-store' });
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
