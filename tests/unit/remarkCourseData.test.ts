import remarkCourseData, { PAGE_SOURCES_ANCHOR } from '../../src/plugins/remarkCourseData';
import { GLOSSARY_BY_ID } from '../../src/data/glossary';
import { REFERENCES } from '../../src/data/references';
import { referenceNumbers } from '../../src/course/bibliography';
import { getQuiz, QUIZZES } from '../../src/data/quizzes';
import { GLOSSARY_BY_ID as ES_GLOSSARY_BY_ID } from '../../src/i18n/es/glossary';
import { QUIZZES as ES_QUIZZES } from '../../src/i18n/es/quizzes';

type Node = { type: string; [key: string]: unknown };

function jsx(name: string, id: string, flow = false): Node {
  return {
    type: flow ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
    name,
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
    children: [],
  };
}

function tree(...inline: Node[]): Node & { children: Node[] } {
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Text ' }, ...inline] }] };
}

function attrs(node: Node): Record<string, unknown> {
  return Object.fromEntries((node.attributes as { name: string; value: unknown }[]).map((a) => [a.name, a.value]));
}

describe('remarkCourseData', () => {
  const run = remarkCourseData();

  it('fills a <Term> with its glossary term and definition', () => {
    const term = jsx('Term', 'glutamate');
    run(tree(term), { path: 'x.mdx' });
    const entry = GLOSSARY_BY_ID.get('glutamate')!;
    expect(attrs(term)).toEqual({ id: 'glutamate', term: entry.term, definition: entry.definition });
  });

  it('numbers a <Cite> as the References page does and lists the page sources at the end', () => {
    const a = jsx('Cite', 'berman2000');
    const b = jsx('Cite', 'zarate2006');
    const again = jsx('Cite', 'berman2000');
    const root = tree(a, b, again);
    run(root, {});
    const numbers = referenceNumbers(REFERENCES);
    expect(attrs(a)).toEqual({ id: 'berman2000', number: String(numbers.get('berman2000')), label: 'Berman 2000' });
    const [heading, list] = root.children.slice(-2) as [Node, Node & { children: Node[] }];
    expect(heading.type).toBe('heading');
    expect(JSON.stringify(heading)).toContain(`{#${PAGE_SOURCES_ANCHOR}}`);
    expect(list.children).toHaveLength(2); // each source once
    expect(JSON.stringify(list)).toContain('https://doi.org/10.1016/S0006-3223(99)00230-9');
  });

  it('adds no sources section to a page that cites nothing', () => {
    const root = tree(jsx('Term', 'ketamine'));
    run(root, {});
    expect(root.children).toHaveLength(1);
  });

  it('stops the build on an unknown id, naming the id and the file', () => {
    expect(() => run(tree(jsx('Term', 'no-such-term')), { path: 'docs/a.mdx' })).toThrow(/no-such-term.*docs\/a\.mdx/);
    expect(() => run(tree(jsx('Cite', 'nobody1999', true)), { path: 'docs/b.mdx' })).toThrow(
      /nobody1999.*docs\/b\.mdx/,
    );
  });
});

describe('remarkCourseData and the knowledge check', () => {
  const run = remarkCourseData();

  it("hands a <Quiz> its own module's questions, and only those, as page data", () => {
    const quiz = jsx('Quiz', 'safety', true);
    run({ type: 'root', children: [quiz] }, { path: 'docs/safety/index.mdx' });
    const value = attrs(quiz).quiz as {
      type: string;
      value: string;
      data: { estree: { body: { expression: { arguments: { value: string }[] } }[] } };
    };
    expect(value.type).toBe('mdxJsxAttributeValueExpression');
    // The expression MDX compiles is JSON.parse of the module's quiz.
    const json = value.data.estree.body[0].expression.arguments[0].value;
    expect(JSON.parse(json)).toEqual(getQuiz('safety'));
    expect(new Function(`return ${value.value}`)()).toEqual(getQuiz('safety'));
    for (const other of Object.values(QUIZZES).filter((q) => q.moduleId !== 'safety')) {
      for (const q of other.questions) expect(json).not.toContain(`"${q.id}"`);
    }
  });

  it('stops the build on an unknown quiz id, naming the id and the file', () => {
    expect(() =>
      run({ type: 'root', children: [jsx('Quiz', 'no-such-module', true)] }, { path: 'docs/c.mdx' }),
    ).toThrow(/no-such-module.*docs\/c\.mdx/);
  });
});

describe('remarkCourseData on a Spanish page (i18n/es/)', () => {
  const run = remarkCourseData();
  const SPANISH = '/site/i18n/es/docusaurus-plugin-content-docs/current/safety/index.mdx';

  it('takes the Spanish glossary, facts and quiz', () => {
    const term = jsx('Term', 'glutamate');
    const fact = jsx('Fact', 'esketamine-monitoring');
    const quiz = jsx('Quiz', 'safety', true);
    run({ type: 'root', children: [{ type: 'paragraph', children: [term, fact] }, quiz] }, { path: SPANISH });
    expect(attrs(term).term).toBe(ES_GLOSSARY_BY_ID.get('glutamate')!.term);
    expect(attrs(fact).text).toBe('por lo menos 2 horas');
    expect(JSON.stringify(attrs(quiz).quiz)).toContain(
      JSON.stringify(ES_QUIZZES.safety!.questions[0]!.prompt).slice(1, -1),
    );
  });

  it('heads the sources in Spanish and marks each source, kept as published, as English', () => {
    const root = tree(jsx('Cite', 'berman2000'));
    run(root, { path: SPANISH });
    const [heading, list] = root.children.slice(-2) as [Node & { children: Node[] }, Node & { children: Node[] }];
    expect(JSON.stringify(heading)).toContain('Fuentes de esta página');
    expect(list.children.map((item) => item.data)).toEqual([{ hProperties: { lang: 'en' } }]);
  });

  it('leaves English pages’ sources without a language mark', () => {
    const root = tree(jsx('Cite', 'berman2000'));
    run(root, { path: '/site/docs/safety/index.mdx' });
    const list = root.children.at(-1) as Node & { children: Node[] };
    expect(list.children.map((item) => item.data)).toEqual([undefined]);
  });
});
