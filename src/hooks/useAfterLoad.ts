import { startTransition, useEffect, useState } from 'react';
import { afterLoadAndIdle, isSettled } from '@site/src/client/afterLoad';

/**
 * False during the server render, hydration and page load; true once the page has loaded and
 * the browser has had an idle moment. Code that only enhances a page (progress ticks, notices,
 * the phone menu's chapter list) waits for it, so a reader on a slow phone gets the page first.
 *
 * A part that mounts after that moment (the phone menu, a page reached by a link) reads true in
 * its first render, so it is not rendered a second time just to learn it. While hydrating it is
 * always false, as on the server: the page only settles after hydration.
 *
 * The switch to true is a transition, so React renders what it brings in (the phone menu, the
 * storage notice) in short slices the reader can interrupt, not in one block inside the idle
 * callback. (A store read through useSyncExternalStore would force one synchronous block.)
 */
export function useAfterLoad(): boolean {
  const [settled, setSettled] = useState(isSettled);
  useEffect(() => {
    if (settled) return undefined;
    return afterLoadAndIdle(() => startTransition(() => setSettled(true)));
  }, [settled]);
  return settled;
}

/**
 * For parts a reader cannot see until they ask (the phone menu): false until the page has
 * settled (see useAfterLoad) or `needed` is true, then true for good, so the part is built
 * once, outside the busy moment right after hydration.
 */
export function useMountWhenSettled(needed: boolean): boolean {
  const settled = useAfterLoad();
  const [mounted, setMounted] = useState(false);
  if (!mounted && (settled || needed)) setMounted(true);
  return mounted;
}
