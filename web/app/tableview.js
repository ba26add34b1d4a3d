// The table view: the report's tables drawn as the official grid (表二 as one grid of its
// 第二十条 blocks, 表三 with its nested row labels, 表四 with its grouped columns), holding
// the values as written. Cells with findings are tinted by severity; hovering or focusing
// one shows the failed identity and outlines the cells it adds up.

import { clear, el } from './dom.js';
import { SEVERITY_LABEL, SEVERITY_RANK } from './severity.js';
import { sectionHeading } from './report-facts.js';

const TABLE_DECOR = {
  applications: { corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', over: '申请人情况' },
};

const keyOf = (table, row, column) => `${table}|${row || ''}|${column || ''}`;

export function createTableView(ui, handlers) {
  let byKey = {};       // cell key -> findings on it
  let cellByOffset = {};
  let tableFindings = {};

  // Column header rows from "group·subgroup" + label, merging equal neighbours. Labels sit
  // on the last header row; a column with fewer group levels stretches its last group down
  // (表四's 行政复议 beside 行政诉讼 › 未经复议直接起诉), or its label up (表三's 自然人).
  function headerRows(columns) {
    const levels = columns.map((c) => (c.group ? c.group.split('·') : []).concat([c.label]));
    const depth = Math.max.apply(null, levels.map((l) => l.length).concat([1]));
    const rows = [];
    for (let r = 0; r < depth; r++) rows.push([]);
    levels.forEach((l, i) => {
      const k = l.length;
      l.forEach((text, j) => {
        const last = j === k - 1;
        let start = j;
        let span = 1;
        if (last) { start = k === 1 ? 0 : depth - 1; span = k === 1 ? depth : 1; }
        else if (j === k - 2) span = depth - k + 1;
        const prefix = l.slice(0, j + 1).join('·');
        const row = rows[start];
        const prev = row[row.length - 1];
        if (!last && prev && !prev.last && prev.prefix === prefix && prev.end === i - 1 && prev.rowspan === span) {
          prev.span++;
          prev.end = i;
          return;
        }
        row.push({ text, span: 1, rowspan: span, last, prefix, end: i });
      });
    });
    return rows;
  }

  // Which rows get a line of their own, and which are group labels spanning their items.
  function layoutRows(rows) {
    const children = {};
    for (const r of rows) if (r.parent) (children[r.parent] = children[r.parent] || []).push(r);
    const hasCells = (r) => r.cells && r.cells.length > 0;
    const isGroup = (r) => children[r.id] && !(hasCells(r) && !children[r.id].some(hasCells));
    const depthOf = (r) => {
      let d = 0;
      for (let p = r.parent; p; p = (rows.find((x) => x.id === p) || {}).parent) d++;
      return d;
    };
    const shown = [];
    const walk = (r, ancestors) => {
      if (isGroup(r)) {
        const group = { row: r, span: 0, first: null };
        for (const c of children[r.id]) walk(c, ancestors.concat([group]));
        if (group.span === 0) shown.push({ row: r, depth: depthOf(r), groups: [] }); // no items at all
        return;
      }
      const line = { row: r, depth: depthOf(r), groups: [] };
      for (const g of ancestors) {
        g.span++;
        if (!g.first) { g.first = line; line.groups.push(g); }
      }
      shown.push(line);
    };
    for (const r of rows) if (!r.parent) walk(r, []);
    const labelCols = rows.every((r) => !r.label) ? 0 : 1 + Math.max.apply(null, shown.map((l) => l.depth).concat([0]));
    return { shown, labelCols };
  }

  function severityOf(list) {
    let best = null;
    for (const f of list) if (!best || SEVERITY_RANK[f.severity] > SEVERITY_RANK[best]) best = f.severity;
    return best;
  }

  function flag(node, list) {
    if (!list || !list.length) return;
    node.classList.add('bad');
    node.dataset.severity = severityOf(list);
    node.tabIndex = 0;
  }

  function valueCell(table, row, column, cell) {
    const td = el('td', 'cell', cell ? cell.text : '');
    td.dataset.table = table.id;
    td.dataset.row = row.id;
    td.dataset.column = column.id;
    if (cell) {
      td.dataset.offset = String(cell.offset);
      td.dataset.length = String(cell.length);
      if (cell.kind !== 'number') td.classList.add('nonnum');
      cellByOffset[cell.offset] = td;
    } else {
      td.classList.add('absent');
    }
    flag(td, byKey[keyOf(table.id, row.id, column.id)]);
    return td;
  }

  function labelCell(table, row, colspan, rowspan) {
    const th = el('th', 'label', row.label || '');
    th.scope = 'row';
    if (colspan > 1) th.colSpan = colspan;
    if (rowspan > 1) th.rowSpan = rowspan;
    th.dataset.table = table.id;
    th.dataset.row = row.id;
    th.dataset.column = '';
    if (!row.found && !(row.cells && row.cells.length)) {
      th.classList.add('missing');
      th.title = '报告中未找到此行';
    }
    if (row.at) th.dataset.offset = String(row.at.offset);
    flag(th, byKey[keyOf(table.id, row.id, '')]);
    return th;
  }

  // One official table (表三, 表四).
  function drawTable(table) {
    const decor = TABLE_DECOR[table.id] || {};
    const grid = el('table', 'grid');
    grid.dataset.table = table.id;
    const { shown, labelCols } = layoutRows(table.rows);
    const head = el('thead');
    const hrows = headerRows(table.columns);
    const over = decor.over ? 1 : 0;
    hrows.forEach((cells, r) => {
      const tr = el('tr');
      if (r === 0 && labelCols) {
        const corner = el('th', 'corner', decor.corner || '');
        corner.colSpan = labelCols;
        corner.rowSpan = hrows.length + over;
        if (over) {
          const top = el('tr');
          top.appendChild(corner);
          const th = el('th', 'over', decor.over);
          th.colSpan = table.columns.length;
          th.scope = 'colgroup';
          top.appendChild(th);
          head.appendChild(top);
        } else {
          tr.appendChild(corner);
        }
      }
      for (const c of cells) {
        const th = el('th', c.last ? 'col' : 'colgroup', c.text);
        th.scope = c.last ? 'col' : 'colgroup';
        if (c.span > 1) th.colSpan = c.span;
        if (c.rowspan > 1) th.rowSpan = c.rowspan;
        tr.appendChild(th);
      }
      head.appendChild(tr);
    });
    grid.appendChild(head);
    const body = el('tbody');
    for (const line of shown) {
      const tr = el('tr');
      for (const g of line.groups) tr.appendChild(labelCell(table, g.row, 1, g.span));
      if (labelCols) tr.appendChild(labelCell(table, line.row, labelCols - line.depth, 1));
      table.columns.forEach((c, i) => tr.appendChild(valueCell(table, line.row, c, (line.row.cells || [])[i])));
      body.appendChild(tr);
    }
    grid.appendChild(body);
    return grid;
  }

  // 表二: the 第二十条 blocks in one grid, each with its own header row.
  function drawActive(tables) {
    const width = Math.max.apply(null, tables.map((t) => t.columns.length));
    const grid = el('table', 'grid');
    grid.dataset.table = 'active';
    const body = el('tbody');
    for (const t of tables) {
      const cap = el('tr', 'block');
      const th = el('th', 'block-title', t.name);
      th.colSpan = width + 1;
      th.scope = 'colgroup';
      th.dataset.table = t.id;
      flag(th, tableFindings[t.id]);
      cap.appendChild(th);
      const hr = el('tr');
      hr.appendChild(el('th', 'col', '信息内容'));
      t.columns.forEach((c, i) => {
        const h = el('th', 'col', c.label);
        h.scope = 'col';
        if (i === t.columns.length - 1 && t.columns.length < width) h.colSpan = width - t.columns.length + 1;
        hr.appendChild(h);
      });
      body.append(cap, hr);
      for (const r of t.rows) {
        const tr = el('tr');
        tr.appendChild(labelCell(t, r, 1, 1));
        t.columns.forEach((c, i) => {
          const td = valueCell(t, r, c, (r.cells || [])[i]);
          if (i === t.columns.length - 1 && t.columns.length < width) td.colSpan = width - t.columns.length + 1;
          tr.appendChild(td);
        });
        body.appendChild(tr);
      }
    }
    grid.appendChild(body);
    return grid;
  }

  function block(title, tables, grid) {
    const section = el('section', 'grid-block');
    const h = el('h3', '', title);
    section.appendChild(h);
    const missing = tables.filter((t) => !t.found);
    const notes = [];
    for (const t of tables) for (const f of tableFindings[t.id] || []) notes.push(f);
    if (missing.length === tables.length) section.appendChild(el('p', 'muted', '报告中未找到此表。'));
    for (const f of notes) {
      const p = el('p', 'table-note', f.message);
      p.dataset.severity = f.severity;
      section.appendChild(p);
    }
    const wrap = el('div', 'grid-wrap');
    wrap.appendChild(grid);
    section.appendChild(wrap);
    return section;
  }

  function render(report, findings, active) {
    byKey = {};
    cellByOffset = {};
    tableFindings = {};
    for (const f of findings) {
      if (!f.cell) continue;
      if (!f.cell.row) (tableFindings[f.cell.table] = tableFindings[f.cell.table] || []).push(f);
      const k = keyOf(f.cell.table, f.cell.row, f.cell.column);
      (byKey[k] = byKey[k] || []).push(f);
    }
    clear(ui.root);
    const tables = (report && report.tables) || [];
    if (!tables.length || !tables.some((t) => t.found)) {
      ui.root.appendChild(el('p', 'empty', report ? '未识别出报告中的表格。' : '正在检查…'));
      return;
    }
    const active2 = tables.filter((t) => t.section === 2);
    if (active2.length) ui.root.appendChild(block(sectionHeading(report, 2), active2, drawActive(active2)));
    for (const t of tables.filter((x) => x.section !== 2)) {
      ui.root.appendChild(block(sectionHeading(report, t.section), [t], drawTable(t)));
    }
    markActive(active, false);
  }

  function findingsAt(node) {
    if (!node || !node.dataset.table) return [];
    if (node.classList.contains('block-title')) return tableFindings[node.dataset.table] || [];
    return byKey[keyOf(node.dataset.table, node.dataset.row, node.dataset.column)] || [];
  }

  function nodeOf(f) {
    if (!f || !f.cell) return null;
    const sel = f.cell.row
      ? `[data-table="${f.cell.table}"][data-row="${f.cell.row}"][data-column="${f.cell.column || ''}"]`
      : `.block-title[data-table="${f.cell.table}"]`;
    return ui.root.querySelector(sel);
  }

  function markActive(active, reveal) {
    for (const n of ui.root.querySelectorAll('.active, .related')) n.classList.remove('active', 'related');
    const node = nodeOf(active);
    if (!node) return;
    node.classList.add('active');
    for (const r of active.related || []) {
      const td = cellByOffset[r.offset];
      if (td) td.classList.add('related');
    }
    if (reveal) {
      node.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      node.focus({ preventScroll: true });
    }
  }

  // The tooltip: the identities that failed at this cell, with expected and actual.
  let tipNode = null;
  function showTip(node) {
    const list = findingsAt(node);
    tipNode = node;
    if (!list.length) return hideTip();
    clear(ui.tip);
    for (const f of list) {
      const p = el('p', 'tip-line');
      p.dataset.severity = f.severity;
      p.append(el('span', 'sev', SEVERITY_LABEL[f.severity]), el('span', 'msg', f.message));
      ui.tip.appendChild(p);
    }
    ui.tip.hidden = false;
    node.setAttribute('aria-describedby', ui.tip.id);
    const box = node.getBoundingClientRect();
    const tip = ui.tip.getBoundingClientRect();
    const left = Math.max(8, Math.min(window.innerWidth - tip.width - 8, box.left));
    const below = box.bottom + 6 + tip.height < window.innerHeight;
    ui.tip.style.left = left + 'px';
    ui.tip.style.top = (below ? box.bottom + 6 : Math.max(8, box.top - tip.height - 6)) + 'px';
    for (const n of ui.root.querySelectorAll('.hover-related')) n.classList.remove('hover-related');
    for (const f of list) for (const r of f.related || []) {
      const td = cellByOffset[r.offset];
      if (td) td.classList.add('hover-related');
    }
  }
  function hideTip() {
    tipNode = null;
    ui.tip.hidden = true;
    for (const n of ui.root.querySelectorAll('[aria-describedby]')) n.removeAttribute('aria-describedby');
    for (const n of ui.root.querySelectorAll('.hover-related')) n.classList.remove('hover-related');
  }

  const badTarget = (event) => event.target.closest && event.target.closest('.bad');
  ui.root.addEventListener('mouseover', (event) => {
    const node = badTarget(event);
    if (node) showTip(node); else hideTip();
  });
  ui.root.addEventListener('mouseleave', hideTip);
  ui.root.addEventListener('focusin', (event) => { const n = badTarget(event); if (n) showTip(n); });
  ui.root.addEventListener('focusout', hideTip);
  // Scrolling moves the tip along with its cell.
  ui.root.addEventListener('scroll', () => { if (tipNode) showTip(tipNode); }, true);
  ui.root.addEventListener('click', (event) => {
    const node = badTarget(event);
    if (!node) return;
    const list = findingsAt(node);
    // A second click on the same cell moves to its next finding.
    const at = list.indexOf(handlers.active());
    handlers.pick(list[(at + 1) % list.length]);
  });
  ui.root.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const node = badTarget(event);
    if (!node) return;
    event.preventDefault();
    node.click();
  });

  return { render, markActive, hideTip };
}
