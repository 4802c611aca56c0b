/**
 * Loads Pagefind's browser script from this site (`<baseUrl>pagefind/pagefind.js`) once, the
 * first time a reader searches. It runs on the page itself (no worker: one file less to
 * download), and it fetches only the index chunks and section texts a query needs.
 */
import type { PagefindLike } from './engine';

interface PagefindModule extends PagefindLike {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

let loading: Promise<PagefindLike> | null = null;

export function loadPagefind(baseUrl: string): Promise<PagefindLike> {
  if (!loading) {
    const base = `${baseUrl.replace(/\/?$/, '/')}pagefind/`;
    loading = (import(/* webpackIgnore: true */ `${base}pagefind.js`) as Promise<PagefindModule>)
      .then(async (pagefind) => {
        await pagefind.options({ basePath: base, noWorker: true, excerptLength: 24 });
        await pagefind.init();
        return pagefind;
      })
      .catch((error: unknown) => {
        loading = null;
        throw error;
      });
  }
  return loading;
}
