/**
 * Build plugin: `@locale/<name>` is the current edition's words for <name>.
 * In the English build it is `src/i18n/en/<name>.ts`, in the Spanish build `src/i18n/es/<name>.ts`.
 * So each language's pages carry only their own words (the Spanish checklist page bundles the
 * Spanish checklist, not both), and no component has to choose a language at run time.
 *
 * Rules (i18n/README.md):
 * - Every `src/i18n/en/<name>.ts` has a `src/i18n/es/<name>.ts` that exports the same names with
 *   the same types (tsc checks the types; tests/content/translationParity.test.ts the names and ids).
 * - tsc and Jest read `@locale/*` as English (tsconfig.json paths, jest.config.js).
 *
 * Uses only the public plugin API (configureWebpack); nothing of Docusaurus' internals.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

export function localeDir(siteDir: string, locale: string): string {
  return path.join(siteDir, 'src', 'i18n', locale);
}

export default function localeFiles(context: LoadContext): Plugin {
  const dir = localeDir(context.siteDir, context.i18n.currentLocale);
  return {
    name: 'kap-locale-files',
    configureWebpack() {
      return { resolve: { alias: { '@locale': dir } } };
    },
  };
}
