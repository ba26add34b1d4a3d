// The page's entry point: finds the page's elements, makes the views and the controller,
// and hands the user's actions to the controller. scripts/build-web.mjs bundles this file
// and what it imports into one classic script.

import { createAttachView } from './attach.js';
import { createBatchNav } from './batch-nav.js';
import { createBatchView } from './batch.js';
import { createController } from './controller.js';
import { decorateFinding } from './decision-controls.js';
import { decisionOf, isAccepted } from './decisions.js';
import { createDocsViewer } from './docs.js';
import { createEditor } from './editor.js';
import { filesFromInput } from './files.js';
import { createFindingsView } from './findings.js';
import { createListDialog, listTools } from './list-dialog.js';
import { createNoticeView } from './notice.js';
import { createPdfProgress } from './pdf-progress.js';
import { createPdfView } from './pdf-view.js';
import { createPrintView } from './print.js';
import { createStatusView } from './status.js';
import { createTableView } from './tableview.js';
import { createTabsView } from './tabs.js';
import { createVerdictView } from './verdict.js';

const $ = (id) => document.getElementById(id);

const ui = {
  text: $('text'),
  editor: $('editor'),
  backdrop: $('backdrop'),
  backdropText: $('backdrop-text'),
  gutter: $('gutter'),
  dropHint: $('drop-hint'),
  fileInput: $('file-input'),
  folderInput: $('folder-input'),
};

// The views report what the user does to the controller, made right after them.
const docs = createDocsViewer({
  dialog: $('docs-dialog'), body: $('docs-body'), title: $('docs-title'), index: $('docs-index'), close: $('docs-close'),
});
const views = {
  editor: createEditor(ui, {
    changed: (label, finished) => controller.textChanged(label, finished),
    caret: (at) => controller.followCaret(at),
    files: (list) => controller.openFiles(list),
    html: (html) => controller.pastedHtml(html),
  }),
  findings: createFindingsView({
    list: $('findings'), filterBar: $('filters'), ruleSelect: $('rule-filter'), certainOnly: $('certain-only'),
  }, {
    pick: (f) => controller.select(f, 'target'),
    doc: (rule, from) => docs.open(rule, from),
    filter: () => controller.filtered(),
    accepted: isAccepted,
    decorate: decorateFinding,
  }),
  tables: createTableView({ root: $('table-view'), tip: $('cell-tip') }, {
    pick: (f) => controller.select(f, 'list'),
    active: () => controller.active(),
  }),
  batch: createBatchView({
    title: $('batch-title'), head: $('batch-head'), body: $('batch-body'), cross: $('batch-cross'),
    charts: $('batch-charts'), years: $('batch-years'),
  }, {
    open: (index, offset) => controller.openFromBatch(index, offset),
    rowTools: (index, name) => listTools(name, { print: () => controller.printLists(index), csv: () => controller.exportCsv(index) }),
  }),
  attach: createAttachView({ button: $('attach-last-year'), input: $('attach-input'), box: $('attach-box') }, {
    attach: (list) => controller.attachLastYear(list),
    detach: () => controller.detachLastYear(),
  }),
  batchNav: createBatchNav({ box: $('batch-nav'), prev: $('report-prev'), next: $('report-next'), at: $('batch-at') },
    { step: (delta) => controller.stepReport(delta) }),
  verdict: createVerdictView($('verdict'), $('meta'), { button: $('file-info'), tip: $('file-info-tip') }),
  status: createStatusView({ status: $('status'), verdict: $('verdict'), source: $('source') }),
  tabs: createTabsView({
    reportView: $('report-view'), batchView: $('batch-view'), tabReport: $('tab-report'), tabBatch: $('tab-batch'),
    tabText: $('tab-text'), tabTable: $('tab-table'), textPanel: $('text-panel'), tablePanel: $('table-panel'),
    tabPdf: $('tab-pdf'), pdfPanel: $('pdf-panel'),
  }, {
    view: (view) => controller.showView(view),
    top: (which) => controller.showTop(which),
  }),
  pdf: createPdfView({ root: $('pdf-view') }, { pick: (f) => controller.select(f, 'list') }),
  pdfProgress: createPdfProgress({
    box: $('pdf-progress'), label: $('pdf-progress-label'), bar: $('pdf-progress-bar'), cancel: $('pdf-cancel'),
  }, { cancel: () => controller.cancelPdf() }),
  notice: createNoticeView({
    notice: $('notice'), title: $('notice-title'), message: $('notice-message'), back: $('notice-back'),
    reportView: $('report-view'), verdict: $('verdict'), meta: $('meta'),
  }, { back: () => controller.leaveNotice() }),
  listDialog: createListDialog({
    dialog: $('list-dialog'), form: $('list-form'), what: $('list-dialog-what'), unit: $('list-unit'),
    reviewer: $('list-reviewer'), deadline: $('list-deadline'), warnings: $('list-warnings'), tables: $('list-tables'),
  }, { print: (what) => views.print.printLists(what.lists) }),
  print: createPrintView($('print-report'), {
    shown: () => controller.printed(),
    settings: () => views.listDialog.settings(),
    decisionOf,
  }),
};
const controller = createController(views, ui.text.defaultValue, decisionOf);

$('prev-finding').addEventListener('click', () => controller.step(-1));
$('next-finding').addEventListener('click', () => controller.step(1));
// F8 / Shift+F8 as in code editors; Alt+↓ / Alt+↑ where F8 is taken.
document.addEventListener('keydown', (event) => {
  if (docs.isOpen()) return;
  const next = (event.key === 'F8' && !event.shiftKey) || (event.altKey && event.key === 'ArrowDown');
  const prev = (event.key === 'F8' && event.shiftKey) || (event.altKey && event.key === 'ArrowUp');
  if (!next && !prev) return;
  event.preventDefault();
  controller.stepFromKeys(next ? 1 : -1);
});

$('open-file').addEventListener('click', () => ui.fileInput.click());
$('open-folder').addEventListener('click', () => ui.folderInput.click());
ui.fileInput.addEventListener('change', () => {
  controller.openFiles(filesFromInput(ui.fileInput, false));
  ui.fileInput.value = '';
});
ui.folderInput.addEventListener('change', () => {
  controller.openFiles(filesFromInput(ui.folderInput, true));
  ui.folderInput.value = '';
});
$('load-sample').addEventListener('click', () => controller.loadSample());
$('clear-text').addEventListener('click', () => controller.clearText());
$('open-docs').addEventListener('click', (event) => docs.open('index', event.currentTarget));
$('print').addEventListener('click', () => controller.printLists('shown'));
$('print-all-lists').addEventListener('click', () => controller.printLists('all'));
$('export-csv').addEventListener('click', () => controller.exportCsv());
$('export-json').addEventListener('click', () => controller.exportJson());
$('export-decisions').addEventListener('click', () => controller.exportDecisions());
$('import-decisions').addEventListener('click', () => $('decisions-input').click());
$('decisions-input').addEventListener('change', (event) => {
  if (event.target.files[0]) controller.importDecisions(event.target.files[0]);
  event.target.value = '';
});
$('clear-decisions').addEventListener('click', () => controller.clearDecisions());
$('clear-batch').addEventListener('click', () => controller.clearBatch());
window.addEventListener('beforeprint', () => views.print.now());

controller.start();
