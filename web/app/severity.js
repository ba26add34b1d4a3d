// The three severities of a finding: their names on the page, their order and rank.

export const SEVERITY_LABEL = { error: '错误', warning: '提醒', info: '提示' };
export const SEVERITY_ORDER = ['error', 'warning', 'info'];
export const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };

export function countBySeverity(findings) {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (n[f.severity] !== undefined) n[f.severity]++;
  return n;
}
