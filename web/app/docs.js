// The rule pages, bundled in the page as <template id="doc-RULE"> (docs/rules/*.md turned
// into HTML at build time by scripts/markdown.mjs), shown in a modal dialog. Links between
// rule pages stay inside the dialog; nothing is fetched.

import { clear, el } from './dom.js';

export function createDocsViewer(ui) {
  let opener = null;

  function show(rule) {
    const tpl = document.getElementById('doc-' + rule) || document.getElementById('doc-index');
    clear(ui.body);
    if (!tpl) {
      ui.body.appendChild(el('p', 'empty', `没有找到规则 ${rule} 的说明。`));
    } else {
      ui.body.appendChild(document.importNode(tpl.content, true));
    }
    ui.body.dataset.rule = tpl ? tpl.id.slice(4) : rule;
    const h1 = ui.body.querySelector('h1');
    ui.title.textContent = h1 ? h1.textContent : '规则说明';
    if (h1) h1.remove(); // shown as the dialog's title
    ui.body.scrollTop = 0;
  }

  function open(rule, from) {
    opener = from || document.activeElement;
    show(rule || 'index');
    if (!ui.dialog.open) ui.dialog.showModal();
    ui.body.focus();
  }

  ui.body.addEventListener('click', (event) => {
    const a = event.target.closest('a[href^="#doc/"]');
    if (!a) return;
    event.preventDefault();
    show(a.getAttribute('href').slice(5));
    ui.body.focus();
  });
  ui.index.addEventListener('click', () => { show('index'); ui.body.focus(); });
  ui.close.addEventListener('click', () => ui.dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it too.
  ui.dialog.addEventListener('click', (event) => { if (event.target === ui.dialog) ui.dialog.close(); });
  ui.dialog.addEventListener('close', () => {
    if (opener && opener.focus && document.contains(opener)) opener.focus();
    opener = null;
  });

  return { open, isOpen: () => ui.dialog.open };
}
