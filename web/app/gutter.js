// The editor's line numbers. Lines wrap (a report's paragraphs are long lines), so a number
// stands at the top of its line's first row, where the backdrop (highlight.js), which wraps
// exactly as the textarea does, lays that line out. Only the lines in view are numbered and
// measured, so an 800K-character text costs a sum over its blocks per change (each block
// counts its lines once, when it is drawn) and a few dozen measurements per scroll.

import { backdropBlocks } from './highlight.js';

export function createGutter(ui) {
  let text = '';
  let blocks = [];
  let firstLine = []; // the line number of each block's first line
  let frame = 0;
  const pool = [];    // number elements, reused from one drawing to the next

  // Which text node and offset inside a block `at` falls at (its text nodes and marks in
  // order); a line's start is the start of the node after a "\n", never the end of that one.
  function position(node, at) {
    let last = null;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const leaf = child.nodeType === 3 ? child : child.firstChild;
      if (!leaf) continue;
      if (at < leaf.length) return { leaf, at };
      at -= leaf.length;
      last = { leaf, at: leaf.length };
    }
    return at === 0 ? last : null;
  }

  // The first block whose bottom is below y (the blocks' tops grow with their index).
  function firstBelow(y) {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const n = blocks[mid].node;
      if (n.offsetTop + n.offsetHeight <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function draw() {
    frame = 0;
    const height = ui.area.clientHeight;
    let used = 0;
    if (height && blocks.length) {
      const top = ui.area.scrollTop;
      const origin = ui.gutter.getBoundingClientRect().top;
      const range = document.createRange();
      const row = parseFloat(getComputedStyle(ui.area).lineHeight);
      for (let b = firstBelow(top); b < blocks.length && blocks[b].node.offsetTop < top + height; b++) {
        const { node, start } = blocks[b];
        const end = b + 1 < blocks.length ? blocks[b + 1].start : text.length + 1;
        let line = firstLine[b];
        for (let at = start; at < end && at <= text.length; line++) {
          const p = position(node, at - start);
          if (!p) break;
          // The line's first character (a collapsed range at an empty line's "\n" has no box);
          // its box is the font's, centred in the row.
          range.setStart(p.leaf, p.at);
          range.setEnd(p.leaf, Math.min(p.at + 1, p.leaf.length));
          const rect = range.getClientRects()[0];
          if (!rect) break;
          const y = rect.top - (row - rect.height) / 2 - origin;
          if (y > -40 && y < height) {
            let n = pool[used];
            if (!n) {
              n = document.createElement('div');
              ui.gutter.appendChild(n);
              pool.push(n);
            }
            n.textContent = String(line);
            n.style.transform = `translateY(${y.toFixed(1)}px)`;
            n.hidden = false;
            used++;
          }
          const nl = text.indexOf('\n', at);
          if (nl < 0) break;
          at = nl + 1;
        }
      }
    }
    for (let i = used; i < pool.length; i++) pool[i].hidden = true;
  }

  function soon() {
    if (!frame) frame = requestAnimationFrame(draw);
  }

  return {
    // After the backdrop was painted for `next`: the blocks' first line numbers, and the
    // gutter's width for the last one's digits.
    update(next) {
      text = next;
      blocks = backdropBlocks(ui.backdropText);
      firstLine = new Array(blocks.length);
      let lines = 1;
      blocks.forEach((b, i) => {
        firstLine[i] = lines;
        lines += b.lines;
      });
      lines--; // the backdrop's text ends with one "\n" more than the textarea's
      const digits = String(lines).length;
      if (ui.editor.dataset.digits !== String(digits)) {
        ui.editor.dataset.digits = String(digits);
        ui.editor.style.setProperty('--gutter', `${Math.max(digits, 2) * 8 + 18}px`);
      }
      soon();
    },
    soon,
  };
}
