// The built page, read as files: no script of ours evaluates strings (the CSP's
// 'unsafe-eval' is there only for Chromium < 97 to compile wasm), the JS and CSS run on
// Chromium 80, the stand-alone file's size, the rule pages loaded on demand.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { test } from 'node:test';
import vm from 'node:vm';
import { requireBuild, root, siteDir, standalonePath } from './harness.mjs';

requireBuild();

const html = readFileSync(standalonePath, 'utf8');
const inlineScripts = Array.from(html.matchAll(/<script>([\s\S]*?)<\/script>/g), (m) => m[1]);
// The worker's source is a JSON string literal in the first inline script.
const workerSource = JSON.parse(/^var GKCHECK_WORKER_SOURCE = ("[\s\S]*");$/.exec(inlineScripts[0])[1]);
const ours = {
  'app.js': readFileSync(join(siteDir, 'app.js'), 'utf8'),
  'worker.js': readFileSync(join(siteDir, 'worker.js'), 'utf8'),
};
const everything = Object.assign({
  'gkcheck.js (site)': readFileSync(join(siteDir, 'gkcheck.js'), 'utf8'),
  'stand-alone app script': inlineScripts[1],
  'stand-alone worker source': workerSource,
}, ours);

test('no eval, no new Function, no string timers in any script the page runs', () => {
  const bad = [
    [/(^|[^\w$.])eval\s*\(/, 'eval('],
    [/new\s+Function\s*\(/, 'new Function'],
    [/(^|[^\w$])Function\s*\(\s*["'`]/, 'Function("...")'],
    [/set(Timeout|Interval|Immediate)\s*\(\s*["'`]/, 'string timer'],
    [/\.innerHTML\s*=|insertAdjacentHTML|document\.write\s*\(|outerHTML\s*=/, 'HTML from strings'],
  ];
  for (const [name, text] of Object.entries(everything)) {
    for (const [re, what] of bad) {
      if (what === 'HTML from strings' && name.startsWith('gkcheck.js')) continue; // emscripten has none, but not ours to police
      assert.doesNotMatch(text, re, `${name} has ${what}`);
    }
  }
  // The stand-alone page runs exactly those two inline scripts and nothing else.
  assert.equal(inlineScripts.length, 2);
  assert.doesNotMatch(html, /<script[^>]+src=/);
  assert.doesNotMatch(html, /\son[a-z]+\s*=\s*["']/i, 'no inline event handlers');
});

test('the CSP: no network, hashed scripts, eval sources only for wasm', () => {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)[1];
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['connect-src'], ["'none'"]);
  assert.deepEqual(directives['default-src'], ["'none'"]);
  assert.deepEqual(directives['worker-src'], ['blob:']);
  assert.ok(directives['script-src'].includes("'wasm-unsafe-eval'") && directives['script-src'].includes("'unsafe-eval'"));
  // The two inline scripts, and pdf.js's library, which the page runs on the first PDF.
  const hashes = directives['script-src'].filter((s) => s.startsWith("'sha256-"));
  assert.equal(hashes.length, 3);
  const pdfjs = readFileSync(join(siteDir, 'pdfjs.js'), 'utf8');
  assert.ok(hashes.includes(`'sha256-${createHash('sha256').update(pdfjs, 'utf8').digest('base64')}'`));
  assert.ok(!csp.includes('unsafe-inline'));
  const site = readFileSync(join(siteDir, 'index.html'), 'utf8');
  assert.match(site, /connect-src 'none'/);
  assert.match(site, /script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'/);
});

test('the JS parses as ES2019 and uses nothing newer than Chromium 80 knows', async (t) => {
  const acornPath = '/usr/share/nodejs/acorn/dist/acorn.mjs'; // Debian's, installed with emscripten
  if (!existsSync(acornPath)) {
    t.skip('acorn not installed');
    return;
  }
  const { parse } = await import(acornPath);
  for (const [name, text] of Object.entries(ours)) {
    // ES2019: no optional chaining, ?? or logical assignment, no top-level await, no modules.
    assert.doesNotThrow(() => parse(text, { ecmaVersion: 2019, sourceType: 'script' }), `${name} is ES2019`);
    const newer = [
      /\.replaceAll\s*\(/, /\.at\s*\(/, /Object\.hasOwn\b/, /structuredClone/, /\.replaceChildren\s*\(/,
      /\.findLast(Index)?\s*\(/, /Promise\.any\b/, /\bWeakRef\b/, /\bAggregateError\b/, /\.toggleAttribute\s*\(/,
      /DecompressionStream\(\s*['"]deflate-raw/, /\bimport\s*\(/,  // 'deflate' and 'gzip' are Chromium 80; 'deflate-raw' is 103
    ];
    const code = text.split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n'); // comments may name them
    for (const re of newer) assert.doesNotMatch(code, re, `${name} uses ${re}`);
  }
});

test('the CSS uses nothing newer than Chromium 80 knows', () => {
  const css = readFileSync(join(siteDir, 'style.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const re of [/:is\(/, /:where\(/, /:has\(/, /(^|[\s;{])inset\s*:/, /aspect-ratio/, /(^|[\s;{])gap\s*:/, /row-gap|column-gap/]) {
    assert.doesNotMatch(css, re, `style.css uses ${re}`);
  }
  // :focus-visible only to hide the ring for the mouse where it is known.
  for (const m of css.matchAll(/[^{}]*:focus-visible[^{}]*\{/g)) assert.match(m[0], /:not\(:focus-visible\)/);
});

test('the stand-alone file stays under 1.6 MB (1.4 MB and pdf.js)', () => {
  const size = Buffer.byteLength(html);
  assert.ok(size < 1600000, `gkcheck.html is ${size} bytes`);
  console.log(`# gkcheck.html: ${size} bytes`);
});

test('every rule page is bundled, rendered from its markdown, and loaded only when asked for', () => {
  const site = /^var GKCHECK_DOCS = (\{[\s\S]*\});\n$/.exec(readFileSync(join(siteDir, 'docs.js'), 'utf8'));
  assert.ok(site, 'site/docs.js defines GKCHECK_DOCS');
  const pages = JSON.parse(site[1]);
  const block = /<script type="application\/octet-stream" id="gkcheck-docs-module">([A-Za-z0-9+/=]+)<\/script>/.exec(html);
  assert.ok(block, 'the stand-alone file carries the pages in a data block');
  assert.deepEqual(JSON.parse(inflateSync(Buffer.from(block[1], 'base64')).toString('utf8')), pages, 'the same pages in both');
  assert.doesNotMatch(html, /<template id="doc-/, 'no page is in the page\'s own markup');
  const rules = readdirSync(join(root, 'docs/rules')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3));
  assert.ok(rules.length >= 30);
  for (const rule of rules.concat(['index', 'precision'])) assert.equal(typeof pages[rule], 'string', rule);
  const page = pages['sum.balance'];
  assert.match(page, /^<h1>sum\.balance<\/h1>/);
  assert.match(page, /<h2>检查什么<\/h2>/);
  assert.match(page, /<pre tabindex="0"><code class="lang-text">/);
  assert.match(page, /<a href="#doc\/sum.results-total"><code>sum.results-total<\/code><\/a>/);
  assert.match(pages.index, /<table><thead><tr><th>规则<\/th>/);
  for (const [id, text] of Object.entries(pages)) assert.doesNotMatch(text, /href="https?:/, `no link leaves the page (${id})`);
});

