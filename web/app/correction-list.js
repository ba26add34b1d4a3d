// The correction list (整改清单) of one report, in the reviewer's words: what the print and
// the CSV send to the department that wrote the report. An item is a finding to correct:
// an error, and a 提醒 when the reviewer includes them; never a 提示 (it is about how the
// page read the text), never a sum a suggested fix explains (the fix is the one number to
// change), never a finding the reviewer decided 无需修改 (accepted). A 提醒 the reviewer
// confirmed (需修改) is listed whatever the choice.

import { reportTitle, sectionOf } from './report-facts.js';
import { ruleName } from './rule-names.js';
import { isExplained, reasonsOf, SEVERITY_RANK } from './severity.js';

// decisionOf(report, finding): {decision: 'confirmed'|'accepted', comment} or null (open).
// opts: {warnings: include the open 提醒}.
export function correctionItems(report, opts, decisionOf) {
  const chosen = [];
  for (const f of report.findings) {
    if (isExplained(f) || f.severity === 'info') continue;
    const d = decisionOf(report, f) || null;
    if (d && d.decision === 'accepted') continue;
    const confirmed = Boolean(d && d.decision === 'confirmed');
    if (f.severity === 'warning' && !opts.warnings && !confirmed) continue;
    chosen.push({ f, d, s: sectionOf(report, f.offset) });
  }
  // In the order of the report: a department corrects it from the top down.
  chosen.sort((a, b) => (a.s.order - b.s.order) || (a.f.offset - b.f.offset) ||
    (SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity]));
  return chosen.map((x, i) => ({
    n: i + 1,
    severity: x.f.severity,
    place: x.f.place,
    problem: ruleName(x.f.rule),
    demand: demandOf(x.f, report.findings),
    comment: (x.d && x.d.comment) || '',
    rule: x.f.rule,
  }));
}

// What to change: the finding's message, with the broken sums a fix mends as its reasons.
function demandOf(f, findings) {
  const reasons = reasonsOf(f, findings).map((r) => r.message);
  return reasons.length ? f.message + '\n原因：' + reasons.join('；') : f.message;
}

// The list's title: 关于《<the report's own title>》的审核意见.
export function listTitle(report, text) {
  return `关于《${reportTitle(report, text)}》的审核意见`;
}

// A date as an official document writes it: 2026年12月3日.
export function chineseDate(date) {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

// A day picked in a date field (2027-01-15) as 2027年1月15日.
export function chineseDay(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : iso;
}
