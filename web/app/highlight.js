// Paints findings behind the textarea: the backdrop repeats the text with a <mark> over
// each finding's [offset, offset+length), tinted and wavy-underlined by severity. Built
// from text nodes only, never from HTML.
//
// The backdrop holds the text in blocks of whole lines (<div>s: a line wraps the same in a
// block of its own as in the textarea, which breaks lines only within a line). A repaint
// builds only the blocks whose text or marks' extent changed and leaves the others in
// place, updating their marks' attributes (severity, rules, active: paint only), so a
// check of a long report lays out again the few blocks that got marks, not the whole text.

import { clear } from './dom.js';
import { SEVERITY_RANK } from './severity.js';

// Block boundaries depend only on the lines around them (a block ends after a line whose
// sample hash says so, once it is BLOCK_MIN long, and at the latest at BLOCK_MAX), so an
// edit changes the blocks it falls in and not every block after it.
const BLOCK_MIN = 256;  // UTF-16 code units
const BLOCK_MAX = 2048;

const backdrops = new WeakMap(); // backdrop element -> blocks drawn: [{ key, node, marks, start, lines }]

// [start, end) of each block of `full` (which ends with "\n"); ends are just after a "\n".
function lineBlocks(full) {
  const bounds = [];
  let start = 0;
  let at = 0;
  while (at < full.length) {
    let end = full.indexOf('\n', at) + 1;
    if (end === 0) end = full.length;
    const len = end - at;
    const hash = (len * 31 + full.charCodeAt(at) * 7 + full.charCodeAt(at + (len >> 1)) * 3 + (full.charCodeAt(end - 2) || 0)) | 0;
    at = end;
    if ((end - start >= BLOCK_MIN && hash % 7 === 0) || end - start >= BLOCK_MAX || end === full.length) {
      bounds.push(start, end);
      start = end;
    }
  }
  return bounds;
}

// The marked stretches: the text split at every range edge so that overlapping findings
// share one mark per stretch; each carries what its <mark> shows.
// `findings` are the ones shown (filters applied); `indexOf` gives a finding's list index.
function markPieces(text, findings, active, indexOf) {
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
  if (ranges.length === 0) return [];

  const edges = new Set();
  for (const r of ranges) { edges.add(r.start); edges.add(r.end); }
  const cuts = Array.from(edges).sort((a, b) => a - b);

  // One sweep over the cuts: ranges join the open set at their start and leave it at
  // their end, so thousands of findings (a huge paste) stay linear.
  const pieces = [];
  const byStart = ranges.sort((a, b) => a.start - b.start);
  let next = 0;
  let open = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    while (next < byStart.length && byStart[next].start <= a) open.push(byStart[next++]);
    if (open.length) open = open.filter((r) => r.end > a);
    // every open range covers [a, b): no range edge lies inside it
    if (open.length) pieces.push(describe(a, cuts[i + 1], open, active));
  }
  return pieces;
}

function describe(start, end, over, active) {
  const piece = { start, end, cls: 'related', rule: '', severity: '', index: '' };
  const hits = over.filter((r) => r.finding);
  if (hits.length === 0) return piece;
  const rules = [];
  let severity = 'info';
  for (const r of hits) {
    if (rules.indexOf(r.finding.rule) < 0) rules.push(r.finding.rule);
    if ((SEVERITY_RANK[r.finding.severity] || 0) > SEVERITY_RANK[severity]) severity = r.finding.severity;
  }
  piece.cls = active && hits.some((r) => r.finding === active) ? 'active' : '';
  piece.rule = rules.join(' ');
  piece.severity = severity;
  piece.index = hits.map((r) => r.index).join(' ');
  return piece;
}

// Writes a mark's attributes; `was` is what it showed before (null for a new mark).
function setMark(mark, p, offset, length, was) {
  if (!was || was.offset !== offset) mark.dataset.offset = String(offset);
  if (!was) mark.dataset.length = String(length);
  if (!was || was.cls !== p.cls) mark.className = p.cls;
  if (!was || was.rule !== p.rule) {
    if (p.rule) mark.dataset.rule = p.rule;
    else delete mark.dataset.rule;
  }
  if (!was || was.severity !== p.severity) {
    if (p.severity) mark.dataset.severity = p.severity;
    else delete mark.dataset.severity;
  }
  if (!was || was.index !== p.index) {
    if (p.index) mark.dataset.index = p.index;
    else delete mark.dataset.index;
  }
}

