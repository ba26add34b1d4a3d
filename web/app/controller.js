// The page's state and every change to it: from what the user does (typing, pasting,
// opening files, picking a finding, switching tabs) and from the checker worker's answers.
// It holds no DOM of its own; it tells the views (made by main.js) what to show.

import { clearBatch, loadBatch, saveBatchSoon } from './batch-store.js';
import { createChecker } from './checker.js';
import { clearDecisions, decisionsFile, importDecisions, onDecisionsChanged, withoutAccepted } from './decisions.js';
import { download, exportCsv, exportJson, fileBase } from './exports.js';
import { readFiles } from './files.js';
import { Cancelled, readPdfs } from './pdf-runs.js';
import { crlfMapper, moveReport, shiftFindings } from './ranges.js';
import { store } from './storage.js';

// Typing is checked once it pauses this long; a paste, a drop or an opened file at once.
const CHECK_DELAY_MS = 250;

// views: { editor, findings, tables, batch, verdict, status, tabs, print, listDialog }.
// sample: the sample report's text, shown on a first visit.
// decisionOf(report, finding): the reviewer's decision on a finding ({decision, comment}) or null.
export function createController(views, sample, decisionOf) {
  const { editor, findings: findingsView, tables: tableView, batch: batchView, status } = views;
  const stored = store.load();

  const state = {
    text: '',
    findings: [],     // the report's findings, offsets into state.text
    report: null,     // the report as shown (offsets mapped to the textarea's text)
    raw: null,        // the worker's JSON document for this report, for the JSON export
    active: null,
    source: stored ? { label: stored.label, encoding: null } : { label: '示例报告', encoding: null },
    view: 'text',     // the report as 'text' or 'table'
    top: 'report',    // 'report' or, while the batch summary is shown, 'batch'
    batch: null,      // {names, files, decoded, doc, open}: the batch being shown
    batchNames: [],   // the batch on its way to the worker
    batchFiles: [],
    timer: 0,
    saveTimer: 0,
    waiting: true,    // the text changed (or the page started) and its result is not shown yet
    pdf: null,        // {bytes, runs, pages} when the report shown was read from a PDF
    opening: null,    // the same for the file on its way to the worker
    pdfRead: 0,       // counts PDF readings; one that is no longer the newest stops
    restoring: null,  // {open, top} of the batch kept from last time, until it is checked again
    attaching: null,  // {name, source}: last year's report on its way to the worker with this one
    attachMessage: '', // why the file attached gave no comparison
  };

  // Those marked in the text and the tables (a sum folded under its fix too).
  const shownFindings = () => state.findings.filter(findingsView.marked);
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

  // The table view is drawn when it is shown: while the text view is, it waits (tablesDrawn
  // false) instead of adding its grids to every check's work.
  let tablesDrawn = false;
  function drawTables() {
    tableView.render(state.report, shownFindings(), state.active);
    tablesDrawn = true;
  }

  function render() {
    const encoding = state.source.encoding || (state.report && state.report.encoding);
    views.verdict.render(withoutAccepted(state.report), state.text, encoding);
    findingsView.render(state.report, state.findings, state.active, state.text.trim() === '' ? '' : '没有发现问题');
    paint(); // after the list, which knows the report whose decisions the marks follow
    if (state.view === 'table') drawTables();
    else tablesDrawn = false;
    views.tabs.offerPdf(Boolean(state.pdf));
    views.pdf.render(state.pdf, state.report, shownFindings(), state.active);
    status.source(state.source.label);
    views.print.schedule();
    const b = state.batch;
    const order = b && b.open >= 0 ? batchOrder() : [];
    views.batchNav.show(order.length && !b.attached ? order.indexOf(b.open) : null, order.length);
    views.attach.render(attachShown());
  }

  // What the single view shows of an attached report of last year (attach.js).
  function attachShown() {
    const b = state.batch;
    if (state.attachMessage) return { message: state.attachMessage };
    return b && b.attached && b.open === 1 ? { batch: b, now: 1, name: b.names[0] } : null;
  }

  // The batch's reports in the summary's order (as sorted), for 上一份 / 下一份.
  const batchOrder = () => batchView.rows().map((r) => r.index);

  // The batch as kept in this browser (batch-store.js) for the next visit.
  function saveBatch() {
    saveBatchSoon(() => (state.batch ? {
      names: state.batch.names, files: state.batch.files, pdfs: state.batch.pdfs || [],
      open: state.batch.open, top: state.top, attached: state.batch.attached || null,
    } : null));
  }

  // Shows a new report for the current text.
  function showReport(report, raw) {
    state.report = report;
    state.raw = raw;
    state.findings = report.findings;
    state.active = null;
    state.waiting = false;
    views.notice.hide();
    render();
    status.shown('checked');
  }

  // A file that cannot be checked: the notice replaces the report shown.
  function refuse(name, message) {
    status.say(message, true);
    views.notice.show(name, message);
    status.shown('refused');
  }

  // The report shown no longer comes from a PDF (its text was edited or replaced).
  function dropPdf() {
    state.pdf = null;
    views.tabs.offerPdf(false);
    if (state.view === 'pdf') showView('text');
  }

  const checker = createChecker({
    ready() { if (!state.report) status.say('检查器已就绪，正在检查…'); },
    failed(message, channel) {
      status.say('检查失败：' + message, true);
      if (channel !== 'batch') status.shown('failed');
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
      status.say(`已检查 · ${ms} 毫秒`);
    },
    opened(msg, ms) {
      if (msg.decoded.binary) {
        // The text stays under the notice; its own check, if one was due, waits until the
        // user goes back to it.
        refuse(msg.name, msg.decoded.message || `「${msg.name}」不是纯文本文件，请先另存为 .txt 再打开`);
        return;
      }
      state.pdf = state.opening;
      clearTimeout(state.timer); // a check of the text typed before is moot now
      detachBatch();
      state.attachMessage = '';
      const report = msg.doc.reports[0];
      // An HTML page or .docx is checked as the text extracted from it, which the JSON carries.
      const source = typeof report.text === 'string' ? report.text : msg.decoded.text;
      editor.setText(source);
      state.text = editor.text();
      state.source = { label: msg.pasted ? msg.name : '文件：' + msg.name,
        encoding: state.pdf ? 'PDF 文字层' : msg.decoded.encoding + (msg.decoded.bom ? '（带 BOM）' : '') };
      saveSoon();
      if (source.replace(/\r\n?/g, '\n') !== state.text) {
        // The textarea changed the text in some other way: the offsets cannot be mapped.
        state.findings = [];
        state.active = null;
        paint();
        state.waiting = true;
        status.shown('checking');
        checker.check(state.text);
        return;
      }
      showReport(moveReport(report, crlfMapper(source)), msg.doc);
      status.say(`已检查 · ${ms} 毫秒`);
    },
    batched(msg, ms) {
      if (state.attaching) {
        attached(msg, ms);
        return;
      }
      state.batch = { names: state.batchNames, files: state.batchFiles, pdfs: state.batchPdfs, decoded: msg.decoded, doc: msg.doc, open: -1 };
      if (state.restoring && state.restoring.attached) state.batch.attached = state.restoring.attached;
      views.tabs.offerBatch();
      batchView.render(state.batch);
      const restored = state.restoring;
      state.restoring = null;
      if (restored && restored.open >= 0 && restored.open < msg.doc.reports.length) openFromBatch(restored.open, null);
      if (!restored || restored.top === 'batch') showTop('batch');
      saveBatch();
      status.say(`已检查 ${msg.doc.reports.length} 份报告 · ${ms} 毫秒`);
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
    status.shown('checking');
    checker.check(state.text, batchContext());
  }

  function saveSoon() {
    clearTimeout(state.saveTimer);
    state.saveTimer = setTimeout(() => store.save(state.text, state.source.label), 300);
  }

  function detachBatch() {
    if (!state.batch || state.batch.open < 0) return;
    state.batch.open = -1;
    saveBatch(); // a reload then keeps the text shown instead of reopening the batch's report
  }

  // finished: the edit came whole (a paste, a drop, a cut, a button), so it is checked at
  // once; typing waits for a pause (CHECK_DELAY_MS).
  function textChanged(label, finished) {
    const now = editor.text();
    if (label) {
      state.source = { label, encoding: null };
      status.source(label);
    }
    if (now === state.text) {
      // execCommand's paste was announced as typing by its 'input' event a moment ago.
      if (finished && state.timer) checkNow();
      return;
    }
    checker.cancel('report'); // an answer still on its way is about the old text
    if (state.pdf) dropPdf();
    state.findings = shiftFindings(state.findings, state.text, now);
    if (state.findings.indexOf(state.active) < 0) state.active = null;
    state.text = now;
    if (now === '') state.source = { label: '手动输入', encoding: null };
    const b = state.batch;
    if (b && b.open >= 0) {
      // The edited text stands for that file in the batch from now on.
      b.files[b.open] = new TextEncoder().encode(now);
      b.decoded[b.open] = { text: now, encoding: 'UTF-8', bom: false, binary: false };
      saveBatch();
    }
    status.source(state.source.label);
    paint();
    findingsView.markStale();
    state.waiting = true;
    status.shown('checking');
    status.say('检查中…');
    saveSoon();
    if (finished) checkNow();
    else checkSoon();
  }

  function replaceText(text, label) {
    detachBatch();
    state.attachMessage = '';
    views.notice.hide();
    editor.setText(text);
    state.source = { label, encoding: null };
    textChanged(null, true);
    showTop('report');
  }

  // The text pasted as a web page's tables, which the core reads (the editor then shows the
  // text it read).
  function pastedHtml(html) {
    status.say('正在读取粘贴的网页表格…');
    status.shown('checking');
    clearTimeout(state.timer); // the text typed before is about to be replaced
    state.opening = null;
    checker.html(html);
  }

  // The PDFs among the files read into runs text, with the progress shown and 取消 offered.
  function readPdfsOf(names, files) {
    const token = ++state.pdfRead;
    const cancelled = () => token !== state.pdfRead;
    const progress = (...at) => {
      if (cancelled()) return;
      if (files.length === 1) status.shown('checking'); // the file is about to replace the text
      views.pdfProgress.show(...at);
    };
    const done = () => { if (!cancelled()) views.pdfProgress.hide(); };
    return readPdfs(names, files, progress, cancelled).then((r) => { done(); return r; }, (err) => { done(); throw err; });
  }

  // One file opens in the editor; several (or a folder) are checked together as a batch.
  function openFiles(list) {
    if (!list.length) {
      status.say('没有找到可检查的文件（.txt、.md、.csv、.html、.docx、.pdf）', true);
      return;
    }
    const names = list.map((x) => x.name);
    status.say(list.length === 1 ? `正在读取「${names[0]}」…` : `正在读取 ${list.length} 个文件…`);
    readFiles(list).then((files) => readPdfsOf(names, files)).then(({ files, pdfs }) => {
      if (files.length === 1) {
        state.opening = pdfs[0];
        showTop('report');
        clearTimeout(state.timer); // a check of the text typed before would supersede the file's
        status.shown('checking');
        checker.open(files[0], names[0]);
        return;
      }
      state.batchNames = names;
      state.batchFiles = files;
      state.batchPdfs = pdfs;
      status.say(`正在检查 ${files.length} 份报告…`);
      checker.batch(names, files);
    }, (err) => {
      if (!(err instanceof Cancelled)) status.say('无法读取所选文件' + (err && err.message ? '：' + err.message : ''), true);
    });
  }

  // 附上去年的报告…: the text shown and the file picked are checked together as a batch of
  // two (last year's first), answered in attached().
  function attachLastYear(list) {
    state.attachMessage = '';
    if (!state.text.trim()) {
      state.attachMessage = '请先打开或输入本年度的报告，再附上去年的报告。';
      render();
      return;
    }
    const b = state.batch;
    if (b && !b.attached && !window.confirm(`附上去年的报告后，本报告与它作为两份报告的批量检查，替换现有的批量（${b.names.length} 份报告）。继续？`)) return;
    const name = list[0].name;
    const label = state.source.label.replace(/^[^：]*：/, '');
    const names = [name, (label && label !== name ? fileBase(label) : '本年度报告') + '.txt'];
    status.say(`正在读取「${name}」…`);
    readFiles(list.slice(0, 1)).then((files) => readPdfsOf([name], files)).then(({ files, pdfs }) => {
      state.attaching = { name, source: state.source };
      state.batchNames = names;
      state.batchFiles = [files[0], new TextEncoder().encode(state.text)];
      state.batchPdfs = [pdfs[0], state.pdf];
      status.say(`正在与「${name}」一并检查…`);
      checker.batch(names, state.batchFiles);
    }, (err) => {
      if (!(err instanceof Cancelled)) status.say('无法读取所选文件' + (err && err.message ? '：' + err.message : ''), true);
    });
  }

  // Why the pair is no report and last year's of one body, or '' when it is.
  function notLastYear(msg, name) {
    const [last, now] = msg.doc.reports;
    if (msg.decoded[0].binary) return `无法读取「${name}」：${msg.decoded[0].message || '不是可读的文本文件'}。未做跨年度核对。`;
    if (!now.body || !now.year) return `本报告未识别出发布机关或年度，无法与「${name}」做跨年度核对。`;
    if (last.body === now.body && last.year === now.year - 1) return '';
    const what = `${last.body || '未识别发布机关'}${last.year ? ` ${last.year} 年度` : '（年度未识别）'}`;
    return `「${name}」不是本报告（${now.body} ${now.year} 年度）上一年度的报告，而是${what}的报告。未做跨年度核对。`;
  }

  function attached(msg, ms) {
    const a = state.attaching;
    state.attaching = null;
    state.attachMessage = notLastYear(msg, a.name);
    if (state.attachMessage) {
      // No cross-year result stands, nor one of a file attached before.
      if (state.batch && state.batch.attached) dropAttached();
      else render();
      status.say(state.attachMessage, true);
      if (!state.waiting) status.shown('checked'); // a PDF's reading showed 'checking'
      return;
    }
    // attached: where the report shown came from, which it still does (not from a batch).
    state.batch = { names: state.batchNames, files: state.batchFiles, pdfs: state.batchPdfs, decoded: msg.decoded, doc: msg.doc, open: -1,
      attached: { source: a.source } };
    views.tabs.offerBatch();
    openFromBatch(1, null);
    status.say(`已与去年的报告「${a.name}」一并检查 · ${ms} 毫秒`);
  }

  // 取消附加: the report is checked alone again.
  function detachLastYear() {
    state.attachMessage = '';
    dropAttached();
  }

  function dropAttached() {
    state.batch = null;
    clearBatch();
    batchView.render(null);
    views.tabs.offerBatch(false);
    render();
    checkNow();
  }

  // 取消 while PDFs are being read: the reading stops, what was shown stays.
  function cancelPdf() {
    state.pdfRead++;
    views.pdfProgress.hide();
    status.say('已取消读取 PDF');
    if (views.notice.shown()) status.shown('refused');
    else if (state.waiting) checkNow();
    else status.shown('checked');
  }

  function openFromBatch(index, offset) {
    const b = state.batch;
    const decoded = b.decoded[index];
    if (decoded.binary) {
      showTop('report');
      refuse(b.names[index], decoded.message || `「${b.names[index]}」不是可读的文本文件`);
      return;
    }
    clearTimeout(state.timer);
    checker.cancel('report');
    b.open = index;
    const raw = b.doc.reports[index];
    const source = typeof raw.text === 'string' ? raw.text : decoded.text;
    state.pdf = (b.pdfs && b.pdfs[index]) || null;
    editor.setText(source);
    state.text = editor.text();
    state.source = b.attached && index === 1 ? b.attached.source
      : { label: '批量：' + b.names[index], encoding: state.pdf ? 'PDF 文字层' : decoded.encoding + (decoded.bom ? '（带 BOM）' : '') };
    saveSoon();
    showReport(moveReport(raw, crlfMapper(source)), { tool: b.doc.tool, reports: [raw] });
    batchView.render(b);
    showTop('report');
    status.say(`已打开批量中的「${b.names[index]}」`);
    saveBatch();
    if (offset !== null && offset !== undefined) {
      const map = crlfMapper(source);
      const f = state.findings.find((x) => x.offset === map(offset));
      if (f) select(f, 'target');
    } else {
      // The report opens at its first finding in the list's order.
      const first = findingsView.step(null, 1);
      if (first) select(first, 'target');
      else editor.focus();
    }
  }

  // 上一份 / 下一份: the report before or after the one shown, in the summary's order.
  function stepReport(delta) {
    const b = state.batch;
    if (!b || b.open < 0) return;
    const order = batchOrder();
    const at = order.indexOf(b.open);
    openFromBatch(order[(at + delta + order.length) % order.length], null);
  }

  // Makes a finding the active one. focus: 'target' moves focus to its place (text or
  // cell), 'list' to its entry in the list, anything else leaves focus where it is.
  function select(finding, focus) {
    state.active = finding;
    paint();
    findingsView.markActive(finding, true);
    tableView.markActive(finding, state.view === 'table' && focus === 'target');
    views.pdf.markActive(finding, state.view === 'pdf' && focus === 'target');
    if (!finding) return;
    editor.reveal(finding, state.view === 'text' && focus === 'target');
    if (focus === 'list') findingsView.focusActive();
  }

  // Moving the caret into a highlighted place selects its finding in the list.
  function followCaret(at) {
    const inside = (f) => f && at >= f.offset && at <= f.offset + Math.max(f.length, 1);
    if (inside(state.active) && findingsView.marked(state.active)) return;
    // A card in the list first: a sum folded under its fix sits at the fix's cell.
    const marked = shownFindings();
    const hit = marked.find((f) => inside(f) && findingsView.shows(f)) || marked.find(inside) || null;
    if (hit === state.active) return;
    state.active = hit;
    paint();
    findingsView.markActive(hit, true);
    tableView.markActive(hit, false);
  }

  // The next (delta 1) or previous (-1) finding; focus stays in the list or the text, or
  // goes to the finding's cell in the table view.
  function step(delta) {
    const next = findingsView.step(state.active, delta);
    if (!next) return;
    select(next, findingsView.hasFocus() ? 'list' : (editor.hasFocus() || state.view === 'table' ? 'target' : 'keep'));
  }

  function showView(view) {
    state.view = view;
    views.tabs.showView(view);
    if (view === 'table' && !tablesDrawn) drawTables();
    views.pdf.shown(view === 'pdf', state.report, shownFindings(), state.active);
    tableView.hideTip();
    if (view === 'text') editor.syncSize();
    if (state.active) select(state.active, 'keep');
  }

  function showTop(which) {
    const batch = Boolean(which === 'batch' && state.batch);
    state.top = batch ? 'batch' : 'report';
    views.tabs.showTop(batch);
    views.notice.batch(batch);
    if (state.batch) saveBatch();
    if (!batch) editor.syncSize();
    views.print.schedule();
  }

  // The JSON export's document: the batch's while its summary is shown, else the report's.
  function currentDoc() {
    if (state.top === 'batch') return { doc: state.batch.doc, base: 'gkcheck-批量' };
    return state.raw ? { doc: state.raw, base: fileBase(state.source.label.replace(/^[^：]*：/, '')) } : null;
  }

  // A decision changes the counts, the verdict, the list and the batch's rows.
  onDecisionsChanged(() => {
    render();
    if (state.batch) batchView.render(state.batch);
  });

  // The correction lists of `which`: 'shown' (the report shown, or the whole batch while its
  // summary is), 'all' (every readable report of the batch) or a batch index. Each is
  // {report, text}; with the files' base name and what is printed, in words.
  function listsOf(which) {
    const b = state.batch;
    const batchList = (i) => {
      const raw = b.doc.reports[i];
      return { report: raw, text: typeof raw.text === 'string' ? raw.text : b.decoded[i].text };
    };
    if (which === 'all' || (which === 'shown' && state.top === 'batch')) {
      const lists = [];
      b.doc.reports.forEach((r, i) => { if (!b.decoded[i].binary) lists.push(batchList(i)); });
      return { lists, base: 'gkcheck-批量', label: `全部 ${lists.length} 份报告的整改清单，每份从新的一页开始` };
    }
    if (typeof which === 'number') {
      return { lists: [batchList(which)], base: fileBase(b.names[which]), label: `「${b.names[which]}」的整改清单` };
    }
    if (!state.report || !state.text.trim()) return null;
    return { lists: [{ report: state.report, text: state.text }], base: fileBase(state.source.label.replace(/^[^：]*：/, '')),
      label: `「${state.source.label.replace(/^[^：]*：/, '')}」的整改清单` };
  }

  return {
    // The text kept from last time, else the sample, checked at once.
    start() {
      editor.setText(stored ? stored.text : sample);
      state.text = editor.text();
      render();
      status.say('正在加载检查器…');
      checker.check(state.text);
      // The batch of last time, checked again.
      loadBatch().then((kept) => {
        if (!kept || state.batch || state.batchNames.length) return;
        state.batchNames = kept.names;
        state.batchFiles = kept.files;
        state.batchPdfs = kept.pdfs || [];
        state.restoring = { open: kept.open, top: kept.top, attached: kept.attached };
        checker.batch(kept.names, kept.files);
      });
    },
    stepReport,
    // 清除批量: the batch leaves the page and this browser, once the user says so.
    clearBatch() {
      if (!state.batch || !window.confirm(`从本浏览器中清除这批 ${state.batch.names.length} 份报告？（审核意见不受影响）`)) return;
      state.batch = null;
      clearBatch();
      batchView.render(null);
      views.tabs.offerBatch(false);
      showTop('report');
      render();
      status.say('已清除批量报告');
    },
    textChanged,
    pastedHtml,
    cancelPdf,
    // 返回之前的文本 on the notice of a refused file.
    leaveNotice() {
      views.notice.hide();
      render();
      if (state.waiting) checkNow();
      else status.shown('checked');
      editor.focus();
    },
    // The severity or rule filters changed.
    filtered: render,
    active: () => state.active,
    followCaret,
    openFiles,
    attachLastYear,
    detachLastYear,
    openFromBatch,
    select,
    step,
    // F8 and its kin work over the batch summary too: the report comes back first.
    stepFromKeys(delta) {
      if (state.top === 'batch') showTop('report');
      step(delta);
    },
    showView,
    showTop,
    loadSample() { replaceText(sample, '示例报告'); },
    clearText() {
      replaceText('', '手动输入');
      clearTimeout(state.saveTimer);
      store.clear();
      editor.focus();
    },
    // The correction lists as CSV: the shown report's, the whole batch's (one file for all)
    // or, from a batch row, that report's.
    exportCsv(which) {
      const c = listsOf(which === undefined ? 'shown' : which);
      if (c) exportCsv(c.lists, c.base, views.listDialog.settings(), decisionOf);
    },
    // 打印 (which 'shown'), 打印全部整改清单 ('all') or a batch row's 打印 (its index): the
    // list's settings are asked first, the batch summary prints as it is.
    printLists(which) {
      if (which === 'shown' && state.top === 'batch') {
        window.print();
        return;
      }
      const c = listsOf(which);
      if (c) views.listDialog.open({ label: '将打印' + c.label + '。', lists: c.lists });
    },
    exportJson() {
      const c = currentDoc();
      if (c) exportJson(c.doc, c.base);
    },
    exportDecisions() {
      download('gkcheck-审核意见.json', 'application/json;charset=utf-8', [JSON.stringify(decisionsFile(), null, 2) + '\n']);
    },
    // A decisions file picked by the user, merged into those kept here.
    importDecisions(file) {
      file.text().then((text) => {
        const n = importDecisions(text);
        status.say(`已导入审核意见：${n.reports} 份报告的 ${n.findings} 条决定`);
      }).catch((err) => status.say('无法导入审核意见：' + err.message, true));
    },
    clearDecisions() {
      if (window.confirm('清除本浏览器中保存的全部审核意见（需修改 / 无需修改及意见文字）？此操作不能撤销。')) {
        clearDecisions();
        status.say('已清除全部审核意见');
      }
    },
    // What the printed report shows.
    printed() {
      const batchShown = state.top === 'batch';
      return {
        report: state.report && state.text.trim() ? state.report : null,
        text: state.text,
        batchRows: batchShown ? batchView.rows() : null,
        batchTitle: batchShown ? batchView.title() : '',
        batchCharts: batchShown ? batchView.charts() : null,
      };
    },
  };
}
