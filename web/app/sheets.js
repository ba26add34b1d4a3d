// Printed documents laid out as A4 sheets by the page itself, each with 第 i 页 共 n 页 at its
// foot: Chromium's print counts pages only in @page margin boxes, which came in Chromium 131
// and count the whole print job, while a batch prints one correction list per report,
// each numbered on its own. So the page measures the document's pieces (laid out off screen
// at the sheet's width, with the print styles) and deals them out to sheets of the printed
// page's height; a table split over sheets repeats its head on each.

import { el } from './dom.js';

// Room left unfilled at a sheet's foot, for the small differences between the layout
// measured on screen and the printed one.
const SLACK = 0.96;

// A document to print: a list of pieces in order, each a block element (keepNext: it stays
// on the sheet of the piece after it, as a heading does) or a table whose rows may be dealt
// to several sheets. build() adds them; paginate() deals them to sheets under `root`.
export function createDocument() {
  const units = [];
  return {
    block(node, keepNext) { units.push({ node, keepNext: Boolean(keepNext) }); return node; },
    // table: a <table> with its <colgroup> and <thead>; rows: its body rows in order.
    table(table, rows) {
      rows.forEach((tr, i) => units.push({ node: tr, table, first: i === 0, keepNext: false }));
      if (!rows.length) units.push({ node: table, keepNext: false });
    },
    units,
  };
}

function newSheet(root) {
  const sheet = el('section', 'sheet');
  const body = el('div', 'sheet-body');
  sheet.appendChild(body);
  root.appendChild(sheet);
  return { sheet, body, table: null, tbody: null };
}

// Lays the documents out on sheets in `root` (emptied first by the caller); each document's
// sheets are numbered from 1.
export function paginate(root, docs) {
  root.classList.add('measuring');
  const measured = docs.map((doc) => measure(root, doc));
  root.textContent = '';
  docs.forEach((doc, i) => deal(root, doc, measured[i]));
  root.classList.remove('measuring');
}

// Every unit's height as laid out in one long sheet, the room of a sheet, and the heads of
// the tables (the height a continued table adds).
function measure(root, doc) {
  const m = newSheet(root);
  const room = m.body.getBoundingClientRect().height;
  let tbody = null;
  let shell = null;
  for (const u of doc.units) {
    if (u.table && u.node !== u.table) {
      if (shell !== u.table) {
        shell = u.table;
        tbody = el('tbody');
        shell.appendChild(tbody);
        m.body.appendChild(shell);
      }
      tbody.appendChild(u.node);
    } else {
      shell = null;
      m.body.appendChild(u.node);
    }
  }
  // A mark after the last unit: where the document ends.
  const endMark = m.body.appendChild(el('div'));
  const starts = doc.units.map((u) => ((u.first ? u.table : u.node).getBoundingClientRect().top));
  const end = endMark.getBoundingClientRect().top;
  const heads = new Map();
  for (const u of doc.units) {
    if (u.first && !heads.has(u.table)) {
      const head = u.table.tHead;
      heads.set(u.table, head ? head.getBoundingClientRect().height : 0);
    }
  }
  const heights = starts.map((s, i) => (i + 1 < starts.length ? starts[i + 1] : end) - s);
  m.sheet.remove();
  return { room: room * SLACK, heights, heads };
}

function deal(root, doc, m) {
  const sheets = [];
  let cur = null;
  let used = 0;
  const start = () => {
    cur = newSheet(root);
    sheets.push(cur);
    used = 0;
  };
  start();
  doc.units.forEach((u, i) => {
    const row = u.table && u.node !== u.table;
    const continued = row && cur.table !== u.table;
    let cost = m.heights[i] + (continued && !u.first ? m.heads.get(u.table) || 0 : 0);
    const need = cost + (u.keepNext && i + 1 < doc.units.length ? m.heights[i + 1] : 0);
    if (used > 0 && used + need > m.room) {
      start();
      if (row && !u.first) cost += m.heads.get(u.table) || 0;
    }
    if (row) {
      if (cur.table !== u.table) {
        // The table's shell on this sheet: its columns and head, and a body of its own.
        const shell = u.table.cloneNode(false);
        for (const part of u.table.children) if (part.tagName !== 'TBODY') shell.appendChild(part.cloneNode(true));
        cur.tbody = el('tbody');
        shell.appendChild(cur.tbody);
        cur.body.appendChild(shell);
        cur.table = u.table;
      }
      cur.tbody.appendChild(u.node);
    } else {
      cur.table = null;
      cur.body.appendChild(u.node);
    }
    used += cost;
  });
  sheets.forEach((s, i) => s.sheet.appendChild(el('p', 'sheet-foot', `第 ${i + 1} 页 共 ${sheets.length} 页`)));
}
