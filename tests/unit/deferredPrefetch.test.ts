import { createDeferredPrefetch, type DeferredPrefetchDeps } from '../../src/client/deferredPrefetch';
import type { IdleDeadlineLike } from '../../src/client/afterLoad';

/** A hand-driven page: the test decides when it loads and how much idle time each period has. */
function harness(options: { skip?: boolean } = {}) {
  const fetched: string[] = [];
  let onReady: (() => void) | undefined;
  const idle: ((deadline: IdleDeadlineLike) => void)[] = [];
  const deps: DeferredPrefetchDeps = {
    prefetch: (path) => fetched.push(path),
    whenReady: (cb) => {
      onReady = cb;
    },
    whenIdle: (cb) => idle.push(cb),
    shouldSkip: () => options.skip ?? false,
  };
  const prefetch = createDeferredPrefetch(deps);
  return {
    prefetch,
    fetched,
    ready: () => onReady?.(),
    pendingIdle: () => idle.length,
    /** Runs one idle period with `ms` milliseconds to spare. */
    idlePeriod(ms: number) {
      const cb = idle.shift();
      if (!cb) throw new Error('nothing was waiting for idle time');
      let left = ms;
      cb({ timeRemaining: () => Math.max(0, (left -= 4)) });
    },
  };
}

describe('deferred link prefetching', () => {
  it('fetches nothing until the page is ready', () => {
    const h = harness();
    expect(h.prefetch('/learn/safety')).toBe(false);
    h.prefetch('/learn/glossary');
    expect(h.fetched).toEqual([]);
    expect(h.pendingIdle()).toBe(0);
  });

  it('once the page is ready, fetches in idle time, in order, each address once', () => {
    const h = harness();
    h.prefetch('/learn/safety');
    h.prefetch('/learn/glossary');
    h.prefetch('/learn/safety');
    h.ready();
    expect(h.fetched).toEqual([]);
    h.idlePeriod(50);
    expect(h.fetched).toEqual(['/learn/safety', '/learn/glossary']);
    expect(h.pendingIdle()).toBe(0);
    // Already fetched: asking again does nothing.
    h.prefetch('/learn/safety');
    expect(h.pendingIdle()).toBe(0);
  });

  it('spreads the work over several idle periods when there is little time', () => {
    const h = harness();
    h.ready();
    ['/a', '/b', '/c'].forEach((p) => h.prefetch(p));
    h.idlePeriod(0);
    expect(h.fetched).toEqual(['/a']);
    h.idlePeriod(0);
    expect(h.fetched).toEqual(['/a', '/b']);
    h.idlePeriod(0);
    expect(h.fetched).toEqual(['/a', '/b', '/c']);
    expect(h.pendingIdle()).toBe(0);
  });

  it('does nothing where the service worker will store every page anyway', () => {
    const h = harness({ skip: true });
    h.prefetch('/learn/safety');
    h.ready();
    h.idlePeriod(50);
    expect(h.fetched).toEqual([]);
  });
});
