// Wires the views, the worker and the state together.

// Typing is checked once it pauses this long; a paste, a drop or an opened file at once.
const CHECK_DELAY_MS = 250;
const $ = (id) => document.getElementById(id);

const ui = {
  text: $('text'),
  editor: $('editor'),
  backdrop: $('backdrop'),
  backdropText: $('backdrop-text'),
  dropHint: $('drop-hint'),
  source: $('source'),
  status: $('status'),
  verdict: $('verdict'),
  meta: $('meta'),
  fileInput: $('file-input'),
  folderInput: $('folder-input'),
  reportView: $('report-view'),
  batchView: $('batch-view'),
  tabReport: $('tab-report'),
  tabBatch: $('tab-batch'),
  tabText: $('tab-text'),
  tabTable: $('tab-table'),
  textPanel: $('text-panel'),
  tablePanel: $('table-panel'),
  printRoot: $('print-report'),
};

const sample = ui.text.defaultValue;
const stored = store.load();

const state = {
  text: '',
  findings: [],     // the report's findings, offsets into state.text
  report: null,     // the report as shown (offsets mapped to the textarea's text)
  raw: null,        // the worker's JSON document for this report, for the JSON export
  active: null,
  source: stored ? { label: stored.label, encoding: null } : { label: '示例报告', encoding: null },
  view: 'text',
  batch: null,      // {names, files, decoded, doc, open}: the batch being shown
  batchNames: [],   // the batch on its way to the worker
  batchFiles: [],
  timer: 0,
  saveTimer: 0,
  waiting: true,    // the text changed (or the page started) and its result is not shown yet
};

function setStatus(message, isError) {
  ui.status.textContent = message;
  ui.status.classList.toggle('error', Boolean(isError));
}

// What the page shows, as data-state on the verdict (for tests, the benchmark and
// assistive tools alike): 'checking' while a check of the editor's text (or a file being
// opened) is on its way, 'checked' once the verdict, marks, findings and tables drawn are
// those of the text in the editor, 'failed' when the check failed.
function setShown(which) {
  if (ui.verdict.dataset.state !== which) ui.verdict.dataset.state = which;
}

const editor = createEditor(ui, {
  changed: textChanged,
  caret: followCaret,
  files: openFiles,
  html(html) {
    setStatus('正在读取粘贴的网页表格…');
    setShown('checking');
    clearTimeout(state.timer); // the text typed before is about to be replaced
    checker.html(html);
  },
});
const findingsView = createFindingsView({
  list: $('findings'), filterBar: $('filters'), ruleSelect: $('rule-filter'),
}, {
  pick: (f) => select(f, 'target'),
  doc: (rule, from) => docs.open(rule, from),
  filter: () => { render(); },
});
const tableView = createTableView({ root: $('table-view'), tip: $('cell-tip') }, {
  pick: (f) => select(f, 'list'),
  active: () => state.active,
});
const batchView = createBatchView({
  title: $('batch-title'), head: $('batch-head'), body: $('batch-body'), cross: $('batch-cross'),
}, { open: openFromBatch });
const docs = createDocsViewer({
  dialog: $('docs-dialog'), body: $('docs-body'), title: $('docs-title'), index: $('docs-index'), close: $('docs-close'),
});

const shownFindings = () => state.findings.filter(findingsView.shows);
// A finding's place in state.findings (a new array whenever the findings change), looked up
// in a map made once per array: the marks ask it for every finding.
let indexed = { of: null, at: null };
function indexOf(f) {
  if (indexed.of !== state.findings) {
    const at = new Map();
    state.findings.forEach((x, i) => at.set(x, i));
    indexed = { of: state.findings, at };
  }
  const i = indexed.at.get(f);
  return i === undefined ? -1 : i;
}

function paint() {
  editor.paint(state.text, shownFindings(), state.active, indexOf);
}

let printPending = false;
function schedulePrint() {
  if (printPending) return;
  printPending = true;
  setTimeout(printNow, 50);
}
function printNow() {
  printPending = false;
  const batchShown = !ui.batchView.hidden && state.batch;
  renderPrint(ui.printRoot, {
    report: state.report && state.text.trim() ? state.report : null,
    source: state.source.label,
    batchRows: batchShown ? batchView.rows() : null,
    batchTitle: batchShown ? $('batch-title').textContent : '',
    drawTables: (root) => {
      const printTables = createTableView({ root, tip: el('div') }, { pick() {}, active: () => null });
      printTables.render(state.report, state.report.findings, null);
    },
  });
}

