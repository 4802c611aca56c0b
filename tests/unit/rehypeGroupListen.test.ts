import rehypeGroupListen, { addGroupControls, GROUP_COMPONENT } from '@site/src/plugins/rehypeGroupListen';

const h = (tagName: string, text: string, id?: string) => ({
  type: 'element',
  tagName,
  properties: id ? { id } : {},
  children: [{ type: 'text', value: text }],
});

function tree() {
  return {
    type: 'root',
    children: [
      h('p', 'Intro.'),
      h('h2', 'The  basics', 'basics'),
      h('h3', 'What is it?', 'q1'),
      h('p', 'Therapy.'),
      h('h2', 'Safety', 'safety'),
      h('p', 'Answer.'),
      h('h2', 'Sources for this page', 'page-sources'),
    ],
  };
}

const shape = (t: ReturnType<typeof tree>) =>
  t.children.map((c) =>
    c.type === 'mdxJsxFlowElement'
      ? `<${(c as { name?: string }).name} group="${(c as unknown as { attributes: Array<{ value: string }> }).attributes[0]?.value}">`
      : (c as { tagName?: string }).tagName,
  );

describe('rehypeGroupListen', () => {
  test('puts one named control right after each group heading, not after subheadings or the sources', () => {
    const t = tree();
    addGroupControls(t);
    expect(shape(t)).toEqual([
      'p',
      'h2',
      `<${GROUP_COMPONENT} group="The basics">`,
      'h3',
      'p',
      'h2',
      `<${GROUP_COMPONENT} group="Safety">`,
      'p',
      'h2',
    ]);
  });

  test('only touches the files it is given', () => {
    const t = tree();
    rehypeGroupListen({ files: ['docs/faq.mdx'] })(t, { path: '/site/docs/safety.mdx' });
    expect(t.children).toHaveLength(7);
    rehypeGroupListen({ files: ['docs/faq.mdx'] })(t, { path: '/site/docs/faq.mdx' });
    expect(t.children).toHaveLength(9);
  });

  test('the Spanish FAQ gets the controls only when it is listed too (its path does not end in docs/faq.mdx)', () => {
    const spanish = '/site/i18n/es/docusaurus-plugin-content-docs/current/faq.mdx';
    const t = tree();
    rehypeGroupListen({ files: ['docs/faq.mdx'] })(t, { path: spanish });
    expect(t.children).toHaveLength(7);
    const files = ['docs/faq.mdx', 'i18n/es/docusaurus-plugin-content-docs/current/faq.mdx'];
    rehypeGroupListen({ files })(t, { path: spanish });
    expect(t.children).toHaveLength(9);
    const english = tree();
    rehypeGroupListen({ files })(english, { path: '/site/docs/faq.mdx' });
    expect(english.children).toHaveLength(9);
    const other = tree();
    rehypeGroupListen({ files })(other, {
      path: '/site/i18n/es/docusaurus-plugin-content-docs/current/safety/index.mdx',
    });
    expect(other.children).toHaveLength(7);
  });
});
