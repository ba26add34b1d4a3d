// The page's two sets of tabs (WAI-ARIA tabs pattern: click or arrow keys): one report or
// the batch summary (handlers.top), and the report as text or as tables (handlers.view).
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
  tabKeys([ui.tabText, ui.tabTable], (t) => handlers.view(t === ui.tabText ? 'text' : 'table'));
  ui.tabReport.addEventListener('click', () => handlers.top('report'));
  ui.tabBatch.addEventListener('click', () => handlers.top('batch'));
  tabKeys([ui.tabReport, ui.tabBatch], (t) => handlers.top(t === ui.tabBatch ? 'batch' : 'report'));

  return {
    // 'text' or 'table'.
    showView(view) {
      const text = view === 'text';
      ui.tabText.setAttribute('aria-selected', String(text));
      ui.tabTable.setAttribute('aria-selected', String(!text));
      ui.tabText.tabIndex = text ? 0 : -1;
      ui.tabTable.tabIndex = text ? -1 : 0;
      ui.textPanel.hidden = !text;
      ui.tablePanel.hidden = text;
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
    // The batch tab appears with the first batch and stays.
    offerBatch() {
      ui.tabBatch.hidden = false;
    },
  };
}
