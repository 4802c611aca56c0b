import { useEffect, useState } from 'react';

/**
 * False during the server render, hydration and page load; true once the window's load event
 * has fired. Code that only enhances a page (progress ticks, notices) waits for it, so a reader
 * on a slow phone gets the page first.
 */
export function useWindowLoaded(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (document.readyState === 'complete') {
      setLoaded(true);
      return undefined;
    }
    const onLoad = () => setLoaded(true);
    window.addEventListener('load', onLoad, { once: true });
    return () => window.removeEventListener('load', onLoad);
  }, []);
  return loaded;
}
