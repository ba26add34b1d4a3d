// The status line (what the page is doing, or what went wrong), the name of the text's
// source, and what the page shows as data-state on the verdict (for tests, the benchmark
// and assistive tools alike): 'checking' while a check of the editor's text (or a file
// being opened) is on its way, 'checked' once the verdict, marks, findings and tables drawn
// are those of the text in the editor, 'failed' when the check failed.

export function createStatusView(ui) {
  return {
    say(message, isError) {
      ui.status.textContent = message;
      ui.status.classList.toggle('error', Boolean(isError));
    },
    shown(which) {
      if (ui.verdict.dataset.state !== which) ui.verdict.dataset.state = which;
    },
    source(label) {
      ui.source.textContent = label;
    },
  };
}
