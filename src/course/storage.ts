/**
 * Keeps progress in localStorage, safely. No React here: a small external store that the hook
 * src/hooks/useProgress.ts reads with useSyncExternalStore.
 *
 * - Storage unavailable (private mode, blocked, throws on access or on write): the site works,
 *   progress lives in this tab only, and the status says so.
 * - Saved data unreadable (bad JSON, wrong shape, newer version): never throws. The raw text is
 *   copied to another key (`kap-course:progress:unreadable:<time>`), not destroyed, and the
 *   reader carries on with fresh progress. The status carries the reason for the notice.
 * - Every change is written at once. Changes made in another tab arrive via the `storage` event.
 */
import { openStorage } from './deviceStorage';
import { emptyProgress, encodeProgress, newSeed, parseProgressJson, type Progress } from './progress';

export const STORAGE_KEY = 'kap-course:progress';
export const UNREADABLE_PREFIX = 'kap-course:progress:unreadable:';

export type StorageStatus =
  /** Server render, or before the first read in the browser. */
  | { readonly kind: 'loading' }
  | { readonly kind: 'ok' }
  /** This browser will not let the site keep anything: progress lasts until the tab closes. */
  | { readonly kind: 'unavailable' }
  /** Storage refused a write (full, or blocked since): the latest changes are not kept. */
  | { readonly kind: 'write-failed' }
  /**
   * Saved progress could not be read. It was copied to `keptAs` and fresh progress started;
   * `keptAs` is null when it could not be copied, in which case nothing new is written over it.
   */
  | { readonly kind: 'recovered'; readonly reason: string; readonly keptAs: string | null };

export interface ProgressSnapshot {
  readonly progress: Progress;
  readonly status: StorageStatus;
  /** False during server render and hydration: show nothing reader-specific yet. */
  readonly ready: boolean;
  /** The reader closed the storage notice in this tab. */
  readonly noticeDismissed: boolean;
}

export interface UnreadableCopy {
  readonly key: string;
  readonly text: string;
}

export interface ProgressStore {
  getSnapshot(): ProgressSnapshot;
  getServerSnapshot(): ProgressSnapshot;
  subscribe(listener: () => void): () => void;
  /** Applies a pure update (see src/course/progress.ts) and writes it. */
  update(change: (progress: Progress) => Progress): void;
  /** Replaces everything (import, after validation). */
  replace(progress: Progress): void;
  /** Writes the current progress if it was never written (keeps the shuffle seed stable). */
  ensureSaved(): void;
  dismissNotice(): void;
  /** Unreadable data set aside earlier, for the progress page. */
  unreadableCopies(): UnreadableCopy[];
  removeUnreadableCopy(key: string): void;
  /** Reads storage again from scratch (tests, and after the reader clears site data). */
  reload(): void;
}

export interface StoreEnvironment {
  /** Returns the Storage to use; may throw (blocked) or return null (no storage). */
  readonly getStorage: () => Storage | null;
  /** Where `storage` events arrive (window), or null. */
  readonly events: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  readonly now: () => number;
  readonly seed: () => number;
}

const SERVER_SNAPSHOT: ProgressSnapshot = Object.freeze<ProgressSnapshot>({
  progress: emptyProgress(0),
  status: { kind: 'loading' },
  ready: false,
  noticeDismissed: false,
});

