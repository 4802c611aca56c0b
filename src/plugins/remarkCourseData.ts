/**
 * Remark plugin: fills in <Term>, <Cite> and <Fact> from the glossary, bibliography and facts
 * (src/data/facts.ts) at build time, and appends the page's sources as plain Markdown. It also
 * hands each <Quiz id="..." /> its module's questions. Pages then carry only the definitions,
 * sources and quiz they use, and no JavaScript has to load the whole glossary, bibliography or
 * set of quizzes.
 * An unknown id stops the build with a message that names it.
 */
import { courseData, type CourseData } from '../i18n/courseData';
import { localeOfPath } from '../i18n/locales';
import { REFERENCE_BY_ID, REFERENCES } from '../data/references';
import { formatReference, referenceHref, referenceNumbers, shortLabel } from '../course/bibliography';

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  depth?: number;
  children?: Node[];
  attributes?: Attribute[];
  data?: Record<string, unknown>;
  [key: string]: unknown;
}

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

export const PAGE_SOURCES_ANCHOR = 'page-sources';
const NUMBERS = referenceNumbers(REFERENCES);

function attr(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function setAttr(node: Node, name: string, value: string): void {
  node.attributes = [
    ...(node.attributes ?? []).filter((a) => a.name !== name),
    { type: 'mdxJsxAttribute', name, value },
  ];
}

/**
 * A JSX attribute whose value is the expression `JSON.parse("<json>")`: the data goes into the
 * page's own code, and a JSON string is quicker for the browser to read than the same object
 * written as JavaScript.
 */
function jsonAttr(name: string, data: unknown): Attribute {
  const json = JSON.stringify(data);
  const literal = JSON.stringify(json);
  const expression = {
    type: 'CallExpression',
    optional: false,
    callee: {
      type: 'MemberExpression',
      computed: false,
      optional: false,
      object: { type: 'Identifier', name: 'JSON' },
      property: { type: 'Identifier', name: 'parse' },
    },
    arguments: [{ type: 'Literal', value: json, raw: literal }],
  };
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: `JSON.parse(${literal})`,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          comments: [],
          body: [{ type: 'ExpressionStatement', expression }],
        },
      },
    },
  };
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function sourcesSection(ids: readonly string[], words: CourseData['text']): Node[] {
  const refs = [...new Set(ids)]
    .map((id) => REFERENCE_BY_ID.get(id)!)
    .sort((a, b) => NUMBERS.get(a.id)! - NUMBERS.get(b.id)!);
  return [
    {
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: `${words.sourcesHeading} {#${PAGE_SOURCES_ANCHOR}}` }],
    },
    {
      type: 'list',
      ordered: false,
      spread: false,
      data: { hProperties: { className: ['page-sources'] } },
      children: refs.map((ref) => {
        const href = referenceHref(ref);
        const text: Node[] = [{ type: 'text', value: `[${NUMBERS.get(ref.id)}] ${formatReference(ref)} ` }];
        if (href) {
          text.push({
            type: 'link',
            url: href,
            children: [{ type: 'text', value: ref.doi ? `doi:${ref.doi}` : words.readSource }],
          });
        }
        const item: Node = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: text }] };
        // Titles stay as published (English) on translated pages: say so to screen readers.
        if (words.sourcesLang) item.data = { hProperties: { lang: words.sourcesLang } };
        return item;
      }),
    },
  ];
}

export default function remarkCourseData() {
  return (tree: Node, file: { path?: string }): void => {
    const cited: string[] = [];
    // Pages under i18n/<locale>/ take that edition's glossary, facts and quizzes.
    const locale = localeOfPath(file.path);
    const { glossaryById, factById, getQuiz, text } = courseData(locale);
    const where = file.path ? ` in ${file.path}` : '';
    walk(tree, (node) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      if (node.name === 'Term') {
        const id = attr(node, 'id') ?? '';
        const entry = glossaryById.get(id);
        if (!entry) throw new Error(`<Term id="${id}">${where}: no such entry in src/data/glossary.ts`);
        setAttr(node, 'term', entry.term);
        setAttr(node, 'definition', entry.definition);
      } else if (node.name === 'Cite') {
        const id = attr(node, 'id') ?? '';
        const ref = REFERENCE_BY_ID.get(id);
        if (!ref) throw new Error(`<Cite id="${id}" />${where}: no such source in src/data/references.ts`);
        setAttr(node, 'number', String(NUMBERS.get(id)));
        setAttr(node, 'label', shortLabel(ref));
        cited.push(id);
      } else if (node.name === 'Fact') {
        const id = attr(node, 'id') ?? '';
        const fact = factById.get(id);
        if (!fact) throw new Error(`<Fact id="${id}" />${where}: no such fact in src/data/facts.ts`);
        setAttr(node, 'text', fact.text);
      } else if (node.name === 'Quiz') {
        const id = attr(node, 'id') ?? '';
        const quiz = getQuiz(id);
        if (!quiz) throw new Error(`<Quiz id="${id}" />${where}: no such quiz in src/data/quizzes/index.ts`);
        node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== 'quiz'), jsonAttr('quiz', quiz)];
      }
    });
    if (cited.length > 0) {
      tree.children = [...(tree.children ?? []), ...sourcesSection(cited, text)];
    }
  };
}
