// Must run before any schema is created: the worker has the page's CSP (no 'unsafe-eval').
import '../zodJitless';
import { createSearchEngine } from './searchEngine';

/**
 * The search Web Worker: hosts the search engine so building the index never blocks the UI
 * thread. Started by searchClient.ts as a module worker from the app's own origin (the CSP allows
 * `worker-src 'self'`). Typed against the DOM library, whose `postMessage(message, options?)`
 * overload matches a worker's.
 */
const engine = createSearchEngine((reply) => {
  self.postMessage(reply);
});

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  engine.receive(event.data);
});
