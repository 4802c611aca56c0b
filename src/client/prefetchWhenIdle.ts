/**
 * Client module (see docusaurus.config.ts): swaps Docusaurus' link prefetching for the
 * idle-time queue in src/client/deferredPrefetch.ts. Docusaurus sets `window.docusaurus` after
 * the client modules have loaded, so the swap happens on the first route update, which runs
 * before any link has reported that it is in view.
 */
import type { ClientModule } from '@docusaurus/types';
import { afterLoadAndIdle, whenIdle } from './afterLoad';
import { createDeferredPrefetch } from './deferredPrefetch';

let installed = false;

function install(): void {
  const api = window.docusaurus;
  if (installed || !api) return;
  installed = true;
  // Docusaurus freezes its object, so the whole object is replaced rather than patched.
  window.docusaurus = Object.freeze({
    ...api,
    prefetch: createDeferredPrefetch({
      prefetch: (path) => api.prefetch(path),
      whenReady: (callback) => void afterLoadAndIdle(callback),
      whenIdle: (callback) => void whenIdle(callback),
      // Where service workers exist, the course's worker stores every page after the first
      // load (src/pwa/registerSw.ts), so prefetching would download the same files twice.
      shouldSkip: () => 'serviceWorker' in navigator,
    }),
  });
}

const clientModule: ClientModule = {
  onRouteDidUpdate() {
    install();
  },
};

export default clientModule;