// The table view is drawn when it is shown: while the text view is, it waits (tablesDrawn
// false) instead of adding its grids to every check's work.
let tablesDrawn = false;
function drawTables() {
  tableView.render(state.report, shownFindings(), state.active);
  tablesDrawn = true;
}

function render() {
  paint();
  const encoding = state.source.encoding || (state.report && state.report.encoding);
  renderSummary(ui.verdict, ui.meta, state.report, state.text, encoding);
  findingsView.render(state.report, state.findings, state.active, state.text.trim() === '' ? '' : '没有发现问题');
  if (state.view === 'table') drawTables();
  else tablesDrawn = false;
  $('findings').classList.remove('stale');
  ui.source.textContent = state.source.label;
  schedulePrint();
}

// Shows a new report for the current text.
function showReport(report, raw) {
  state.report = report;
  state.raw = raw;
  state.findings = report.findings;
  state.active = null;
  state.waiting = false;
  render();
  setShown('checked');
}

const checker = createChecker({
  ready() { if (!state.report) setStatus('检查器已就绪，正在检查…'); },
  failed(message, channel) {
    setStatus('检查失败：' + message, true);
    if (channel !== 'batch') setShown('failed');
  },
  result(msg, ms) {
    const index = msg.index;
    if (index !== undefined && state.batch && state.batch.open === index) {
      state.batch.doc = msg.doc;
      batchView.render(state.batch);
      showReport(msg.doc.reports[index], { tool: msg.doc.tool, reports: [msg.doc.reports[index]] });
    } else {
      showReport(msg.doc.reports[0], msg.doc);
    }
    setStatus(`已检查 · ${ms} 毫秒`);
  },
  opened(msg, ms) {
    if (msg.decoded.binary) {
      setStatus(msg.decoded.message || `「${msg.name}」不是纯文本文件，请先另存为 .txt 再打开`, true);
      // The text stays; its own check, if one was due, was superseded by the file's.
      if (state.waiting) checkNow();
      else setShown('checked');
      return;
    }
    clearTimeout(state.timer); // a check of the text typed before is moot now
    detachBatch();
    const report = msg.doc.reports[0];
    // An HTML page or .docx is checked as the text extracted from it, which the JSON carries.
    const source = typeof report.text === 'string' ? report.text : msg.decoded.text;
    editor.setText(source);
    state.text = ui.text.value;
    state.source = { label: msg.pasted ? msg.name : '文件：' + msg.name, encoding: msg.decoded.encoding + (msg.decoded.bom ? '（带 BOM）' : '') };
    saveSoon();
    if (source.replace(/\r\n?/g, '\n') !== state.text) {
      // The textarea changed the text in some other way: the offsets cannot be mapped.
      state.findings = [];
      state.active = null;
      paint();
      state.waiting = true;
      setShown('checking');
      checker.check(state.text);
      return;
    }
    showReport(moveReport(report, crlfMapper(source)), msg.doc);
    setStatus(`已检查 · ${ms} 毫秒`);
  },
  batched(msg, ms) {
    state.batch = { names: state.batchNames, files: state.batchFiles, decoded: msg.decoded, doc: msg.doc, open: -1 };
    ui.tabBatch.hidden = false;
    batchView.render(state.batch);
    showTop('batch');
    setStatus(`已检查 ${msg.doc.reports.length} 份报告 · ${ms} 毫秒`);
  },
});

function batchContext() {
  const b = state.batch;
  return b && b.open >= 0 ? { names: b.names, files: b.files, index: b.open } : null;
}

function checkSoon() {
  clearTimeout(state.timer);
  state.timer = setTimeout(checkNow, CHECK_DELAY_MS);
}

function checkNow() {
  clearTimeout(state.timer);
  state.timer = 0;
  setShown('checking');
  checker.check(state.text, batchContext());
}

function saveSoon() {
  clearTimeout(state.saveTimer);
  state.saveTimer = setTimeout(() => store.save(state.text, state.source.label), 300);
}

function detachBatch() {
  if (state.batch) state.batch.open = -1;
}

