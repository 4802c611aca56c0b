// @ts-check
/**
 * What the service worker (src/pwa/sw.js), the build (src/plugins/offlineCopy.ts) and the page
 * (src/pwa/offlineCopy.ts) must agree on. Plain JavaScript: plugin-pwa compiles the service
 * worker with Babel for .js files only.
 */

/** The one cache that holds the offline copy: pages read so far, and the whole course if saved. */
export const OFFLINE_CACHE = 'kap-course-offline';

/** The list of files in "the whole course", written at the end of each build (build/offline-copy.json). */
export const OFFLINE_LIST_FILE = 'offline-copy.json';

/**
 * The one address a page is kept under, whichever way it was asked for:
 * /learn/faq, /learn/faq/, /learn/faq/index.html all become /learn/faq; / stays /.
 * @param {string} pathname
 * @returns {string}
 */
export function pageKey(pathname) {
  let path = pathname.replace(/\/index\.html$/, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  return path || '/';
}

/**
 * A response that followed a redirect cannot answer a page request (the browser refuses it);
 * keep a plain copy of it instead.
 * @param {Response} response
 * @returns {Promise<Response>}
 */
export async function plainCopy(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * The browser's Save-Data setting ("Lite mode", "Data saver"): when on, nothing is downloaded
 * that the reader did not ask for, and the whole course is never saved by itself.
 * @returns {boolean}
 */
export function saveDataOn() {
  const connection = /** @type {{ connection?: { saveData?: boolean } }} */ (/** @type {unknown} */ (navigator))
    .connection;
  return connection?.saveData === true;
}
