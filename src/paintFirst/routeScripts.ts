/**
 * Which script files a page needs for its route, so the page can start them together with the
 * main bundle instead of waiting for the main bundle to ask for them (./ssrTemplate.ts).
 *
 * Docusaurus only puts the two entry scripts in each page; the main bundle then finds the page's
 * route and inserts a script tag for each of its chunks, inside the same long task that
 * evaluates it. Started before the main bundle, the chunks simply register themselves, and the
 * main bundle finds them ready. Everything here reads files Docusaurus generates during the
 * build (.docusaurus/routes.js, routesChunkNames.json, client-manifest.json).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { htmlFileFor } from '../plugins/builtPages';
import { PAINT_FIRST_SCRIPT_ID, ROUTE_SCRIPTS_ATTRIBUTE } from './ssrTemplate';

/** A route as written in .docusaurus/routes.js, with its component replaced by its route key. */
export interface RouteNode {
  readonly path: string;
  readonly key: string;
  readonly exact?: boolean;
  readonly routes?: readonly RouteNode[];
}

/** Client manifest written by Docusaurus' bundler plugin: chunk groups by chunk name, and each chunk id's files. */
export interface ClientManifest {
  readonly origins: Readonly<Record<string, readonly string[]>>;
  readonly assets: Readonly<Record<string, { readonly js?: readonly { readonly file: string }[] }>>;
}

/**
 * Reads the route tree from the source of .docusaurus/routes.js. The file is run with a
 * stand-in for ComponentCreator that returns the route's key (its path and hash, as in
 * routesChunkNames.json), so paths with any characters read exactly as Docusaurus wrote them.
 */
export function parseRoutes(source: string): RouteNode[] {
  const body = source.replace(/^import .*$/gm, '').replace(/export default/, 'return');
  const routeKey = (path: string, hash?: string) => (hash ? `${path}-${hash}` : path);
  // new Function: the file is Docusaurus' own generated module, evaluated at build time only.
  const raw = new Function('ComponentCreator', body)(routeKey) as {
    path: string;
    component: string;
    exact?: boolean;
    routes?: unknown[];
  }[];
  const convert = (r: (typeof raw)[number]): RouteNode => ({
    path: r.path,
    key: r.component,
    exact: r.exact,
    routes: r.routes?.map((c) => convert(c as (typeof raw)[number])),
  });
  return raw.map(convert);
}

function matches(route: RouteNode, path: string): boolean {
  if (route.path === '*') return true;
  const base = route.path.replace(/\/$/, '');
  const target = path.replace(/\/$/, '') || '/';
  if (route.exact) return target === (base || '/');
  return target === (base || '/') || target.startsWith(`${base}/`);
}

/** The keys of the routes a page renders, outermost first (first match at each level, as React Router does). */
export function matchRouteKeys(routes: readonly RouteNode[], path: string): string[] {
  const route = routes.find((r) => matches(r, path));
  if (!route) return [];
  return [route.key, ...(route.routes ? matchRouteKeys(route.routes, path) : [])];
}

function chunkNamesIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(chunkNamesIn);
  return [];
}

/**
 * The script files (relative to the build folder) that one named chunk needs: the manifest's
 * origins list, keyed by chunk name, holds the ids of every chunk in its group (shared chunks
 * included).
 */
export function chunkFiles(manifest: ClientManifest, chunkName: string): string[] {
  const group =
    manifest.origins[chunkName] ??
    Object.keys(manifest.assets).filter((chunkId) =>
      manifest.assets[chunkId].js?.some((f) => f.file.split('/').pop()!.startsWith(`${chunkName}.`)),
    );
  return group.flatMap((chunkId) => (manifest.assets[chunkId]?.js ?? []).map((f) => f.file));
}

/** Every script file a page's routes need, in order, each once. */
export function routeScriptFiles(
  routes: readonly RouteNode[],
  routesChunkNames: Readonly<Record<string, unknown>>,
  manifest: ClientManifest,
  path: string,
): string[] {
  const files = matchRouteKeys(routes, path)
    .flatMap((key) => chunkNamesIn(routesChunkNames[key]))
    .flatMap((name) => chunkFiles(manifest, name));
  return [...new Set(files)];
}

/** Adds the route's scripts to a page's start script (the attribute the start script reads). */
export function addRouteScripts(html: string, scripts: readonly string[]): string {
  if (scripts.length === 0) return html;
  const opening = new RegExp(`<script id=["']?${PAINT_FIRST_SCRIPT_ID}["']?`);
  if (!opening.test(html)) throw new Error(`No start script (#${PAINT_FIRST_SCRIPT_ID}) in the page`);
  return html.replace(opening, (tag) => `${tag} ${ROUTE_SCRIPTS_ATTRIBUTE}="${scripts.join(' ')}"`);
}

/** Docusaurus plugin: after the build, gives every page the list of its route's scripts. */
export default function routeScriptsPlugin(context: LoadContext): Plugin {
  return {
    name: 'route-scripts',
    async postBuild({ outDir, routesPaths }) {
      const generated = context.generatedFilesDir;
      const routes = parseRoutes(readFileSync(join(generated, 'routes.js'), 'utf8'));
      const routesChunkNames = JSON.parse(readFileSync(join(generated, 'routesChunkNames.json'), 'utf8'));
      const manifest = JSON.parse(readFileSync(join(generated, 'client-manifest.json'), 'utf8')) as ClientManifest;
      const baseUrl = context.baseUrl;
      for (const routePath of routesPaths) {
        const file = htmlFileFor(
          outDir,
          routePath.startsWith(baseUrl) ? `/${routePath.slice(baseUrl.length)}` : routePath,
        );
        if (!file) continue;
        const scripts = routeScriptFiles(routes, routesChunkNames, manifest, routePath).map((f) => `${baseUrl}${f}`);
        writeFileSync(file, addRouteScripts(readFileSync(file, 'utf8'), scripts));
      }
    },
  };
}
