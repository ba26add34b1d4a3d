// The settings of the correction lists (审核单位, 审核人, 整改时限, include 提醒, append the
// tables), asked before printing: filled in once, kept in this browser (storage.js) as soon
// as a field changes, and shown again each time.

import { el } from './dom.js';
import { listSettings } from './storage.js';

// handlers.print(what): the user pressed 打印 for `what` (the argument open() was given).
export function createListDialog(ui, handlers) {
  let settings = listSettings.load();
  let what = null;
  let opener = null;

  function read() {
    settings = {
      unit: ui.unit.value.trim(),
      reviewer: ui.reviewer.value.trim(),
      deadline: ui.deadline.value,
      warnings: ui.warnings.checked,
      tables: ui.tables.checked,
    };
    listSettings.save(settings);
  }

  ui.form.addEventListener('change', read);
  ui.form.addEventListener('input', read);
  ui.dialog.addEventListener('close', () => {
    if (opener && opener.focus && document.contains(opener)) opener.focus();
    opener = null;
    if (ui.dialog.returnValue !== 'print' || !what) return;
    read();
    const job = what;
    what = null;
    // After the dialog has gone: the print must not show it.
    setTimeout(() => handlers.print(job), 0);
  });

  return {
    // what: {label (what is printed, in words), ...whatever handlers.print needs}.
    open(next) {
      what = next;
      opener = document.activeElement;
      ui.what.textContent = next.label;
      ui.unit.value = settings.unit;
      ui.reviewer.value = settings.reviewer;
      ui.deadline.value = settings.deadline;
      ui.warnings.checked = settings.warnings;
      ui.tables.checked = settings.tables;
      ui.dialog.returnValue = '';
      if (!ui.dialog.open) ui.dialog.showModal();
      ui.unit.focus();
    },
    settings: () => settings,
  };
}

// A batch row's cell of actions on that report's list: 打印 and 导出 (CSV). Their clicks
// stay in the cell (a click elsewhere on the row opens the report).
export function listTools(name, actions) {
  const td = el('td', 'row-tools');
  const add = (text, label, act) => {
    const b = el('button', '', text);
    b.type = 'button';
    b.setAttribute('aria-label', `${label}「${name}」的整改清单`);
    b.addEventListener('click', (event) => {
      event.stopPropagation();
      act();
    });
    td.appendChild(b);
  };
  add('打印', '打印', actions.print);
  add('导出', '导出', actions.csv);
  return td;
}
