/**
 * Build-time plugin: after `docusaurus build`, writes the offline search index with Pagefind
 * into `<outDir>/pagefind/` (every file the search needs, and nothing else, is under that folder).
 *
 * 1. Chapters, FAQ, glossary, clinicians' pages, blog posts, and the help and privacy pages are
 *    handed to Pagefind with `data-pagefind-body` on their text; `SEARCH_IGNORED_SELECTORS`
 *    keeps glossary pop-ups, quizzes, crisis boxes and address lists out.
 * 2. Each page is cut into sections (src/search/sections.ts), and each section is indexed as its
 *    own record with its heading and page title as weighted metadata.
 * 3. The index is written in small chunks, so a search downloads only the words it asks for.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { SEARCH_IGNORED_SELECTORS } from '../config/search';
import { splitSections, type PageFragment, type SearchKind, type SectionRecord } from '../search/sections';
import { htmlFileFor } from './builtPages';

export const SEARCH_DIR = 'pagefind';

/**
 * Words per index chunk (Pagefind counts word positions; its default is 20,000, about 31 KB
 * gzip per chunk here). Smaller chunks keep a first search light: each word a reader types loads
 * only the chunk that holds it (about 2 KB gzip here).
 */
export const INDEX_CHUNK_SIZE = 1200;

/** Pages never indexed: the reference list is only citations. */
const NOT_INDEXED = ['/learn/references'];
/** Pages outside the docs and blog that are worth finding. */
const INDEXED_PAGES = ['/help', '/privacy'];

export interface SearchIndexOptions {
  /** Routes (with base URL) kept out of the index, such as a clinic's hidden modules. */
  readonly hiddenRoutes: readonly string[];
}

interface IndexedPage {
  readonly route: string;
  readonly html: string;
  readonly kind: SearchKind;
  readonly title: string;
}

function decodeEntities(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .trim();
}

