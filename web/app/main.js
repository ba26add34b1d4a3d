// Wires the editor, the worker and the findings list together.

const CHECK_DELAY_MS = 250;

const ui = {
  text: document.getElementById('text'),
  editor: document.getElementById('editor'),
  backdrop: document.getElementById('backdrop'),
  backdropText: document.getElementById('backdrop-text'),
  dropHint: document.getElementById('drop-hint'),
  source: document.getElementById('source'),
  status: document.getElementById('status'),
  verdict: document.getElementById('verdict'),
  meta: document.getElementById('meta'),
  list: document.getElementById('findings'),
  fileInput: document.getElementById('file-input'),
};

const state = {
  text: ui.text.value,   // the text the findings' offsets refer to
  findings: [],
  report: null,
  active: null,          // the finding shown as selected
  source: { label: '示例报告', encoding: null },
  timer: 0,
};

function setStatus(message, isError) {
  ui.status.textContent = message;
  ui.status.classList.toggle('error', Boolean(isError));
}

function paint() {
  paintBackdrop(ui.backdropText, state.text, state.findings, state.active);
}

function render() {
  paint();
  const encoding = state.source.encoding || (state.report && state.report.encoding);
  renderSummary(ui.verdict, ui.meta, state.report, state.text, encoding);
  renderFindings(ui.list, state.findings, state.active,
                 state.text.trim() === '' ? '' : '没有发现问题');
  ui.list.classList.remove('stale');
  ui.source.textContent = state.source.label;
}

const checker = createChecker({
  ready() { if (!state.report) setStatus('检查器已就绪，正在检查…'); },
  failed(message) { setStatus('检查失败：' + message, true); },
  result(json, ms) {
    state.report = json.reports[0];
    state.findings = state.report.findings;
    state.active = null;
    render();
    setStatus(`已检查 · ${ms} 毫秒`);
  },
  opened(msg, ms) {
    if (msg.decoded.binary) {
      setStatus(`「${msg.name}」不是纯文本文件，请先另存为 .txt 再打开`, true);
      return;
    }
    clearTimeout(state.timer); // a check of the text typed before is moot now
    ui.text.value = msg.decoded.text;
    ui.text.scrollTop = 0;
    state.text = ui.text.value;
    state.source = { label: '文件：' + msg.name, encoding: msg.decoded.encoding + (msg.decoded.bom ? '（带 BOM）' : '') };
    const normalised = msg.decoded.text.replace(/\r\n?/g, '\n');
    if (normalised !== state.text) {
      // The textarea changed the text in some other way: the offsets cannot be mapped.
      state.findings = [];
      state.active = null;
      paint();
      checker.check(state.text);
      return;
    }
    const toText = crlfMapper(msg.decoded.text);
    state.report = msg.result.reports[0];
    state.findings = state.report.findings.map((f) => moveFinding(f, toText));
    state.active = null;
    render();
    setStatus(`已检查 · ${ms} 毫秒`);
  },
});

function checkSoon() {
  clearTimeout(state.timer);
  state.timer = setTimeout(() => checker.check(state.text), CHECK_DELAY_MS);
}

function textChanged() {
  const now = ui.text.value;
  if (now === state.text) return;
  checker.cancel(); // an answer still on its way is about the old text
  state.findings = shiftFindings(state.findings, state.text, now);
  if (!state.findings.includes(state.active)) state.active = null;
  state.text = now;
  if (now === '') state.source = { label: '手动输入', encoding: null };
  ui.source.textContent = state.source.label;
  paint();
  ui.list.classList.add('stale');
  setStatus('检查中…');
  checkSoon();
}

function replaceText(text, label) {
  ui.text.value = text;
  ui.text.scrollTop = 0;
  state.source = { label, encoding: null };
  textChanged();
}

