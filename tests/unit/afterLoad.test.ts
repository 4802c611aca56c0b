/** @jest-environment jsdom */
import {
  afterLoadAndIdle,
  resetAfterLoadForTests,
  whenHydrated,
  whenIdle,
  whenLoaded,
} from '../../src/client/afterLoad';

function setReadyState(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
}

beforeEach(() => {
  jest.useFakeTimers();
  resetAfterLoadForTests();
});

afterEach(() => {
  jest.useRealTimers();
  delete document.documentElement.dataset.hasHydrated;
  setReadyState('complete');
  Reflect.deleteProperty(window, 'requestIdleCallback');
  Reflect.deleteProperty(window, 'cancelIdleCallback');
});

describe('whenLoaded', () => {
  it('waits for the load event while the page is loading', () => {
    setReadyState('loading');
    const cb = jest.fn();
    whenLoaded(cb);
    jest.runAllTimers();
    expect(cb).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('calls back on the next tick once the page has loaded, and can be cancelled', () => {
    setReadyState('complete');
    const cb = jest.fn();
    whenLoaded(cb);
    expect(cb).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(cb).toHaveBeenCalledTimes(1);
    const cancelled = jest.fn();
    whenLoaded(cancelled)();
    jest.runAllTimers();
    expect(cancelled).not.toHaveBeenCalled();
  });
});

describe('whenIdle', () => {
  it('uses requestIdleCallback where the browser has it', () => {
    const requestIdleCallback = jest.fn(() => 7);
    const cancelIdleCallback = jest.fn();
    Object.assign(window, { requestIdleCallback, cancelIdleCallback });
    const cb = jest.fn();
    const cancel = whenIdle(cb);
    expect(requestIdleCallback).toHaveBeenCalledWith(cb, { timeout: 5000 });
    cancel();
    expect(cancelIdleCallback).toHaveBeenCalledWith(7);
  });

  it('falls back to a short timer, with no idle time to spare', () => {
    const cb = jest.fn();
    whenIdle(cb);
    jest.advanceTimersByTime(199);
    expect(cb).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cb.mock.calls[0][0].timeRemaining()).toBe(0);
  });
});

describe('whenHydrated', () => {
  it('waits for Docusaurus to mark the page hydrated', async () => {
    document.documentElement.dataset.hasHydrated = 'false';
    const cb = jest.fn();
    whenHydrated(cb);
    jest.runAllTimers();
    await Promise.resolve();
    expect(cb).not.toHaveBeenCalled();
    // On the way, Docusaurus' head manager briefly sets the mark to an empty value: not yet.
    document.documentElement.dataset.hasHydrated = '';
    await Promise.resolve();
    jest.runAllTimers();
    expect(cb).not.toHaveBeenCalled();
    document.documentElement.dataset.hasHydrated = 'true';
    await Promise.resolve(); // mutation observers report in a microtask
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('treats a page without the mark as hydrated', () => {
    const cb = jest.fn();
    whenHydrated(cb);
    jest.runAllTimers();
    expect(cb).toHaveBeenCalledTimes(1);
  });
});

describe('afterLoadAndIdle', () => {
  it('does not settle in the idle gap before hydration', async () => {
    setReadyState('complete');
    document.documentElement.dataset.hasHydrated = 'false';
    const cb = jest.fn();
    afterLoadAndIdle(cb);
    jest.runAllTimers();
    await Promise.resolve();
    expect(cb).not.toHaveBeenCalled();
    document.documentElement.dataset.hasHydrated = 'true';
    await Promise.resolve();
    jest.advanceTimersByTime(200);
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('waits for load, then idle time, and tells every waiting part together', () => {
    setReadyState('loading');
    const first = jest.fn();
    const second = jest.fn();
    afterLoadAndIdle(first);
    afterLoadAndIdle(second);
    jest.runAllTimers();
    expect(first).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    expect(first).not.toHaveBeenCalled();
    jest.advanceTimersByTime(200);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('calls later parts back at once (next tick) after the page has settled', () => {
    setReadyState('complete');
    afterLoadAndIdle(() => undefined);
    jest.runAllTimers();
    const late = jest.fn();
    afterLoadAndIdle(late);
    expect(late).not.toHaveBeenCalled();
    jest.advanceTimersByTime(0);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('forgets a part that stops waiting', () => {
    setReadyState('complete');
    const gone = jest.fn();
    const cancel = afterLoadAndIdle(gone);
    cancel();
    jest.runAllTimers();
    expect(gone).not.toHaveBeenCalled();
  });
});
