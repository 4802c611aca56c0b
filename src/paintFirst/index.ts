/**
 * Paint first: the three measures that show a chapter's text before its JavaScript runs and
 * then start that JavaScript quickly (see README.md in this folder). They work as one unit:
 * the route scripts are read by the template's start script, and the compile hint pays off
 * because the template preloads the main bundle. Keep or remove them together.
 */
import type { PluginConfig } from '@docusaurus/types';
import compileHints from './compileHints';
import routeScripts from './routeScripts';
import { ssrTemplate } from './ssrTemplate';

export const paintFirst = {
  /** The HTML shell of every page (`ssrTemplate` in docusaurus.config.ts). */
  ssrTemplate,
  /** The build plugins (add to `plugins` in docusaurus.config.ts). */
  plugins: [compileHints, routeScripts] satisfies PluginConfig[],
};
