/**
 * Scheduling for work that only enhances a page (progress ticks, notices, the service
 * worker): it waits until the page has loaded and hydrated and the browser has an idle
 * moment, so a reader on a slow phone gets the page, and a page that responds to taps, first.
 */

export interface IdleDeadlineLike {
  timeRemaining(): number;
}

type IdleWindow = Window & {
  requestIdleCallback?: (callback: (deadline: IdleDeadlineLike) => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/** Longest wait for an idle moment before the work runs anyway. */
export const IDLE_TIMEOUT_MS = 5000;

/** Calls back on the next tick. Returns a cancel function. */
function soon(callback: () => void): () => void {
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
}

/** Calls back once the window's load event has fired (soon, if it already has). Returns a cancel function. */
export function whenLoaded(callback: () => void): () => void {
  if (document.readyState === 'complete') return soon(callback);
  window.addEventListener('load', callback, { once: true });
  return () => window.removeEventListener('load', callback);
}

/**
 * True in the browser once React has hydrated the page (see whenHydrated); false on the server
 * and during hydration. Only "true" counts: on the way from "false", Docusaurus' head manager
 * briefly sets the mark to an empty value, a frame or more before hydration has finished.
 */
export function isHydrated(): boolean {
  if (typeof document === 'undefined') return false;
  const mark = document.documentElement.getAttribute('data-has-hydrated');
  return mark === null || mark === 'true';
}

/**
 * Calls back once React has hydrated the page (soon, if it already has). Docusaurus marks the
 * server HTML with data-has-hydrated="false" and flips it after hydration; a page without the
 * mark (not built by Docusaurus) counts as hydrated. Returns a cancel function.
 */
export function whenHydrated(callback: () => void): () => void {
  const root = document.documentElement;
  if (isHydrated()) return soon(callback);
  const observer = new MutationObserver(() => {
    if (!isHydrated()) return;
    observer.disconnect();
    callback();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-has-hydrated'] });
  return () => observer.disconnect();
}

/** Calls back when the browser is idle (or after a short timer where it cannot say). Returns a cancel function. */
export function whenIdle(callback: (deadline: IdleDeadlineLike) => void): () => void {
  const w = window as IdleWindow;
  if (w.requestIdleCallback) {
    const handle = w.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return () => w.cancelIdleCallback?.(handle);
  }
  const timer = setTimeout(() => callback({ timeRemaining: () => 0 }), 200);
  return () => clearTimeout(timer);
}

let settled = false;
let scheduled = false;
const waiting = new Set<() => void>();

/**
 * Calls back after the load event, after hydration, and then an idle moment (the scripts may
 * start after the load event, and the idle gap while they download is not the page being
 * ready). One shared wait for the whole page, so every part that waits is told in the same
 * task (and React renders them together). Once that moment has passed, later callers are
 * called back at once (on the next tick). Returns a cancel function.
 */
export function afterLoadAndIdle(callback: () => void): () => void {
  if (settled) return soon(callback);
  waiting.add(callback);
  if (!scheduled) {
    scheduled = true;
    whenLoaded(() =>
      whenHydrated(() =>
        whenIdle(() => {
          settled = true;
          const callbacks = [...waiting];
          waiting.clear();
          callbacks.forEach((cb) => cb());
        }),
      ),
    );
  }
  return () => waiting.delete(callback);
}

/** Whether the page has settled (see afterLoadAndIdle); false on the server. */
export function isSettled(): boolean {
  return settled;
}

/** For tests: forget that the page has settled. */
export function resetAfterLoadForTests(): void {
  settled = false;
  scheduled = false;
  waiting.clear();
}
