import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addRouteScripts,
  chunkFiles,
  htmlFileFor,
  matchRouteKeys,
  parseRoutes,
  routeScriptFiles,
  type ClientManifest,
} from '../../src/plugins/routeScripts';

// The shape Docusaurus generates in .docusaurus/routes.js.
const ROUTES_JS = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/blog',
    component: ComponentCreator('/blog', '3b7'),
    exact: true
  },
  {
    path: '/learn',
    component: ComponentCreator('/learn', '6fb'),
    routes: [
      {
        path: '/learn',
        component: ComponentCreator('/learn', '3ac'),
        routes: [
          {
            path: '/learn/faq',
            component: ComponentCreator('/learn/faq', 'e1a'),
            exact: true
          },
          {
            path: '/learn/safety',
            component: ComponentCreator('/learn/safety', '9d2'),
            exact: true
          }
        ]
      }
    ]
  },
  {
    path: '/',
    component: ComponentCreator('/', 'e5f'),
    exact: true
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;

const CHUNK_NAMES = {
  '/blog-3b7': { __comp: 'blogList' },
  '/learn-6fb': { __comp: 'docsRoot', __context: { plugin: 'docsPlugin' } },
  '/learn-3ac': { __comp: 'docRoot' },
  '/learn/faq-e1a': { __comp: 'docItem', content: 'faqContent' },
  '/learn/safety-9d2': { __comp: 'docItem', content: 'safetyContent' },
  '/-e5f': { __comp: 'home' },
};

const MANIFEST: ClientManifest = {
  origins: {
    docItem: ['1', '2', '10'],
    docRoot: ['2', '11'],
    faqContent: ['12'],
  },
  assets: {
    '1': { js: [{ file: 'assets/js/common.aaa.js' }] },
    '2': { js: [{ file: 'assets/js/9096.bbb.js' }] },
    '10': { js: [{ file: 'assets/js/docItem.ccc.js' }] },
    '11': { js: [{ file: 'assets/js/docRoot.ddd.js' }] },
    '12': { js: [{ file: 'assets/js/faqContent.eee.js' }] },
    '13': { js: [{ file: 'assets/js/docsRoot.fff.js' }] },
    '14': { js: [{ file: 'assets/js/docsPlugin.ggg.js' }] },
    '15': {},
  },
};

describe('route scripts', () => {
  const routes = parseRoutes(ROUTES_JS);

  it('reads the route tree Docusaurus generates', () => {
    expect(routes.map((r) => r.key)).toEqual(['/blog-3b7', '/learn-6fb', '/-e5f', '*']);
    expect(routes[1].routes?.[0].routes?.map((r) => [r.path, r.key, r.exact])).toEqual([
      ['/learn/faq', '/learn/faq-e1a', true],
      ['/learn/safety', '/learn/safety-9d2', true],
    ]);
  });

  it('finds the nested routes a page renders, as the router does', () => {
    expect(matchRouteKeys(routes, '/learn/faq')).toEqual(['/learn-6fb', '/learn-3ac', '/learn/faq-e1a']);
    expect(matchRouteKeys(routes, '/learn/faq/')).toEqual(['/learn-6fb', '/learn-3ac', '/learn/faq-e1a']);
    expect(matchRouteKeys(routes, '/')).toEqual(['/-e5f']);
    expect(matchRouteKeys(routes, '/blog')).toEqual(['/blog-3b7']);
    // '/blog/x' is not '/blog' (exact), and '/learnmore' is not under '/learn'.
    expect(matchRouteKeys(routes, '/blog/x')).toEqual(['*']);
    expect(matchRouteKeys(routes, '/learnmore')).toEqual(['*']);
  });

  it("lists a chunk's whole group, shared chunks first, or just its own file", () => {
    expect(chunkFiles(MANIFEST, 'docItem')).toEqual([
      'assets/js/common.aaa.js',
      'assets/js/9096.bbb.js',
      'assets/js/docItem.ccc.js',
    ]);
    expect(chunkFiles(MANIFEST, 'docsPlugin')).toEqual(['assets/js/docsPlugin.ggg.js']);
    expect(chunkFiles(MANIFEST, 'unknown')).toEqual([]);
  });

  it("lists every script of a page's routes, outermost first, each once", () => {
    expect(routeScriptFiles(routes, CHUNK_NAMES, MANIFEST, '/learn/faq')).toEqual([
      'assets/js/docsRoot.fff.js',
      'assets/js/docsPlugin.ggg.js',
      'assets/js/9096.bbb.js',
      'assets/js/docRoot.ddd.js',
      'assets/js/common.aaa.js',
      'assets/js/docItem.ccc.js',
      'assets/js/faqContent.eee.js',
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
