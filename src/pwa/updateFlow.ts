/**
 * How a newer version of the course (a new service worker) is found and put to use, written
 * against the browser's own registration rather than workbox-window's idea of "its" worker.
 *
 * Why: the browser checks for a new worker on every page load, often before workbox-window has
 * registered and started listening. Then workbox-window never sees the `updatefound`, keeps the
 * old, active worker as its own, and `wb.messageSW({ type: 'SKIP_WAITING' })` goes to that
 * active worker, which ignores it: "Reload now" did nothing. Here the message goes to
 * `registration.waiting`, whichever page found it.
 */

type Registration = Pick<ServiceWorkerRegistration, 'installing' | 'waiting' | 'active'> & EventTarget;
type Container = Pick<ServiceWorkerContainer, 'controller'> & EventTarget;

/**
 * Calls `offer` once for each worker that is installed and waiting while another one is
 * active: one found before this call (waiting or still installing) or any time after it.
 */
export function watchForWaitingWorker(registration: Registration, offer: (waiting: ServiceWorker) => void): void {
  const offered = new WeakSet<ServiceWorker>();
  const check = () => {
    const { waiting, active } = registration;
    if (waiting && active && !offered.has(waiting)) {
      offered.add(waiting);
      offer(waiting);
    }
  };
  const follow = (worker: ServiceWorker | null) => worker?.addEventListener('statechange', check);
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
  check();
}

/**
 * Asks the waiting worker to take over, and reloads the page once it has (once only). If no
 * worker is waiting any more (another tab already switched), reloads at once.
 */
export function activateWaitingWorker(registration: Registration, container: Container, reload: () => void): void {
  const waiting = registration.waiting;
  if (!waiting) {
    reload();
    return;
  }
  let done = false;
  const reloadOnce = () => {
    if (done) return;
    done = true;
    reload();
  };
  // The page's worker changes (the usual case), or the new worker is active even though this
  // page had none (a page opened with a forced reload is not controlled).
  container.addEventListener('controllerchange', reloadOnce);
  waiting.addEventListener('statechange', () => {
    if (waiting.state === 'activated' && !container.controller) reloadOnce();
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
