// Paints findings behind the textarea: the backdrop repeats the text with a <mark> over
// each finding's [offset, offset+length). Built from text nodes only, never from HTML.

const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };

// Splits the text at every range edge so overlapping findings share one mark per stretch.
function paintBackdrop(target, text, findings, active) {
  const ranges = [];
  const clamp = (n) => Math.max(0, Math.min(text.length, n));
  findings.forEach((f, index) => {
    const start = clamp(f.offset);
    const end = clamp(f.offset + Math.max(f.length, 1)); // an empty span still gets a visible mark
    if (end > start) ranges.push({ start, end, finding: f, index });
  });
  if (active) {
    for (const r of active.related || []) {
      const start = clamp(r.offset);
      const end = clamp(r.offset + Math.max(r.length, 1));
      if (end > start) ranges.push({ start, end, finding: null, index: -1 });
    }
  }

  const edges = new Set([0, text.length]);
  for (const r of ranges) { edges.add(r.start); edges.add(r.end); }
  const cuts = Array.from(edges).sort((a, b) => a - b);

  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    const piece = text.slice(a, b);
    const over = ranges.filter((r) => r.start <= a && r.end >= b);
    if (over.length === 0) {
      frag.appendChild(document.createTextNode(piece));
      continue;
    }
    frag.appendChild(makeMark(piece, a, over, active));
  }
  // A textarea shows an empty last line after a final "\n"; a div needs one more to match.
  frag.appendChild(document.createTextNode('\n'));
  target.replaceChildren(frag);
}

function makeMark(piece, offset, over, active) {
  const mark = document.createElement('mark');
  mark.textContent = piece;
  mark.dataset.offset = String(offset);
  mark.dataset.length = String(piece.length);
  const hits = over.filter((r) => r.finding);
  if (hits.length === 0) {
    mark.className = 'related';
    return mark;
  }
  const rules = [];
  let severity = 'info';
  for (const r of hits) {
    if (!rules.includes(r.finding.rule)) rules.push(r.finding.rule);
    if ((SEVERITY_RANK[r.finding.severity] || 0) > SEVERITY_RANK[severity]) severity = r.finding.severity;
  }
  mark.dataset.rule = rules.join(' ');
  mark.dataset.severity = severity;
  mark.dataset.index = hits.map((r) => r.index).join(' ');
  if (active && hits.some((r) => r.finding === active)) mark.classList.add('active');
  return mark;
}
