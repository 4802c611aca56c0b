import fc from 'fast-check';
import { createProgressStore, STORAGE_KEY, UNREADABLE_PREFIX, type StoreEnvironment } from '../../src/course/storage';
import {
  PROGRESS_VERSION,
  emptyProgress,
  encodeProgress,
  parseProgressJson,
  setChecklistItem,
  setRead,
} from '../../src/course/progress';
import { MemoryStorage } from '../support/memoryStorage';

const NOW = new Date('2026-11-22T10:00:00.000Z');

function env(storage: Storage | null | (() => Storage | null), events: EventTarget | null = null): StoreEnvironment {
  return {
    getStorage: typeof storage === 'function' ? storage : () => storage,
    events: events as StoreEnvironment['events'],
    now: () => 1_700_000_000_000,
    seed: () => 424242,
  };
}

function storageEvent(key: string | null): Event {
  return Object.assign(new Event('storage'), { key });
}

describe('progress store: normal use', () => {
  it('starts fresh, writes every change, and reads it back after a reload', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(env(storage));
    expect(store.getSnapshot()).toMatchObject({ ready: true, status: { kind: 'ok' }, progress: emptyProgress(424242) });
    store.update((p) => setRead(p, 'safety', true, NOW));
    store.update((p) => setChecklistItem(p, 'rest', true));
    const saved = parseProgressJson(storage.getItem(STORAGE_KEY) ?? '');
    expect(saved.ok && saved.value.checklist).toEqual(['rest']);
    expect(saved.ok && saved.value.modules.safety.read).toBe(true);

    const again = createProgressStore({ ...env(storage), seed: () => 1 });
    expect(again.getSnapshot().progress).toEqual(store.getSnapshot().progress);
  });

  it('keeps the shuffle seed across reloads once saved', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(env(storage));
    store.getSnapshot();
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    store.ensureSaved();
    const again = createProgressStore({ ...env(storage), seed: () => 99 });
    expect(again.getSnapshot().progress.seed).toBe(424242);
  });

  it('tells subscribers about changes and returns the same snapshot until something changes', () => {
    const store = createProgressStore(env(new MemoryStorage()));
    const listener = jest.fn();
    const unsubscribe = store.subscribe(listener);
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.update((p) => setChecklistItem(p, 'rest', true));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).not.toBe(first);
    unsubscribe();
    store.update((p) => setChecklistItem(p, 'journal', true));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('gives the server render an empty, not-ready snapshot', () => {
    const store = createProgressStore(env(new MemoryStorage()));
    expect(store.getServerSnapshot()).toMatchObject({ ready: false, status: { kind: 'loading' } });
  });
});

describe('progress store: storage unavailable', () => {
  it.each([
    [
      'throws on access',
      () => () => {
        throw new Error('SecurityError');
      },
    ],
    ['is missing', () => () => null],
    ['refuses every write', () => () => new MemoryStorage({ failWrites: true })],
    ['refuses every read', () => () => new MemoryStorage({ failReads: true })],
  ])('keeps working in memory when storage %s', (_name, make) => {
    const store = createProgressStore(env(make() as () => Storage | null));
    expect(store.getSnapshot().status).toEqual({ kind: 'unavailable' });
    expect(() => store.update((p) => setRead(p, 'safety', true, NOW))).not.toThrow();
    expect(store.getSnapshot().progress.modules.safety.read).toBe(true);
    expect(store.unreadableCopies()).toEqual([]);
  });

  it('says so when a write fails later (storage full), and recovers when writes work again', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(env(storage));
    store.getSnapshot();
    storage.options.failWrites = true;
    store.update((p) => setChecklistItem(p, 'rest', true));
    expect(store.getSnapshot().status).toEqual({ kind: 'write-failed' });
    expect(store.getSnapshot().progress.checklist).toEqual(['rest']);
    storage.options.failWrites = false;
    store.update((p) => setChecklistItem(p, 'journal', true));
    expect(store.getSnapshot().status).toEqual({ kind: 'ok' });
    expect(storage.getItem(STORAGE_KEY)).toContain('journal');
  });
});

