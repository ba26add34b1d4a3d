// Keeping finding offsets true to the text between checks.

// After an edit, moves findings behind the edited stretch by the change in length and
// drops those that touch it, so highlights stay on their cells until the next check.
export function shiftFindings(findings, before, after) {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head &&
         before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const editEnd = before.length - tail;
  const delta = after.length - before.length;
  const out = [];
  for (const f of findings) {
    const end = f.offset + f.length;
    if (end <= head) out.push(f);
    else if (f.offset >= editEnd) out.push(moveFinding(f, (o) => o + delta));
    // else: the edit touched it; the next check decides.
  }
  return out;
}

// A copy of f with its own and its related ranges' offsets mapped through fn.
function moveFinding(f, fn) {
  const copy = Object.assign({}, f);
  const end = fn(f.offset + f.length);
  copy.offset = fn(f.offset);
  copy.length = end - copy.offset;
  copy.related = (f.related || []).map((r) => {
    const rEnd = fn(r.offset + r.length);
    const start = fn(r.offset);
    return Object.assign({}, r, { offset: start, length: rEnd - start });
  });
  return copy;
}

// The core counts "\r\n" as two code units but a textarea keeps only "\n": maps offsets
// into `raw` to offsets into its newline-normalised form.
export function crlfMapper(raw) {
  const pairs = [];
  for (let i = raw.indexOf('\r\n'); i !== -1; i = raw.indexOf('\r\n', i + 2)) pairs.push(i);
  return (offset) => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid] < offset) lo = mid + 1; else hi = mid;
    }
    return offset - lo; // one unit less for every "\r\n" that starts before offset
  };
}

// A copy of a report with every place in it (findings, sections, table cells and row
// labels) mapped through fn; used for files whose "\r\n" the textarea turned into "\n".
export function moveReport(report, fn) {
  const place = (p) => {
    if (!p || typeof p.offset !== 'number') return p;
    const end = fn(p.offset + (p.length || 0));
    const start = fn(p.offset);
    return Object.assign({}, p, { offset: start, length: end - start });
  };
  const copy = Object.assign({}, report);
  copy.findings = (report.findings || []).map((f) => moveFinding(f, fn));
  copy.sections = (report.sections || []).map(place);
  copy.tables = (report.tables || []).map((t) => Object.assign({}, t, {
    rows: t.rows.map((r) => Object.assign({}, r, { at: place(r.at), cells: (r.cells || []).map(place) })),
  }));
  return copy;
}
