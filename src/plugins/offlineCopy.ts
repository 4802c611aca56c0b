/**
 * Build plugin: writes build/offline-copy.json, the list of files that "Save the whole course
 * for offline reading" (My progress) stores on the reader's device, and their size, so the
 * button can say how much it downloads. The list is everything the build wrote, except
 * OFFLINE_COPY_EXCLUDE: a new folder (Pagefind's index, say) is in the list without a change here.
 *
 * Written when the build has finished, not in postBuild: Docusaurus runs all plugins' postBuild
 * hooks at once, and others write files there (the search index, plugin-pwa's sw.js), so a list
 * made in postBuild could miss them. See UPGRADING.md ("Offline copy").
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { OFFLINE_LIST_FILE, pageKey } from '../pwa/offlineKeys';
import type { OfflineList } from '../pwa/offlineCopy';

/**
 * What "the whole course" leaves out (globs relative to build/): the service worker itself,
 * this list, and files only machines read. Everything else in build/ is saved.
 */
export const OFFLINE_COPY_EXCLUDE: readonly string[] = [
  'sw.js',
  '*.sw.js',
  OFFLINE_LIST_FILE,
  '**/*.map',
  '**/*.LICENSE.txt',
  'sitemap.xml',
  'blog/rss.xml',
  'blog/atom.xml',
  'blog/feed.json',
  '.nojekyll',
  // Settings for the web server, which servers do not hand out (Netlify's _headers, nginx's include).
  '_headers',
  '_redirects',
  '*.conf',
];

/** A glob (`*` within a folder name, `**` across folders) as a regular expression. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i];
    if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (c === '*') source += '[^/]*';
    else source += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return filesUnder(path.join(dir, entry.name), rel);
    return entry.isFile() ? [rel] : [];
  });
}

/** The address a file is asked for by: a page by its clean address, anything else by its path. */
export function addressOf(file: string, baseUrl: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const url = `${base}${file}`;
  return file === 'index.html' || file.endsWith('/index.html') ? pageKey(url) : url;
}

/** The list for the build in outDir (read from the real files). */
export function listOfflineCopy(outDir: string, baseUrl: string, exclude = OFFLINE_COPY_EXCLUDE): OfflineList {
  const patterns = exclude.map(globToRegExp);
  const files = filesUnder(outDir)
    .filter((file) => !patterns.some((p) => p.test(file)))
    .sort();
  let bytes = 0;
  let downloadBytes = 0;
  for (const file of files) {
    const full = path.join(outDir, file);
    bytes += statSync(full).size;
    // What a host that compresses text sends; images and fonts are already compressed.
    downloadBytes += /\.(html|js|css|json|svg|xml|txt|webmanifest)$/.test(file)
      ? gzipSync(readFileSync(full)).length
      : statSync(full).size;
  }
  return { files: files.map((file) => addressOf(file, baseUrl)), bytes, downloadBytes };
}

/**
 * Each language's copy is its own course: the default language is built at the root and the
 * others in folders under it (build/es/), so the root's list leaves those folders out.
 */
export function otherLanguagesExcluded(
  locales: readonly string[],
  currentLocale: string,
  defaultLocale: string,
): readonly string[] {
  if (currentLocale !== defaultLocale) return OFFLINE_COPY_EXCLUDE;
  return [...OFFLINE_COPY_EXCLUDE, ...locales.filter((l) => l !== defaultLocale).map((l) => `${l}/**`)];
}

export function writeOfflineCopyList(
  outDir: string,
  baseUrl: string,
  exclude: readonly string[] = OFFLINE_COPY_EXCLUDE,
): OfflineList {
  const list = listOfflineCopy(outDir, baseUrl, exclude);
  writeFileSync(path.join(outDir, OFFLINE_LIST_FILE), `${JSON.stringify(list)}\n`);
  return list;
}

export default function offlineCopyPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'offline-copy',
    async postBuild({ outDir, baseUrl }) {
      // After every postBuild hook and the broken-links check: once the build has succeeded and
      // Node is about to exit. A failed build exits early and writes no list.
      let written = false;
      process.once('beforeExit', () => {
        if (written) return;
        written = true;
        const list = writeOfflineCopyList(
          outDir,
          baseUrl ?? context.baseUrl,
          otherLanguagesExcluded(context.i18n.locales, context.i18n.currentLocale, context.i18n.defaultLocale),
        );
        console.log(
          `[offline-copy] ${list.files.length} files, ${(list.downloadBytes / 1e6).toFixed(1)} MB to download, listed in ${OFFLINE_LIST_FILE}`,
        );
      });
    },
  };
}
