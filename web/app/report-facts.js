// What several views say about a checked report (one entry of the JSON "reports"): its
// verdict, its format's name, the section a finding sits in and the names of its cell.

import { countBySeverity } from './severity.js';
// The tables' short names (表二, 表三…) by table id, from the format files
// (core/formats/*.json, "short_name"), provided by scripts/build-web.mjs: a new format
// file needs no change here.
import TABLE_SHORT_NAMES from 'gkcheck:table-short-names';
// Each format's section titles by number, from the same files ("sections").
import SECTION_TITLES from 'gkcheck:section-titles';

const NUMERALS = '一二三四五六七八九十';
const NEWEST_FORMAT = Object.keys(SECTION_TITLES).sort().pop();

// "二、主动公开政府信息情况": section n's heading as the report's format words it (the newest
// format's when the format is not known).
export function sectionHeading(report, n) {
  const titles = SECTION_TITLES[(report && report.format) || NEWEST_FORMAT] || {};
  return `${NUMERALS[n - 1] || n}、${titles[n] || ''}`;
}

// Row and column labels of a finding's cell, from the report's bound tables.
export function cellNames(report, cell) {
  if (!cell || !report || !report.tables) return null;
  const table = report.tables.find((t) => t.id === cell.table);
  if (!table) return null;
  const row = table.rows.find((r) => r.id === cell.row);
  const col = table.columns.find((c) => c.id === cell.column);
  return {
    table: TABLE_SHORT_NAMES[table.id] || table.id,
    row: row ? (row.label || table.name) : '',
    column: col ? (col.group && col.label === '总计' ? col.group.split('·').pop() + '·' : '') + col.label : '',
  };
}

// The section a text offset falls in: {key, title} (sections as the report wrote them).
export function sectionOf(report, offset) {
  const sections = (report && report.sections) || [];
  let found = null;
  for (const s of sections) if (s.offset <= offset && (!found || s.offset >= found.offset)) found = s;
  if (found) return { key: 's' + found.number + '@' + found.offset, title: found.heading, order: found.offset };
  return { key: 'head', title: sections.length ? '标题与开头' : '全文', order: -1 };
}

// 需修改 N 个数字 when suggested fixes explain broken sums (each fix is one number to change,
// whatever the sums it mends), then the other errors and the warnings.
export function verdictOf(report) {
  const n = countBySeverity(report.findings);
  const others = n.error - n.fixes;
  if (n.fixes) {
    const rest = [others ? `${others} 处错误` : '', n.warning ? `${n.warning} 处提醒` : ''].filter(Boolean).join('、');
    return { cls: 'fail', text: `需修改 ${n.fixes} 个数字` + (rest ? `，另有 ${rest}` : ''), n };
  }
  if (n.error || n.warning) return { cls: n.error ? 'fail' : 'warn', text: `有 ${n.error} 处错误、${n.warning} 处提醒`, n };
  if (!report.format) return { cls: 'warn', text: '未识别出年度报告的表格', n };
  return { cls: 'pass', text: '通过', n };
}

export function formatLabel(format) {
  if (format === '2019') return '2019 年版（试行）';
  return format ? `${format} 年版` : '未识别';
}
