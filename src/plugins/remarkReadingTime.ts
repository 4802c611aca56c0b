/**
 * Remark plugin: puts <ReadingTime minutes="N" /> at the top of every doc. On a module's chapter
 * N is the catalog's minutes for the module (reading plus the knowledge check), the same figure
 * the plan, the home page and Start here show; a content test keeps the catalog equal to the
 * chapter's real reading time. On other docs N is computed from the prose by the same function
 * as `npm run readability`.
 */
import { analyseMdx } from '../course/readability';
import { MODULES } from '../course/modules';

interface Node {
  type: string;
  children?: Node[];
  [key: string]: unknown;
}

/** The catalog module whose chapter is at this path (docs/<id>/index.mdx), if any. */
export function moduleOfPath(path: string | undefined): (typeof MODULES)[number] | undefined {
  const match = /(?:^|[\\/])docs[\\/]([^\\/]+)[\\/]index\.mdx?$/.exec(path ?? '');
  return match ? MODULES.find((m) => m.id === match[1]) : undefined;
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
            value: String(analyseMdx(typeof file.value === 'string' ? file.value : String(file.value ?? '')).minutes),
          },
        ];
    const element: Node = { type: 'mdxJsxFlowElement', name: 'ReadingTime', attributes, children: [] };
    const children = tree.children ?? [];
    const firstContent = children.findIndex((node) => node.type !== 'mdxjsEsm');
    children.splice(firstContent === -1 ? children.length : firstContent, 0, element);
    tree.children = children;
  };
}
