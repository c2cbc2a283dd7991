// Talks to the analysis worker: one request in flight at a time, and only
// the newest text counts. While the worker is busy with a 1 MB text, every
// keystroke just replaces the pending text; answers for older texts are
// dropped, so a stale result never reaches the page.

const workerUrl = new URL('./worker.js', import.meta.url).href;

// The page's CSP requires Trusted Types for script URLs; this policy lets
// exactly one URL through: our own worker.
const policy = globalThis.trustedTypes?.createPolicy('worker-url', {
  createScriptURL(url) {
    if (url !== workerUrl) throw new TypeError(`refusing worker script ${url}`);
    return url;
  },
});

/**
 * Starts the worker. Callbacks: `ready()`, `failed(message)` when the module
 * cannot load, `busy(text)` when a text goes to the worker, `result(text,
 * {result, speakers, numbers, marks})` for the newest text only (see
 * digest.js), `error(message)` when an analysis throws.
 */
export function startAnalyser(callbacks) {
  let worker;
  try {
    worker = new Worker(policy ? policy.createScriptURL(workerUrl) : workerUrl, { type: 'module' });
  } catch (error) {
    queueMicrotask(() => callbacks.failed(error.message));
    return { request() {} };
  }
  let nextId = 0;
  let latest = 0;
  let inFlight = null; // {id, text}
  let pending = null; // {id, text}

  const send = (job) => {
    inFlight = job;
    callbacks.busy?.(job.text);
    worker.postMessage(job);
  };

  worker.onmessage = ({ data }) => {
    if (data.ready) return callbacks.ready?.();
    if (data.failed !== undefined) return callbacks.failed(data.failed);
    const done = inFlight;
    inFlight = null;
    if (pending) {
      send(pending);
      pending = null;
    }
    if (!done || data.id !== done.id || data.id !== latest) return; // stale
    if (data.error !== undefined) return callbacks.error?.(data.error);
    callbacks.result(done.text, { ...JSON.parse(data.json), marks: data.marks });
  };
  // A worker that cannot even start (no module workers, script missing)
  // reports here and never answers.
  worker.onerror = (event) => {
    event.preventDefault?.();
    callbacks.failed(event.message || 'the analysis worker could not start');
  };

  return {
    /** Asks for an analysis of `text`; only the newest request is answered. */
    request(text) {
      const job = { id: ++nextId, text };
      latest = job.id;
      if (inFlight) pending = job;
      else send(job);
    },
  };
}
