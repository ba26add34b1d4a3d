// The checker runs here, off the main thread. gkcheck.js comes with its wasm taken out and
// deflated as base64 (GKCHECK_WASM_DEFLATED, scripts/build-web.mjs): in the stand-alone page
// both are prepended to this file (Blob worker); on a site gkcheck.js, which holds both, is
// loaded with importScripts.
(function () {
  'use strict';
  if (typeof createGkcheck === 'undefined') importScripts('gkcheck.js');

  // The wasm is embedded, but emscripten 3.1.6 still tries fetch() on its data: URL
  // first, which the page's CSP (connect-src 'none') reports as a violation before
  // falling back to decoding it. Nothing in this worker needs the network.
  self.fetch = undefined;

  // The deflated wasm is inflated by the browser (DecompressionStream, Chromium 80+): a
  // stream over bytes already here, no request.
  function moduleOptions() {
    if (typeof GKCHECK_WASM_DEFLATED !== 'string') return Promise.resolve({});
    const packed = atob(GKCHECK_WASM_DEFLATED);
    const bytes = new Uint8Array(packed.length);
    for (let i = 0; i < packed.length; i++) bytes[i] = packed.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
    return new Response(stream).arrayBuffer().then((b) => ({ wasmBinary: new Uint8Array(b) }));
  }

  const ready = moduleOptions().then((options) => createGkcheck(options));
  ready.then(
    () => self.postMessage({ type: 'ready' }),
    (err) => self.postMessage({ type: 'fatal', message: String(err && err.message || err) })
  );

  const decode = (m, bytes) => JSON.parse(m.decodeBytes(bytes));

  // Several reports checked together, so that cross.carry-over sees them all.
  function checkAll(m, names, files) {
    return JSON.parse(m.checkFiles(names, files));
  }

  const handlers = {
    // {text} or, for a report that belongs to a batch, {text, batch: {names, files, index}}:
    // the edited text replaces that file and the whole batch is checked again.
    check(m, msg) {
      if (!msg.batch) return { type: 'result', doc: JSON.parse(m.check(msg.text)) };
      const files = msg.batch.files.slice();
      files[msg.batch.index] = new TextEncoder().encode(msg.text);
      return { type: 'result', doc: checkAll(m, msg.batch.names, files), index: msg.batch.index };
    },
    // {bytes, name}: one file, decoded for the editor and checked.
    open(m, msg) {
      const decoded = decode(m, msg.bytes);
      const doc = decoded.binary ? null : JSON.parse(m.checkFile(msg.bytes, msg.name));
      return { type: 'opened', name: msg.name, decoded, doc };
    },
    // {html}: the clipboard's text/html, read by the core; answered as an opened file whose
    // text is the text read from it.
    html(m, msg) {
      const doc = JSON.parse(m.checkHtml(msg.html));
      const text = doc.reports[0].text || '';
      return { type: 'opened', name: '粘贴的网页表格', pasted: true, decoded: { text, encoding: 'UTF-8', bom: false, binary: false }, doc };
    },
    // {names, files}: many files at once.
    batch(m, msg) {
      const decoded = msg.files.map((bytes) => {
        const d = decode(m, bytes);
        if (d.binary) d.text = '';
        return d;
      });
      return { type: 'batched', decoded, doc: checkAll(m, msg.names, msg.files) };
    },
  };

  // Only the newest request of each channel is worth running: requests that queued up
  // while the core was busy are dropped here, unanswered (the page ignores their seq).
  const waiting = new Map();
  let draining = false;

  function drain(m) {
    draining = false;
    const batch = Array.from(waiting.values());
    waiting.clear();
    for (const msg of batch) {
      let reply;
      try {
        const handler = handlers[msg.type];
        if (!handler) throw new Error('unknown request ' + msg.type);
        reply = handler(m, msg);
      } catch (err) {
        reply = { type: 'error', message: String(err && err.message || err) };
      }
      reply.seq = msg.seq;
      reply.channel = msg.channel;
      self.postMessage(reply);
    }
  }

  self.onmessage = (event) => {
    const msg = event.data;
    const key = msg.channel || msg.type;
    const older = waiting.get(key);
    if (older) self.postMessage({ type: 'dropped', seq: older.seq, channel: older.channel });
    waiting.set(key, msg);
    if (draining) return;
    draining = true;
    ready.then((m) => setTimeout(() => drain(m), 0), () => {});
  };
})();
