/**
 * Client module (docusaurus.config.ts): no link prefetching.
 *
 * Docusaurus fetches the code of every internal link as soon as the link scrolls into view
 * (`window.docusaurus.prefetch`), and it has no option to turn that off. On a chapter, with the
 * sidebar's thirty-odd links in view, a first visit then downloads about 400 KB of JavaScript
 * (gzip) instead of about 180 KB: every chapter's text, on a reader's possibly metered phone,
 * before they have chosen to open any of them. This module turns only that off. What a reader
 * points at or touches is still fetched ahead of the click (`window.docusaurus.preload`,
 * untouched), so the next page still opens quickly.
 *
 * Docusaurus sets `window.docusaurus` after the client modules have loaded and freezes it, so
 * the whole object is replaced on the first route update, which runs before any link has
 * reported that it is in view. (This replaces an idle-time prefetch queue that, in every
 * browser with service workers, ended up prefetching nothing: the same result, in 15 lines.)
 */
import type { ClientModule } from '@docusaurus/types';

/** Docusaurus' prefetch returns false when it does not prefetch. */
export function noPrefetch(): false {
  return false;
}

export function turnOffLinkPrefetch(): void {
  const api = typeof window === 'undefined' ? undefined : window.docusaurus;
  if (!api || api.prefetch === noPrefetch) return;
  window.docusaurus = Object.freeze({ ...api, prefetch: noPrefetch });
}

const clientModule: ClientModule = {
  onRouteDidUpdate() {
    turnOffLinkPrefetch();
  },
};

export default clientModule;
