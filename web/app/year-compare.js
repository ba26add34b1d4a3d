// This year against last year, for every body whose two consecutive years are in the batch:
// the key figures side by side with their change, and this year's running text with the
// sentences found in last year's report marked (the JSON's "reuse" passages, which the
// core measures for cross.text-reuse).

import { clear, el } from './dom.js';
import { correctionRate, disclosureRate, KEY_FIGURES, keyFigures, percent } from './report-figures.js';

const MAX_PARAGRAPHS = 40;

// [{last, now}] indices of the batch's reports: one body, years y-1 and y.
function pairsOf(reports) {
  const byBodyYear = new Map();
  reports.forEach((r, i) => {
    if (r.body && r.year) byBodyYear.set(`${r.body}|${r.year}`, i);
  });
  const pairs = [];
  reports.forEach((r, i) => {
    const last = r.body && r.year ? byBodyYear.get(`${r.body}|${r.year - 1}`) : undefined;
    if (last !== undefined && byBodyYear.get(`${r.body}|${r.year}`) === i) pairs.push({ last, now: i });
  });
  return pairs;
}

function change(a, b) {
  if (a === null || b === null) return '—';
  const d = b - a;
  const sign = d > 0 ? '+' : (d < 0 ? '−' : '±');
  const rel = a ? `（${sign}${Math.round((Math.abs(d) * 1000) / a) / 10}%）` : '';
  return `${sign}${Math.abs(d)}${d ? rel : ''}`;
}

function rateChange(a, b) {
  if (a === null || b === null) return '—';
  const d = Math.round((b - a) * 1000) / 10;
  return `${d > 0 ? '+' : (d < 0 ? '−' : '±')}${Math.abs(d)} 个百分点`;
}

function figuresTable(lastReport, nowReport) {
  const table = el('table', 'year-figures');
  const caption = el('caption', '', `${nowReport.body}：${lastReport.year} 年与 ${nowReport.year} 年的主要数字`);
  const head = el('tr');
  for (const h of ['项目', `${lastReport.year} 年`, `${nowReport.year} 年`, '变化']) {
    const th = el('th', h === '项目' ? '' : 'num', h);
    th.scope = 'col';
    head.appendChild(th);
  }
  table.append(caption, el('thead'), el('tbody'));
  table.tHead.appendChild(head);
  const a = keyFigures(lastReport);
  const b = keyFigures(nowReport);
  const row = (label, x, y, d) => {
    const tr = el('tr');
    const th = el('th', '', label);
    th.scope = 'row';
    tr.append(th, el('td', 'num', x), el('td', 'num', y), el('td', 'num change', d));
    table.tBodies[0].appendChild(tr);
  };
  const show = (x) => (x === null ? '—' : String(x));
  for (const [key, label] of KEY_FIGURES) row(label, show(a[key]), show(b[key]), change(a[key], b[key]));
  const rates = [['公开率（予以公开与部分公开）', disclosureRate], ['纠正率（复议、诉讼）', correctionRate]];
  for (const [label, rate] of rates) {
    row(label, percent(rate(lastReport)), percent(rate(nowReport)), rateChange(rate(lastReport), rate(nowReport)));
  }
  return table;
}

// This year's paragraphs that hold reused sentences, those sentences marked.
function reusedText(text, passages) {
  const box = el('div', 'reuse-text');
  // It scrolls: a region the keyboard reaches.
  box.tabIndex = 0;
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', '与去年相同的句子（标出）');
  const lineStart = (at) => text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = (at) => {
    const n = text.indexOf('\n', at);
    return n < 0 ? text.length : n;
  };
  let shown = 0;
  let i = 0;
  while (i < passages.length) {
    const start = lineStart(passages[i].offset);
    let end = lineEnd(passages[i].offset + passages[i].length);
    const marks = [];
    while (i < passages.length && passages[i].offset < end) {
      marks.push(passages[i]);
      end = Math.max(end, lineEnd(passages[i].offset + passages[i].length));
      i++;
    }
    if (shown++ >= MAX_PARAGRAPHS) continue;
    const p = el('p');
    let at = start;
    for (const m of marks) {
      if (m.offset > at) p.appendChild(document.createTextNode(text.slice(at, m.offset)));
      p.appendChild(el('mark', 'reused', text.slice(Math.max(at, m.offset), m.offset + m.length)));
      at = Math.max(at, m.offset + m.length);
    }
    if (end > at) p.appendChild(document.createTextNode(text.slice(at, end).replace(/\r$/, '')));
    box.appendChild(p);
  }
  if (shown > MAX_PARAGRAPHS) box.appendChild(el('p', 'muted', `……另有 ${shown - MAX_PARAGRAPHS} 段含沿用的句子未列出`));
  return box;
}

// only: draw just the pair whose this year's report is that index (the single view's).
export function drawYearComparisons(root, batch, only) {
  if (!root) return;
  clear(root);
  if (!batch) return;
  const reports = batch.doc.reports;
  const pairs = pairsOf(reports).filter((p) => only === undefined || p.now === only);
  if (!pairs.length) return;
  root.appendChild(el('h3', '', '今年与去年'));
  for (const { last, now } of pairs) {
    const a = reports[last];
    const b = reports[now];
    const section = el('section', 'year-pair');
    section.dataset.index = String(now);
    section.appendChild(el('h4', '', `${b.body}：${a.year} 年（${batch.names[last]}）与 ${b.year} 年（${batch.names[now]}）`));
    section.appendChild(figuresTable(a, b));
    const u = b.reuse;
    if (u) {
      const share = Math.floor((u.reused * 100) / Math.max(u.sentences, 1));
      section.appendChild(el('p', 'reuse-summary',
        `正文沿用去年：${u.sentences} 句中有 ${u.reused} 句（${share}%）与 ${a.year} 年度报告的相同（数字不计）` +
        (share >= 50 ? '，已达一半，列为问题。' : '。') + (u.reused ? '下面标出这些句子：' : '')));
      const decoded = batch.decoded[now] || {};
      const text = typeof b.text === 'string' ? b.text : decoded.text || '';
      if (u.passages && u.passages.length && text) section.appendChild(reusedText(text, u.passages));
    }
    root.appendChild(section);
  }
}
