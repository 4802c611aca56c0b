/**
 * Docusaurus plugin: replaces prism-react-renderer in the browser bundle with a plain-text
 * stand-in (src/stubs/prism-react-renderer.tsx). The theme imports Prism on every page for code
 * highlighting; the course has no code, and a reader on a phone should not pay ~25 KB for it.
 * The theme's list of extra Prism languages is replaced too (src/theme/prism-include-languages.ts,
 * which adds none): the build stops if the config names one, as it would never be used.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** The Prism languages the config asks for (`themeConfig.prism.additionalLanguages`). */
export function additionalPrismLanguages(themeConfig: Record<string, unknown>): readonly unknown[] {
  const prism = themeConfig.prism as { additionalLanguages?: unknown } | undefined;
  return Array.isArray(prism?.additionalLanguages) ? prism.additionalLanguages : [];
}

export default function noCodeHighlighting(context: LoadContext): Plugin {
  const languages = additionalPrismLanguages(context.siteConfig.themeConfig);
  if (languages.length > 0) {
    throw new Error(
      `themeConfig.prism.additionalLanguages names ${languages.join(', ')}, but the course has no code highlighting (src/plugins/noCodeHighlighting.ts, src/theme/prism-include-languages.ts). Remove them, or remove both files to highlight code.`,
    );
  }
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
