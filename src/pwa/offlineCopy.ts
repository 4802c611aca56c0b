/**
 * Saving the whole course on this device, on the reader's request, and removing the offline
 * copy. Runs in the page (loaded only by the "Save the whole course" controls on My progress):
 * it fills the cache the service worker reads (src/pwa/sw.js), so a page saved here opens
 * with no connection.
 */
import { OFFLINE_CACHE, OFFLINE_LIST_FILE, plainCopy, saveDataOn } from './offlineKeys';

export { saveDataOn };

/** build/offline-copy.json, written at the end of each build (src/plugins/offlineCopy.ts). */
export interface OfflineList {
  /** Addresses to save, from the site's root: pages by their clean address (/learn/faq). */
  readonly files: readonly string[];
  /** Bytes the files take on the device. */
  readonly bytes: number;
  /** Bytes a host that compresses text sends (what the reader's data plan pays for). */
  readonly downloadBytes: number;
}

export interface SaveProgress {
  readonly done: number;
  readonly total: number;
}

/** Whether this browser can keep an offline copy at all (not in some private windows). */
export function offlineStorageAvailable(): boolean {
  return typeof window !== 'undefined' && 'caches' in window && 'serviceWorker' in navigator && window.isSecureContext;
}

function isOfflineList(value: unknown): value is OfflineList {
  const v = value as OfflineList | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.files) &&
    v.files.every((f) => typeof f === 'string' && f.startsWith('/')) &&
    Number.isFinite(v.bytes) &&
    Number.isFinite(v.downloadBytes)
  );
}

const listAddress = (baseUrl: string): string => `${baseUrl}${OFFLINE_LIST_FILE}`;

/** The list of the course's files (baseUrl: the site's base address, ending in /). */
export async function loadOfflineList(baseUrl: string): Promise<OfflineList> {
  const response = await fetch(listAddress(baseUrl), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`the list of files could not be loaded (${response.status})`);
  const list: unknown = await response.json();
  if (!isOfflineList(list)) throw new Error('the list of files is damaged');
  return list;
}

const absolute = (file: string): string => new URL(file, window.location.origin).href;

/** How many of the list's files are already on this device. */
export async function countSaved(list: OfflineList): Promise<number> {
  if (!(await caches.has(OFFLINE_CACHE))) return 0;
  const cache = await caches.open(OFFLINE_CACHE);
  const found = await Promise.all(list.files.map((file) => cache.match(absolute(file))));
  return found.filter(Boolean).length;
}

/**
 * Saves every file of the list that is not on this device yet, a few at a time, reporting
 * progress. Stops at the first failure (no connection, no space): what was saved stays.
 * Keeps the list too, so My progress can tell with no connection that the course is saved.
 */
export async function saveWholeCourse(
  list: OfflineList,
  baseUrl: string,
  onProgress: (progress: SaveProgress) => void,
  parallel = 4,
): Promise<void> {
  const cache = await caches.open(OFFLINE_CACHE);
  const total = list.files.length;
  let done = 0;
  let next = 0;
  let failure: { error: unknown } | null = null;
  onProgress({ done, total });
  const worker = async (): Promise<void> => {
    while (next < total && !failure) {
      const url = absolute(list.files[next]);
      next += 1;
      try {
        if (!(await cache.match(url))) {
          const response = await fetch(url, { cache: 'no-cache' });
          if (!response.ok) throw new Error(`${new URL(url).pathname} could not be downloaded (${response.status})`);
          await cache.put(url, await plainCopy(response));
        }
      } catch (error) {
        failure ??= { error };
        return;
      }
      done += 1;
      onProgress({ done, total });
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, total) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
  await cache.put(
    absolute(listAddress(baseUrl)),
    new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } }),
  );
}

/** Removes every copy this site keeps in the browser's cache storage (pages read and saved). */
export async function removeOfflineCopy(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(names.map((name) => caches.delete(name)));
}

/** A file size for people: "1.3 MB", "0.4 MB", "800 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= 100_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** Why saving stopped: each edition words it (`@locale/offline`). */
export type SaveFailure = 'no-space' | 'offline' | 'connection-lost' | 'other';

export function saveFailure(error: unknown): SaveFailure {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'no-space';
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (error instanceof TypeError) return 'connection-lost';
  return 'other';
}

/** Why saving stopped, in English (src/i18n/en/offline.ts shows these). */
export const SAVE_FAILURE_EN: Readonly<Record<SaveFailure, string>> = {
  'no-space': 'There is not enough free space on this device.',
  offline: 'There is no connection right now.',
  'connection-lost': 'The connection was lost.',
  other: 'Something went wrong while downloading.',
};

/** Why saving stopped, in English words a reader can act on. */
export function describeFailure(error: unknown): string {
  return SAVE_FAILURE_EN[saveFailure(error)];
}

/** How many files (pages read, files saved) this site keeps in its offline cache now. */
export async function countKept(): Promise<number> {
  if (!(await caches.has(OFFLINE_CACHE))) return 0;
  const cache = await caches.open(OFFLINE_CACHE);
  return (await cache.keys()).length;
}
