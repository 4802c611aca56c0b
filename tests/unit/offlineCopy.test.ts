import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addressOf,
  globToRegExp,
  listOfflineCopy,
  OFFLINE_COPY_EXCLUDE,
  otherLanguagesExcluded,
} from '../../src/plugins/offlineCopy';
import { OFFLINE_CACHE, OFFLINE_LIST_FILE, pageKey } from '../../src/pwa/offlineKeys';
import {
  countSaved,
  formatSize,
  removeOfflineCopy,
  saveWholeCourse,
  type OfflineList,
} from '../../src/pwa/offlineCopy';

describe('pageKey: one address per page', () => {
  it.each([
    ['/learn/faq', '/learn/faq'],
    ['/learn/faq/', '/learn/faq'],
    ['/learn/faq/index.html', '/learn/faq'],
    ['/', '/'],
    ['/index.html', '/'],
    ['/kap/', '/kap'],
    ['/404.html', '/404.html'],
  ])('%s is kept as %s', (path, key) => expect(pageKey(path)).toBe(key));
});

describe('the list of files in "the whole course"', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'offline-copy-'));
    const files: Record<string, string> = {
      'index.html': '<p>home</p>',
      'learn/faq/index.html': '<p>faq</p>'.repeat(50),
      '404.html': 'not found',
      'assets/js/main.abc.js': 'x'.repeat(1000),
      'assets/js/main.abc.js.map': '{}',
      'assets/js/main.abc.js.LICENSE.txt': 'MIT',
      'search-index.json': '[]',
      'pagefind/pagefind-entry.json': '{}',
      'pagefind/fragment/en_1.pf_fragment': 'zz',
      'sw.js': 'self',
      '539.sw.js': 'self',
      'sitemap.xml': '<urlset/>',
      _headers: '/*\n  X-Frame-Options: DENY',
      'nginx-headers.conf': 'add_header X-Frame-Options DENY;',
      [OFFLINE_LIST_FILE]: '{}',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('holds every file of the build but the denylist, a new folder included, pages by their clean address', () => {
    const list = listOfflineCopy(dir, '/');
    expect(list.files).toEqual([
      '/404.html',
      '/assets/js/main.abc.js',
      '/',
      '/learn/faq',
      '/pagefind/fragment/en_1.pf_fragment',
      '/pagefind/pagefind-entry.json',
      '/search-index.json',
    ]);
  });

  it('counts the bytes on the device and the (smaller, compressed) bytes to download', () => {
    const list = listOfflineCopy(dir, '/');
    // index, faq, 404, main.js, search index, Pagefind's two files.
    const raw = 11 + 500 + 9 + 1000 + 2 + 2 + 2;
    expect(list.bytes).toBe(raw);
    expect(list.downloadBytes).toBeGreaterThan(0);
    expect(list.downloadBytes).toBeLessThan(list.bytes);
  });

  it("each language's course is its own: the root list leaves out the Spanish folder, the Spanish list is under /es/", () => {
    mkdirSync(join(dir, 'es', 'learn', 'faq'), { recursive: true });
    writeFileSync(join(dir, 'es', 'index.html'), '<p>Hola</p>');
    writeFileSync(join(dir, 'es', 'learn', 'faq', 'index.html'), '<p>Preguntas</p>');
    writeFileSync(join(dir, 'es', OFFLINE_LIST_FILE), '{}');
    const english = listOfflineCopy(dir, '/', otherLanguagesExcluded(['en', 'es'], 'en', 'en'));
    expect(english.files.filter((f) => f.startsWith('/es'))).toEqual([]);
    expect(english.files).toContain('/learn/faq');
    const spanish = listOfflineCopy(join(dir, 'es'), '/es/', otherLanguagesExcluded(['en', 'es'], 'es', 'en'));
    expect(spanish.files).toEqual(['/es', '/es/learn/faq']);
    // A copy in Spanish only (the clinic builds one language): nothing is left out.
    expect(otherLanguagesExcluded(['es'], 'es', 'es')).toEqual(OFFLINE_COPY_EXCLUDE);
  });

  it('puts the site base address in front', () => {
    expect(addressOf('learn/faq/index.html', '/kap/')).toBe('/kap/learn/faq');
    expect(addressOf('index.html', '/kap/')).toBe('/kap');
    expect(addressOf('assets/js/a.js', '/kap')).toBe('/kap/assets/js/a.js');
  });

  it('reads globs the usual way', () => {
    expect(globToRegExp('**/*.map').test('assets/js/a.js.map')).toBe(true);
    expect(globToRegExp('**/*.map').test('a.map')).toBe(true);
    expect(globToRegExp('*.sw.js').test('539.sw.js')).toBe(true);
    expect(globToRegExp('*.sw.js').test('assets/539.sw.js')).toBe(false);
    expect(globToRegExp('sw.js').test('xsw.js')).toBe(false);
    expect(OFFLINE_COPY_EXCLUDE).toContain(OFFLINE_LIST_FILE);
  });
});

