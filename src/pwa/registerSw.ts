/**
 * Registers the service worker that keeps the course usable offline
 * (@docusaurus/plugin-pwa builds it with the precache list of every page and asset).
 *
 * Unlike the plugin's own registration, this one waits until the page has loaded and the
 * browser is idle, so a reader on a slow phone gets the page first; it tells the reader when
 * the course is ready offline, and when a new version is waiting it lets the reader choose
 * when to reload instead of swapping files under them.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { afterLoadAndIdle } from '@site/src/client/afterLoad';
import { offlineStatus } from './offlineStatus';

const SW_URL = process.env.PWA_SERVICE_WORKER_URL as string | undefined;

async function register(): Promise<void> {
  if (!SW_URL) return;
  const { Workbox } = await import('workbox-window');
  const params = encodeURIComponent(JSON.stringify({ offlineMode: true, debug: false }));
  const wb = new Workbox(`${SW_URL}?params=${params}`);

  const offerUpdate = () =>
    offlineStatus.set({
      kind: 'update-available',
      reload: () => {
        wb.addEventListener('controlling', () => window.location.reload());
        void wb.messageSW({ type: 'SKIP_WAITING' });
      },
    });

  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) offlineStatus.set({ kind: 'ready-offline' });
  });
  wb.addEventListener('waiting', offerUpdate);

  const registration = await wb.register();
  if (registration?.waiting && registration.active) offerUpdate();
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  afterLoadAndIdle(() => {
    register().catch((error: unknown) => {
      // Offline use is a bonus: if registration fails the course still works online.
      console.warn('The course could not be made available offline:', error);
    });
  });
}
