/** Where Docusaurus writes a page in the build folder (used by build plugins and build checks). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The HTML file Docusaurus wrote for a route path (no trailing-slash setting: folder/index.html). */
export function htmlFileFor(outDir: string, routePath: string): string | null {
  const clean = routePath.replace(/^\/|\/$/g, '');
  for (const candidate of [join(outDir, clean, 'index.html'), join(outDir, `${clean}.html`)]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}
