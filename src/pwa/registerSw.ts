/**
 * Registers the service worker that keeps the pages a reader opens usable offline
 * (@docusaurus/plugin-pwa builds it; our rules are in src/pwa/sw.js).
 *
 * Unlike the plugin's own registration, this one waits until the page has loaded and the
 * browser is idle, so a reader on a slow phone gets the page first. It registers with
 * `offlineMode: false`, so the plugin's worker does not download the whole course: the pages
 * are kept as the reader opens them, and the whole course only when they ask (My progress).
 * When a new version is waiting it lets the reader choose when to reload instead of swapping
 * files under them.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type { ClientModule } from '@docusaurus/types';
import { afterLoadAndIdle } from '@site/src/client/afterLoad';
import { offlineStatus } from './offlineStatus';
import { saveDataOn } from './offlineKeys';
import { activateWaitingWorker, watchForWaitingWorker } from './updateFlow';

const SW_URL = process.env.PWA_SERVICE_WORKER_URL as string | undefined;

/** Asks the worker to keep this page and the files it loaded; set once the worker is active. */
let keepThisPage: (() => void) | null = null;

async function register(): Promise<void> {
  if (!SW_URL) return;
  const { Workbox } = await import('workbox-window');
  // offlineMode: false turns off the plugin's download of every file (see src/pwa/sw.js).
  const params = encodeURIComponent(JSON.stringify({ offlineMode: false, debug: false }));
  const wb = new Workbox(`${SW_URL}?params=${params}`);

  const registration = await wb.register();
  // The reader decides when to switch (see updateFlow.ts for why this uses the registration).
  if (registration) {
    watchForWaitingWorker(registration, () =>
      offlineStatus.set({
        kind: 'update-available',
        reload: () => activateWaitingWorker(registration, navigator.serviceWorker, () => window.location.reload()),
      }),
    );
  }

  const ready = await navigator.serviceWorker.ready;
  keepThisPage = () => {
    // With Save-Data on, nothing is fetched that the reader did not ask for.
    if (saveDataOn()) return;
    const files = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(window.location.origin));
    ready.active?.postMessage({ type: 'KEEP_PAGE', page: window.location.href, files });
  };
  // The first page was loaded before the worker was in charge: keep it now.
  keepThisPage();
}

/** A page reached by a link inside the site loads no HTML; ask the worker to keep it. */
export const onRouteDidUpdate: ClientModule['onRouteDidUpdate'] = ({ location, previousLocation }) => {
  if (previousLocation && previousLocation.pathname !== location.pathname) keepThisPage?.();
};

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  afterLoadAndIdle(() => {
    register().catch((error: unknown) => {
      // Offline use is a bonus: if registration fails the course still works online.
      console.warn('The course could not be made available offline:', error);
    });
  });
}
