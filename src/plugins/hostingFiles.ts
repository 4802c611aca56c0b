/**
 * Files a static host needs, written into the build after every page exists:
 *
 * - `_headers` (Netlify, Cloudflare Pages) and `nginx-headers.conf` (included by
 *   deploy/nginx.conf): the security headers of src/config/securityHeaders.ts, with the
 *   SHA-256 hash of every inline script found in the built HTML, so the Content-Security-Policy
 *   needs no 'unsafe-inline';
 * - `LICENSE.txt` and `LICENSE-CONTENT.txt`: the code and content licences, linked from the footer.
 *
 * Reads and writes synchronously, so it never sees a page half-written by another plugin's
 * postBuild (src/plugins/routeScripts.ts rewrites the pages, but not their inline scripts).
 */
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import {
  MAX_HEADER_LENGTH,
  contentSecurityPolicy,
  inlineScripts,
  netlifyHeadersFile,
  nginxHeadersFile,
  scriptHash,
  unhashableScripts,
} from '../config/securityHeaders';

export const LICENSE_FILES: Readonly<Record<string, string>> = {
  LICENSE: 'LICENSE.txt',
  'LICENSE-CONTENT': 'LICENSE-CONTENT.txt',
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The hashes of every inline script in the built site; throws on inline code a hash cannot allow. */
export function collectScriptHashes(outDir: string): string[] {
  const hashes = new Set<string>();
  const problems: string[] = [];
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    for (const script of inlineScripts(html)) hashes.add(scriptHash(script));
    for (const problem of unhashableScripts(html)) problems.push(`${relative(outDir, file)}: ${problem}`);
  }
  if (problems.length > 0) {
    throw new Error(
      `The Content-Security-Policy cannot allow this inline code (use a script file or a React handler instead):\n- ${problems.join('\n- ')}`,
    );
  }
  return [...hashes].sort();
}

export default function hostingFilesPlugin(context: LoadContext): Plugin {
  return {
    name: 'hosting-files',
    async postBuild({ outDir }) {
      const hashes = collectScriptHashes(outDir);
      const csp = contentSecurityPolicy(hashes);
      if (csp.length > MAX_HEADER_LENGTH) {
        throw new Error(`The Content-Security-Policy is ${csp.length} characters (${hashes.length} inline scripts); static hosts accept ${MAX_HEADER_LENGTH}.`);
      }
      writeFileSync(join(outDir, '_headers'), netlifyHeadersFile(hashes, context.baseUrl));
      writeFileSync(join(outDir, 'nginx-headers.conf'), nginxHeadersFile(hashes));
      for (const [source, target] of Object.entries(LICENSE_FILES)) {
        copyFileSync(join(context.siteDir, source), join(outDir, target));
      }
    },
  };
}
