/**
 * What the reader should be told about offline use: nothing yet, "ready to use offline", or
 * "a new version is available". A tiny store the service-worker registration writes and the
 * <OfflineNotice> reads. No React, no window.
 */

export type OfflineState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'ready-offline' }
  | { readonly kind: 'update-available'; readonly reload: () => void };

type Listener = () => void;

export interface OfflineStatusStore {
  get(): OfflineState;
  set(state: OfflineState): void;
  subscribe(listener: Listener): () => void;
}

export function createOfflineStatusStore(): OfflineStatusStore {
  let state: OfflineState = { kind: 'idle' };
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(next) {
      // An update offer outranks the one-time "ready" message.
      if (state.kind === 'update-available' && next.kind === 'ready-offline') return;
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
