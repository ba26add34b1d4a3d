// The text pane: a textarea over a backdrop that paints the findings (highlight.js), with
// the line numbers in a gutter beside them (gutter.js).
// Pasted content goes in as plain text, never as markup; pasted tables over the whole text
// are read from their HTML by the core instead (handlers.html).

import { filesFromDrop } from './files.js';
import { createGutter } from './gutter.js';
import { paintBackdrop } from './highlight.js';

const UNDOABLE_PASTE = 1000; // characters

// Edits that arrive whole (a paste, a drop, a cut) are checked at once; the rest (typed keys,
// composition, deletions, undo and redo, which come one keystroke after another) are
// checked once the typing pauses.
const FINISHED_EDIT = /^(insertFromPaste|insertFromPasteAsQuotation|insertFromDrop|insertFromYank|deleteByCut)$/;

export function createEditor(ui, handlers) {
  const area = ui.text;
  const gutter = createGutter({ area, gutter: ui.gutter, backdropText: ui.backdropText, editor: ui.editor });

  function syncScroll() {
    ui.backdrop.scrollTop = area.scrollTop;
    gutter.soon();
  }
  // The backdrop must wrap exactly where the textarea does: same width minus its scrollbar,
  // to the fraction of a pixel (clientWidth is rounded, and one line wrapping differently
  // moves every mark below it by a line).
  function syncSize() {
    const scrollbar = area.offsetWidth - area.clientWidth;
    ui.backdrop.style.width = (area.getBoundingClientRect().width - scrollbar) + 'px';
    syncScroll();
  }

  function onPaste(event) {
    const data = event.clipboardData;
    if (!data) return;
    event.preventDefault();
    const text = data.getData('text/plain');
    if (!text) {
      if (data.files && data.files.length) handlers.files(Array.from(data.files).map((file) => ({ file, name: file.name })));
      return;
    }
    const whole = area.selectionStart === 0 && area.selectionEnd === area.value.length;
    // A web page's tables pasted over the whole text: the core reads the HTML (rows, merged
    // cells) and the editor then shows the text it read.
    const html = data.getData('text/html');
    if (whole && html && /<table/i.test(html)) {
      handlers.html(html);
      return;
    }
    area.focus();
    // execCommand keeps the browser's undo history, but takes seconds for a whole report
    // (0.6 s for 6 KB in Chromium, growing faster than the text): long pastes skip it.
    if (text.length > UNDOABLE_PASTE || !document.execCommand('insertText', false, text)) {
      area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end');
    }
    // execCommand already fired 'input' (as typing); setRangeText fires none. Either way the
    // paste is finished: check it now.
    handlers.changed(whole ? '粘贴的文本' : null, true);
  }

  area.addEventListener('input', (event) => handlers.changed(null, FINISHED_EDIT.test(event.inputType || '')));
  area.addEventListener('paste', onPaste);
  area.addEventListener('scroll', syncScroll);
  area.addEventListener('click', () => handlers.caret(area.selectionStart));
  area.addEventListener('keyup', (event) => {
    if (event.key !== 'F8' && !event.altKey) handlers.caret(area.selectionStart);
  });
  new ResizeObserver(syncSize).observe(area);

  // Dropping files opens them; dropped plain text falls through to the textarea.
  let dragDepth = 0;
  const hasFiles = (event) => event.dataTransfer && Array.from(event.dataTransfer.types).indexOf('Files') >= 0;
  const endDrag = () => {
    dragDepth = 0;
    ui.editor.classList.remove('dragging');
    ui.dropHint.hidden = true;
  };
  ui.editor.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    dragDepth++;
    ui.editor.classList.add('dragging');
    ui.dropHint.hidden = false;
  });
  ui.editor.addEventListener('dragleave', (event) => {
    if (!hasFiles(event) || --dragDepth > 0) return;
    endDrag();
  });
  ui.editor.addEventListener('dragover', (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  ui.editor.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    endDrag();
    filesFromDrop(event.dataTransfer).then(handlers.files);
  });

  return {
    paint(text, shown, active, indexOf) {
      paintBackdrop(ui.backdropText, text, shown, active, indexOf);
      gutter.update(text);
    },
    setText(text) {
      area.value = text;
      area.scrollTop = 0;
    },
    // The text as the textarea holds it (newlines normalised to "\n").
    text: () => area.value,
    focus() { area.focus(); },
    hasFocus: () => document.activeElement === area,
    // Selects a finding's range and scrolls it into view (focus: move focus to the text).
    reveal(finding, focus) {
      if (focus) area.focus({ preventScroll: true });
      area.setSelectionRange(finding.offset, finding.offset + finding.length);
      const mark = ui.backdropText.querySelector('mark.active');
      if (mark) area.scrollTop = Math.max(0, mark.offsetTop - area.clientHeight / 3);
      syncScroll();
    },
    syncSize,
  };
}
