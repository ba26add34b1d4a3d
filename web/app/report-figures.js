// The figures evaluators read off a report's tables (the JSON's bound tables, by the
// format files' row and column ids, the same in both formats): applications received and
// carried over, 予以公开 and 部分公开, reviews and suits with their 纠正 outcomes, and the
// shares made of them.

// A cell's number, or null when the table, row or cell was not read as a number.
export function cellValue(report, tableId, rowId, columnId) {
  const table = report && report.tables && report.tables.find((t) => t.id === tableId && t.found);
  if (!table) return null;
  const row = table.rows.find((r) => r.id === rowId);
  const at = table.columns.findIndex((c) => c.id === columnId);
  const cell = row && at >= 0 && row.cells ? row.cells[at] : null;
  return cell && typeof cell.value === 'number' ? cell.value : null;
}

const sum = (...xs) => (xs.some((x) => x === null) ? null : xs.reduce((a, b) => a + b, 0));

// The key figures by name; each a number or null.
export function keyFigures(report) {
  const app = (row) => cellValue(report, 'applications', row, 'total');
  const rev = (column) => cellValue(report, 'reviews', 'counts', column);
  return {
    received: app('received'),
    carriedIn: app('carried_in'),
    disclosed: app('disclosed'),
    partly: app('partly_disclosed'),
    results: app('results_total'),
    carriedOut: app('carried_out'),
    reviews: rev('review_total'),
    reviewsCorrected: rev('review_corrected'),
    suits: sum(rev('direct_suit_total'), rev('suit_after_review_total')),
    suitsCorrected: sum(rev('direct_suit_corrected'), rev('suit_after_review_corrected')),
  };
}

// The figures side by side, in the order shown, with their Chinese names.
export const KEY_FIGURES = [
  ['received', '本年新收申请'],
  ['carriedIn', '上年结转申请'],
  ['disclosed', '予以公开'],
  ['partly', '部分公开'],
  ['results', '办理结果总计'],
  ['carriedOut', '结转下年度'],
  ['reviews', '行政复议'],
  ['reviewsCorrected', '行政复议结果纠正'],
  ['suits', '行政诉讼'],
  ['suitsCorrected', '行政诉讼结果纠正'],
];

const share = (part, whole) => (part === null || whole === null || whole === 0 ? null : part / whole);

// Share of 予以公开 and 部分公开 among 表三's results (（七）总计).
export function disclosureRate(report) {
  const k = keyFigures(report);
  return share(sum(k.disclosed, k.partly), k.results);
}

// Share of 纠正 among 表四's reviews and suits.
export function correctionRate(report) {
  const k = keyFigures(report);
  return share(sum(k.reviewsCorrected, k.suitsCorrected), sum(k.reviews, k.suits));
}

export const percent = (x) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);
