import { useSyncExternalStore } from 'react';
import { afterLoadAndIdle } from '@site/src/client/afterLoad';

type ProgressCode = [typeof import('@site/src/course/storage'), typeof import('@site/src/course/progress')];

// One fetch of the progress code and one subscription for all the sidebar links on a page.
let code: ProgressCode | null = null;
let fetching: Promise<void> | null = null;
let fetchScheduled = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function fetchProgressCode(): void {
  fetching ??= Promise.all([import('@site/src/course/storage'), import('@site/src/course/progress')])
    .then((loaded) => {
      code = loaded;
      loaded[0].progressStore.subscribe(notify);
      notify();
    })
    .catch(() => undefined);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // The first link to subscribe starts the one shared wait for the page to settle, then the
  // fetch. (Links mounted after settling would otherwise each queue their own call.)
  if (!fetchScheduled) {
    fetchScheduled = true;
    afterLoadAndIdle(fetchProgressCode);
  }
  return () => listeners.delete(listener);
}

function isDone(moduleId: string): boolean {
  if (!code) return false;
  const [{ progressStore }, { isModuleComplete }] = code;
  const { ready, progress } = progressStore.getSnapshot();
  return ready && isModuleComplete(progress, moduleId);
}

/**
 * Whether the reader has completed a module (read it and finished its check), for the tick in the
 * sidebar. False during the server render and hydration, and until the page has settled: the
 * progress code is fetched then (once for all links), which keeps it out of the JavaScript every
 * page needs first.
 *
 * It is a boolean, so a sidebar link keeps its element (no remount, focus kept), and a link
 * re-renders only when its own answer changes: with nothing completed, nothing re-renders (not
 * even when the page settles, as no link keeps state of its own for that). If
 * the progress code cannot be fetched, the links simply show no ticks.
 */
export function useModuleDone(moduleId: string | undefined): boolean {
  // Before the progress code has arrived (always the case while a page hydrates) the answer is
  // false, the same as the server's.
  return useSyncExternalStore(
    subscribe,
    () => moduleId !== undefined && isDone(moduleId),
    () => false,
  );
}
