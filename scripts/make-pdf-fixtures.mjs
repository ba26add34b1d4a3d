#!/usr/bin/env node
// Writes the PDF fixtures into tests/corpus/generated/pdf/ (committed: the tests do not run
// this). Needs Chromium (/usr/bin/chromium), playwright-core (npm) and qpdf (Debian's qpdf,
// which encrypts and compacts them; the tests never need it).
//
//   node scripts/make-pdf-fixtures.mjs
//
// - <seed>.pdf: each seed's HTML fixture (tests/corpus/generated/<seed>.html, written by
//   make-fixtures.py) printed to A4 by Chromium with the machine's CJK fonts (fonts-noto-cjk),
//   as a government site's "print to PDF" makes them: one text item per glyph. Each must give
//   its seed's findings.
// - owner-password.pdf: seed 001's PDF encrypted with an owner password only (copying and
//   printing not permitted, no password to open): read like any other.
// - refuse/scan.pdf: seed 000's first page as a picture and nothing else (a scan).
// - refuse/encrypted.pdf: seed 001's PDF that needs a password to open.
// - refuse/truncated.pdf: seed 001's PDF cut short (a download that stopped).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(root, 'tests/corpus/generated');
const out = join(generated, 'pdf');
const refuse = join(out, 'refuse');
mkdirSync(refuse, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
// A4 with the margins Chromium's print dialog gives by default (about 1 cm).
const printOptions = { format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } };

// Rewritten by qpdf with object streams and flate at level 9: the same pages and text in
// about 60% of the bytes (Chromium's Type 3 CJK glyphs are most of them).
function compact(path) {
  execFileSync('qpdf', ['--object-streams=generate', '--recompress-flate', '--compression-level=9',
    '--replace-input', path]);
}

const seeds = readdirSync(generated).filter((f) => /^\d{3}_[0-9a-f]+\.html$/.test(f)).sort();
for (const html of seeds) {
  await page.goto(pathToFileURL(join(generated, html)).href);
  const path = join(out, html.replace(/\.html$/, '.pdf'));
  await page.pdf({ path, ...printOptions });
  compact(path);
  console.log(path);
}

// A scan: the first screenful of seed 000 as a JPEG, the only thing on its page.
await page.setViewportSize({ width: 794, height: 1123 });
await page.goto(pathToFileURL(join(generated, seeds[0])).href);
const picture = await page.screenshot({ type: 'jpeg', quality: 40 });
await page.setContent('<!doctype html><body style="margin:0">' +
  `<img style="width:210mm;height:296mm;display:block" src="data:image/jpeg;base64,${picture.toString('base64')}">`);
await page.pdf({ path: join(refuse, 'scan.pdf'), format: 'A4', margin: { top: 0, bottom: 0, left: 0, right: 0 } });
await browser.close();

const seed001 = join(out, seeds.find((s) => s.startsWith('001_')).replace(/\.html$/, '.pdf'));
// Encrypted (AES-256) with a user password: it cannot be opened without it.
execFileSync('qpdf', ['--encrypt', 'user-password', 'owner-password', '256', '--',
  seed001, join(refuse, 'encrypted.pdf')]);
// An owner password only: anyone may open it; copying and printing are "not permitted".
execFileSync('qpdf', ['--encrypt', '', 'owner-password', '256', '--extract=n', '--print=none', '--',
  seed001, join(out, 'owner-password.pdf')]);
// Cut short at three fifths: the catalogue and cross-reference table at its end are gone.
const whole = readFileSync(seed001);
writeFileSync(join(refuse, 'truncated.pdf'), whole.subarray(0, Math.floor(whole.length * 0.6)));
console.log('PDF fixtures written in', out);