export function createProgressStore(env: StoreEnvironment): ProgressStore {
  const listeners = new Set<() => void>();
  let snapshot: ProgressSnapshot = SERVER_SNAPSHOT;
  let initialised = false;
  let storage: Storage | null = null;
  /** Whether the current progress has been written at least once. */
  let saved = false;
  /** True when unreadable data could not be set aside: do not write over it. */
  let writesBlocked = false;
  let listening = false;

  function emit(): void {
    for (const l of [...listeners]) l();
  }

  function set(next: Partial<ProgressSnapshot>): void {
    snapshot = { ...snapshot, ...next, ready: true };
  }

  /** Copies unreadable text to a new key. Returns the key, or null if it could not be kept. */
  function setAside(raw: string): string | null {
    if (!storage) return null;
    const key = `${UNREADABLE_PREFIX}${env.now()}`;
    try {
      storage.setItem(key, raw);
      return key;
    } catch {
      return null;
    }
  }

  /** Takes raw stored text (or null) and sets progress and status from it. */
  function adopt(raw: string | null, seed: number): void {
    if (raw === null) {
      saved = false;
      set({ progress: emptyProgress(seed) });
      return;
    }
    const decoded = parseProgressJson(raw);
    if (decoded.ok) {
      saved = true;
      set({ progress: decoded.value });
      return;
    }
    const keptAs = setAside(raw);
    if (keptAs !== null) {
      try {
        storage?.removeItem(STORAGE_KEY);
      } catch {
        // Nothing lost: the copy exists and the next write replaces the original.
      }
    } else {
      writesBlocked = true;
    }
    saved = false;
    set({
      progress: emptyProgress(seed),
      status: { kind: 'recovered', reason: decoded.reason, keptAs },
      noticeDismissed: false,
    });
  }

  function readRaw(): string | null | undefined {
    try {
      return storage ? storage.getItem(STORAGE_KEY) : undefined;
    } catch {
      return undefined;
    }
  }

  function onStorageEvent(event: Event): void {
    const e = event as StorageEvent;
    if (e.key !== STORAGE_KEY && e.key !== null) return;
    if (!storage || writesBlocked) return;
    const raw = readRaw();
    if (raw === undefined) return;
    const seed = snapshot.progress.seed;
    adopt(raw, seed);
    emit();
  }

  function init(): void {
    if (initialised) return;
    initialised = true;
    writesBlocked = false;
    saved = false;
    snapshot = { ...SERVER_SNAPSHOT, ready: true };
    storage = openStorage(env.getStorage);
    const seed = env.seed() >>> 0;
    if (!storage) {
      set({ progress: emptyProgress(seed), status: { kind: 'unavailable' } });
    } else {
      const raw = readRaw();
      if (raw === undefined) {
        storage = null;
        set({ progress: emptyProgress(seed), status: { kind: 'unavailable' } });
      } else {
        set({ status: { kind: 'ok' } });
        adopt(raw, seed);
      }
    }
    if (env.events && !listening) {
      env.events.addEventListener('storage', onStorageEvent);
      listening = true;
    }
  }

  function write(progress: Progress): void {
    if (!storage || writesBlocked) return;
    try {
      storage.setItem(STORAGE_KEY, encodeProgress(progress));
      saved = true;
      if (snapshot.status.kind === 'write-failed') set({ status: { kind: 'ok' } });
    } catch {
      if (snapshot.status.kind !== 'recovered') set({ status: { kind: 'write-failed' }, noticeDismissed: false });
    }
  }

  function commit(progress: Progress): void {
    set({ progress });
    write(progress);
    emit();
  }

  return {
    getSnapshot() {
      init();
      return snapshot;
    },
    getServerSnapshot() {
      return SERVER_SNAPSHOT;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    update(change) {
      init();
      commit(change(snapshot.progress));
    },
    replace(progress) {
      init();
      commit(progress);
    },
    ensureSaved() {
      init();
      if (!saved) {
        write(snapshot.progress);
        emit();
      }
    },
    dismissNotice() {
      init();
      set({ noticeDismissed: true });
      emit();
    },
    unreadableCopies() {
      init();
      if (!storage) return [];
      const out: UnreadableCopy[] = [];
      try {
        for (let i = 0; i < storage.length; i += 1) {
          const key = storage.key(i);
          if (key?.startsWith(UNREADABLE_PREFIX)) out.push({ key, text: storage.getItem(key) ?? '' });
        }
      } catch {
        return [];
      }
      return out.sort((a, b) => a.key.localeCompare(b.key));
    },
    removeUnreadableCopy(key) {
      if (!storage || !key.startsWith(UNREADABLE_PREFIX)) return;
      try {
        storage.removeItem(key);
      } catch {
        // Leave it; nothing else depends on it.
      }
      emit();
    },
    reload() {
      initialised = false;
      init();
      emit();
    },
  };
}

function browserEnvironment(): StoreEnvironment {
  const inBrowser = typeof window !== 'undefined';
  return {
    getStorage: () => (inBrowser ? window.localStorage : null),
    events: inBrowser ? window : null,
    now: () => Date.now(),
    seed: () => newSeed(),
  };
}

/** The one store the site uses. Touches the browser only when first read on the client. */
export const progressStore: ProgressStore = (() => {
  let store: ProgressStore | null = null;
  const get = (): ProgressStore => (store ??= createProgressStore(browserEnvironment()));
  return {
    getSnapshot: () => (typeof window === 'undefined' ? SERVER_SNAPSHOT : get().getSnapshot()),
    getServerSnapshot: () => SERVER_SNAPSHOT,
    subscribe: (l) => get().subscribe(l),
    update: (c) => get().update(c),
    replace: (p) => get().replace(p),
    ensureSaved: () => get().ensureSaved(),
    dismissNotice: () => get().dismissNotice(),
    unreadableCopies: () => get().unreadableCopies(),
    removeUnreadableCopy: (k) => get().removeUnreadableCopy(k),
    reload: () => get().reload(),
  };
})();