describe('progress store: unreadable saved data', () => {
  it.each([
    ['bad JSON', '{"version":2,'],
    ['the wrong shape', JSON.stringify({ hello: 'world' })],
    ['a future version', JSON.stringify({ ...emptyProgress(1), version: PROGRESS_VERSION + 1 })],
    ['an empty string', ''],
  ])('sets %s aside, says why, and starts fresh', (_name, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const store = createProgressStore(env(storage));
    const snap = store.getSnapshot();
    expect(snap.status.kind).toBe('recovered');
    if (snap.status.kind !== 'recovered') return;
    expect(snap.status.reason.length).toBeGreaterThan(0);
    expect(snap.status.keptAs).toBe(`${UNREADABLE_PREFIX}1700000000000`);
    expect(storage.getItem(snap.status.keptAs ?? '')).toBe(raw);
    expect(snap.progress).toEqual(emptyProgress(424242));
    expect(store.unreadableCopies()).toEqual([{ key: snap.status.keptAs, text: raw }]);

    store.update((p) => setChecklistItem(p, 'rest', true));
    expect(parseProgressJson(storage.getItem(STORAGE_KEY) ?? '').ok).toBe(true);
    expect(storage.getItem(snap.status.keptAs ?? '')).toBe(raw);
  });

  it('never writes over unreadable data it could not set aside', () => {
    const storage = new MemoryStorage({ failWritesFor: (key) => key.startsWith(UNREADABLE_PREFIX) });
    storage.data.set(STORAGE_KEY, 'garbage');
    const store = createProgressStore(env(storage));
    expect(store.getSnapshot().status).toMatchObject({ kind: 'recovered', keptAs: null });
    store.update((p) => setChecklistItem(p, 'rest', true));
    expect(store.getSnapshot().progress.checklist).toEqual(['rest']);
    expect(storage.getItem(STORAGE_KEY)).toBe('garbage');
  });

  it('never throws and never loses stored text, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ ...emptyProgress(3), modules: v })),
        ),
        (raw) => {
          const storage = new MemoryStorage();
          storage.setItem(STORAGE_KEY, raw);
          const store = createProgressStore(env(storage));
          const snap = store.getSnapshot();
          if (snap.status.kind === 'recovered') {
            expect(storage.getItem(snap.status.keptAs ?? '')).toBe(raw);
          } else {
            expect(snap.status.kind).toBe('ok');
            expect(parseProgressJson(raw)).toEqual({ ok: true, value: snap.progress });
          }
        },
      ),
    );
  });

  it('dismissing the notice hides it for this tab, and a later write failure does not hide the original reason', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'garbage');
    const store = createProgressStore(env(storage));
    expect(store.getSnapshot().noticeDismissed).toBe(false);
    store.dismissNotice();
    expect(store.getSnapshot().noticeDismissed).toBe(true);
    storage.options.failWrites = true;
    store.update((p) => setChecklistItem(p, 'rest', true));
    // The recovered notice stays dismissed: it is still the same problem.
    expect(store.getSnapshot().status.kind).toBe('recovered');
  });

  it('removes a set-aside copy only when asked, and only set-aside keys', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'garbage');
    const store = createProgressStore(env(storage));
    const key = store.unreadableCopies()[0].key;
    store.removeUnreadableCopy(STORAGE_KEY);
    store.update((p) => setChecklistItem(p, 'rest', true));
    expect(storage.getItem(STORAGE_KEY)).not.toBeNull();
    store.removeUnreadableCopy(key);
    expect(store.unreadableCopies()).toEqual([]);
  });
});

describe('progress store: other tabs', () => {
  it('picks up changes written by another tab', () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const store = createProgressStore(env(storage, events));
    store.ensureSaved();
    const listener = jest.fn();
    store.subscribe(listener);

    const otherTab = setChecklistItem(store.getSnapshot().progress, 'rest', true);
    storage.setItem(STORAGE_KEY, encodeProgress(otherTab));
    events.dispatchEvent(storageEvent(STORAGE_KEY));
    expect(listener).toHaveBeenCalled();
    expect(store.getSnapshot().progress.checklist).toEqual(['rest']);

    // Another key changing is ignored.
    storage.setItem(STORAGE_KEY, encodeProgress(emptyProgress(1)));
    events.dispatchEvent(storageEvent('something-else'));
    expect(store.getSnapshot().progress.checklist).toEqual(['rest']);
  });

  it('starts fresh when another tab clears storage, keeping the seed', () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const store = createProgressStore(env(storage, events));
    store.update((p) => setChecklistItem(p, 'rest', true));
    storage.clear();
    events.dispatchEvent(storageEvent(null));
    expect(store.getSnapshot().progress).toEqual(emptyProgress(424242));
  });
});
