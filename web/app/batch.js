// Many reports at once: one row per report (file, body, year, format, main problem,
// errors, warnings, the reviewer's open / confirmed / accepted decisions, 可发布 / 需修改,
// the rates evaluators read), sortable by any column (counts worst first); a row opens its
// report. The cross-report findings (cross.*) are listed under the table, with the share of
// each report's text that is last year's when it stayed below a finding; then the charts
// and, for a body's two consecutive years, the years side by side.

import { drawBatchCharts } from './batch-charts.js';
import { decisionCounts, withoutAccepted } from './decisions.js';
import { clear, el } from './dom.js';
import { formatLabel } from './report-facts.js';
import { correctionRate, disclosureRate, percent } from './report-figures.js';
import { ruleName } from './rule-names.js';
import { countBySeverity, isExplained } from './severity.js';
import { drawYearComparisons } from './year-compare.js';

// The summary's columns. worst: the direction a first click sorts (-1: largest first).
// BATCH_COLUMNS, the first seven, are what the print shows.
const SUMMARY_COLUMNS = [
  { key: 'name', label: '文件', type: 'text', worst: 1 },
  { key: 'body', label: '发布机关', type: 'text', worst: 1 },
  { key: 'year', label: '年度', type: 'number', worst: 1 },
  { key: 'format', label: '格式', type: 'text', worst: 1 },
  { key: 'errors', label: '错误', type: 'number', worst: -1 },
  { key: 'warnings', label: '提醒', type: 'number', worst: -1 },
  { key: 'verdict', label: '结论', type: 'rank', worst: -1 },
  { key: 'problem', label: '主要问题', type: 'text', worst: 1 },
  { key: 'open', label: '待定', type: 'number', worst: -1, title: '尚未决定的问题' },
  { key: 'confirmed', label: '需修改', type: 'number', worst: -1, title: '已标记需修改的问题' },
  { key: 'accepted', label: '无需修改', type: 'number', worst: -1, title: '已标记无需修改的问题（不计入错误、提醒）' },
  { key: 'disclosure', label: '公开率', type: 'number', worst: 1, title: '表三中予以公开与部分公开占办理结果总计的比例' },
  { key: 'correction', label: '纠正率', type: 'number', worst: -1, title: '表四中行政复议、行政诉讼结果纠正占总计的比例' },
];
export const BATCH_COLUMNS = SUMMARY_COLUMNS.slice(0, 7);

const counted = (f) => !isExplained(f);

