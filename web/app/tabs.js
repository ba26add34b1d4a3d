// The page's two sets of tabs (WAI-ARIA tabs pattern: click or arrow keys): one report or
// the batch summary (handlers.top), and the report as text, as tables or, for a PDF, as its
// pages (handlers.view).
// The controller decides what is shown; this draws it.

// Arrow keys move to the next or previous visible tab and activate it.
function tabKeys(tabs, activate) {
  tabs.forEach((tab) => tab.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const visible = tabs.filter((t) => !t.hidden);
    const next = visible[(visible.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : visible.length - 1)) % visible.length];
    activate(next);
    next.focus();
  }));
}

export function createTabsView(ui, handlers) {
  ui.tabText.addEventListener('click', () => handlers.view('text'));
  ui.tabTable.addEventListener('click', () => handlers.view('table'));
  ui.tabPdf.addEventListener('click', () => handlers.view('pdf'));
  const viewTabs = [[ui.tabText, ui.textPanel, 'text'], [ui.tabTable, ui.tablePanel, 'table'], [ui.tabPdf, ui.pdfPanel, 'pdf']];
  tabKeys(viewTabs.map((v) => v[0]), (t) => handlers.view(viewTabs.find((v) => v[0] === t)[2]));
  ui.tabReport.addEventListener('click', () => handlers.top('report'));
  ui.tabBatch.addEventListener('click', () => handlers.top('batch'));
  tabKeys([ui.tabReport, ui.tabBatch], (t) => handlers.top(t === ui.tabBatch ? 'batch' : 'report'));

  return {
    // 'text', 'table' or 'pdf'.
    showView(view) {
      for (const [tab, panel, name] of viewTabs) {
        tab.setAttribute('aria-selected', String(name === view));
        tab.tabIndex = name === view ? 0 : -1;
        panel.hidden = name !== view;
      }
    },
    // The 原文 tab is there while the report shown is a PDF's.
    offerPdf(shown) {
      ui.tabPdf.hidden = !shown;
    },
    // The batch summary (batch true) or the one report.
    showTop(batch) {
      ui.tabReport.setAttribute('aria-selected', String(!batch));
      ui.tabBatch.setAttribute('aria-selected', String(batch));
      ui.tabReport.tabIndex = batch ? -1 : 0;
      ui.tabBatch.tabIndex = batch ? 0 : -1;
      ui.reportView.hidden = batch;
      ui.batchView.hidden = !batch;
      document.body.classList.toggle('batch-shown', batch);
    },
    // The batch tab appears with the first batch and stays until the batch is cleared.
    offerBatch(shown = true) {
      ui.tabBatch.hidden = !shown;
    },
  };
}
