#!/usr/bin/env node
// Builds the web page from web/ and the wasm build's gkcheck.js:
//   <out>/gkcheck.html  one file that works by double-click from file:// (everything inline,
//                       the worker started from a Blob URL, CSP with sha256 script hashes)
//   <out>/site/         the same page as separate files for a static server
// The page's script is web/app/main.js and the modules it imports, bundled by esbuild into
// one classic script. The rule pages docs/rules/*.md are rendered to HTML
// (scripts/markdown.mjs) and loaded on the docs viewer's first opening, as pdf.js is.
// Both carry the wasm deflated (inflated in the worker): the stand-alone
// file in its worker's source, the site in gkcheck.js, which the worker loads with
// importScripts (a fetch of a .wasm would need connect-src, which the policy forbids).
// PDFs are read by pdf.js (pdfjs-dist's legacy build, for Chromium 80), loaded only when the
// first PDF arrives: the stand-alone file carries it deflated in a data block that is
// inflated then, the site serves it as files (pdfjs*.js) that are loaded then.
// Usage: node scripts/build-web.mjs [--wasm build/wasm/wasm/gkcheck.js] [--out build/web]
//                                   [--sample tests/corpus/seeds/001_d37008fbb3c2afee.txt]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { build } from 'esbuild';
import { renderMarkdown } from './markdown.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');
// The stand-alone file must stay small enough to mail around and open quickly: 1.4 MB for
// the page, and 0.2 MB more since it carries pdf.js (0.6 MB as base64 of its deflated
// bytes, in a data block the browser does not parse as script).
const STANDALONE_LIMIT = 1600000;

function parseArgs(argv) {
  const opts = {
    wasm: join(root, 'build/wasm/wasm/gkcheck.js'),
    out: join(root, 'build/web'),
    sample: join(root, 'tests/corpus/seeds/001_d37008fbb3c2afee.txt'),
  };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in opts) || i + 1 >= argv.length) fail(`unknown or incomplete option: ${argv[i]}`);
    opts[key] = resolve(argv[++i]);
  }
  return opts;
}

function fail(message) {
  console.error(`build-web: ${message}`);
  process.exit(1);
}

