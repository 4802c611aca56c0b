/**
 * Whether a newer version of the course is waiting to be used. A tiny store the
 * service-worker registration writes and the <OfflineNotice> reads. No React, no window.
 */

export type OfflineState =
  { readonly kind: 'idle' } | { readonly kind: 'update-available'; readonly reload: () => void };

type Listener = () => void;

export interface OfflineStatusStore {
  get(): OfflineState;
  set(state: OfflineState): void;
  subscribe(listener: Listener): () => void;
}

/**
 * Nothing to say: the state before the service worker reports, and on the server. One shared
 * object, so the server's answer and the browser's first answer are the same value and React
 * has no reason to re-render the page right after hydration (it compares them with Object.is).
 */
export const OFFLINE_IDLE: OfflineState = Object.freeze({ kind: 'idle' });

export function createOfflineStatusStore(): OfflineStatusStore {
  let state: OfflineState = OFFLINE_IDLE;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(next) {
      state = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The one store the site uses. */
export const offlineStatus = createOfflineStatusStore();
