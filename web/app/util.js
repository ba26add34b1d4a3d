// Small helpers shared by the views. Every view builds its DOM from text nodes through
// el(): nothing a user pastes or opens is ever parsed as markup.

const SEVERITY_LABEL = { error: '错误', warning: '提醒', info: '提示' };
const SEVERITY_ORDER = ['error', 'warning', 'info'];
const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };

const TABLE_LABEL = {
  applications: '表三',
  reviews: '表四',
};

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// (Element's own replaceChildren needs Chromium 86.)
function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function countBySeverity(findings) {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (n[f.severity] !== undefined) n[f.severity]++;
  return n;
}

function tableLabel(tableId) {
  if (TABLE_LABEL[tableId]) return TABLE_LABEL[tableId];
  return /^active_/.test(tableId) ? '表二' : tableId;
}

// Row and column labels of a finding's cell, from the report's bound tables.
function cellNames(report, cell) {
  if (!cell || !report || !report.tables) return null;
  const table = report.tables.find((t) => t.id === cell.table);
  if (!table) return null;
  const row = table.rows.find((r) => r.id === cell.row);
  const col = table.columns.find((c) => c.id === cell.column);
  return {
    table: tableLabel(table.id),
    row: row ? (row.label || table.name) : '',
    column: col ? (col.group && col.label === '总计' ? col.group.split('·').pop() + '·' : '') + col.label : '',
  };
}

// The section a text offset falls in: {key, title} (sections as the report wrote them).
function sectionOf(report, offset) {
  const sections = (report && report.sections) || [];
  let found = null;
  for (const s of sections) if (s.offset <= offset && (!found || s.offset >= found.offset)) found = s;
  if (found) return { key: 's' + found.number + '@' + found.offset, title: found.heading, order: found.offset };
  return { key: 'head', title: sections.length ? '标题与开头' : '全文', order: -1 };
}

function verdictOf(report) {
  const n = countBySeverity(report.findings);
  if (n.error || n.warning) return { cls: n.error ? 'fail' : 'warn', text: `有 ${n.error} 处错误、${n.warning} 处提醒`, n };
  if (!report.format) return { cls: 'warn', text: '未识别出年度报告的表格', n };
  return { cls: 'pass', text: '通过', n };
}

function formatLabel(format) {
  if (format === '2019') return '2019 年版（试行）';
  return format ? `${format} 年版` : '未识别';
}

function fileBase(name) {
  return String(name || 'gkcheck').replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'gkcheck';
}

// Saves text as a file: a Blob URL clicked as a download link, nothing leaves the machine.
function download(name, type, parts) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = el('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