// Newlines are normalised because the HTML parser turns CRLF into LF inside inline
// scripts, and the CSP hashes must be of the text the browser ends up with.
function read(path) {
  if (!existsSync(path)) fail(`missing ${relative(process.cwd(), path) || path}`);
  return readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// Text inside <textarea> is RCDATA: only "&" and "<" need escaping. The parser drops one
// newline right after the start tag, so lead with one in case the text starts with its own.
const escapeTextarea = (text) => '\n' + text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// A JS string literal that cannot end the <script> element it sits in.
const scriptString = (text) =>
  JSON.stringify(text).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

function assertInlineSafe(name, text, tag) {
  const bad = new RegExp(`</${tag}|<!--`, 'i');
  if (bad.test(text)) fail(`${name} contains "</${tag}" or "<!--" and cannot be inlined`);
}

function fillTemplate(template, parts) {
  let html = template;
  for (const [key, value] of Object.entries(parts)) {
    const marker = `<!--@${key}-->`;
    if (!html.includes(marker)) fail(`web/index.html has no ${marker}`);
    html = html.replace(marker, () => value);
  }
  return html;
}

// docs/rules/*.md by rule id (README.md as "index") and the precision table docs/precision.md
// as "precision", rendered to HTML: the pages the docs viewer loads on its first opening.
function docPages() {
  const dir = join(root, 'docs/rules');
  const names = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const rules = names.filter((f) => f !== 'README.md').map((f) => f.slice(0, -3));
  const pages = names.map((f) => [`docs/rules/${f}`, f === 'README.md' ? 'index' : f.slice(0, -3)]);
  pages.push(['docs/precision.md', 'precision']);
  return Object.fromEntries(pages.map(([path, id]) => [id, renderMarkdown(read(join(root, path)), rules)]));
}

// The wasm in zlib format, what DecompressionStream('deflate') reads in Chromium 80
// ('deflate-raw' came in 103). pigz -11 (zopfli) packs it about 12% smaller than Node's
// zlib at level 9; without pigz, Node's zlib does, and the page is that much bigger.
function deflate(wasm) {
  try {
    return execFileSync('pigz', ['-11', '-z', '-c'], { input: wasm, maxBuffer: 64 << 20 });
  } catch (e) {
    console.error(`build-web: pigz failed (${e.code || e.status}); packing the wasm with Node's zlib instead`);
    return deflateSync(wasm, { level: 9 });
  }
}

// gkcheck.js with its wasm (a base64 data: URL) taken out, and the wasm deflated as
// base64: about a third of the size. Without such a data: URL the file is used as it is.
function packWasm(gkcheckJs) {
  const re = /(data:application\/octet-stream;base64,)([A-Za-z0-9+/=]{1000,})/;
  const m = re.exec(gkcheckJs);
  if (!m) return { js: gkcheckJs, packed: '' };
  const packed = deflate(Buffer.from(m[2], 'base64')).toString('base64');
  return { js: gkcheckJs.replace(re, (_, prefix) => prefix), packed };
}

// The format files (core/formats/*.json), each parsed once, with their file names.
function formatFiles() {
  const dir = join(root, 'core/formats');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((file) => ({ file, format: JSON.parse(read(join(dir, file))) }));
}

// Each format's section titles by number ({"2021": {"1": "总体情况", …}}): what the module
// 'gkcheck:section-titles' holds for the page.
function sectionTitles(files) {
  const titles = {};
  for (const { format } of files) titles[format.id] = Object.fromEntries(format.sections.map((s) => [s.number, s.title]));
  return titles;
}

// Each rule's plain-Chinese name by id (core/rules/rules.json): what the module
// 'gkcheck:rule-names' holds for the page, which shows names where a user looks, ids only in
// the rule pages.
function ruleNames() {
  return Object.fromEntries(JSON.parse(read(join(root, 'core/rules/rules.json'))).rules.map((r) => [r.id, r.name]));
}

// Modules made at build time: `import x from 'gkcheck:NAME'` gets modules[NAME] as JSON.
function buildTimeModules(modules) {
  return {
    name: 'gkcheck-build-time-modules',
    setup(b) {
      b.onResolve({ filter: /^gkcheck:/ }, (args) => {
        const name = args.path.slice('gkcheck:'.length);
        if (!(name in modules)) return { errors: [{ text: `no build-time module ${args.path}` }] };
        return { path: name, namespace: 'gkcheck' };
      });
      b.onLoad({ filter: /.*/, namespace: 'gkcheck' }, (args) => ({ contents: JSON.stringify(modules[args.path]), loader: 'json' }));
    },
  };
}

// web/app/main.js and the modules it imports as one classic script for Chromium 80, minified.
// ES2019 syntax: Chromium 80 also knows ?. and ??, but the minifier would write them, and
// tests/browser/bundle.test.mjs holds the page to ES2019. Strict, as modules are.
async function bundleApp() {
  const formats = formatFiles();
  const result = await build({
    entryPoints: [join(web, 'app/main.js')],
    bundle: true,
    format: 'iife',
    target: ['chrome80', 'es2019'],
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    banner: { js: "'use strict';" },
    plugins: [buildTimeModules({ 'section-titles': sectionTitles(formats), 'rule-names': ruleNames() })],
    write: false,
    logLevel: 'silent',
  }).catch((e) => fail(`bundling web/app failed:\n${e.message}`));
  return result.outputFiles[0].text;
}

// The CMaps pdf.js needs for Chinese fonts that carry no ToUnicode map or use a predefined
// encoding (GB2312/GBK/Unicode ones and the CID to Unicode map of Adobe-GB1), served from
// memory: the page makes no request for them.
const PDF_CMAPS = ['Adobe-GB1-UCS2', 'UniGB-UCS2-H', 'UniGB-UCS2-V', 'GBK-EUC-H', 'GBK-EUC-V',
  'GB-EUC-H', 'GB-EUC-V', 'GBpc-EUC-H', 'GBpc-EUC-V', 'GB-H', 'GB-V'];

// pdf.js as the page loads it on the first PDF: the main-thread library (a classic script
// that defines pdfjsLib), its worker's source, and the CMaps as base64 by name.
function pdfModule() {
  const dist = join(root, 'node_modules/pdfjs-dist');
  // Without their source map comments: nothing is to be asked for, not even by DevTools.
  const noMap = (text) => text.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  const lib = noMap(read(join(dist, 'legacy/build/pdf.min.js')));
  const worker = noMap(read(join(dist, 'legacy/build/pdf.worker.min.js')));
  const cmaps = {};
  for (const name of PDF_CMAPS) cmaps[name] = readFileSync(join(dist, 'cmaps', name + '.bcmap')).toString('base64');
  return { lib, worker, cmaps };
}

function cspMeta(directives) {
  const policy = Object.entries(directives).map(([k, v]) => `${k} ${v}`).join('; ');
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const template = read(join(web, 'index.html'));
  const style = read(join(web, 'style.css'));
  const workerJs = read(join(web, 'worker.js'));
  const gkcheckJs = read(opts.wasm);
  const sample = escapeTextarea(read(opts.sample));
  const docs = docPages();
  const appJs = await bundleApp();
  const pdf = pdfModule();
  // The stand-alone file's PDF module: all three deflated together, as base64 in a data
  // block (a <script> of a non-JavaScript type: the browser neither runs nor parses it).
  const pdfPacked = deflate(Buffer.from(JSON.stringify(pdf), 'utf8')).toString('base64');
  // The rule pages the same way, in a data block of their own.
  const docsPacked = deflate(Buffer.from(JSON.stringify(docs), 'utf8')).toString('base64');
  assertInlineSafe('app JS', appJs, 'script');
  assertInlineSafe('style.css', style, 'style');

  const written = [];
  const write = (path, text) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    written.push(path);
  };
  const common = {
    'default-src': "'none'",
    'connect-src': "'none'",
    'img-src': 'data:',
    'base-uri': "'none'",
    'form-action': "'none'",
  };

  // Compiling wasm needs 'wasm-unsafe-eval', a source Chromium learned only in version 97;
  // before it, only 'unsafe-eval' lets WebAssembly compile. Our users run Chromium 80-based
  // browsers, so both are given. 'unsafe-eval' lets no pasted text run: no script of ours
  // calls eval, new Function or string timers (tests/browser/bundle.test.mjs greps for
  // them), scripts only run from the hashed inline code or our own files, and pasted
  // content is only ever text. A worker started from a Blob URL inherits this policy.
  const evalSources = "'wasm-unsafe-eval' 'unsafe-eval'";

  // gkcheck.js without its base64 wasm, followed by the wasm deflated (worker.js inflates it).
  const wasm = packWasm(gkcheckJs);
  const packedJs = wasm.js + '\n;\n' +
    (wasm.packed ? `var GKCHECK_WASM_DEFLATED = ${JSON.stringify(wasm.packed)};\n` : '');
  // Stand-alone file: the worker's source travels as a string in its own inline script.
  const workerSource = packedJs + workerJs;
  const workerScript = `var GKCHECK_WORKER_SOURCE = ${scriptString(workerSource)};`;
  const standalone = fillTemplate(template, {
    csp: cspMeta({
      ...common,
      // pdf.js's library runs as an inline script the page adds on the first PDF.
      'script-src': `${sha256(workerScript)} ${sha256(appJs)} ${sha256(pdf.lib)} ${evalSources}`,
      'style-src': sha256(style),
      'worker-src': 'blob:',
    }),
    style: `<style>${style}</style>`,
    sample,
    scripts: `<script>${workerScript}</script>\n<script>${appJs}</script>\n` +
      `<script type="application/octet-stream" id="gkcheck-pdf-module">${pdfPacked}</script>\n` +
      `<script type="application/octet-stream" id="gkcheck-docs-module">${docsPacked}</script>`,
  });
  if (Buffer.byteLength(standalone) > STANDALONE_LIMIT) {
    fail(`gkcheck.html is ${Buffer.byteLength(standalone)} bytes, over the ${STANDALONE_LIMIT} limit`);
  }
  write(join(opts.out, 'gkcheck.html'), standalone);

  // Site: same page, separate files, everything from its own origin.
  const site = join(opts.out, 'site');
  write(join(site, 'index.html'), fillTemplate(template, {
    csp: cspMeta({
      ...common,
      'script-src': `'self' ${evalSources}`,
      'style-src': "'self'",
      'worker-src': "'self'",
    }),
    style: '<link rel="stylesheet" href="style.css">',
    sample,
    scripts: '<script src="app.js"></script>',
  }));
  write(join(site, 'app.js'), appJs);
  write(join(site, 'worker.js'), workerJs);
  write(join(site, 'gkcheck.js'), packedJs);
  write(join(site, 'style.css'), style);
  // The PDF module as files, loaded with <script src> and new Worker() on the first PDF.
  write(join(site, 'pdfjs.js'), pdf.lib);
  write(join(site, 'pdfjs-worker.js'), pdf.worker);
  write(join(site, 'pdfjs-cmaps.js'), `var GKCHECK_PDF_CMAPS = ${JSON.stringify(pdf.cmaps)};\n`);
  // The rule pages, loaded with <script src> on the docs viewer's first opening.
  write(join(site, 'docs.js'), `var GKCHECK_DOCS = ${JSON.stringify(docs)};\n`);

  for (const path of written) console.log(relative(process.cwd(), path) || path);
}

main();