/** A small stand-in for the browser's Cache Storage, enough for the saving code. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      match: async (url: string) => store.get(url),
      put: async (url: string, response: Response) => void store.set(url, response),
      keys: async () => [...store.keys()].map((url) => ({ url })),
    };
  };
  return {
    stores,
    api: {
      open,
      has: async (name: string) => stores.has(name),
      keys: async () => [...stores.keys()],
      delete: async (name: string) => stores.delete(name),
    },
  };
}

describe('saving the whole course', () => {
  const LIST: OfflineList = {
    files: ['/', '/learn/faq', '/assets/a.js', '/assets/b.js', '/search-index.json'],
    bytes: 5,
    downloadBytes: 3,
  };
  let caches: ReturnType<typeof fakeCaches>;
  let fetched: string[];

  beforeEach(() => {
    caches = fakeCaches();
    fetched = [];
    Object.assign(globalThis, { caches: caches.api, window: { location: { origin: 'https://course.example' } } });
  });
  afterEach(() => {
    delete (globalThis as { caches?: unknown }).caches;
    delete (globalThis as { window?: unknown }).window;
  });

  it('downloads only what is missing, reports progress, and ends with every file saved', async () => {
    const cache = await caches.api.open(OFFLINE_CACHE);
    await cache.put('https://course.example/learn/faq', new Response('kept while reading'));
    globalThis.fetch = jest.fn(async (url: string | URL | Request) => {
      fetched.push(String(url));
      return new Response('ok');
    }) as typeof fetch;
    const progress: number[] = [];
    await saveWholeCourse(LIST, '/', (p) => progress.push(p.done), 2);
    expect(fetched).not.toContain('https://course.example/learn/faq');
    expect(fetched).toHaveLength(4);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(5);
    expect(await countSaved(LIST)).toBe(5);
    // The list itself is kept, for My progress with no connection.
    const list = await (await caches.api.open(OFFLINE_CACHE)).match(`https://course.example/${OFFLINE_LIST_FILE}`);
    expect(await list?.json()).toEqual(LIST);
  });

  it('stops at the first failure, keeps what was saved, and says which file failed', async () => {
    globalThis.fetch = jest.fn(async (url: string | URL | Request) => {
      fetched.push(String(url));
      return String(url).endsWith('/assets/a.js') ? new Response('gone', { status: 404 }) : new Response('ok');
    }) as typeof fetch;
    await expect(saveWholeCourse(LIST, '/', () => undefined, 1)).rejects.toThrow(
      '/assets/a.js could not be downloaded (404)',
    );
    // One at a time: the files after the failure were not even asked for.
    expect(fetched).toEqual([
      'https://course.example/',
      'https://course.example/learn/faq',
      'https://course.example/assets/a.js',
    ]);
    expect(await countSaved(LIST)).toBe(2);
  });

  it('removing the copy empties every cache of the site', async () => {
    await (await caches.api.open(OFFLINE_CACHE)).put('https://course.example/', new Response('x'));
    await caches.api.open('workbox-precache-v2-old');
    await removeOfflineCopy();
    expect(await caches.api.keys()).toEqual([]);
    expect(await countSaved(LIST)).toBe(0);
  });
});

describe('formatSize', () => {
  it.each([
    [1_366_000, '1.4 MB'],
    [4_721_257, '4.7 MB'],
    [120_000, '0.1 MB'],
    [80_000, '80 KB'],
    [10, '1 KB'],
  ])('%d bytes read "%s"', (bytes, text) => expect(formatSize(bytes)).toBe(text));
});
