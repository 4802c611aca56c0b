/**
 * Remark plugin: puts <ReadingTime minutes="N" /> at the top of every doc, with N computed
 * from the chapter's prose by the same function as `npm run readability`. On a course module
 * it also passes the module id, and the component shows the catalog's time instead.
 */
import { analyseMdx } from '../course/readability';
import { isModuleId } from '../course/modules';

/** The module id of a chapter file (docs/<id>/index.mdx), or null for any other page. */
function moduleIdOf(path: unknown): string | null {
  const match = typeof path === 'string' ? /[\\/]docs[\\/]([^\\/]+)[\\/]index\.mdx?$/.exec(path) : null;
  return match && isModuleId(match[1]) ? match[1] : null;
}

interface Node {
  type: string;
  children?: Node[];
  [key: string]: unknown;
}

export default function remarkReadingTime() {
  return (tree: Node, file: { value?: unknown; path?: unknown }): void => {
    const source = typeof file.value === 'string' ? file.value : String(file.value ?? '');
    const { minutes } = analyseMdx(source);
    // A course module shows its time from the module catalog, as the plan and handout do.
    const moduleId = moduleIdOf(file.path);
    const element: Node = {
      type: 'mdxJsxFlowElement',
      name: 'ReadingTime',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'minutes', value: String(minutes) },
        ...(moduleId ? [{ type: 'mdxJsxAttribute', name: 'moduleId', value: moduleId }] : []),
      ],
      children: [],
    };
    const children = tree.children ?? [];
    const firstContent = children.findIndex((node) => node.type !== 'mdxjsEsm');
    children.splice(firstContent === -1 ? children.length : firstContent, 0, element);
    tree.children = children;
  };
}
