/**
 * Docusaurus fetches the code of every internal link as soon as the link scrolls into view
 * (`window.docusaurus.prefetch`). On a long chapter that is dozens of `<link rel="prefetch">`
 * elements added while the page is still hydrating: on a slow phone it blocks the main thread
 * and competes with the page's own scripts for a thin connection.
 *
 * This queue keeps the benefit (the next chapter opens at once) without the cost: it waits until
 * the page is ready, then prefetches in the browser's idle time, a few addresses per idle period.
 * It does nothing where the browser supports service workers: the course's worker stores every
 * page after the first load, so prefetching would only download the same files twice (and
 * adding each `<link rel="prefetch">` costs a slow phone a noticeable moment).
 */

import type { IdleDeadlineLike } from './afterLoad';

export interface DeferredPrefetchDeps {
  /** Docusaurus' own prefetch, which adds the `<link rel="prefetch">` elements. */
  readonly prefetch: (path: string) => unknown;
  /** Calls back once the page is ready: loaded, hydrated and idle (src/client/afterLoad.ts). */
  readonly whenReady: (callback: () => void) => void;
  /** Calls back when the browser is idle. */
  readonly whenIdle: (callback: (deadline: IdleDeadlineLike) => void) => void;
  /** True when prefetching would be wasted (the service worker already serves every page). */
  readonly shouldSkip: () => boolean;
}

/** Milliseconds of idle time to leave free after each prefetch. */
const IDLE_MARGIN_MS = 8;

/** A replacement for `window.docusaurus.prefetch` that defers the work to idle time. */
export function createDeferredPrefetch(deps: DeferredPrefetchDeps): (path: string) => false {
  const queue: string[] = [];
  const seen = new Set<string>();
  let ready = false;
  let scheduled = false;

  const drain = (deadline: IdleDeadlineLike) => {
    scheduled = false;
    if (deps.shouldSkip()) {
      queue.length = 0;
      return;
    }
    // At least one per idle period, so the queue always makes progress.
    do {
      const path = queue.shift();
      if (path === undefined) return;
      deps.prefetch(path);
    } while (deadline.timeRemaining() > IDLE_MARGIN_MS);
    schedule();
  };

  const schedule = () => {
    if (!ready || scheduled || queue.length === 0) return;
    scheduled = true;
    deps.whenIdle(drain);
  };

  deps.whenReady(() => {
    ready = true;
    schedule();
  });

  return (path: string) => {
    if (!seen.has(path)) {
      seen.add(path);
      queue.push(path);
      schedule();
    }
    return false;
  };
}
