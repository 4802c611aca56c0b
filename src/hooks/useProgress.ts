import { useSyncExternalStore } from 'react';
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
 */
export function useProgress(): UseProgress {
  const snapshot = useSyncExternalStore(
    progressStore.subscribe,
    progressStore.getSnapshot,
    progressStore.getServerSnapshot,
  );
  return { ...snapshot, update: progressStore.update };
}
