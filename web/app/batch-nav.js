// 上一份 / 下一份 in the single view while the report shown is one of the batch's, with
// where it stands in the summary's order.

export function createBatchNav(ui, handlers) {
  ui.prev.addEventListener('click', () => handlers.step(-1));
  ui.next.addEventListener('click', () => handlers.step(1));
  return {
    // at: the report's place (0-based) among total, or null while no batch report is shown.
    show(at, total) {
      ui.box.hidden = at === null || total < 2;
      ui.at.textContent = at === null ? '' : `第 ${at + 1} 份，共 ${total} 份`;
    },
  };
}
