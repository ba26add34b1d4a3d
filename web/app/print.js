// What the page prints (A4 sheets, see sheets.js and .print-report in style.css): the
// correction list (整改清单) of the report shown, as an attachment to an official reply;
// while the batch summary is shown, the summary of all reports; and, asked for by
// printLists(), the lists of several reports, each on sheets of its own. Kept up to date
// with the page so that printing needs no extra step.

import { BATCH_COLUMNS } from './batch.js';
import { chineseDate, chineseDay, correctionItems, listTitle } from './correction-list.js';
import { clear, el } from './dom.js';
import { formatLabel } from './report-facts.js';
import { createDocument, paginate } from './sheets.js';
import { createTableView } from './tableview.js';

// handlers.shown() says what to print: {report (null for none), text, batchRows (null
// unless the batch summary is shown), batchTitle, batchCharts (the charts' element or null)}; handlers.settings() the reviewer's
// settings (storage.js listSettings); handlers.decisionOf(report, finding) the reviewer's
// decision on a finding or null. Several changes in a row are drawn once, shortly after; the
// browser's beforeprint asks for it at once (now).
export function createPrintView(root, handlers) {
  let pending = false;
  let job = null;       // [{report, text}]: the lists printLists() asked for, until printed
  let pageTitle = null; // the page's own title while a job names the printed file
  function now() {
    pending = false;
    const settings = handlers.settings();
    if (job) renderLists(root, job, settings, handlers.decisionOf);
    else renderShown(root, handlers.shown(), settings, handlers.decisionOf);
  }
  window.addEventListener('afterprint', () => {
    if (!job) return;
    job = null;
    document.title = pageTitle;
    now();
  });
  return {
    schedule() {
      if (pending || job) return;
      pending = true;
      setTimeout(now, 50);
    },
    now,
    // Prints these reports' lists (one report, or the whole batch): the browser's file name
    // for a saved PDF is the document's title, so it is the list's while printing.
    printLists(lists) {
      if (!job) pageTitle = document.title;
      job = lists;
      now();
      document.title = lists.length === 1 ? listTitle(lists[0].report, lists[0].text) : `整改清单（${lists.length} 份报告）`;
      window.print();
    },
  };
}

function renderShown(root, shown, settings, decisionOf) {
  if (shown.batchRows) {
    clear(root);
    paginate(root, [summaryDoc(shown.batchTitle, shown.batchRows, shown.batchCharts)]);
  } else {
    renderLists(root, shown.report ? [{ report: shown.report, text: shown.text }] : [], settings, decisionOf);
  }
}

function renderLists(root, lists, settings, decisionOf) {
  clear(root);
  const today = chineseDate(new Date());
  paginate(root, lists.map((x) => listDoc(x.report, x.text, settings, decisionOf, today)));
}

// A <table> with fixed columns (so its pieces on several sheets line up) and a head.
function fixedTable(cls, columns) {
  const table = el('table', cls);
  const group = el('colgroup');
  const tr = el('tr');
  for (const c of columns) {
    const col = el('col');
    if (c.width) col.style.width = c.width;
    group.appendChild(col);
    tr.appendChild(el('th', '', c.label));
  }
  table.append(group, el('thead'));
  table.tHead.appendChild(tr);
  return table;
}

// One report's correction list: title, whom it concerns, the items, the reviewer's block
// and, when asked for, the redrawn tables as an appendix.
function listDoc(report, text, settings, decisionOf, today) {
  const doc = createDocument();
  const items = correctionItems(report, settings, decisionOf);
  const head = el('header', 'list-head');
  head.appendChild(el('h1', '', listTitle(report, text)));
  if (report.body) head.appendChild(el('p', 'list-to', report.body + '：'));
  head.appendChild(el('p', 'list-lead', items.length
    ? `经审核，该报告有以下 ${items.length} 处需要修改，请按修改要求逐项修改。`
    : '经审核，该报告未发现需要修改的问题。'));
  doc.block(head, items.length > 0);

  if (items.length) {
    const comments = items.some((x) => x.comment);
    const columns = [{ label: '序号', width: '9%' }, { label: '位置', width: comments ? '19%' : '22%' },
      { label: '问题', width: comments ? '19%' : '22%' }, { label: '修改要求' }];
    if (comments) columns.push({ label: '审核意见', width: '18%' });
    const table = fixedTable('list-table', columns);
    const rows = items.map((x) => {
      const tr = el('tr');
      tr.dataset.severity = x.severity;
      const problem = el('td', 'problem', x.problem);
      if (x.severity === 'warning') problem.appendChild(el('span', 'list-note', '（提醒）'));
      tr.append(el('td', 'num', x.n), el('td', 'place', x.place), problem, el('td', 'demand', x.demand));
      if (comments) tr.appendChild(el('td', 'comment', x.comment));
      return tr;
    });
    doc.table(table, rows);
  }

  const sign = el('div', 'list-sign');
  if (settings.deadline) sign.appendChild(el('p', 'list-deadline', `整改时限：请于${chineseDay(settings.deadline)}前完成整改，并重新报送修改后的报告。`));
  const who = el('div', 'list-who');
  who.append(el('p', '', '审核单位：' + (settings.unit || '')), el('p', '', '审核人：' + (settings.reviewer || '')),
    el('p', 'list-date', today));
  sign.appendChild(who);
  doc.block(sign);

  if (settings.tables && report.tables && report.tables.some((t) => t.found)) {
    doc.block(el('h2', 'list-appendix', '附：报告中的表格（按格式重绘，有问题的单元格着色）'), true);
    const grids = el('div');
    const tables = createTableView({ root: grids, tip: el('div') }, { pick() {}, active: () => null });
    tables.render(report, report.findings, null);
    for (const block of Array.from(grids.children)) doc.block(block);
  }
  return doc;
}

// The batch summary: one row per report, then the batch's charts when there are any.
function summaryDoc(title, rows, charts) {
  const doc = createDocument();
  const head = el('header', 'list-head');
  head.append(el('h1', '', '政府信息公开工作年度报告审核汇总'), el('p', 'list-lead', title));
  doc.block(head, true);
  const table = fixedTable('list-table', BATCH_COLUMNS.map((c) => ({ label: c.label })));
  doc.table(table, rows.map((r) => {
    const tr = el('tr');
    tr.append(el('td', '', r.name), el('td', '', r.body || '未识别'), el('td', '', r.year || '—'),
      el('td', '', r.format ? formatLabel(r.format) : '未识别'), el('td', 'num', r.errors),
      el('td', 'num', r.warnings), el('td', 'verdict-cell ' + r.cls, r.verdict));
    return tr;
  }));
  if (charts) doc.block(charts);
  doc.block(el('p', 'list-date', chineseDate(new Date())));
  return doc;
}
