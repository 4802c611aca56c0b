import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { isHydrated } from '@site/src/client/afterLoad';
import type { Progress } from '@site/src/course/progress';
import { progressStore, type ProgressSnapshot } from '@site/src/course/storage';

export interface UseProgress extends ProgressSnapshot {
  /** Applies a pure update from src/course/progress.ts and saves it, e.g.
   *  `update((p) => setRead(p, 'safety', true, new Date()))`. */
  readonly update: (change: (progress: Progress) => Progress) => void;
}

/**
 * The reader's progress, kept on this device. Server render and hydration see empty progress
 * with `ready: false`; the saved progress arrives right after hydration, without a mismatch.
 *
 * It arrives through an ordinary update from an effect, as a transition (React renders it in
 * short slices, and a tap in the meantime is handled first). Were the store read straight away, its
 * value would differ from the server's, and React would then force a blocking re-render inside
 * the task that finishes hydration: a long pause on a slow phone. Parts mounted after hydration
 * (moving between pages) read the store at once.
 */
export function useProgress(): UseProgress {
  const [live, setLive] = useState(isHydrated);
  useEffect(() => startTransition(() => setLive(true)), []);
  const snapshot = useSyncExternalStore(
    progressStore.subscribe,
    live ? progressStore.getSnapshot : progressStore.getServerSnapshot,
    progressStore.getServerSnapshot,
  );
  return { ...snapshot, update: progressStore.update };
}
