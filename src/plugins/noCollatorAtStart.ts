/**
 * Docusaurus plugin: no string collation while a page starts (see plainKeyOrderLoader.js).
 * Docusaurus' `useShallowMemoObject` is the only code that runs at start and calls
 * `localeCompare`; its first call loads the browser's collation tables, a long blocking pause on
 * a slow phone. The loader swaps its key sort for a plain comparison.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** The one file the loader applies to. */
export const REACT_UTILS = /[\\/]@docusaurus[\\/]theme-common[\\/]lib[\\/]utils[\\/]reactUtils\.js$/;

export default function noCollatorAtStart(): Plugin {
  return {
    name: 'kap-no-collator-at-start',
    configureWebpack() {
      return {
        module: {
          rules: [{ test: REACT_UTILS, use: [{ loader: path.resolve(__dirname, 'plainKeyOrderLoader.js') }] }],
        },
      };
    },
  };
}