// finished: the edit came whole (a paste, a drop, a cut, a button), so it is checked at
// once; typing waits for a pause (CHECK_DELAY_MS).
function textChanged(label, finished) {
  const now = ui.text.value;
  if (label) {
    state.source = { label, encoding: null };
    ui.source.textContent = label;
  }
  if (now === state.text) {
    // execCommand's paste was announced as typing by its 'input' event a moment ago.
    if (finished && state.timer) checkNow();
    return;
  }
  checker.cancel('report'); // an answer still on its way is about the old text
  state.findings = shiftFindings(state.findings, state.text, now);
  if (state.findings.indexOf(state.active) < 0) state.active = null;
  state.text = now;
  if (now === '') state.source = { label: '手动输入', encoding: null };
  const b = state.batch;
  if (b && b.open >= 0) {
    // The edited text stands for that file in the batch from now on.
    b.files[b.open] = new TextEncoder().encode(now);
    b.decoded[b.open] = { text: now, encoding: 'UTF-8', bom: false, binary: false };
  }
  ui.source.textContent = state.source.label;
  paint();
  $('findings').classList.add('stale');
  state.waiting = true;
  setShown('checking');
  setStatus('检查中…');
  saveSoon();
  if (finished) checkNow();
  else checkSoon();
}

function replaceText(text, label) {
  detachBatch();
  editor.setText(text);
  state.source = { label, encoding: null };
  textChanged(null, true);
  showTop('report');
}

// One file opens in the editor; several (or a folder) are checked together as a batch.
function openFiles(list) {
  if (!list.length) {
    setStatus('没有找到可检查的文件（.txt、.md、.csv、.html、.docx）', true);
    return;
  }
  const names = list.map((x) => x.name);
  setStatus(list.length === 1 ? `正在读取「${names[0]}」…` : `正在读取 ${list.length} 个文件…`);
  readFiles(list).then((files) => {
    if (files.length === 1) {
      showTop('report');
      clearTimeout(state.timer); // a check of the text typed before would supersede the file's
      setShown('checking');
      checker.open(files[0], names[0]);
      return;
    }
    state.batchNames = names;
    state.batchFiles = files;
    setStatus(`正在检查 ${files.length} 份报告…`);
    checker.batch(names, files);
  }, () => setStatus('无法读取所选文件', true));
}

function openFromBatch(index, offset) {
  const b = state.batch;
  const decoded = b.decoded[index];
  if (decoded.binary) {
    setStatus(`「${b.names[index]}」不是可读的文本文件`, true);
    return;
  }
  clearTimeout(state.timer);
  checker.cancel('report');
  b.open = index;
  const raw = b.doc.reports[index];
  const source = typeof raw.text === 'string' ? raw.text : decoded.text;
  editor.setText(source);
  state.text = ui.text.value;
  state.source = { label: '批量：' + b.names[index], encoding: decoded.encoding + (decoded.bom ? '（带 BOM）' : '') };
  saveSoon();
  showReport(moveReport(raw, crlfMapper(source)), { tool: b.doc.tool, reports: [raw] });
  batchView.render(b);
  showTop('report');
  setStatus(`已打开批量中的「${b.names[index]}」`);
  if (offset !== null && offset !== undefined) {
    const map = crlfMapper(source);
    const f = state.findings.find((x) => x.offset === map(offset));
    if (f) select(f, 'target');
  } else {
    ui.text.focus();
  }
}

// Makes a finding the active one. focus: 'target' moves focus to its place (text or
// cell), 'list' to its entry in the list, anything else leaves focus where it is.
function select(finding, focus) {
  state.active = finding;
  paint();
  findingsView.markActive(finding, true);
  tableView.markActive(finding, state.view === 'table' && focus === 'target');
  if (!finding) return;
  editor.reveal(finding, state.view === 'text' && focus === 'target');
  if (focus === 'list') findingsView.focusActive();
}

// Moving the caret into a highlighted place selects its finding in the list.
function followCaret(at) {
  const inside = (f) => f && at >= f.offset && at <= f.offset + Math.max(f.length, 1);
  if (inside(state.active) && findingsView.shows(state.active)) return;
  const hit = shownFindings().find(inside) || null;
  if (hit === state.active) return;
  state.active = hit;
  paint();
  findingsView.markActive(hit, true);
  tableView.markActive(hit, false);
}

function step(delta) {
  const next = findingsView.step(state.active, delta);
  if (!next) return;
  const inList = document.activeElement && document.activeElement.closest && document.activeElement.closest('#findings');
  const inText = document.activeElement === ui.text;
  select(next, inList ? 'list' : (inText || state.view === 'table' ? 'target' : 'keep'));
}

