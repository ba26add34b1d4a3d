// The printed check report (A4, see @media print in style.css): what was checked, the
// verdict, every finding in a table grouped by section, and the report's tables with the
// failing cells tinted; or, while the batch summary is shown, the summary of all reports.
// Kept up to date with the page so that printing needs no extra step.

import { BATCH_COLUMNS } from './batch.js';
import { clear, el } from './dom.js';
import { cellNames, formatLabel, sectionOf, verdictOf } from './report-facts.js';
import { isExplained, reasonsOf, REVIEW_LABEL, SEVERITY_LABEL, SEVERITY_RANK, toReview } from './severity.js';
import { createTableView } from './tableview.js';

// handlers.shown() says what to print: {report (null for none), source, batchRows (null
// unless the batch summary is shown), batchTitle}. Several changes in a row are drawn once,
// shortly after; the browser's beforeprint asks for it at once (now).
export function createPrintView(root, handlers) {
  let pending = false;
  function now() {
    pending = false;
    renderPrint(root, handlers.shown());
  }
  return {
    schedule() {
      if (pending) return;
      pending = true;
      setTimeout(now, 50);
    },
    now,
  };
}

// The report's tables, as the table view draws them, with no finding active.
function drawTables(root, report) {
  const tables = createTableView({ root, tip: el('div') }, { pick() {}, active: () => null });
  tables.render(report, report.findings, null);
}

function renderPrint(root, opts) {
  clear(root);
  const head = el('header', 'print-head');
  head.append(el('h1', '', '政府信息公开工作年度报告检查结果'),
    el('p', 'print-when', '检查时间：' + new Date().toLocaleString('zh-CN', { hour12: false }) + ' · gkcheck 本机检查'));
  root.appendChild(head);

  if (opts.batchRows) {
    root.appendChild(el('p', 'print-verdict', opts.batchTitle));
    const table = el('table', 'print-findings');
    const tr = el('tr');
    for (const c of BATCH_COLUMNS) tr.appendChild(el('th', '', c.label));
    table.appendChild(el('thead')).appendChild(tr);
    const body = el('tbody');
    for (const r of opts.batchRows) {
      const row = el('tr');
      row.append(el('td', '', r.name), el('td', '', r.body || '未识别'), el('td', '', r.year || '—'),
        el('td', '', r.format ? formatLabel(r.format) : '未识别'), el('td', '', r.errors),
        el('td', '', r.warnings), el('td', 'verdict-cell ' + r.cls, r.verdict));
      body.appendChild(row);
    }
    table.appendChild(body);
    root.appendChild(table);
    if (opts.batchCharts) root.appendChild(opts.batchCharts);
    return;
  }

  const report = opts.report;
  if (!report) return;
  const facts = el('dl', 'print-facts');
  const add = (k, v) => {
    const d = el('div');
    d.append(el('dt', '', k), el('dd', '', v));
    facts.appendChild(d);
  };
  add('报告', opts.source);
  add('发布机关', report.body || '未识别');
  add('年度', report.year ? `${report.year} 年` : '未识别');
  add('格式', formatLabel(report.format));
  add('成文日期', report.date || '未识别');
  root.appendChild(facts);
  const v = verdictOf(report);
  const verdict = el('p', 'print-verdict ' + v.cls, '结论：' + v.text + (v.n.info ? `，另有 ${v.n.info} 条提示` : ''));
  root.appendChild(verdict);

  if (report.findings.length) {
    root.appendChild(el('h2', '', '问题清单'));
    const table = el('table', 'print-findings');
    const hr = el('tr');
    for (const h of ['序号', '严重程度', '位置', '说明', '应为', '实为']) hr.appendChild(el('th', '', h));
    table.appendChild(el('thead')).appendChild(hr);
    const body = el('tbody');
    // A sum a fix explains is printed under the fix, as its reason.
    const items = report.findings.filter((f) => !isExplained(f)).map((f) => ({ f, s: sectionOf(report, f.offset) }));
    items.sort((a, b) => (a.s.order - b.s.order) ||
      (SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity]) || (a.f.offset - b.f.offset));
    let section = null;
    items.forEach((x, i) => {
      if (x.s.key !== section) {
        section = x.s.key;
        const sr = el('tr', 'print-section');
        const td = el('td', '', x.s.title);
        td.colSpan = 6;
        sr.appendChild(td);
        body.appendChild(sr);
      }
      const f = x.f;
      const row = el('tr');
      row.dataset.severity = f.severity;
      const names = cellNames(report, f.cell);
      const where = `第 ${f.line} 行第 ${f.column} 列` + (names ? `\n${[names.table, names.row, names.column].filter(Boolean).join(' · ')}` : '');
      const msg = el('td', 'msg');
      msg.append(el('span', '', f.message), el('span', 'rule', f.rule));
      for (const r of reasonsOf(f, report.findings)) {
        const reason = el('span', 'reasons', '原因：' + r.message);
        reason.appendChild(el('span', 'rule', r.rule));
        msg.appendChild(reason);
      }
      const sev = SEVERITY_LABEL[f.severity] + (toReview(f) ? `\n${REVIEW_LABEL}` : '');
      row.append(el('td', 'num', i + 1), el('td', 'sev', sev), el('td', 'where', where), msg,
        el('td', 'num', f.expected), el('td', 'num', f.actual));
      body.appendChild(row);
    });
    table.appendChild(body);
    root.appendChild(table);
  }
  if (report.tables && report.tables.some((t) => t.found)) {
    root.appendChild(el('h2', '', '表格核对'));
    const grids = el('div', 'print-grids');
    root.appendChild(grids);
    drawTables(grids, report);
  }
  root.appendChild(el('p', 'print-foot', '本结果由 gkcheck 在本机浏览器中生成，报告文本未发送到任何地方。' +
    '规则说明见 gkcheck 页面中的“规则说明”。'));
}
