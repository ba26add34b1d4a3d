// Two bar charts of the batch, drawn as SVG by the page (no package): the findings by rule
// across all reports, and the errors per report. Each is an image with a title and a
// description for assistive tools, and the figures also as a table (visually hidden on
// screen); colours and text are set on the elements, so the charts print as shown.

import { isAccepted } from './decisions.js';
import { clear, el } from './dom.js';
import { ruleName } from './rule-names.js';
import { isExplained, SEVERITY_RANK } from './severity.js';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = { error: '#b3261e', warning: '#b86e00', info: '#1558a6' };
const MAX_BARS = 20;
const WIDTH = 720;
const LABEL = 300;  // the labels' column
const ROW = 22;

function svgEl(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const k of Object.keys(attrs || {})) node.setAttribute(k, String(attrs[k]));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

// A label cut to fit its column (about 13 px a Chinese character at 12 px).
const fit = (s) => (s.length > 22 ? s.slice(0, 21) + '…' : s);

// bars: [{label, value, colour}], largest first. Returns the <figure>.
function barChart(id, title, desc, unit, bars) {
  const figure = el('figure', 'chart');
  figure.id = id;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 8;
  const svg = svgEl('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`, 'font-size': 12, 'font-family': 'sans-serif' });
  svg.append(svgEl('title', { id: `${id}-title` }, title), svgEl('desc', { id: `${id}-desc` }, desc));
  bars.forEach((b, i) => {
    const y = i * ROW + 4;
    const w = Math.max(b.value ? 2 : 0, Math.round(((WIDTH - LABEL - 60) * b.value) / max));
    const g = svgEl('g', { class: 'bar' });
    g.append(
      svgEl('text', { x: LABEL - 8, y: y + 14, 'text-anchor': 'end', fill: '#222' }, fit(b.label)),
      svgEl('rect', { x: LABEL, y: y + 3, width: w, height: ROW - 8, fill: b.colour }),
      svgEl('text', { x: LABEL + w + 6, y: y + 14, fill: '#222' }, b.value));
    g.firstChild.appendChild(svgEl('title', {}, b.label));
    svg.appendChild(g);
  });
  figure.append(el('figcaption', '', title), svg);
  // The same figures as a table, for screen readers and copying.
  const table = el('table', 'visually-hidden');
  const caption = el('caption', '', title);
  const head = el('tr');
  head.append(el('th', '', '项目'), el('th', '', unit));
  table.append(caption, head);
  for (const b of bars) {
    const tr = el('tr');
    tr.append(el('td', '', b.label), el('td', '', b.value));
    table.appendChild(tr);
  }
  figure.appendChild(table);
  return figure;
}

// rows: the summary's rows in their shown order.
export function drawBatchCharts(root, batch, rows) {
  if (!root) return;
  clear(root);
  if (!batch || !batch.doc.reports.length) return;
  const byRule = new Map();
  for (const r of batch.doc.reports) {
    for (const f of r.findings) {
      if (isExplained(f) || isAccepted(r, f)) continue;
      const x = byRule.get(f.rule) || { rule: f.rule, value: 0, severity: f.severity };
      x.value += f.summarised || 1;
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[x.severity]) x.severity = f.severity;
      byRule.set(f.rule, x);
    }
  }
  const rules = Array.from(byRule.values()).sort((a, b) => b.value - a.value || a.rule.localeCompare(b.rule));
  root.appendChild(el('h3', '', '图表'));
  if (rules.length) {
    const shown = rules.slice(0, MAX_BARS);
    const more = rules.length > shown.length ? `（只画出最多的 ${shown.length} 条规则，共 ${rules.length} 条）` : '';
    root.appendChild(barChart('chart-rules', '各规则的问题数（全部报告）',
      `${rules.length} 条规则共发现 ${rules.reduce((n, x) => n + x.value, 0)} 处问题；最多的是“${ruleName(rules[0].rule)}”，${rules[0].value} 处。${more}`,
      '问题数', shown.map((x) => ({ label: ruleName(x.rule), value: x.value, colour: COLOURS[x.severity] }))));
  }
  const reports = rows.slice().sort((a, b) => b.errors - a.errors || a.index - b.index).slice(0, MAX_BARS * 2);
  const worst = reports[0];
  root.appendChild(barChart('chart-errors', '每份报告的错误数',
    `${rows.length} 份报告中 ${rows.filter((r) => r.errors).length} 份有错误` +
    (worst && worst.errors ? `；最多的是 ${worst.name}，${worst.errors} 处。` : '。'),
    '错误数', reports.map((r) => ({ label: r.body ? `${r.body} ${r.year || ''}`.trim() : r.name, value: r.errors, colour: COLOURS.error }))));
}
