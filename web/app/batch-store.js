// Keeps the batch in this browser so that a reload finds it again: the files' names and
// bytes (as checked: a PDF as its runs text, with its own bytes for 原文), the report open
// and the view shown. The bytes of thirty reports outgrow localStorage, so IndexedDB holds
// them. Nothing is sent anywhere; without IndexedDB (some locked-down browsers) the batch
// simply is not kept.

const DB_NAME = 'gkcheck';
const STORE = 'batch';
const KEY = 'current';

function open() {
  return new Promise((resolve, reject) => {
    if (!window.indexedDB) { reject(new Error('no IndexedDB')); return; }
    const req = window.indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

// Runs fn(store) in one transaction; resolves to the request's result once it is done.
function run(mode, fn) {
  return open().then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = fn(tx.objectStore(STORE));
    tx.oncomplete = () => { db.close(); resolve(req.result); };
    tx.onerror = tx.onabort = () => { db.close(); reject(tx.error); };
  }));
}

// {names, files, pdfs, open, top} as saved, or null. Never rejects.
export function loadBatch() {
  return run('readonly', (s) => s.get(KEY)).then((b) => (b && b.names && b.files ? b : null), () => null);
}

// Saves saved() of a batch; several calls in a row write once, shortly after.
let timer = 0;
export function saveBatchSoon(saved) {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const b = saved();
    if (!b) return;
    // A PDF's reading that cannot be cloned is left out: its text is kept all the same.
    run('readwrite', (s) => s.put(b, KEY)).catch(() => run('readwrite', (s) => s.put(Object.assign({}, b, { pdfs: [] }), KEY)))
      .catch(() => {});
  }, 300);
}

export function clearBatch() {
  clearTimeout(timer);
  return run('readwrite', (s) => s.delete(KEY)).catch(() => {});
}
