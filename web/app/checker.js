// Talks to the checker worker. Requests go on channels ('report' for the text being edited,
// 'batch' for many files); each carries a sequence number and only the answer to the newest
// request of its channel is delivered, so a slow check never overwrites a newer one.
// A check still running long after newer text arrived is abandoned with its worker.

// The tests shorten it (window.GKCHECK_ABANDON_MS) to see a worker replaced.
const ABANDON_MS = typeof window.GKCHECK_ABANDON_MS === 'number' ? window.GKCHECK_ABANDON_MS : 1500;

function createWorker() {
  // The stand-alone page carries the worker's source inline, because Chrome will not
  // start a worker from a file:// URL.
  if (typeof GKCHECK_WORKER_SOURCE === 'string') {
    const blob = new Blob([GKCHECK_WORKER_SOURCE], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(blob));
  }
  return new Worker('worker.js');
}

export function createChecker(handlers) {
  let worker = null;
  let seq = 0;
  const latest = {};             // channel -> seq of the request whose answer is wanted
  const outstanding = new Map(); // seq -> { msg, sent }: sent to the worker, not answered yet
  let readySince = 0;            // when the worker's core became ready; 0 while it loads

  function start() {
    worker = createWorker();
    worker.onmessage = (event) => {
      const msg = event.data;
      if (msg.type === 'ready') {
        readySince = performance.now();
        return handlers.ready();
      }
      if (msg.type === 'fatal') return handlers.failed(msg.message);
      const asked = outstanding.get(msg.seq);
      outstanding.delete(msg.seq);
      if (!asked || msg.type === 'dropped' || latest[msg.channel] !== msg.seq) return; // stale
      const ms = Math.round(performance.now() - asked.sent);
      if (msg.type === 'error') handlers.failed(msg.message, msg.channel);
      else handlers[msg.type](msg, ms);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      handlers.failed(event.message || '检查器出错');
    };
  }

  // How long the core has been held up by requests nobody waits for any more (loading the
  // core does not count: a slow machine must not restart it forever; nor does current
  // work, such as a large batch, which a restart would only start over).
  function busyFor() {
    let oldest = Infinity;
    outstanding.forEach((o) => { if (latest[o.msg.channel] !== o.msg.seq) oldest = Math.min(oldest, o.sent); });
    if (!readySince || oldest === Infinity) return 0;
    return performance.now() - Math.max(oldest, readySince);
  }

  // The core cannot be interrupted: a worker still busy with stale work is replaced, and
  // what the page still waits for is asked again of the new one.
  function restart() {
    worker.terminate();
    readySince = 0;
    start();
    const again = [];
    outstanding.forEach((o) => { if (latest[o.msg.channel] === o.msg.seq) again.push(o); });
    outstanding.clear();
    for (const o of again) {
      outstanding.set(o.msg.seq, o);
      worker.postMessage(o.msg);
    }
  }

  function send(channel, msg) {
    msg.seq = ++seq;
    msg.channel = channel;
    latest[channel] = msg.seq;
    if (busyFor() > ABANDON_MS) restart();
    outstanding.set(msg.seq, { msg, sent: performance.now() });
    worker.postMessage(msg);
  }

  start();
  return {
    check(text, batch) { send('report', batch ? { type: 'check', text, batch } : { type: 'check', text }); },
    open(bytes, name) { send('report', { type: 'open', bytes, name }); },
    html(html) { send('report', { type: 'html', html }); },
    batch(names, files) { send('batch', { type: 'batch', names, files }); },
    // Forget the answer on its way on a channel (e.g. the text changed since).
    cancel(channel) { latest[channel || 'report'] = 0; },
  };
}
