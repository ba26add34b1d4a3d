// pdf.js, loaded when the first PDF arrives and never before (a page that sees no PDF pays
// nothing for it). The stand-alone file carries it deflated in a data block
// (#gkcheck-pdf-module, scripts/build-web.mjs): inflated here, its library run as an inline
// script the page's CSP lists by hash, its worker started from a Blob URL. The site serves it
// as files: pdfjs.js (the library), pdfjs-worker.js, and pdfjs-cmaps.js (the CMaps), which is
// fetched only when pdf.js first asks for a CMap (a font without its own Unicode map): most
// PDFs never need it.
// Resolves to { lib, worker, pdfWorker, cmaps } where cmaps() resolves to a map from a
// CMap's name to its bytes.

import { base64Bytes, loadScript, unpackBlock } from './packed.js';

let loading = null;

function cmapBytes(base64ByName) {
  const out = new Map();
  Object.keys(base64ByName).forEach((name) => out.set(name, base64Bytes(base64ByName[name])));
  return out;
}

function fromPacked(block) {
  return unpackBlock(block).then((pdf) => {
    const script = document.createElement('script');
    script.textContent = pdf.lib; // runs as it is inserted
    document.head.appendChild(script);
    if (!window.pdfjsLib) throw new Error('pdf.js 未能加载');
    const url = URL.createObjectURL(new Blob([pdf.worker], { type: 'text/javascript' }));
    let cmaps = null;
    return { lib: window.pdfjsLib, worker: new Worker(url), cmaps: () => (cmaps = cmaps || Promise.resolve(cmapBytes(pdf.cmaps))) };
  });
}

function fromSite() {
  let cmaps = null;
  const loadCmaps = () => loadScript('pdfjs-cmaps.js').then(() => cmapBytes(window.GKCHECK_PDF_CMAPS));
  return loadScript('pdfjs.js').then(() => ({
    lib: window.pdfjsLib,
    worker: new Worker('pdfjs-worker.js'),
    cmaps: () => {
      if (!cmaps) {
        cmaps = loadCmaps();
        cmaps.catch(() => { cmaps = null; });
      }
      return cmaps;
    },
  }));
}

export function loadPdfjs() {
  if (!loading) {
    const block = document.getElementById('gkcheck-pdf-module');
    loading = (block ? fromPacked(block) : fromSite()).then((pdf) => {
      // One pdf.js worker for all documents: it parses off the main thread. Handed to each
      // getDocument as its `worker`, so that destroying a document leaves it running.
      pdf.pdfWorker = new pdf.lib.PDFWorker({ port: pdf.worker, verbosity: 0 });
      return pdf;
    });
    loading.catch(() => { loading = null; });
  }
  return loading;
}
