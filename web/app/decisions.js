// The reviewer's decisions on findings: 需修改 (confirmed: the finding stands) or 无需修改
// (accepted, or a false alarm: it leaves the counts, the verdict and the print), with an
// optional 审核意见. Kept in this browser's localStorage (never sent), as one decisions file
// (the format the CLI's --decisions reads), by the report's key and the finding's key, which
// the core makes stable across a reload, a re-check, an edit elsewhere in the text and a
// corrected re-submission. Exported and imported whole; an import merges.

import { reasonsOf } from './severity.js';

const STORE_KEY = 'gkcheck.decisions';
export const DECISION_LABEL = { confirmed: '需修改', accepted: '无需修改' };

function emptyFile() {
  return { gkcheck: 'decisions', version: 1, reports: {} };
}

function load() {
  try {
    const saved = JSON.parse(window.localStorage.getItem(STORE_KEY) || 'null');
    return isDecisionsFile(saved) ? saved : emptyFile();
  } catch (err) {
    return emptyFile();
  }
}

function isDecisionsFile(x) {
  return Boolean(x && x.gkcheck === 'decisions' && x.version === 1 && x.reports && typeof x.reports === 'object');
}

// The report's identity for decisions (a finding's is its own "key").
const reportKey = (report) => (report && report.key) || '';

let file = load();
const listeners = [];

// quiet: a comment typed changes no count, so the views are not drawn again under the caret.
function save(quiet) {
  try {
    window.localStorage.setItem(STORE_KEY, JSON.stringify(file));
  } catch (err) {
    // quota exceeded: the decisions stay for this visit only
  }
  if (!quiet) for (const fn of listeners) fn();
}

// An object's own member (a key such as "constructor" finds nothing of its prototype's).
const own = (o, k) => (o && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

// {decision, comment} or null (open, 待定).
export function decisionOf(report, finding) {
  const r = own(file.reports, reportKey(report));
  const d = r && own(r.findings, finding.key);
  return d && DECISION_LABEL[d.decision] ? { decision: d.decision, comment: d.comment || '' } : null;
}

export const isAccepted = (report, f) => {
  const d = decisionOf(report, f);
  return Boolean(d && d.decision === 'accepted');
};

// The report as the counts and the verdict see it: without the findings marked 无需修改.
export function withoutAccepted(report) {
  if (!report) return report;
  const kept = report.findings.filter((f) => !isAccepted(report, f));
  return kept.length === report.findings.length ? report : Object.assign({}, report, { findings: kept });
}

// How many of a report's items (what the counts count: not the sums a fix explains) are
// open, confirmed and accepted.
export function decisionCounts(report, counted) {
  const n = { open: 0, confirmed: 0, accepted: 0 };
  for (const f of report.findings) {
    if (!counted(f)) continue;
    const d = decisionOf(report, f);
    n[d ? d.decision : 'open']++;
  }
  return n;
}

// A decision on a fix is one on the sums it explains too: the CLI and the print see those
// sums as findings of their own.
const decidedTogether = (report, finding) => [finding].concat(reasonsOf(finding, report.findings));

// decision: 'confirmed', 'accepted' or null (back to open, which forgets the comment too).
export function decide(report, finding, decision) {
  const rk = reportKey(report);
  if (rk in Object.prototype) return;  // a file named "__proto__" or the like: not kept
  const r = own(file.reports, rk) || { title: reportTitle(report), findings: {} };
  for (const f of decidedTogether(report, finding)) {
    const before = own(r.findings, f.key);
    if (!decision) delete r.findings[f.key];
    else r.findings[f.key] = { decision, comment: before ? before.comment : '', rule: f.rule, place: f.place || '' };
  }
  if (Object.keys(r.findings).length) file.reports[rk] = r;
  else delete file.reports[rk];
  save();
}

// The 审核意见 of a decided finding (and of the sums it explains).
export function comment(report, finding, text) {
  const r = own(file.reports, reportKey(report));
  if (!r) return;
  for (const f of decidedTogether(report, finding)) if (own(r.findings, f.key)) r.findings[f.key].comment = text;
  save(true);
}

function reportTitle(report) {
  if (report.body && report.year) return `${report.body}${report.year}年政府信息公开工作年度报告`;
  return String(report.file || '报告').replace(/^.*[\\/]/, '');
}

export const decisionsFile = () => JSON.parse(JSON.stringify(file));

// Merges a decisions file read from disk; resolves to what it held ({reports, findings}),
// or throws an Error saying why it is not one.
export function importDecisions(text) {
  let data;
  try {
    data = JSON.parse(String(text).replace(/^\ufeff/, ''));
  } catch (err) {
    throw new Error('不是 JSON 文件');
  }
  if (!isDecisionsFile(data)) throw new Error('不是 gkcheck 的审核意见文件（版本 1）');
  const n = { reports: 0, findings: 0 };
  // "__proto__" is no report's or finding's key: left out, as are the others an object's
  // prototype answers to.
  const ownKey = (k) => !(k in Object.prototype);
  for (const rk of Object.keys(data.reports).filter(ownKey)) {
    const from = data.reports[rk];
    if (!from || typeof from.findings !== 'object' || !from.findings) continue;
    const into = own(file.reports, rk) || { title: from.title || rk, findings: {} };
    let any = false;
    for (const fk of Object.keys(from.findings).filter(ownKey)) {
      const d = from.findings[fk];
      if (!d || !DECISION_LABEL[d.decision]) continue;
      into.findings[fk] = { decision: d.decision, comment: String(d.comment || ''), rule: String(d.rule || ''), place: String(d.place || '') };
      n.findings++;
      any = true;
    }
    if (any) {
      file.reports[rk] = into;
      n.reports++;
    }
  }
  save();
  return n;
}

export function clearDecisions() {
  file = emptyFile();
  save();
}

// fn() runs after every change (a decision, an import, a clear).
export function onDecisionsChanged(fn) {
  listeners.push(fn);
}
