// 附上去年的报告: the single report checked together with last year's report of the same
// body, as a two-report batch opened at this year's report (controller.js), so that the
// cross-year rules run and their findings stand among the report's own. This view shows
// the button, what came of the attachment (the years side by side, drawn by
// year-compare.js, or why there is no comparison) and 取消附加.

import { clear, el } from './dom.js';
import { drawYearComparisons } from './year-compare.js';

// ui: {button, input, box}; handlers: {attach(list), detach()}.
export function createAttachView(ui, handlers) {
  ui.button.addEventListener('click', () => ui.input.click());
  ui.input.addEventListener('change', () => {
    const list = Array.from(ui.input.files).map((file) => ({ file, name: file.name }));
    ui.input.value = '';
    if (list.length) handlers.attach(list);
  });
  ui.box.addEventListener('click', (event) => {
    if (event.target.closest('button.detach')) handlers.detach();
  });

  // shown: null, {message}, or {batch, now, name}: the batch whose report `now` is shown,
  // last year's report being the file `name`.
  function render(shown) {
    clear(ui.box);
    ui.box.hidden = !shown;
    if (!shown) return;
    if (shown.message) {
      ui.box.appendChild(el('p', 'attach-message', shown.message));
      return;
    }
    const head = el('p', 'attach-head', `已附上去年的报告「${shown.name}」：跨年度核对的问题列在检查结果中。`);
    const detach = el('button', 'detach', '取消附加');
    detach.type = 'button';
    detach.title = '不再与去年的报告一并核对，只检查本报告';
    head.appendChild(detach);
    const years = el('div', 'attach-years');
    ui.box.append(head, years);
    drawYearComparisons(years, shown.batch, shown.now);
  }

  return { render };
}
