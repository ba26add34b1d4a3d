// The rule pages (docs/rules/*.md and docs/precision.md, turned into HTML at build time by
// scripts/markdown.mjs), shown in a modal dialog. They are loaded on the first opening only
// (a page whose user never opens them does not pay for them): the stand-alone file carries
// them deflated in a data block (#gkcheck-docs-module), the site serves them as docs.js.
// Either way they are the page's own build output and nothing is fetched from elsewhere;
// each page's HTML is parsed into an inert document and its nodes moved into the dialog.
// Links between rule pages stay inside the dialog.

import { clear, el } from './dom.js';
import { loadScript, unpackBlock } from './packed.js';

let loading = null;

// Resolves to the pages' HTML by id (a rule's id, "index", "precision").
function loadPages() {
  if (!loading) {
    const block = document.getElementById('gkcheck-docs-module');
    loading = block ? unpackBlock(block) : loadScript('docs.js').then(() => window.GKCHECK_DOCS);
    loading.catch(() => { loading = null; });
  }
  return loading;
}

export function createDocsViewer(ui) {
  let opener = null;
  let pages = null;

  function show(rule) {
    const has = (key) => Object.prototype.hasOwnProperty.call(pages, key);
    const id = pages && (has(rule) ? rule : (has('index') ? 'index' : null));
    clear(ui.body);
    if (!pages) {
      ui.body.appendChild(el('p', 'empty', '规则说明未能载入。'));
    } else if (!id) {
      ui.body.appendChild(el('p', 'empty', `没有找到规则 ${rule} 的说明。`));
    } else {
      const doc = new DOMParser().parseFromString(pages[id], 'text/html');
      ui.body.append(...Array.from(doc.body.childNodes, (node) => document.adoptNode(node)));
    }
    ui.body.dataset.rule = id || rule;
    const h1 = ui.body.querySelector('h1');
    ui.title.textContent = h1 ? h1.textContent : '规则说明';
    if (h1) h1.remove(); // shown as the dialog's title
    ui.body.scrollTop = 0;
  }

  // Shown once the pages are at hand; a page that cannot load them says so in the dialog.
  function open(rule, from) {
    opener = from || document.activeElement;
    return loadPages().then((loaded) => { pages = loaded; }, () => { pages = null; }).then(() => {
      show(rule || 'index');
      if (!ui.dialog.open) ui.dialog.showModal();
      ui.body.focus();
    });
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
