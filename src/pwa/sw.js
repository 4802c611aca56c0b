// @ts-check
/**
 * Our part of the service worker. @docusaurus/plugin-pwa builds build/sw.js from its own
 * worker and calls this module's default export (the `swCustom` option). We register the worker
 * with `offlineMode: false` (src/pwa/registerSw.ts), so the plugin's worker caches nothing;
 * everything below is what keeps the course readable offline:
 *
 * - Pages and the files they use are kept as the reader opens them (runtime caching), in one
 *   cache (OFFLINE_CACHE). Nothing else is downloaded unless the reader asks for it.
 * - The whole course is saved only when the reader presses the button on My progress; the page
 *   itself fills the same cache then (src/pwa/offlineCopy.ts), so the rules here serve it.
 */
import { clientsClaim } from 'workbox-core';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { OFFLINE_CACHE, OFFLINE_LIST_FILE, pageKey, plainCopy } from './offlineKeys';

/** @typedef {{ type: 'KEEP_PAGE', page: string, files: string[] }} KeepPageMessage */

/** A page is kept under one address however it was asked for (see pageKey). */
const pageKeyPlugin = {
  /** @param {{ request: Request }} param */
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    return `${url.origin}${pageKey(url.pathname)}`;
  },
};

/** Other files are kept without their query: search asks for search-index.json?_=<hash>. */
const noQueryPlugin = {
  /** @param {{ request: Request }} param */
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    return `${url.origin}${url.pathname}`;
  },
};

/** @param {URL} url */
const sameOrigin = (url) => url.origin === self.location.origin;

export default function offlineCopy() {
  // The first page a reader opens is served by this worker from its next request on.
  clientsClaim();

  // Pages: the newest from the network; the kept copy when there is no connection (or after
  // 5 seconds of waiting on a very slow one).
  registerRoute(
    ({ request, url }) => request.mode === 'navigate' && sameOrigin(url),
    new NetworkFirst({ cacheName: OFFLINE_CACHE, networkTimeoutSeconds: 5, plugins: [pageKeyPlugin] }),
  );
  // Scripts, styles and images under /assets/ have their content's hash in their name: they
  // never change, so a kept copy is always right.
  registerRoute(
    ({ request, url }) => sameOrigin(url) && url.pathname.includes('/assets/') && request.method === 'GET',
    new CacheFirst({ cacheName: OFFLINE_CACHE }),
  );
  // The list of the whole course: always the newest, so My progress compares against the files
  // of the version online (the kept copy answers when there is no connection).
  registerRoute(
    ({ request, url }) => sameOrigin(url) && url.pathname.endsWith(`/${OFFLINE_LIST_FILE}`) && request.method === 'GET',
    new NetworkFirst({ cacheName: OFFLINE_CACHE, plugins: [noQueryPlugin] }),
  );
  // Everything else from this site (search index, icons, manifest): the kept copy at once,
  // refreshed in the background.
  registerRoute(
    ({ request, url }) => sameOrigin(url) && request.method === 'GET',
    new StaleWhileRevalidate({ cacheName: OFFLINE_CACHE, plugins: [noQueryPlugin] }),
  );

  // The page reports what it used before this worker was in charge (the first visit), and the
  // pages reached by a link inside the site (those load no HTML of their own).
  self.addEventListener('message', (event) => {
    /** @type {KeepPageMessage | undefined} */
    const data = event.data;
    if (data?.type !== 'KEEP_PAGE') return;
    // A message to a service worker is an ExtendableMessageEvent (not in TypeScript's DOM types).
    /** @type {{ waitUntil(task: Promise<unknown>): void }} */ (/** @type {unknown} */ (event)).waitUntil(
      keepPage(data),
    );
  });
}

/** @param {KeepPageMessage} message */
async function keepPage({ page, files }) {
  const cache = await caches.open(OFFLINE_CACHE);
  const pageUrl = new URL(page, self.location.href);
  if (!sameOrigin(pageUrl)) return;
  const key = `${pageUrl.origin}${pageKey(pageUrl.pathname)}`;
  const tasks = [];
  if (!(await cache.match(key))) tasks.push(keep(cache, key, key));
  for (const file of files) {
    const url = new URL(file, self.location.href);
    if (!sameOrigin(url) || url.pathname.endsWith('/sw.js')) continue;
    const fileKey = `${url.origin}${url.pathname}`;
    if (!(await cache.match(fileKey))) tasks.push(keep(cache, url.href, fileKey));
  }
  await Promise.allSettled(tasks);
}

/**
 * @param {Cache} cache
 * @param {string} url
 * @param {string} key
 */
async function keep(cache, url, key) {
  const response = await fetch(url);
  if (response.ok) await cache.put(key, await plainCopy(response));
}