// The report's title: the first line that names a report, near the top of its text.
function titleOf(text) {
  const lines = String(text || '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 12);
  const title = lines.find((l) => /报告/.test(l) && l.length <= 60) || '';
  return title.replace(/^[#\s]+/, '');
}

export function batchRows(batch) {
  return batch.doc.reports.map((r, index) => {
    const shown = withoutAccepted(r);
    const n = countBySeverity(shown.findings);
    const d = decisionCounts(r, counted);
    const unreadable = batch.decoded[index] && batch.decoded[index].binary;
    const firstError = shown.findings.find((f) => f.severity === 'error' && counted(f));
    const text = typeof r.text === 'string' ? r.text : batch.decoded[index] && batch.decoded[index].text;
    const fix = unreadable || n.error > 0 || d.confirmed > 0;
    return {
      index,
      name: batch.names[index],
      body: r.body || '',
      title: r.body ? '' : titleOf(text),
      year: r.year || null,
      format: r.format || '',
      problem: firstError ? ruleName(firstError.rule) : '',
      errors: n.error,
      warnings: n.warning,
      open: d.open,
      confirmed: d.confirmed,
      accepted: d.accepted,
      disclosure: disclosureRate(r),
      correction: correctionRate(r),
      verdict: unreadable ? '无法读取' : (fix ? '需修改' : '可发布'),
      rank: unreadable ? 2 : (fix ? 1 : 0),
      cls: fix ? 'fail' : 'pass',
    };
  });
}

export function createBatchView(ui, handlers) {
  const sort = { key: 'name', dir: 1 };
  let batch = null;

  // Rows without a value (no year, no table to take a rate from, no error) go last either way.
  function compare(a, b) {
    const col = SUMMARY_COLUMNS.find((c) => c.key === sort.key);
    const x = col.type === 'rank' ? a.rank : a[sort.key];
    const y = col.type === 'rank' ? b.rank : b[sort.key];
    let d;
    if (col.type !== 'text') {
      if (x === null || y === null) return (x === null) - (y === null) || a.index - b.index;
      d = x - y;
    } else {
      const p = String(x || a.title || '');
      const q = String(y || b.title || '');
      if (!p || !q) return (!p) - (!q) || a.index - b.index; // no main problem, no body: last
      d = p.localeCompare(q, 'zh-CN', { numeric: true });
    }
    return d * sort.dir || a.index - b.index;
  }

  function render(next) {
    batch = next;
    clear(ui.head);
    clear(ui.body);
    clear(ui.cross);
    if (!batch) {
      drawBatchCharts(ui.charts, null, []);
      drawYearComparisons(ui.years, null);
      return;
    }
    const rows = batchRows(batch).sort(compare);
    const n = { errors: 0, warnings: 0, pass: 0 };
    for (const r of rows) {
      n.errors += r.errors;
      n.warnings += r.warnings;
      if (r.cls === 'pass') n.pass++;
    }
    ui.title.textContent = `批量检查：${rows.length} 份报告，${n.pass} 份可发布，共 ${n.errors} 处错误、${n.warnings} 处提醒`;

    const tr = el('tr');
    for (const c of SUMMARY_COLUMNS) {
      const th = el('th');
      th.scope = 'col';
      if (c.type === 'number') th.className = 'num';
      const b = el('button', 'sort', c.label);
      b.type = 'button';
      b.dataset.key = c.key;
      if (c.title) b.title = c.title;
      th.setAttribute('aria-sort', sort.key === c.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
      th.appendChild(b);
      tr.appendChild(th);
    }
    if (handlers.rowTools) tr.appendChild(el('th', '', '整改清单'));
    ui.head.appendChild(tr);

    for (const r of rows) {
      const row = el('tr', 'report-row');
      row.dataset.index = String(r.index);
      if (batch.open === r.index) row.classList.add('current');
      const nameCell = el('td', 'name');
      const open = el('button', 'open', r.name);
      open.type = 'button';
      open.title = '打开这份报告';
      nameCell.appendChild(open);
      const body = el('td', r.body ? '' : 'from-title', r.body || r.title || '未识别');
      if (!r.body && r.title) body.title = '报告未落款，取自报告标题';
      row.append(nameCell, body,
        el('td', 'num', r.year ? String(r.year) : '—'),
        el('td', '', r.format ? formatLabel(r.format) : '未识别'),
        el('td', 'num' + (r.errors ? ' has-error' : ''), String(r.errors)),
        el('td', 'num' + (r.warnings ? ' has-warning' : ''), String(r.warnings)),
        el('td', 'verdict-cell ' + r.cls, r.verdict),
        el('td', 'problem', r.problem || '—'),
        el('td', 'num', String(r.open)),
        el('td', 'num' + (r.confirmed ? ' has-error' : ''), String(r.confirmed)),
        el('td', 'num', String(r.accepted)),
        el('td', 'num', percent(r.disclosure)),
        el('td', 'num', percent(r.correction)));
      if (handlers.rowTools) row.appendChild(handlers.rowTools(r.index, r.name));
      ui.body.appendChild(row);
    }
    drawBatchCharts(ui.charts, batch, rows);
    drawYearComparisons(ui.years, batch);

    const cross = [];
    const shares = [];  // reports with last year's beside them whose reuse stayed below one half
    batch.doc.reports.forEach((r, index) => {
      for (const f of r.findings) if (/^cross\./.test(f.rule)) cross.push({ f, index });
      if (r.reuse && !r.findings.some((f) => f.rule === 'cross.text-reuse')) shares.push({ r, index });
    });
    ui.cross.appendChild(el('h3', '', '跨年度核对'));
    if (!cross.length && !shares.length) {
      ui.cross.appendChild(el('p', 'muted', '没有同一机关相邻两个年度的报告。（同一发布机关相邻两年的报告同时拖入时，' +
        '核对结转数、现行有效件数和正文沿用去年的比例。）'));
      return;
    }
    if (!cross.length) ui.cross.appendChild(el('p', 'muted', '相邻两个年度的报告之间没有发现不符。'));
    const list = el('ul', 'cross-list');
    list.setAttribute('role', 'list');
    for (const c of cross) {
      const li = el('li');
      const b = el('button', 'cross-item');
      b.type = 'button';
      b.dataset.index = String(c.index);
      b.dataset.offset = String(c.f.offset);
      b.dataset.severity = c.f.severity;
      b.append(el('span', 'file', batch.names[c.index]), el('span', 'msg', c.f.message));
      li.appendChild(b);
      list.appendChild(li);
    }
    // Below one half the share is no finding, but a reviewer still reads it.
    for (const { r, index } of shares) {
      const u = r.reuse;
      const percent = Math.floor((u.reused * 100) / Math.max(u.sentences, 1));
      const li = el('li', 'reuse-share');
      li.append(el('span', 'file', batch.names[index]),
        el('span', 'msg', `正文 ${u.sentences} 句中有 ${u.reused} 句（${percent}%）与 ${u.last_file} 中 ${u.last_year} 年度报告的相同（数字不计）`));
      list.appendChild(li);
    }
    ui.cross.appendChild(list);
  }

  ui.head.addEventListener('click', (event) => {
    const b = event.target.closest('button.sort');
    if (!b) return;
    if (sort.key === b.dataset.key) sort.dir = -sort.dir;
    else { sort.key = b.dataset.key; sort.dir = SUMMARY_COLUMNS.find((c) => c.key === sort.key).worst; }
    render(batch);
    const again = ui.head.querySelector(`button[data-key="${sort.key}"]`);
    if (again) again.focus();
  });
  ui.body.addEventListener('click', (event) => {
    const row = event.target.closest('tr.report-row');
    if (row) handlers.open(Number(row.dataset.index), null);
  });
  ui.cross.addEventListener('click', (event) => {
    const b = event.target.closest('button.cross-item');
    if (b) handlers.open(Number(b.dataset.index), Number(b.dataset.offset));
  });

  // The charts as drawn, for the print (ids left out: the page keeps its own).
  function charts() {
    const copy = ui.charts.cloneNode(true);
    copy.removeAttribute('id');
    for (const node of copy.querySelectorAll('[id]')) node.removeAttribute('id');
    return copy;
  }

  return { render, rows: () => (batch ? batchRows(batch).sort(compare) : []), title: () => ui.title.textContent, charts };
}
