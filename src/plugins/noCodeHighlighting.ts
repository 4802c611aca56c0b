/**
 * Docusaurus plugin: replaces prism-react-renderer in the browser bundle with a plain-text
 * stand-in (src/stubs/prism-react-renderer.tsx). The theme imports Prism on every page for code
 * highlighting; the course has no code, and a reader on a phone should not pay ~25 KB for it.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

export default function noCodeHighlighting(): Plugin {
  return {
    name: 'kap-no-code-highlighting',
    configureWebpack() {
      return {
        resolve: {
          alias: {
            'prism-react-renderer$': path.resolve(__dirname, '../stubs/prism-react-renderer.tsx'),
          },
        },
      };
    },
  };
}
