/**
 * Opening this device's localStorage safely, apart from the progress store: the language
 * switcher, which is in every page's first JavaScript, needs only this, not the progress code
 * (src/course/storage.ts, loaded by the pages and parts that keep progress).
 */

const PROBE_KEY = 'kap-course:probe';

/** The Storage from `get` if it can be written now, else null (none, blocked, full, throws). */
export function openStorage(get: () => Storage | null): Storage | null {
  try {
    const storage = get();
    if (!storage) return null;
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return storage;
  } catch {
    return null;
  }
}

/**
 * This device's localStorage if the browser lets the site use it now, else null (server render,
 * private mode, blocked storage). For small settings kept apart from progress.
 */
export function deviceStorage(): Storage | null {
  return typeof window === 'undefined' ? null : openStorage(() => window.localStorage);
}
