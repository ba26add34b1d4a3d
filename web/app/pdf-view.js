// The 原文 view: a PDF report's pages drawn by pdf.js, each finding's cells outlined where
// they stand on the page. The report's run map (report.pdf.runs: each run's [begin, end) in
// the rebuilt text, or null) ties a finding's place in the text to the runs it covers.
// Pages are drawn as they scroll into view; clicking an outline picks its finding.

import { clear, el } from './dom.js';
import { loadPdfjs } from './pdf-loader.js';
import { openPdf } from './pdf-runs.js';
import { ruleName } from './rule-names.js';

// The runs a span [from, to) of the text covers, merged per page and line into boxes.
function boxesOf(runs, spans, from, to) {
  const boxes = [];
  spans.forEach((span, i) => {
    if (!span || span[1] <= from || span[0] >= to) return;
    const r = runs[i];
    const line = boxes.find((b) => b.page === r.page && Math.abs(b.y + b.h / 2 - (r.y + r.h / 2)) < Math.max(b.h, r.h) / 2);
    if (!line) {
      boxes.push({ page: r.page, x: r.x, y: r.y, w: r.w, h: r.h });
      return;
    }
    const x2 = Math.max(line.x + line.w, r.x + r.w);
    const y2 = Math.max(line.y + line.h, r.y + r.h);
    line.x = Math.min(line.x, r.x);
    line.y = Math.min(line.y, r.y);
    line.w = x2 - line.x;
    line.h = y2 - line.y;
  });
  return boxes;
}

export function createPdfView(ui, handlers) {
  let pdf = null;       // { bytes, runs, pages } of the report shown
  let doc = null;       // pdf.js's document for it, opened when first drawn
  let scale = 1;
  let pageEls = [];
  let observer = null;
  let marks = new Map(); // finding -> its outline elements
  let shown = false;
  let drawnFor = null;

  function closeDoc() {
    if (observer) observer.disconnect();
    observer = null;
    if (doc) doc.then((d) => d.destroy(), () => {});
    doc = null;
  }

  function drawPage(index) {
    const holder = pageEls[index];
    if (!holder || holder.dataset.drawn) return;
    holder.dataset.drawn = 'pending';
    const mine = pdf;
    doc.then((d) => d.getPage(index + 1)).then((page) => {
      if (mine !== pdf) return null;
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * ratio });
      const canvas = holder.querySelector('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      return page.render({ canvasContext: canvas.getContext('2d'), viewport }).promise
        .then(() => { holder.dataset.drawn = 'done'; });
    }).catch(() => { holder.dataset.drawn = 'failed'; });
  }

  // The pages as empty frames of their size, drawn when they come into view.
  function layoutPages() {
    closeDoc();
    clear(ui.root);
    pageEls = [];
    if (!pdf) return;
    const width = Math.max(ui.root.clientWidth - 24, 320);
    const widest = Math.max.apply(null, pdf.pages.map((p) => p.width).concat([1]));
    scale = Math.min(2, width / widest);
    doc = loadPdfjs().then((lib) => openPdf(lib, pdf.bytes).promise);
    doc.catch(() => {});
    observer = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) drawPage(Number(e.target.dataset.page));
    }, { root: ui.root, rootMargin: '400px 0px' });
    pdf.pages.forEach((p, i) => {
      const holder = el('div', 'pdf-page');
      holder.dataset.page = String(i);
      holder.style.width = `${Math.round(p.width * scale)}px`;
      holder.style.height = `${Math.round(p.height * scale)}px`;
      const canvas = el('canvas');
      canvas.setAttribute('aria-hidden', 'true');
      holder.appendChild(canvas);
      holder.appendChild(el('span', 'pdf-page-no', `第 ${i + 1} 页`));
      ui.root.appendChild(holder);
      pageEls.push(holder);
      observer.observe(holder);
    });
  }

  function drawMarks(report, findings, active) {
    for (const list of marks.values()) list.forEach((m) => m.remove());
    marks = new Map();
    const spans = report && report.pdf && report.pdf.runs;
    if (!pdf || !spans) return;
    for (const f of findings) {
      const boxes = boxesOf(pdf.runs, spans, f.offset, f.offset + Math.max(f.length, 1));
      const list = boxes.map((b) => {
        const mark = el('button', `pdf-mark sev-${f.severity}`);
        mark.type = 'button';
        mark.title = f.message;
        mark.setAttribute('aria-label', `${ruleName(f.rule)}：${f.message}`);
        mark.style.left = `${(b.x * scale - 2).toFixed(1)}px`;
        mark.style.top = `${(b.y * scale - 2).toFixed(1)}px`;
        mark.style.width = `${(b.w * scale + 4).toFixed(1)}px`;
        mark.style.height = `${(b.h * scale + 4).toFixed(1)}px`;
        mark.addEventListener('click', () => handlers.pick(f));
        if (pageEls[b.page]) pageEls[b.page].appendChild(mark);
        return mark;
      });
      if (list.length) marks.set(f, list);
    }
    markActive(active, false);
  }

  function markActive(finding, scroll) {
    for (const [f, list] of marks) list.forEach((m) => m.classList.toggle('active', f === finding));
    const list = finding && marks.get(finding);
    if (scroll && list && list.length) list[0].scrollIntoView({ block: 'center' });
  }

  return {
    // The report's PDF (or null: the view is empty), its findings as marked, the active one.
    render(entry, report, findings, active) {
      if (entry !== pdf) {
        pdf = entry;
        drawnFor = null;
      }
      if (!shown) return;
      if (drawnFor !== pdf) {
        layoutPages();
        drawnFor = pdf;
      }
      drawMarks(report, findings, active);
    },
    // The view became visible (or hidden): pages are laid out once it has a width.
    shown(visible, report, findings, active) {
      shown = visible;
      if (visible) this.render(pdf, report, findings, active);
    },
    markActive,
  };
}
