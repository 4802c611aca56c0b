/**
 * Loads the built site's real Pagefind index in Node: Pagefind's own browser script
 * (build/pagefind/pagefind.js) with `fetch` answered from the files on disk.
 * Also counts the bytes each search reads, as a browser would download them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindLike } from '../../../src/search/engine';

export interface BuiltIndex extends PagefindLike {
  /** Files read so far (path under pagefind/ and bytes). */
  readonly reads: { path: string; bytes: number }[];
}

export async function loadBuiltIndex(buildDir: string): Promise<BuiltIndex> {
  const dir = join(buildDir, 'pagefind');
  const reads: { path: string; bytes: number }[] = [];
  globalThis.fetch = (async (input: string | URL) => {
    const path = String(input)
      .replace(/^.*?\/pagefind\//, '')
      .replace(/\?.*$/, '');
    const body = await readFile(join(dir, path));
    reads.push({ path, bytes: body.length });
    return new Response(body);
  }) as typeof fetch;
  const pagefind = (await import(pathToFileURL(join(dir, 'pagefind.js')).href)) as {
    options(o: Record<string, unknown>): Promise<void>;
    search(term: string): ReturnType<PagefindLike['search']>;
  };
  await pagefind.options({ basePath: '/pagefind/', noWorker: true, excerptLength: 24 });
  return { reads, search: (term) => pagefind.search(term) };
}
