// The progress of reading PDFs (page by page; a long PDF takes a while) and its 取消 button.

export function createPdfProgress(ui, handlers) {
  ui.cancel.addEventListener('click', () => handlers.cancel());
  return {
    // name: the PDF being read; k of count PDFs; page of pages.
    show(name, k, count, page, pages) {
      const part = count > 1 ? `（第 ${k + 1}/${count} 个 PDF）` : '';
      ui.label.textContent = `正在读取「${name}」${part}：第 ${page}/${pages} 页`;
      ui.bar.max = 1;
      ui.bar.value = count ? (k + (pages ? page / pages : 0)) / count : 0;
      ui.box.hidden = false;
    },
    hide() { ui.box.hidden = true; },
  };
}
