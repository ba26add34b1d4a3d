// Many reports at once: one row per report (file, body, year, format, errors, warnings,
// verdict), sortable by any column; a row opens its report. The cross-report findings
// (cross.*) are listed under the table, with the share of each report's text that is last
// year's when it stayed below a finding.

import { clear, el } from './dom.js';
import { formatLabel, verdictOf } from './report-facts.js';
import { countBySeverity } from './severity.js';

export const BATCH_COLUMNS = [
  { key: 'name', label: '文件', type: 'text' },
  { key: 'body', label: '发布机关', type: 'text' },
  { key: 'year', label: '年度', type: 'number' },
  { key: 'format', label: '格式', type: 'text' },
  { key: 'errors', label: '错误', type: 'number' },
  { key: 'warnings', label: '提醒', type: 'number' },
  { key: 'verdict', label: '结论', type: 'text' },
];

export function batchRows(batch) {
  return batch.doc.reports.map((r, index) => {
    const n = countBySeverity(r.findings);
    const unreadable = batch.decoded[index] && batch.decoded[index].binary;
    const v = verdictOf(r);
    return {
      index,
      name: batch.names[index],
      body: r.body || '',
      year: r.year || null,
      format: r.format || '',
      errors: n.error,
      warnings: n.warning,
      verdict: unreadable ? '无法读取' : (v.cls === 'pass' ? '通过' : (n.error ? '有错误' : (n.warning ? '有提醒' : v.text))),
      cls: unreadable ? 'fail' : v.cls,
    };
  });
}

export function createBatchView(ui, handlers) {
  const sort = { key: 'name', dir: 1 };
  let batch = null;

  function compare(a, b) {
    const col = BATCH_COLUMNS.find((c) => c.key === sort.key);
    let x = a[sort.key];
    let y = b[sort.key];
    let d;
    if (col.type === 'number') d = (x === null ? -Infinity : x) - (y === null ? -Infinity : y);
    else d = String(x).localeCompare(String(y), 'zh-CN', { numeric: true });
    return d * sort.dir || a.index - b.index;
  }

  function render(next) {
    batch = next;
    clear(ui.head);
    clear(ui.body);
    clear(ui.cross);
    if (!batch) return;
    const rows = batchRows(batch).sort(compare);
    const n = { errors: 0, warnings: 0, pass: 0 };
    for (const r of rows) {
      n.errors += r.errors;
      n.warnings += r.warnings;
      if (r.cls === 'pass') n.pass++;
    }
    ui.title.textContent = `批量检查：${rows.length} 份报告，${n.pass} 份通过，共 ${n.errors} 处错误、${n.warnings} 处提醒`;

    const tr = el('tr');
    for (const c of BATCH_COLUMNS) {
      const th = el('th');
      th.scope = 'col';
      if (c.type === 'number') th.className = 'num';
      const b = el('button', 'sort', c.label);
      b.type = 'button';
      b.dataset.key = c.key;
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
      row.append(nameCell,
        el('td', '', r.body || '未识别'),
        el('td', 'num', r.year ? String(r.year) : '—'),
        el('td', '', r.format ? formatLabel(r.format) : '未识别'),
        el('td', 'num' + (r.errors ? ' has-error' : ''), String(r.errors)),
        el('td', 'num' + (r.warnings ? ' has-warning' : ''), String(r.warnings)));
      const verdict = el('td', 'verdict-cell ' + r.cls, r.verdict);
      row.appendChild(verdict);
      if (handlers.rowTools) row.appendChild(handlers.rowTools(r.index, r.name));
      ui.body.appendChild(row);
    }

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
    else { sort.key = b.dataset.key; sort.dir = 1; }
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

  return { render, rows: () => (batch ? batchRows(batch).sort(compare) : []), title: () => ui.title.textContent };
}