// Tabs (WAI-ARIA tabs pattern): click or arrow keys.
function showView(view) {
  state.view = view;
  const text = view === 'text';
  ui.tabText.setAttribute('aria-selected', String(text));
  ui.tabTable.setAttribute('aria-selected', String(!text));
  ui.tabText.tabIndex = text ? 0 : -1;
  ui.tabTable.tabIndex = text ? -1 : 0;
  ui.textPanel.hidden = !text;
  ui.tablePanel.hidden = text;
  if (!text && !tablesDrawn) drawTables();
  tableView.hideTip();
  if (text) editor.syncSize();
  if (state.active) select(state.active, 'keep');
}
function showTop(which) {
  const batch = which === 'batch' && state.batch;
  ui.tabReport.setAttribute('aria-selected', String(!batch));
  ui.tabBatch.setAttribute('aria-selected', String(Boolean(batch)));
  ui.tabReport.tabIndex = batch ? -1 : 0;
  ui.tabBatch.tabIndex = batch ? 0 : -1;
  ui.reportView.hidden = Boolean(batch);
  ui.batchView.hidden = !batch;
  document.body.classList.toggle('batch-shown', Boolean(batch));
  if (!batch) editor.syncSize();
  schedulePrint();
}
function tabKeys(tabs, activate) {
  tabs.forEach((tab, i) => tab.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const visible = tabs.filter((t) => !t.hidden);
    const next = visible[(visible.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : visible.length - 1)) % visible.length];
    activate(next);
    next.focus();
  }));
}

ui.tabText.addEventListener('click', () => showView('text'));
ui.tabTable.addEventListener('click', () => showView('table'));
tabKeys([ui.tabText, ui.tabTable], (t) => showView(t === ui.tabText ? 'text' : 'table'));
ui.tabReport.addEventListener('click', () => showTop('report'));
ui.tabBatch.addEventListener('click', () => showTop('batch'));
tabKeys([ui.tabReport, ui.tabBatch], (t) => showTop(t === ui.tabBatch ? 'batch' : 'report'));

$('prev-finding').addEventListener('click', () => step(-1));
$('next-finding').addEventListener('click', () => step(1));
// F8 / Shift+F8 as in code editors; Alt+↓ / Alt+↑ where F8 is taken.
document.addEventListener('keydown', (event) => {
  if ($('docs-dialog').open) return;
  const next = (event.key === 'F8' && !event.shiftKey) || (event.altKey && event.key === 'ArrowDown');
  const prev = (event.key === 'F8' && event.shiftKey) || (event.altKey && event.key === 'ArrowUp');
  if (!next && !prev) return;
  event.preventDefault();
  if (ui.reportView.hidden) showTop('report');
  step(next ? 1 : -1);
});

$('open-file').addEventListener('click', () => ui.fileInput.click());
$('open-folder').addEventListener('click', () => ui.folderInput.click());
ui.fileInput.addEventListener('change', () => {
  openFiles(filesFromInput(ui.fileInput, false));
  ui.fileInput.value = '';
});
ui.folderInput.addEventListener('change', () => {
  openFiles(filesFromInput(ui.folderInput, true));
  ui.folderInput.value = '';
});
$('load-sample').addEventListener('click', () => replaceText(sample, '示例报告'));
$('clear-text').addEventListener('click', () => {
  replaceText('', '手动输入');
  clearTimeout(state.saveTimer);
  store.clear();
  ui.text.focus();
});
$('open-docs').addEventListener('click', (event) => docs.open('index', event.currentTarget));
$('print').addEventListener('click', () => window.print());

function currentDoc() {
  if (!ui.batchView.hidden && state.batch) return { doc: state.batch.doc, base: 'gkcheck-批量' };
  return state.raw ? { doc: state.raw, base: fileBase(state.source.label.replace(/^[^：]*：/, '')) } : null;
}
$('export-csv').addEventListener('click', () => {
  const c = currentDoc();
  if (c) exportCsv(c.doc, c.base);
});
$('export-json').addEventListener('click', () => {
  const c = currentDoc();
  if (c) exportJson(c.doc, c.base);
});
window.addEventListener('beforeprint', printNow);

// Start: the text kept from last time, else the sample.
editor.setText(stored ? stored.text : sample);
state.text = ui.text.value;
render();
setStatus('正在加载检查器…');
checker.check(state.text);
