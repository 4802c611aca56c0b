import { startTransition, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { isHydrated } from '@site/src/client/afterLoad';
import { noteLanguage, type Progress } from '@site/src/course/progress';
import { progressStore, type ProgressSnapshot } from '@site/src/course/storage';

export interface UseProgress extends ProgressSnapshot {
  /** Applies a pure update from src/course/progress.ts and saves it, e.g.
   *  `update((p) => setRead(p, 'safety', true, new Date()))`. The page's language is recorded
   *  with it (`noteLanguage`), so the summary can say which language the reader used. */
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
 *
 * Progress is the same in every language (same storage, same module ids): a check passed on a
 * Spanish page counts on the English one.
 */
export function useProgress(): UseProgress {
  const [live, setLive] = useState(isHydrated);
  useEffect(() => startTransition(() => setLive(true)), []);
  const snapshot = useSyncExternalStore(
    progressStore.subscribe,
    live ? progressStore.getSnapshot : progressStore.getServerSnapshot,
    progressStore.getServerSnapshot,
  );
  // Optional: component tests render without Docusaurus' i18n context.
  const language = useDocusaurusContext().i18n?.currentLocale ?? 'en';
  const update = useCallback(
    (change: (progress: Progress) => Progress) =>
      progressStore.update((p) => {
        const next = change(p);
        return next === p ? p : noteLanguage(next, language);
      }),
    [language],
  );
  return { ...snapshot, update };
}
