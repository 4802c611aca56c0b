import rehypeTableLabels, { CELL_LABEL_CLASS, TABLE_CLASS, textOf } from '../../src/plugins/rehypeTableLabels';

type El = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: El[] };
const el = (tagName: string, children: El[] = [], properties: Record<string, unknown> = {}): El => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): El => ({ type: 'text', value });

function table(): El {
  return el('table', [
    el('thead', [el('tr', [el('th', [text('Route')]), el('th', [text('How fast')]), el('th', [])])]),
    el('tbody', [
      el('tr', [
        el('td', [text('Nasal spray')]),
        el('td', [text('Minutes '), { type: 'mdxJsxTextElement', children: [text('[3]')] }]),
        el('td', [text('x')]),
      ]),
    ]),
  ]);
}

describe('rehypeTableLabels', () => {
  it("labels each body cell with its column's header, hidden from screen readers, and adds table roles", () => {
    const root = el('root', [table()]);
    rehypeTableLabels()(root as never);
    const t = root.children![0];
    expect(t.properties).toMatchObject({ className: [TABLE_CLASS], role: 'table' });
    const [head, body] = t.children!;
    expect(head.children![0].children!.map((c) => c.properties?.role)).toEqual([
      'columnheader',
      'columnheader',
      'columnheader',
    ]);
    const [first, second, third] = body.children![0].children!;
    expect(first).toMatchObject({ tagName: 'th', properties: { role: 'rowheader', scope: 'row' } });
    expect(textOf(first)).toBe('Nasal spray');
    expect(second.properties?.role).toBe('cell');
    expect(second.children![0]).toMatchObject({
      tagName: 'span',
      properties: { className: [CELL_LABEL_CLASS, 'search-ignore'], ariaHidden: 'true' },
    });
    expect(textOf(second)).toBe('How fastMinutes [3]');
    // A column without a header gets no empty label.
    expect(textOf(third)).toBe('x');
  });

  it('leaves everything but tables alone', () => {
    const root = el('root', [el('p', [text('No table here')])]);
    const before = JSON.stringify(root);
    rehypeTableLabels()(root as never);
    expect(JSON.stringify(root)).toBe(before);
  });
});
