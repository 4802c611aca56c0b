import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The installed Docusaurus' own code generator for .docusaurus/routes.js and
// routesChunkNames.json: the plugin reads what this writes, so the test does too.
import { generateRoutesCode } from '@docusaurus/core/lib/server/codegen/codegenRoutes';
import type { RouteConfig } from '@docusaurus/types';
import { htmlFileFor } from '../../src/plugins/builtPages';
import {
  addRouteScripts,
  chunkFiles,
  matchRouteKeys,
  parseRoutes,
  routeScriptFiles,
  type ClientManifest,
} from '../../src/paintFirst/routeScripts';

// Routes shaped like the course's: the docs plugin's nested routes (with a context and the
// sidebar attribute it adds), an exact blog route and the home page.
const ROUTE_CONFIGS: RouteConfig[] = [
  {
    path: '/blog',
    component: '@theme/BlogListPage',
    exact: true,
    modules: { sidebar: '@site/.docusaurus/blog-sidebar.json' },
  },
  {
    path: '/learn',
    component: '@theme/DocsRoot',
    exact: false,
    context: {
      plugin: '@site/.docusaurus/docusaurus-plugin-content-docs/default/plugin-route-context-module-100.json',
    },
    routes: [
      {
        path: '/learn',
        component: '@theme/DocRoot',
        exact: false,
        routes: [
          {
            path: '/learn/faq',
            component: '@theme/DocItem',
            exact: true,
            sidebar: 'course',
            modules: { content: '@site/docs/faq.mdx' },
          },
          {
            path: "/learn/reader's-notes",
            component: '@theme/DocItem',
            exact: true,
            sidebar: 'course',
            modules: { content: '@site/docs/notes.mdx' },
          },
          {
            path: '/learn/safety',
            component: '@theme/DocItem',
            exact: true,
            sidebar: 'course',
            modules: { content: '@site/docs/safety/index.mdx' },
          },
        ],
      },
    ],
  },
  { path: '/', component: '@site/src/pages/index.tsx', exact: true },
];

const generated = generateRoutesCode(ROUTE_CONFIGS);
const ROUTES_JS = generated.routesConfig;
const CHUNK_NAMES = generated.routesChunkNames as Record<string, Record<string, unknown>>;

/** The chunk names Docusaurus gave one route (by path, at the given nesting depth). */
function namesOf(path: string, depth = 0): Record<string, string> {
  const keys = Object.keys(CHUNK_NAMES).filter((k) => k.slice(0, k.lastIndexOf('-')) === path);
  const flat = (value: unknown): Record<string, string> =>
    Object.fromEntries(
      Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
        typeof v === 'string' ? [[k, v]] : Object.entries(flat(v)),
      ),
    );
  return flat(CHUNK_NAMES[keys[depth]]);
}

// A client manifest as the bundler writes it: the doc item's chunk group shares two chunks.
const docItem = namesOf('/learn/faq').__comp;
const faq = namesOf('/learn/faq').content;
const MANIFEST: ClientManifest = {
  origins: {
    [docItem]: ['1', '2', '10'],
    [namesOf('/learn', 1).__comp]: ['2', '11'],
    [faq]: ['12'],
  },
  assets: {
    '1': { js: [{ file: 'assets/js/common.aaa.js' }] },
    '2': { js: [{ file: 'assets/js/9096.bbb.js' }] },
    '10': { js: [{ file: `assets/js/${docItem}.ccc.js` }] },
    '11': { js: [{ file: 'assets/js/docRoot.ddd.js' }] },
    '12': { js: [{ file: `assets/js/${faq}.eee.js` }] },
    '13': { js: [{ file: `assets/js/${namesOf('/learn').__comp}.fff.js` }] },
    '14': { js: [{ file: `assets/js/${namesOf('/learn').plugin}.ggg.js` }] },
    '15': {},
  },
};

