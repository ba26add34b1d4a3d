// A file that could not be checked replaces what the page shows: a notice naming the file,
// what was wrong and what to do, so that no earlier report's verdict or findings can pass
// for this file's. It stays until another report is shown or the user goes back.

import { clear, el } from './dom.js';

export function createNoticeView(ui, handlers) {
  ui.back.addEventListener('click', () => handlers.back());
  let active = false;
  let batchShown = false;
  const place = () => {
    ui.notice.hidden = !active || batchShown;
    ui.reportView.hidden = active || batchShown;
  };
  return {
    show(name, message) {
      ui.title.textContent = `「${name}」未能检查`;
      clear(ui.message).appendChild(el('p', '', message));
      ui.verdict.className = 'verdict fail';
      ui.verdict.textContent = `未检查：「${name}」无法读取`;
      clear(ui.meta);
      active = true;
      place();
      ui.back.focus();
    },
    hide() {
      active = false;
      place();
    },
    shown: () => active,
    // The batch summary is shown (true) or the one report (false): the notice stands in for
    // the report only.
    batch(shown) {
      batchShown = shown;
      place();
    },
  };
}
