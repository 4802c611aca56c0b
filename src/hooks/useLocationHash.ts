import { useEffect, useState } from 'react';

/**
 * The current location hash ("#p=..."), read on the client after hydration and kept up to date
 * when it changes. null during server render and hydration (the server never sees the hash).
 */
export function useLocationHash(): string | null {
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    const read = () => setHash(window.location.hash);
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  return hash;
}