function buildBlock(full, start, end, marks) {
  const node = document.createElement('div');
  let at = start;
  for (const m of marks) {
    if (m.start > at) node.appendChild(document.createTextNode(full.slice(at, m.start)));
    const mark = document.createElement('mark');
    mark.textContent = full.slice(m.start, m.end);
    setMark(mark, m.piece, m.start, m.end - m.start, null);
    node.appendChild(mark);
    at = m.end;
  }
  if (end > at) node.appendChild(document.createTextNode(full.slice(at, end)));
  return node;
}

export function paintBackdrop(target, text, findings, active, indexOf) {
  // A textarea shows an empty last line after a final "\n"; a div needs one more to match.
  const full = text + '\n';
  const bounds = lineBlocks(full);
  const pieces = markPieces(text, findings, active, indexOf);

  // The new blocks, each with its marks (a piece across a block's end is cut there) and a
  // key of what decides its layout: its text and where its marks start and end.
  const blocks = [];
  let p = 0;
  for (let b = 0; b < bounds.length; b += 2) {
    const start = bounds[b];
    const end = bounds[b + 1];
    const marks = [];
    let shape = '';
    while (p < pieces.length && pieces[p].start < end) {
      const piece = pieces[p];
      const ms = Math.max(piece.start, start);
      const me = Math.min(piece.end, end);
      marks.push({ start: ms, end: me, piece });
      shape += (ms - start) + ',' + (me - ms) + ';';
      if (piece.end > end) break; // goes on in the next block
      p++;
    }
    blocks.push({ start, end, marks, key: shape + '|' + full.slice(start, end) });
  }

  // Keep the old blocks that come back unchanged, in order (matching never moves a node);
  // the rest are removed, and new ones inserted where they belong.
  let old = backdrops.get(target);
  if (!old || old.length !== target.childNodes.length || (old.length && old[0].node.parentNode !== target)) {
    clear(target);
    old = [];
  }
  const byKey = new Map(); // key -> { at: next candidate, list: old indices in order }
  old.forEach((o, i) => {
    const same = byKey.get(o.key);
    if (same) same.list.push(i); else byKey.set(o.key, { at: 0, list: [i] });
  });
  const keep = new Array(old.length).fill(false);
  const match = new Array(blocks.length).fill(-1);
  let last = -1;
  blocks.forEach((nb, i) => {
    const same = byKey.get(nb.key);
    if (!same) return;
    while (same.at < same.list.length && same.list[same.at] <= last) same.at++;
    if (same.at === same.list.length) return;
    last = same.list[same.at++];
    match[i] = last;
    keep[last] = true;
  });
  old.forEach((o, i) => { if (!keep[i]) target.removeChild(o.node); });

  const drawn = [];
  let frag = null;
  const flush = (before) => {
    if (frag) target.insertBefore(frag, before);
    frag = null;
  };
  blocks.forEach((nb, i) => {
    const shown = nb.marks.map((m) => ({
      offset: m.start, cls: m.piece.cls, rule: m.piece.rule, severity: m.piece.severity, index: m.piece.index,
    }));
    if (match[i] >= 0) {
      const o = old[match[i]];
      flush(o.node);
      const els = o.node.getElementsByTagName('mark');
      nb.marks.forEach((m, k) => setMark(els[k], m.piece, m.start, m.end - m.start, o.marks[k]));
      drawn.push({ key: nb.key, node: o.node, marks: shown, start: nb.start, lines: o.lines });
      return;
    }
    const node = buildBlock(full, nb.start, nb.end, nb.marks);
    if (!frag) frag = document.createDocumentFragment();
    frag.appendChild(node);
    let lines = 0; // the block's "\n"s: the lines it holds
    for (let nl = full.indexOf('\n', nb.start); nl >= 0 && nl < nb.end; nl = full.indexOf('\n', nl + 1)) lines++;
    drawn.push({ key: nb.key, node, marks: shown, start: nb.start, lines });
  });
  flush(null);
  backdrops.set(target, drawn);
}

// The blocks drawn in `target`, in text order: each {node, start, lines} (start: its first
// character's offset in the text; lines: how many lines it holds), for the line numbers
// (gutter.js).
export function backdropBlocks(target) {
  return backdrops.get(target) || [];
}
