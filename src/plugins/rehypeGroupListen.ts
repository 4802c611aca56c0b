/**
 * Rehype plugin: on the pages given (the FAQ), puts a "Listen" control right after each heading
 * of the given level (each `##` group of answers), which reads only that group. The page's own
 * Listen control (src/theme/DocItem/Content) still reads the whole page. The Markdown itself is
 * not changed, so each answer still opens with its short direct paragraph.
 *
 * The control is the `ListenGroup` MDX component (src/theme/MDXComponents.tsx), named by the
 * heading's text; its reading code loads only when pressed, like the page's control.
 */
import { textOf } from './rehypeTableLabels';
import { PAGE_SOURCES_ANCHOR } from './remarkCourseData';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  name?: string;
  attributes?: unknown[];
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export interface GroupListenOptions {
  /** Source files (paths relative to the site, e.g. "docs/faq.mdx") that get the controls. */
  readonly files: readonly string[];
  /** Heading level of a group; 2 by default. */
  readonly level?: number;
}

export const GROUP_COMPONENT = 'ListenGroup';

/** Adds a Listen control after each heading of `level` among the children of `tree`. */
export function addGroupControls(tree: HastNode, level = 2): void {
  const tag = `h${level}`;
  const out: HastNode[] = [];
  for (const child of tree.children ?? []) {
    out.push(child);
    // The page's list of sources (added by remarkCourseData) is not a group of answers.
    if (child.type === 'element' && child.tagName === tag && child.properties?.id !== PAGE_SOURCES_ANCHOR) {
      const title = textOf(child).replace(/\s+/g, ' ').trim();
      out.push({
        type: 'mdxJsxFlowElement',
        name: GROUP_COMPONENT,
        attributes: [{ type: 'mdxJsxAttribute', name: 'group', value: title }],
        children: [],
      });
    }
  }
  tree.children = out;
}

export default function rehypeGroupListen(options: GroupListenOptions) {
  const files = options.files.map((f) => f.replace(/\\/g, '/'));
  return (tree: HastNode, file: { path?: string }): void => {
    const path = (file.path ?? '').replace(/\\/g, '/');
    if (files.some((f) => path.endsWith(`/${f}`) || path === f)) addGroupControls(tree, options.level ?? 2);
  };
}