describe('route scripts', () => {
  const routes = parseRoutes(ROUTES_JS);
  /** The key Docusaurus gave each route, by path (outer first where a path repeats). */
  const keysOf = (path: string) => Object.keys(CHUNK_NAMES).filter((k) => k.slice(0, k.lastIndexOf('-')) === path);
  const [learnOuter, learnInner] = keysOf('/learn');
  const [faqKey] = keysOf('/learn/faq');

  it('reads the route tree the installed Docusaurus generates, with the keys of its chunk names', () => {
    expect(routes.map((r) => r.path)).toEqual(['/blog', '/learn', '/', '*']);
    expect(routes.map((r) => r.key)).toEqual([...keysOf('/blog'), learnOuter, ...keysOf('/'), '*']);
    expect(routes[1].routes?.[0].routes?.map((r) => [r.path, r.key, r.exact])).toEqual([
      ['/learn/faq', faqKey, true],
      ["/learn/reader's-notes", keysOf("/learn/reader's-notes")[0], true],
      ['/learn/safety', keysOf('/learn/safety')[0], true],
    ]);
    // Every route key the parser finds names a route in routesChunkNames.json.
    const all = (nodes: readonly (typeof routes)[number][]): string[] =>
      nodes.flatMap((r) => [r.key, ...all(r.routes ?? [])]);
    expect(all(routes).filter((k) => k !== '*' && !(k in CHUNK_NAMES))).toEqual([]);
  });

  it('finds the nested routes a page renders, as the router does', () => {
    expect(matchRouteKeys(routes, '/learn/faq')).toEqual([learnOuter, learnInner, faqKey]);
    expect(matchRouteKeys(routes, '/learn/faq/')).toEqual([learnOuter, learnInner, faqKey]);
    expect(matchRouteKeys(routes, '/')).toEqual(keysOf('/'));
    expect(matchRouteKeys(routes, '/blog')).toEqual(keysOf('/blog'));
    // '/blog/x' is not '/blog' (exact), and '/learnmore' is not under '/learn'.
    expect(matchRouteKeys(routes, '/blog/x')).toEqual(['*']);
    expect(matchRouteKeys(routes, '/learnmore')).toEqual(['*']);
  });

  it("lists a chunk's whole group, shared chunks first, or just its own file", () => {
    expect(chunkFiles(MANIFEST, docItem)).toEqual([
      'assets/js/common.aaa.js',
      'assets/js/9096.bbb.js',
      `assets/js/${docItem}.ccc.js`,
    ]);
    const plugin = namesOf('/learn').plugin;
    expect(chunkFiles(MANIFEST, plugin)).toEqual([`assets/js/${plugin}.ggg.js`]);
    expect(chunkFiles(MANIFEST, 'unknown')).toEqual([]);
  });

  it("lists every script of a page's routes, outermost first, each once", () => {
    expect(routeScriptFiles(routes, CHUNK_NAMES, MANIFEST, '/learn/faq')).toEqual([
      `assets/js/${namesOf('/learn').__comp}.fff.js`,
      `assets/js/${namesOf('/learn').plugin}.ggg.js`,
      'assets/js/9096.bbb.js',
      'assets/js/docRoot.ddd.js',
      'assets/js/common.aaa.js',
      `assets/js/${docItem}.ccc.js`,
      `assets/js/${faq}.eee.js`,
    ]);
    expect(routeScriptFiles(routes, CHUNK_NAMES, MANIFEST, '/nowhere')).toEqual([]);
  });

  it('writes the list onto the start script, and refuses a page without one', () => {
    const html = '<body><p>x</p><script id=start-scripts-after-paint>go()</script></body>';
    expect(addRouteScripts(html, ['/a.js', '/b.js'])).toBe(
      '<body><p>x</p><script id=start-scripts-after-paint data-route-scripts="/a.js /b.js">go()</script></body>',
    );
    expect(addRouteScripts('<script id="start-scripts-after-paint">', ['/a.js'])).toBe(
      '<script id="start-scripts-after-paint" data-route-scripts="/a.js">',
    );
    expect(addRouteScripts(html, [])).toBe(html);
    expect(() => addRouteScripts('<body></body>', ['/a.js'])).toThrow(/No start script/);
  });

  it('finds the HTML file Docusaurus wrote for a route', () => {
    const out = mkdtempSync(join(tmpdir(), 'route-scripts-'));
    mkdirSync(join(out, 'learn', 'faq'), { recursive: true });
    writeFileSync(join(out, 'learn', 'faq', 'index.html'), '');
    writeFileSync(join(out, 'index.html'), '');
    writeFileSync(join(out, '404.html'), '');
    expect(htmlFileFor(out, '/learn/faq')).toBe(join(out, 'learn', 'faq', 'index.html'));
    expect(htmlFileFor(out, '/')).toBe(join(out, 'index.html'));
    expect(htmlFileFor(out, '/404')).toBe(join(out, '404.html'));
    expect(htmlFileFor(out, '/missing')).toBeNull();
  });
});