// Pasted content is always inserted as plain text at the selection.
function onPaste(event) {
  const data = event.clipboardData;
  if (!data) return;
  event.preventDefault();
  const text = data.getData('text/plain');
  if (!text) {
    if (data.files && data.files.length) openFile(data.files[0]);
    return;
  }
  if (ui.text.selectionStart === 0 && ui.text.selectionEnd === ui.text.value.length) {
    state.source = { label: '粘贴的文本', encoding: null };
  }
  ui.text.focus();
  // execCommand keeps the browser's undo history; setRangeText is the fallback.
  if (!document.execCommand('insertText', false, text)) {
    ui.text.setRangeText(text, ui.text.selectionStart, ui.text.selectionEnd, 'end');
  }
  textChanged(); // execCommand already fired 'input'; setRangeText does not
}

function openFile(file) {
  setStatus(`正在读取「${file.name}」…`);
  file.arrayBuffer().then(
    (buffer) => checker.open(new Uint8Array(buffer), file.name),
    () => setStatus(`无法读取「${file.name}」`, true));
}

// Selects a finding's range in the textarea and scrolls it into view.
function reveal(finding) {
  state.active = finding;
  paint();
  markActive(ui.list, finding, state.findings, true);
  ui.text.focus({ preventScroll: true });
  ui.text.setSelectionRange(finding.offset, finding.offset + finding.length);
  const mark = ui.backdropText.querySelector('mark.active');
  if (mark) ui.text.scrollTop = Math.max(0, mark.offsetTop - ui.text.clientHeight / 3);
  syncScroll();
}

// Moving the caret into a highlighted cell selects its finding in the list.
function followCaret() {
  const at = ui.text.selectionStart;
  const inside = (f) => f && at >= f.offset && at <= f.offset + Math.max(f.length, 1);
  if (inside(state.active)) return;
  const hit = state.findings.find(inside) || null;
  if (hit === state.active) return;
  state.active = hit;
  paint();
  markActive(ui.list, hit, state.findings, true);
}

function syncScroll() {
  ui.backdrop.scrollTop = ui.text.scrollTop;
}

// The backdrop must wrap exactly where the textarea does: same width minus its scrollbar.
function syncSize() {
  ui.backdrop.style.width = ui.text.clientWidth + 'px';
  syncScroll();
}

ui.text.addEventListener('input', textChanged);
ui.text.addEventListener('paste', onPaste);
ui.text.addEventListener('scroll', syncScroll);
ui.text.addEventListener('click', followCaret);
ui.text.addEventListener('keyup', followCaret);
new ResizeObserver(syncSize).observe(ui.text);

ui.list.addEventListener('click', (event) => {
  const item = event.target.closest('.finding');
  if (item) reveal(state.findings[Number(item.dataset.index)]);
});

document.getElementById('open-file').addEventListener('click', () => ui.fileInput.click());
ui.fileInput.addEventListener('change', () => {
  if (ui.fileInput.files.length) openFile(ui.fileInput.files[0]);
  ui.fileInput.value = '';
});
document.getElementById('load-sample').addEventListener('click', () => replaceText(ui.text.defaultValue, '示例报告'));
document.getElementById('clear-text').addEventListener('click', () => { replaceText('', '手动输入'); ui.text.focus(); });

// Dropping a file opens it; dropped plain text falls through to the textarea.
let dragDepth = 0;
function hasFiles(event) {
  return event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files');
}
ui.editor.addEventListener('dragenter', (event) => {
  if (!hasFiles(event)) return;
  dragDepth++;
  ui.editor.classList.add('dragging');
  ui.dropHint.hidden = false;
});
ui.editor.addEventListener('dragleave', (event) => {
  if (!hasFiles(event) || --dragDepth > 0) return;
  ui.editor.classList.remove('dragging');
  ui.dropHint.hidden = true;
});
ui.editor.addEventListener('dragover', (event) => {
  if (hasFiles(event)) event.preventDefault();
});
ui.editor.addEventListener('drop', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  dragDepth = 0;
  ui.editor.classList.remove('dragging');
  ui.dropHint.hidden = true;
  if (event.dataTransfer.files.length) openFile(event.dataTransfer.files[0]);
});

render();
setStatus('正在加载检查器…');
checker.check(state.text);
