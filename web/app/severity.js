// The three severities of a finding: their names on the page, their order and rank; what
// counts as one item (a suggested fix stands for the broken sums it explains, a summary for
// the findings it stands for), and the mark of a finding to review.

export const SEVERITY_LABEL = { error: '错误', warning: '提醒', info: '提示' };
export const SEVERITY_ORDER = ['error', 'warning', 'info'];
export const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
export const REVIEW_LABEL = '待核实';

// A broken sum that a suggested fix explains: shown folded under the fix, not on its own.
export const isExplained = (f) => f.fix !== undefined && f.explains === undefined;
export const isFix = (f) => f.explains !== undefined;
export const toReview = (f) => f.certainty === 'review';
// The sums fix `f` explains, found by its id ("fix"), not by the indices in "explains": the
// page drops and moves findings an edit touches until the next check.
export const reasonsOf = (f, findings) => (isFix(f) ? findings.filter((r) => isExplained(r) && r.fix === f.fix) : []);

// Items by severity, and `fixes`, the numbers to change.
export function countBySeverity(findings) {
  const n = { error: 0, warning: 0, info: 0, fixes: 0 };
  for (const f of findings) {
    if (n[f.severity] === undefined || isExplained(f)) continue;
    n[f.severity] += f.summarised || 1;
    if (isFix(f)) n.fixes++;
  }
  return n;
}
