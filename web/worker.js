// The checker runs here, off the main thread. In the stand-alone page gkcheck.js is
// prepended to this file (Blob worker); on a site it is loaded with importScripts.
(function () {
  'use strict';
  if (typeof createGkcheck === 'undefined') importScripts('gkcheck.js');

  // The wasm is embedded, but emscripten 3.1.6 still tries fetch() on its data: URL
  // first, which the page's CSP (connect-src 'none') reports as a violation before
  // falling back to decoding it. Nothing in this worker needs the network.
  self.fetch = undefined;

  const ready = createGkcheck();
  ready.then(
    () => self.postMessage({ type: 'ready' }),
    (err) => self.postMessage({ type: 'fatal', message: String(err && err.message || err) })
  );

  // Messages: {type:'check', seq, text} and {type:'open', seq, bytes, name}.
  self.onmessage = async (event) => {
    const msg = event.data;
    let m;
    try {
      m = await ready;
    } catch (err) {
      return; // already reported as 'fatal'
    }
    try {
      if (msg.type === 'check') {
        self.postMessage({ type: 'result', seq: msg.seq, result: JSON.parse(m.check(msg.text)) });
      } else if (msg.type === 'open') {
        const decoded = JSON.parse(m.decodeBytes(msg.bytes));
        const result = decoded.binary ? null : JSON.parse(m.checkFile(msg.bytes, msg.name));
        self.postMessage({ type: 'opened', seq: msg.seq, name: msg.name, decoded, result });
      }
    } catch (err) {
      self.postMessage({ type: 'error', seq: msg.seq, message: String(err && err.message || err) });
    }
  };
})();
