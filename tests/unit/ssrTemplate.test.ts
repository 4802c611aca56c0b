/** @jest-environment jsdom */
import { compileSSGTemplate } from '@docusaurus/core/lib/ssg/ssgTemplate';
import {
  PAINT_FIRST_SCRIPT_ID,
  ROUTE_SCRIPTS_ATTRIBUTE,
  SCRIPTS_STARTED_MARK,
  ssrTemplate,
} from '../../src/paintFirst/ssrTemplate';

const SCRIPTS = ['assets/js/runtime~main.abc.js', 'assets/js/main.def.js'];

/** Renders the template the way Docusaurus does for one page. */
async function renderPage(): Promise<string> {
  const render = await compileSSGTemplate(ssrTemplate);
  return render({
    appHtml: '<main><p>Chapter text</p></main>',
    baseUrl: '/',
    htmlAttributes: 'lang="en"',
    bodyAttributes: '',
    headTags: '<meta name="theme-color" content="#1f6f78">',
    preBodyTags: '',
    postBodyTags: '',
    metaAttributes: ['<title>Safety</title>'],
    scripts: SCRIPTS,
    stylesheets: ['assets/css/styles.css'],
    noIndex: false,
    version: '3.10.2',
  });
}

type Observer = { callback: (list: { getEntriesByName(name: string): unknown[] }) => void };

/** Runs the page's start script with a stand-in for the browser's paint timing. */
function runStartScript(html: string, paintTiming: boolean): Observer[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const source = doc.getElementById(PAINT_FIRST_SCRIPT_ID)?.textContent;
  if (!source) throw new Error('no start script in the page');
  const observers: Observer[] = [];
  class FakePerformanceObserver {
    constructor(callback: Observer['callback']) {
      if (!paintTiming) throw new TypeError('PerformanceObserver is not supported');
      observers.push({ callback });
    }
    observe(): void {}
  }
  new Function('PerformanceObserver', source)(FakePerformanceObserver);
  return observers;
}

function startedScripts(): { src: string; async: boolean }[] {
  return [...document.body.querySelectorAll('script')].map((s) => ({
    src: s.getAttribute('src') ?? '',
    async: s.async,
  }));
}

beforeEach(() => {
  jest.useFakeTimers();
  document.body.innerHTML = '';
});
afterEach(() => jest.useRealTimers());

describe('page shell: text first, then scripts', () => {
  it('preloads the page scripts at low priority instead of running them from the head', async () => {
    const doc = new DOMParser().parseFromString(await renderPage(), 'text/html');
    const preloads = [...doc.head.querySelectorAll('link[rel="preload"][as="script"]')];
    expect(preloads.map((l) => l.getAttribute('href'))).toEqual(SCRIPTS.map((s) => `/${s}`));
    expect(preloads.every((l) => l.getAttribute('fetchpriority') === 'low')).toBe(true);
    expect(doc.querySelectorAll('script[src]')).toHaveLength(0);
    expect(doc.head.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('/assets/css/styles.css');
    expect(doc.getElementById('__docusaurus')?.textContent).toBe('Chapter text');
    // The start script is the last thing in the body, after the page's content.
    expect(doc.body.lastElementChild?.id).toBe(PAINT_FIRST_SCRIPT_ID);
  });

  it('starts the scripts, in order, once the first contentful paint is reported', async () => {
    const mark = jest.fn();
    Object.defineProperty(performance, 'mark', { configurable: true, value: mark });
    const [observer] = runStartScript(await renderPage(), true);
    expect(startedScripts()).toEqual([]);
    observer.callback({ getEntriesByName: () => [] });
    expect(startedScripts()).toEqual([]);
    observer.callback({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) });
    expect(mark).toHaveBeenCalledWith(SCRIPTS_STARTED_MARK, { detail: 'paint' });
    // One script per task, so inserting them is never one long task.
    expect(startedScripts()).toHaveLength(1);
    jest.advanceTimersByTime(0);
    expect(startedScripts()).toEqual(SCRIPTS.map((s) => ({ src: `/${s}`, async: false })));
    // Later reports and the fallback timer do not start them twice.
    observer.callback({ getEntriesByName: () => [{}] });
    jest.runAllTimers();
    expect(startedScripts()).toHaveLength(2);
    expect(mark).toHaveBeenCalledTimes(1);
  });

  it("starts the page's route scripts first, then the entry scripts, each once", async () => {
    const html = (await renderPage()).replace(
      `<script id="${PAINT_FIRST_SCRIPT_ID}">`,
      `<script id="${PAINT_FIRST_SCRIPT_ID}" ${ROUTE_SCRIPTS_ATTRIBUTE}="/assets/js/docItem.js /assets/js/main.def.js /assets/js/faq.js">`,
    );
    const own = new DOMParser().parseFromString(html, 'text/html').getElementById(PAINT_FIRST_SCRIPT_ID);
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => own });
    try {
      const [observer] = runStartScript(html, true);
      observer.callback({ getEntriesByName: () => [{}] });
      jest.advanceTimersByTime(5);
    } finally {
      Reflect.deleteProperty(document, 'currentScript');
    }
    expect(startedScripts().map((s) => s.src)).toEqual([
      '/assets/js/docItem.js',
      '/assets/js/faq.js',
      '/assets/js/runtime~main.abc.js',
      '/assets/js/main.def.js',
    ]);
    expect(startedScripts().every((s) => !s.async)).toBe(true);
  });

  it('starts them anyway after a second when nothing is painted (a background tab)', async () => {
    const mark = jest.fn();
    Object.defineProperty(performance, 'mark', { configurable: true, value: mark });
    runStartScript(await renderPage(), true);
    jest.advanceTimersByTime(999);
    expect(startedScripts()).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(startedScripts()).toHaveLength(1);
    expect(mark).toHaveBeenCalledWith(SCRIPTS_STARTED_MARK, { detail: 'timer' });
    jest.advanceTimersByTime(1);
    expect(startedScripts()).toHaveLength(2);
  });

  it('without paint timing, waits two animation frames', async () => {
    const frames: FrameRequestCallback[] = [];
    jest.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    runStartScript(await renderPage(), false);
    frames.shift()?.(0);
    jest.advanceTimersByTime(0);
    expect(startedScripts()).toEqual([]);
    frames.shift()?.(16);
    jest.advanceTimersByTime(1);
    expect(startedScripts()).toEqual(SCRIPTS.map((s) => ({ src: `/${s}`, async: false })));
  });
});
