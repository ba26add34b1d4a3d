// What several views say about a checked report (one entry of the JSON "reports"): its
// verdict, its format's name, its title and the section a finding sits in (where a finding
// is, in a user's words, is the core's "place"; its rule's name is in rule-names.js).

import { countBySeverity } from './severity.js';
// Each format's section titles by number, from the format files (core/formats/*.json,
// "sections"), provided by scripts/build-web.mjs: a new format file needs no change here.
import SECTION_TITLES from 'gkcheck:section-titles';

const NUMERALS = '一二三四五六七八九十';
const NEWEST_FORMAT = Object.keys(SECTION_TITLES).sort().pop();

// "二、主动公开政府信息情况": section n's heading as the report's format words it (the newest
// format's when the format is not known).
export function sectionHeading(report, n) {
  const titles = SECTION_TITLES[(report && report.format) || NEWEST_FORMAT] || {};
  return `${NUMERALS[n - 1] || n}、${titles[n] || ''}`;
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

// A title line: it names the report (…政府信息公开…报告) and is no longer than a title is.
const TITLE_LINE = /政府信息公开.*报告$/;
const TITLE_MAX = 60;

// The report's own title as it heads the text (e.g. 淮安市人民政府2024年政府信息公开工作年度报告),
// the line before joined when the title is split over two (the body's name, then the year's
// title); without one, the body and the year.
export function reportTitle(report, text) {
  const sections = (report && report.sections) || [];
  const head = String(text || '').slice(0, sections.length ? sections[0].offset : 3000);
  const lines = head.split('\n').map((l) => l.replace(/^\[bookmark:[^\]]*\]/, '').replace(/^#+/, '')
    .replace(/\s+/g, (sp, at, l) => (/[0-9A-Za-z]/.test(l[at - 1] || '') && /[0-9A-Za-z]/.test(l[at + sp.length] || '') ? ' ' : '')))
    .filter(Boolean);
  // The last title line before the first section: a web page's own heading comes after its
  // page title and metadata.
  let at = -1;
  lines.forEach((l, i) => { if (l.length <= TITLE_MAX && TITLE_LINE.test(l)) at = i; });
  const body = report && report.body;
  const year = report && report.year;
  if (at >= 0) {
    let title = lines[at];
    const before = at > 0 ? lines[at - 1] : '';
    const headless = /^[0-9０-９一二〇○]{4}|^(政府信息|年度)/.test(title);
    if (headless && before && before.length <= 30 && !/[，。：；、,.:;]/.test(before)) title = before + title;
    else if (headless && body) title = body + title;
    if (/\d{4}/.test(title) || !year) return title;
  }
  return `${body || ''}${year ? year + '年' : ''}政府信息公开工作年度报告`;
}