/** Marks the element that holds a page's own text with `data-pagefind-body`. */
export function markBody(html: string): { html: string; kind: 'docs' | 'blog' | 'page' } | null {
  const htmlTag = /<html[^>]*>/.exec(html)?.[0] ?? '';
  const mark = (pattern: RegExp) =>
    pattern.test(html) ? html.replace(pattern, (tag) => tag.replace(/^<(\w+)/, '<$1 data-pagefind-body')) : null;
  if (/\bdocs-doc-page\b/.test(htmlTag)) {
    const marked = mark(/<div[^>]*\btheme-doc-markdown\b[^>]*>/);
    return marked ? { html: marked, kind: 'docs' } : null;
  }
  if (/\bblog-post-page\b/.test(htmlTag)) {
    const marked = mark(/<div[^>]*\bid=["']?__blog-post-container\b[^>]*>/);
    return marked ? { html: marked, kind: 'blog' } : null;
  }
  if (/\bplugin-pages\b/.test(htmlTag)) {
    const marked = mark(/<main\b[^>]*>/);
    return marked ? { html: marked, kind: 'page' } : null;
  }
  return null;
}

function kindOf(route: string, base: 'docs' | 'blog' | 'page'): SearchKind {
  if (base === 'blog') return 'blog';
  if (base === 'page') return 'page';
  if (/\/learn\/faq$/.test(route)) return 'faq';
  if (/\/learn\/glossary$/.test(route)) return 'glossary';
  if (/\/learn\/for-clinicians(\/|$)/.test(route)) return 'clinicians';
  return 'chapter';
}

/** The pages to index, from the built HTML. */
export function pagesToIndex(
  outDir: string,
  routesPaths: readonly string[],
  baseUrl: string,
  hiddenRoutes: readonly string[],
): IndexedPage[] {
  const strip = (route: string) =>
    (route.startsWith(baseUrl) ? `/${route.slice(baseUrl.length)}` : route).replace(/\/$/, '') || '/';
  const hidden = new Set(hiddenRoutes.map(strip));
  const pages: IndexedPage[] = [];
  for (const route of [...new Set(routesPaths)]) {
    const path = strip(route);
    if (hidden.has(path) || NOT_INDEXED.includes(path)) continue;
    const isDoc = path.startsWith('/learn/');
    const isBlog = /^\/blog\/(?!tags\b|archive\b|page\b|authors\b)[^/]+$/.test(path);
    if (!isDoc && !isBlog && !INDEXED_PAGES.includes(path)) continue;
    const file = htmlFileFor(outDir, path);
    if (!file) continue;
    const marked = markBody(readFileSync(file, 'utf8'));
    if (!marked) continue;
    const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(marked.html)?.[1] ?? path;
    pages.push({
      route: route.replace(/\/$/, '') || '/',
      html: marked.html,
      kind: kindOf(path, marked.kind),
      title: decodeEntities(h1),
    });
  }
  return pages;
}

/** Reads a Pagefind fragment file (gzip, after a 12-byte signature). */
export function readFragment(content: Uint8Array): PageFragment {
  const text = gunzipSync(Buffer.from(content)).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as PageFragment;
}

type PagefindModule = typeof import('pagefind');

async function loadPagefind(siteDir: string): Promise<PagefindModule> {
  // Pagefind's Node API is an ES module only, with no "require" export; the file itself loads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(siteDir, 'node_modules', 'pagefind', 'lib', 'index.js')) as PagefindModule;
}

export async function buildSections(pages: readonly IndexedPage[], pagefind: PagefindModule): Promise<SectionRecord[]> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...SEARCH_IGNORED_SELECTORS] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const byUrl = new Map(pages.map((p) => [p.route, p]));
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.route, content: page.html });
    if (added.errors.length) throw new Error(`Pagefind could not read ${page.route}: ${added.errors.join('; ')}`);
  }
  const { files } = await index.getFiles();
  const records: SectionRecord[] = [];
  for (const file of files) {
    const match = /(?:^|\/)fragment\/([a-z-]+)_[0-9a-f]+\.pf_fragment$/i.exec(file.path);
    if (!match) continue;
    const fragment = readFragment(file.content);
    const page = byUrl.get(fragment.url.replace(/\/$/, '') || '/');
    if (!page) throw new Error(`Pagefind returned a page we did not give it: ${fragment.url}`);
    records.push(...splitSections(fragment, { language: match[1], kind: page.kind, pageTitle: page.title }));
  }
  await index.deleteIndex();
  return records.sort((a, b) => a.url.localeCompare(b.url));
}

/** The files a search in the browser needs; Pagefind also writes UIs and a worker we do not use. */
export function isNeededSearchFile(name: string): boolean {
  return (
    /^(pagefind\.js|pagefind-entry\.json|wasm\.[a-z-]+\.pagefind|pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta|index|fragment|filter)$/.test(
      name,
    ) && name !== 'wasm.unknown.pagefind'
  );
}

export default function searchIndexPlugin(context: LoadContext, rawOptions: unknown): Plugin {
  const options = rawOptions as SearchIndexOptions;
  return {
    name: 'search-index',
    async postBuild({ outDir, routesPaths }) {
      process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
      const pagefind = await loadPagefind(context.siteDir);
      try {
        const pages = pagesToIndex(outDir, routesPaths, context.baseUrl, options.hiddenRoutes);
        const records = await buildSections(pages, pagefind);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        for (const record of records) {
          const added = await index.addCustomRecord({ ...record, meta: { ...record.meta } });
          if (added.errors.length)
            throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
        }
        const dir = join(outDir, SEARCH_DIR);
        rmSync(dir, { recursive: true, force: true });
        const written = await index.writeFiles({ outputPath: dir });
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        for (const name of readdirSync(dir)) {
          if (!isNeededSearchFile(name)) rmSync(join(dir, name), { recursive: true, force: true });
        }
        console.log(`[search] Indexed ${records.length} sections of ${pages.length} pages into ${SEARCH_DIR}/`);
      } finally {
        await pagefind.close();
      }
    },
  };
}
