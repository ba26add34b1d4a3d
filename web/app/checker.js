// Talks to the checker worker. Every request gets a sequence number and only the answer
// to the newest one is delivered, so a slow check never overwrites a newer one.

function createWorker() {
  // The stand-alone page carries the worker's source (gkcheck.js + worker.js) inline,
  // because Chrome will not start a worker from a file:// URL.
  if (typeof GKCHECK_WORKER_SOURCE === 'string') {
    const blob = new Blob([GKCHECK_WORKER_SOURCE], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(blob));
  }
  return new Worker('worker.js');
}

function createChecker(handlers) {
  const worker = createWorker();
  let latest = 0;
  const started = new Map();

  worker.onmessage = (event) => {
    const msg = event.data;
    if (msg.type === 'ready') return handlers.ready();
    if (msg.type === 'fatal') return handlers.failed(msg.message);
    if (msg.seq !== latest) return; // stale: a newer request is on its way
    const ms = Math.round(performance.now() - started.get(msg.seq));
    started.clear();
    if (msg.type === 'result') handlers.result(msg.result, ms);
    else if (msg.type === 'opened') handlers.opened(msg, ms);
    else if (msg.type === 'error') handlers.failed(msg.message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    handlers.failed(event.message || '检查器出错');
  };

  function send(msg, transfer) {
    msg.seq = ++latest;
    started.set(msg.seq, performance.now());
    worker.postMessage(msg, transfer || []);
  }
  return {
    check(text) { send({ type: 'check', text }); },
    open(bytes, name) { send({ type: 'open', bytes, name }, [bytes.buffer]); },
    // Forget anything in flight (e.g. the editor was emptied).
    cancel() { latest++; started.clear(); },
  };
}
