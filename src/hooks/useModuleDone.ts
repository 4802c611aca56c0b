import { useEffect, useState } from 'react';
import { useAfterLoad } from '@site/src/hooks/useAfterLoad';

/**
 * Whether the reader has completed a module (read it and passed its check), for the tick in the
 * sidebar. False during the server render and hydration, and until the page has settled: the
 * progress code is fetched then, which keeps it out of the JavaScript every page needs first.
 *
 * It only ever changes a boolean, so a sidebar link keeps its element (no remount, focus kept)
 * and a reader with nothing completed causes no re-render at all. If the progress code cannot be
 * fetched, the links simply show no ticks.
 */
export function useModuleDone(moduleId: string | undefined): boolean {
  const settled = useAfterLoad();
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!settled || !moduleId) return undefined;
    let cancelled = false;
    let stop: (() => void) | undefined;
    Promise.all([import('@site/src/course/storage'), import('@site/src/course/progress')])
      .then(([{ progressStore }, { isModuleComplete }]) => {
        if (cancelled) return;
        const check = () => {
          const { ready, progress } = progressStore.getSnapshot();
          setDone(ready && isModuleComplete(progress, moduleId));
        };
        stop = progressStore.subscribe(check);
        check();
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [settled, moduleId]);
  return done;
}
