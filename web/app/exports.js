// Exports: the correction lists (整改清单) as CSV (UTF-8 with a BOM and CRLF, which WPS and
// Excel open with the Chinese intact) and the checker's JSON exactly as the worker returned
// it, saved as files named after the report.

import { correctionItems } from './correction-list.js';
import { el } from './dom.js';
import { reportTitle } from './report-facts.js';
import { SEVERITY_LABEL } from './severity.js';

// One row per item of a list, as print.js prints it; the rule's id last, for whoever reads
// the rule pages or the JSON.
const CSV_COLUMNS = ['单位', '报告', '序号', '严重程度', '位置', '问题', '修改建议', '审核意见', '规则'];

function csvField(value) {
  let s = value === undefined || value === null ? '' : String(value);
  // A text starting like a formula would run as one in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

// lists: [{report, text}]; settings and decisionOf as correctionItems takes them.
function listsCsv(lists, settings, decisionOf) {
  const lines = [CSV_COLUMNS.join(',')];
  for (const { report, text } of lists) {
    const title = reportTitle(report, text);
    for (const x of correctionItems(report, settings, decisionOf)) {
      const row = [report.body || '', title, x.n, SEVERITY_LABEL[x.severity], x.place, x.problem, x.demand, x.comment, x.rule];
      lines.push(row.map(csvField).join(','));
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

export function exportCsv(lists, base, settings, decisionOf) {
  download(base + '-整改清单.csv', 'text/csv;charset=utf-8', [listsCsv(lists, settings, decisionOf)]);
}

export function exportJson(doc, base) {
  download(base + '-检查结果.json', 'application/json;charset=utf-8', [JSON.stringify(doc, null, 2) + '\n']);
}
