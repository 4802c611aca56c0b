import { useEffect, useState } from 'react';
import { afterLoadAndIdle } from '@site/src/client/afterLoad';

/**
 * False during the server render, hydration and page load; true once the page has loaded and
 * the browser has had an idle moment. Code that only enhances a page (progress ticks, notices,
 * the phone menu's chapter list) waits for it, so a reader on a slow phone gets the page first.
 */
export function useAfterLoad(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => afterLoadAndIdle(() => setReady(true)), []);
  return ready;
}
