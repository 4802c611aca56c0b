/**
 * Docusaurus plugin: start a page in several short tasks instead of one long one (see
 * stagedStartLoader.js). Production browser bundle only: the development server keeps
 * Docusaurus' own start, with its hot reloading.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** The one file the loader applies to. */
export const CLIENT_ENTRY = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]clientEntry\.js$/;

export default function stagedStart(): Plugin {
  return {
    name: 'kap-staged-start',
    configureWebpack(_config, isServer) {
      if (isServer || process.env.NODE_ENV !== 'production') return {};
      return {
        module: {
          rules: [{ test: CLIENT_ENTRY, use: [{ loader: path.resolve(__dirname, 'stagedStartLoader.js') }] }],
        },
      };
    },
  };
}
