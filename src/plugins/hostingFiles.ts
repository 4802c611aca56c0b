/**
 * Files a static host needs, written into the build after every page exists:
 *
 * - `_headers` (Netlify, Cloudflare Pages) and `nginx-headers.conf` (included by
 *   deploy/nginx.conf): the security headers of src/config/securityHeaders.ts, with the
 *   SHA-256 hash of every inline script found in the built HTML, so the Content-Security-Policy
 *   needs no 'unsafe-inline';
 * - `LICENSE.txt` and `LICENSE-CONTENT.txt`: the code and content licenses, linked from the footer.
 *
 * Docusaurus runs every plugin's postBuild at the same time, so the redirect pages of
 * @docusaurus/plugin-client-redirects may not be written yet when this one runs. Their scripts
 * are hashed from what that plugin will write, computed with its own functions from the same
 * `redirects` option. Pages are read synchronously, so a page another plugin rewrites
 * synchronously (src/paintFirst/routeScripts.ts adds an attribute, never touching script text) is
 * never seen half-written.
 *
 * One site, one set of files: with several languages, Docusaurus builds the default language
 * into build/ and each other one into build/<locale>/ afterwards (the same Node process, one
 * after the other). The server files are written only at the site root, and each language's
 * build rewrites them from every page under the root, so after the last language they allow the
 * inline scripts of all of them (build/es/ pages included).
 */
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LoadContext, Plugin, Props } from '@docusaurus/types';
import collectRedirects from '@docusaurus/plugin-client-redirects/lib/collectRedirects';
import { toRedirectFiles } from '@docusaurus/plugin-client-redirects/lib/writeRedirectFiles';
import { DEFAULT_OPTIONS as REDIRECT_DEFAULTS } from '@docusaurus/plugin-client-redirects/lib/options';
import type { PluginOptions as RedirectPluginOptions } from '@docusaurus/plugin-client-redirects/lib/options';

type RedirectOption = RedirectPluginOptions['redirects'][number];
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

export interface HostingFilesOptions {
  /** The `redirects` option given to @docusaurus/plugin-client-redirects. */
  readonly redirects?: readonly RedirectOption[];
}

/** The redirect pages @docusaurus/plugin-client-redirects writes (path relative to the build, HTML). */
export function redirectPages(props: Props, redirects: readonly RedirectOption[]): { path: string; html: string }[] {
  const pluginContext = {
    relativeRoutesPaths: props.routesPaths.map((path) =>
      `/${path.startsWith(props.baseUrl) ? path.slice(props.baseUrl.length) : path}`.replace(/^\/+/, '/'),
    ),
    baseUrl: props.baseUrl,
    outDir: props.outDir,
    options: { ...REDIRECT_DEFAULTS, id: 'default', redirects: [...redirects] } as RedirectPluginOptions,
    siteConfig: props.siteConfig,
  };
  const files = toRedirectFiles(
    collectRedirects(pluginContext, props.siteConfig.trailingSlash),
    pluginContext,
    props.siteConfig.trailingSlash,
  );
  return files.map((f) => ({ path: relative(props.outDir, f.fileAbsolutePath), html: f.fileContent }));
}

/**
 * The hashes of every inline script in the built site (and in `extraPages`, pages another plugin
 * is about to write); throws on inline code a hash cannot allow.
 */
export function collectScriptHashes(
  outDir: string,
  extraPages: readonly { path: string; html: string }[] = [],
): string[] {
  const hashes = new Set<string>();
  const problems: string[] = [];
  const pages = [
    ...htmlFiles(outDir).map((file) => ({ path: relative(outDir, file), read: () => readFileSync(file, 'utf8') })),
    ...extraPages.map((page) => ({ path: page.path, read: () => page.html })),
  ];
  for (const { path: file, read } of pages) {
    const html = read();
    for (const script of inlineScripts(html)) hashes.add(scriptHash(script));
    for (const problem of unhashableScripts(html)) problems.push(`${file}: ${problem}`);
  }
  if (problems.length > 0) {
    throw new Error(
      `The Content-Security-Policy cannot allow this inline code (use a script file or a React handler instead):\n- ${problems.join('\n- ')}`,
    );
  }
  return [...hashes].sort();
}

/**
 * The root of the whole site and its base URL, from one language's build. Docusaurus writes a
 * language to `<root>/<its base URL, less the site's>`: the default language at the root, Spanish
 * in `<root>/es/`; a build of one language alone (`--locale es`) at the root with the site's base.
 * The site's base URL is the default language's.
 */
export function siteRoot(
  outDir: string,
  baseUrl: string,
  siteBaseUrl: string,
): { readonly dir: string; readonly baseUrl: string } {
  const below = baseUrl.startsWith(siteBaseUrl) ? baseUrl.slice(siteBaseUrl.length).replace(/\/$/, '') : '';
  if (!below) return { dir: outDir, baseUrl };
  const normalized = outDir.replace(/[\\/]+$/, '');
  const suffix = join('/', below);
  if (!normalized.endsWith(suffix)) return { dir: outDir, baseUrl };
  return { dir: normalized.slice(0, -suffix.length) || '/', baseUrl: siteBaseUrl };
}

export default function hostingFilesPlugin(context: LoadContext, options: unknown): Plugin {
  const { redirects = [] } = (options ?? {}) as HostingFilesOptions;
  return {
    name: 'hosting-files',
    async postBuild(props) {
      const { outDir } = props;
      const { defaultLocale, localeConfigs } = context.i18n;
      const root = siteRoot(outDir, context.baseUrl, localeConfigs[defaultLocale]?.baseUrl ?? context.baseUrl);
      // Every page of the site so far (the languages built before this one are complete on disk),
      // and this language's redirect pages, which may not be written yet.
      const extra = redirectPages(props, redirects).map((page) => ({
        ...page,
        path: relative(root.dir, join(outDir, page.path)),
      }));
      const hashes = collectScriptHashes(root.dir, extra);
      const csp = contentSecurityPolicy(hashes);
      if (csp.length > MAX_HEADER_LENGTH) {
        throw new Error(
          `The Content-Security-Policy is ${csp.length} characters (${hashes.length} inline scripts); static hosts accept ${MAX_HEADER_LENGTH}.`,
        );
      }
      writeFileSync(join(root.dir, '_headers'), netlifyHeadersFile(hashes, root.baseUrl));
      writeFileSync(join(root.dir, 'nginx-headers.conf'), nginxHeadersFile(hashes));
      for (const [source, target] of Object.entries(LICENSE_FILES)) {
        copyFileSync(join(context.siteDir, source), join(outDir, target));
      }
    },
  };
}
