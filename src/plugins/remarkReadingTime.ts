/**
 * Remark plugin: puts <ReadingTime minutes="N" /> at the top of every doc. On a module's chapter
 * N is the catalog's minutes for the module in the page's language (reading plus the knowledge
 * check), the same figure the plan, the home page and Start here show; a content test keeps each
 * language's catalog equal to its chapters' real reading time. On other docs N is computed from
 * the prose by the same function as `npm run readability` (Spanish words counted as Spanish).
 */
import { analyseMdx } from '../course/readability';
import { analyseMdxEs } from '../course/readabilityEs';
import type { CourseModule } from '../course/modules';
import { localeOfPath, type CourseLocale } from '../i18n/locales';
import { MODULES as EN_MODULES } from '../i18n/en/modules';
import { MODULES as ES_MODULES } from '../i18n/es/modules';

interface Node {
  type: string;
  children?: Node[];
  [key: string]: unknown;
}

const CATALOG: Readonly<Record<CourseLocale, readonly CourseModule[]>> = { en: EN_MODULES, es: ES_MODULES };

/** Minutes to read a page's prose, counted with its language's word rules. */
export function minutesToRead(mdx: string, locale: CourseLocale): number {
  return locale === 'es' ? analyseMdxEs(mdx).minutes : analyseMdx(mdx).minutes;
}

/**
 * The catalog module (in the page's language) whose chapter is at this path, if any:
 * docs/<id>/index.mdx, or its translation i18n/<locale>/docusaurus-plugin-content-docs/current/<id>/index.mdx.
 */
export function moduleOfPath(path: string | undefined): CourseModule | undefined {
  const match = /(?:^|[\\/])(?:docs|docusaurus-plugin-content-docs[\\/]current)[\\/]([^\\/]+)[\\/]index\.mdx?$/.exec(
    path ?? '',
  );
  return match ? CATALOG[localeOfPath(path)].find((m) => m.id === match[1]) : undefined;
}

export default function remarkReadingTime() {
  return (tree: Node, file: { value?: unknown; path?: string }): void => {
    const module = moduleOfPath(file.path);
    const attributes = module
      ? [
          { type: 'mdxJsxAttribute', name: 'minutes', value: String(module.minutes) },
          { type: 'mdxJsxAttribute', name: 'withCheck', value: 'true' },
        ]
      : [
          {
            type: 'mdxJsxAttribute',
            name: 'minutes',
            value: String(
              minutesToRead(
                typeof file.value === 'string' ? file.value : String(file.value ?? ''),
                localeOfPath(file.path),
              ),
            ),
          },
        ];
    const element: Node = { type: 'mdxJsxFlowElement', name: 'ReadingTime', attributes, children: [] };
    const children = tree.children ?? [];
    const firstContent = children.findIndex((node) => node.type !== 'mdxjsEsm');
    children.splice(firstContent === -1 ? children.length : firstContent, 0, element);
    tree.children = children;
  };
}
