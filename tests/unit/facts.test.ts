import remarkCourseData from '../../src/plugins/remarkCourseData';
import remarkReadingTime, { moduleOfPath } from '../../src/plugins/remarkReadingTime';
import { FACT_BY_ID, fact, capitalize, DRIVING_RULE } from '../../src/data/facts';
import { extractProse } from '../../src/course/readability';
import { CHECK_MINUTES, MODULES, getModule } from '../../src/course/modules';

type Node = { type: string; [key: string]: unknown };

function factNode(id: string): Node {
  return {
    type: 'mdxJsxTextElement',
    name: 'Fact',
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
    children: [],
  };
}

function attrs(node: Node): Record<string, unknown> {
  return Object.fromEntries((node.attributes as { name: string; value: unknown }[]).map((a) => [a.name, a.value]));
}

describe('<Fact /> at build time', () => {
  it('fills in the words of the fact, so the page shows the one stated figure', () => {
    const node = factNode('esketamine-monitoring');
    remarkCourseData()({ type: 'root', children: [{ type: 'paragraph', children: [node] }] }, { path: 'docs/x.mdx' });
    expect(attrs(node)).toEqual({ id: 'esketamine-monitoring', text: 'at least 2 hours' });
  });

  it('stops the build on an unknown fact, naming it and the file', () => {
    const tree = { type: 'root', children: [{ type: 'paragraph', children: [factNode('no-such-fact')] }] };
    expect(() => remarkCourseData()(tree, { path: 'docs/a.mdx' })).toThrow(/no-such-fact.*docs\/a\.mdx/);
  });

  it('counts the fact words in the reading level and reading time', () => {
    expect(extractProse('Staff watch you for <Fact id="esketamine-monitoring" /> after the dose.')).toBe(
      'Staff watch you for at least 2 hours after the dose.',
    );
  });

  it('gives data files the same words', () => {
    expect(fact('dose-effects')).toBe(FACT_BY_ID.get('dose-effects')!.text);
    expect(capitalize(fact('dose-effects'))).toBe('About an hour');
    expect(DRIVING_RULE).toContain(fact('esketamine-driving'));
  });
});

describe('the minutes at the top of a chapter', () => {
  function run(path: string, value = 'word '.repeat(450)): Node {
    const tree = { type: 'root', children: [] as Node[] };
    remarkReadingTime()(tree, { path, value });
    return tree.children[0];
  }

  it('shows the catalog minutes (reading plus the check) on a module, as the plan does', () => {
    const safety = getModule('safety')!;
    expect(moduleOfPath('/repo/docs/safety/index.mdx')?.id).toBe('safety');
    expect(attrs(run('/repo/docs/safety/index.mdx'))).toEqual({ minutes: String(safety.minutes), withCheck: 'true' });
  });

  it('shows the computed reading time on other pages', () => {
    expect(moduleOfPath('/repo/docs/faq.mdx')).toBeUndefined();
    expect(attrs(run('/repo/docs/faq.mdx'))).toEqual({ minutes: '3' });
  });

  it('keeps the catalog fields consistent', () => {
    for (const m of MODULES) expect(m.minutes - m.readingMinutes).toBe(CHECK_MINUTES);
  });
});
