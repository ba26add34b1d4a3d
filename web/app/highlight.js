// Paints findings behind the textarea: the backdrop repeats the text with a <mark> over
// each finding's [offset, offset+length), tinted and wavy-underlined by severity. Built
// from text nodes only, never from HTML.

// Splits the text at every range edge so overlapping findings share one mark per stretch.
// `findings` are the ones shown (filters applied); `indexOf` gives a finding's list index.
function paintBackdrop(target, text, findings, active, indexOf) {
  const ranges = [];
  const clamp = (n) => Math.max(0, Math.min(text.length, n));
  findings.forEach((f) => {
    const start = clamp(f.offset);
    const end = clamp(f.offset + Math.max(f.length, 1)); // an empty span still gets a visible mark
    if (end > start) ranges.push({ start, end, finding: f, index: indexOf(f) });
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

  // One sweep over the cuts: ranges join the open set at their start and leave it at
  // their end, so thousands of findings (a huge paste) stay linear.
  const frag = document.createDocumentFragment();
  const byStart = ranges.slice().sort((a, b) => a.start - b.start);
  let next = 0;
  let open = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    const piece = text.slice(a, b);
    while (next < byStart.length && byStart[next].start <= a) open.push(byStart[next++]);
    open = open.filter((r) => r.end > a);
    const over = open; // every open range covers [a, b): no range edge lies inside it
    if (over.length === 0) {
      frag.appendChild(document.createTextNode(piece));
      continue;
    }
    frag.appendChild(makeMark(piece, a, over, active));
  }
  // A textarea shows an empty last line after a final "\n"; a div needs one more to match.
  frag.appendChild(document.createTextNode('\n'));
  clear(target).appendChild(frag);
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
    if (rules.indexOf(r.finding.rule) < 0) rules.push(r.finding.rule);
    if ((SEVERITY_RANK[r.finding.severity] || 0) > SEVERITY_RANK[severity]) severity = r.finding.severity;
  }
  mark.dataset.rule = rules.join(' ');
  mark.dataset.severity = severity;
  mark.dataset.index = hits.map((r) => r.index).join(' ');
  if (active && hits.some((r) => r.finding === active)) mark.classList.add('active');
  return mark;
}
