/** @jest-environment jsdom */
import clientModule, { noPrefetch } from '../../src/client/noLinkPrefetch';

type Api = Window['docusaurus'];

describe('no link prefetching', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'docusaurus');
  });

  it("turns off Docusaurus' prefetch and keeps its preload (fetching what the reader points at)", () => {
    const prefetch = jest.fn(() => true);
    const preload = jest.fn(() => true);
    window.docusaurus = Object.freeze({ prefetch, preload } as unknown as Api);
    clientModule.onRouteDidUpdate!({} as never);
    expect(window.docusaurus.prefetch('/learn/safety')).toBe(false);
    expect(prefetch).not.toHaveBeenCalled();
    expect(window.docusaurus.preload('/learn/safety')).toBe(true);
    expect(preload).toHaveBeenCalledWith('/learn/safety');
    expect(Object.isFrozen(window.docusaurus)).toBe(true);
  });

  it('replaces the object once, and waits when Docusaurus has not set it yet', () => {
    clientModule.onRouteDidUpdate!({} as never);
    expect(window.docusaurus).toBeUndefined();
    window.docusaurus = Object.freeze({ prefetch: () => true, preload: () => true } as unknown as Api);
    clientModule.onRouteDidUpdate!({} as never);
    const first = window.docusaurus;
    expect(first.prefetch).toBe(noPrefetch);
    clientModule.onRouteDidUpdate!({} as never);
    expect(window.docusaurus).toBe(first);
  });
});
