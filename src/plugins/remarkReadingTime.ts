/**
 * Remark plugin: puts <ReadingTime minutes="N" /> at the top of every doc, with N computed
 * from the chapter's prose by the same function as `npm run readability`.
 */
import { analyseMdx } from '../course/readability';

interface Node {
  type: string;
  children?: Node[];
  [key: string]: unknown;
}

export default function remarkReadingTime() {
  return (tree: Node, file: { value?: unknown }): void => {
    const source = typeof file.value === 'string' ? file.value : String(file.value ?? '');
    const { minutes } = analyseMdx(source);
    const element: Node = {
      type: 'mdxJsxFlowElement',
      name: 'ReadingTime',
      attributes: [{ type: 'mdxJsxAttribute', name: 'minutes', value: String(minutes) }],
      children: [],
    };
    const children = tree.children ?? [];
    const firstContent = children.findIndex((node) => node.type !== 'mdxjsEsm');
    children.splice(firstContent === -1 ? children.length : firstContent, 0, element);
    tree.children = children;
  };
}
