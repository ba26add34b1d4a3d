// A PDF's text as the core reads it: the "runs text" of core/extract/pdf_runs.h, made from
// pdf.js's text content (each item's string and where it sits on its page). A PDF pdf.js
// cannot read becomes an X line, so the core gives the refusal (no text layer, encrypted,
// damaged). The checker is then handed the runs text as the file's bytes.

import { loadPdfjs } from './pdf-loader.js';

export const isPdf = (bytes) => bytes.length >= 4 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF

// pdf.js asks for CMaps by name; they come with the page (no request leaves it), loaded the
// first time one is asked for.
function memoryCMapReader(lib, cmaps) {
  return class {
    fetch({ name }) {
      return cmaps().then((map) => {
        const data = map.get(name);
        if (!data) throw new Error(`缺少 CMap ${name}`);
        return { cMapData: data, compressionType: lib.CMapCompressionType.BINARY };
      });
    }
  };
}

// Opens a PDF with pdf.js: nothing evaluated from the PDF, no font or data fetched.
export function openPdf(pdf, bytes) {
  return pdf.lib.getDocument({
    data: bytes.slice(), // pdf.js hands the buffer over to its worker
    worker: pdf.pdfWorker,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    useWorkerFetch: false,
    CMapReaderFactory: memoryCMapReader(pdf.lib, pdf.cmaps),
    enableXfa: false,
    verbosity: 0,
  });
}

const num = (v) => String(Math.round(v * 100) / 100);
const clean = (s) => s.replace(/[\t\r\n]+/g, ' ');

const PAGES_AT_ONCE = 4;

export class Cancelled extends Error {
  constructor() {
    super('已取消');
    this.name = 'Cancelled';
  }
}

// What went wrong, as an X line's reason.
function failureOf(err) {
  const name = err && err.name;
  if (name === 'PasswordException') return 'encrypted';
  return 'damaged';
}

// The page's text items as runs: the box's top-left corner (top-left origin, y down), its
// width and height in points, the font size. Empty items (spaces, line ends) are left out.
function pageRuns(lib, viewport, content, pageIndex, out) {
  for (const item of content.items) {
    if (typeof item.str !== 'string' || item.str.trim() === '') continue;
    const tx = lib.Util.transform(viewport.transform, item.transform);
    const size = Math.hypot(tx[2], tx[3]);
    if (!(size > 0)) continue;
    const style = content.styles[item.fontName] || {};
    let ascent = size;
    if (style.ascent) ascent = style.ascent * size;
    else if (style.descent) ascent = (1 + style.descent) * size;
    const width = item.width * viewport.scale;
    out.push({ page: pageIndex, x: tx[4], y: tx[5] - ascent, w: width, h: size, size, text: clean(item.str) });
  }
}

// bytes: the PDF. progress(done, total) as pages are read; cancelled() is asked between them.
// Resolves to { text: the runs text, runs, pages }; rejects with Cancelled when cancelled.
export function pdfToRuns(bytes, progress, cancelled) {
  const pages = [];
  const runs = [];
  const lines = ['%gkcheck-pdf-runs 1'];
  const finish = (failure, detail) => {
    if (failure) lines.push(`X\t${failure}\t${clean(detail || '')}`);
    return { text: lines.join('\n') + '\n', runs: failure ? [] : runs, pages, failure };
  };
  // A failure to load pdf.js itself is not the PDF's: it rejects.
  return loadPdfjs().then((pdf) => {
    const task = openPdf(pdf, bytes);
    return task.promise.then((doc) => {
      // Pages are asked for a few at a time, so that pdf.js's worker never waits for the
      // main thread between them; they are taken in page order.
      const read = (n) => doc.getPage(n).then((page) => page.getTextContent().then((content) => ({ page, content })));
      const step = (n) => {
        if (cancelled && cancelled()) {
          doc.destroy();
          throw new Cancelled();
        }
        if (n > doc.numPages) return null;
        const batch = [];
        for (let i = n; i < n + PAGES_AT_ONCE && i <= doc.numPages; i++) batch.push(read(i));
        return Promise.all(batch).then((done) => {
          done.forEach(({ page, content }, k) => {
            const viewport = page.getViewport({ scale: 1 });
            pages.push({ width: viewport.width, height: viewport.height });
            lines.push(`P\t${num(viewport.width)}\t${num(viewport.height)}`);
            pageRuns(pdf.lib, viewport, content, n - 1 + k, runs);
            page.cleanup();
          });
          if (progress) progress(n - 1 + done.length, doc.numPages);
          return step(n + done.length);
        });
      };
      return Promise.resolve(step(1)).then(() => {
        doc.destroy();
        if (!runs.length) return finish('no-text', '');
        for (const r of runs) {
          lines.push(['R', r.page, num(r.x), num(r.y), num(r.w), num(r.h), num(r.size), r.text].join('\t'));
        }
        return finish(null);
      });
    }).catch((err) => {
      if (err instanceof Cancelled) throw err;
      task.destroy();
      return finish(failureOf(err), err && err.message);
    });
  });
}

// The PDFs among opened files (names, files: their bytes) read one after another into runs
// text, which replaces their bytes for the checker. A PDF that cannot be read still gives its
// X line: one bad PDF never stops the others. progress(name, k, count, page, pages).
// Resolves to { files, pdfs }: pdfs[i] is { bytes, runs, pages } for a PDF, else null.
export function readPdfs(names, files, progress, cancelled) {
  const out = files.slice();
  const pdfs = files.map(() => null);
  const which = [];
  files.forEach((bytes, i) => { if (isPdf(bytes)) which.push(i); });
  let chain = Promise.resolve();
  which.forEach((i, k) => {
    chain = chain.then(() => pdfToRuns(files[i], (page, pages) => progress(names[i], k, which.length, page, pages), cancelled))
      .then((r) => {
        out[i] = new TextEncoder().encode(r.text);
        pdfs[i] = { bytes: files[i], runs: r.runs, pages: r.pages };
      });
  });
  return chain.then(() => ({ files: out, pdfs }));
}
