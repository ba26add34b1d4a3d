// Exports: the findings as CSV (UTF-8 with a BOM and CRLF, which WPS and Excel open with
// the Chinese intact) and the checker's JSON exactly as the worker returned it, saved as
// files named after the report.

import { el } from './dom.js';
import { cellNames, sectionOf } from './report-facts.js';
import { REVIEW_LABEL, SEVERITY_LABEL, toReview } from './severity.js';

// Every finding, the sums a fix explains too: 更正编号 links them to their fix (the same
// number on the fix and on each sum it explains); 确定性 is 确定 or 待核实.
const CSV_COLUMNS = ['文件', '发布机关', '年度', '格式', '严重程度', '规则', '部分', '行', '列',
  '表格', '表格行', '表格列', '应为', '实为', '说明', '确定性', '更正编号'];

function csvField(value, isText) {
  let s = value === undefined || value === null ? '' : String(value);
  // A text starting like a formula would run as one in a spreadsheet.
  if (isText && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function findingsCsv(doc) {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of doc.reports) {
    for (const f of r.findings) {
      const names = cellNames(r, f.cell) || { table: '', row: '', column: '' };
      const row = [
        [r.file, true], [r.body, true], [r.year, false], [r.format, false],
        [SEVERITY_LABEL[f.severity] || f.severity, false], [f.rule, false],
        [sectionOf(r, f.offset).title, true], [f.line, false], [f.column, false],
        [names.table, true], [names.row, true], [names.column, true],
        [f.expected, false], [f.actual, false], [f.message, true],
        [toReview(f) ? REVIEW_LABEL : '确定', false], [f.fix, false],
      ];
      lines.push(row.map((x) => csvField(x[0], x[1])).join(','));
    }
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

// The name of the exported files: the report's file name without folder and extension.
export function fileBase(name) {
  return String(name || 'gkcheck').replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'gkcheck';
}

// Saves text as a file: a Blob URL clicked as a download link, nothing leaves the machine.
export function download(name, type, parts) {
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

export function exportCsv(doc, base) {
  download(base + '-检查结果.csv', 'text/csv;charset=utf-8', [findingsCsv(doc)]);
}

export function exportJson(doc, base) {
  download(base + '-检查结果.json', 'application/json;charset=utf-8', [JSON.stringify(doc, null, 2) + '\n']);
}
