/**
 * Rehype plugin: makes Markdown tables readable on a phone without sideways scrolling.
 *
 * On a narrow screen, src/css/custom.css shows each table row as a card and each cell under its
 * column's name. For that, every body cell gets a label with its column header's text, a <span>
 * that is hidden from screen readers (they hear the real header) and from wide screens. Because
 * rows shown as blocks can lose their table meaning in some browsers, the table's parts also get
 * their ARIA table roles, and the first cell of each body row becomes a row header, as it is in
 * every table of the course (the thing the row is about).
 */

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export const TABLE_CLASS = 'kap-table';
export const CELL_LABEL_CLASS = 'kap-cell-label';

function elements(node: HastNode | undefined, tagName: string): HastNode[] {
  return (node?.children ?? []).filter((c) => c.type === 'element' && c.tagName === tagName);
}

/** The text a reader sees in a node (MDX components included). */
export function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function setProperties(node: HastNode, properties: Record<string, unknown>): void {
  node.properties = { ...(node.properties ?? {}), ...properties };
}

function addClass(node: HastNode, name: string): void {
  const current = node.properties?.className;
  const list = Array.isArray(current) ? current : typeof current === 'string' ? current.split(' ') : [];
  setProperties(node, { className: [...list, name] });
}

function labelTable(table: HastNode): void {
  const head = elements(table, 'thead')[0];
  const bodies = elements(table, 'tbody');
  const headRow = elements(head, 'tr')[0];
  const headers = [...elements(headRow, 'th'), ...elements(headRow, 'td')].map((cell) => textOf(cell).trim());
  addClass(table, TABLE_CLASS);
  setProperties(table, { role: 'table' });
  for (const group of [head, ...bodies]) if (group) setProperties(group, { role: 'rowgroup' });
  if (headRow) {
    setProperties(headRow, { role: 'row' });
    for (const cell of headRow.children ?? []) {
      if (cell.type === 'element') setProperties(cell, { role: 'columnheader', scope: 'col' });
    }
  }
  for (const row of bodies.flatMap((b) => elements(b, 'tr'))) {
    setProperties(row, { role: 'row' });
    const cells = (row.children ?? []).filter(
      (c) => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'),
    );
    cells.forEach((cell, column) => {
      if (column === 0) {
        cell.tagName = 'th';
        setProperties(cell, { role: 'rowheader', scope: 'row' });
      } else {
        setProperties(cell, { role: 'cell' });
      }
      const label = headers[column];
      if (column > 0 && label) {
        cell.children = [
          {
            type: 'element',
            tagName: 'span',
            // Kept out of the search index, like other text that repeats the page.
            properties: { className: [CELL_LABEL_CLASS, 'search-ignore'], ariaHidden: 'true' },
            children: [{ type: 'text', value: label }],
          },
          ...(cell.children ?? []),
        ];
      }
    });
  }
}

function walk(node: HastNode, visit: (n: HastNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

export default function rehypeTableLabels() {
  return (tree: HastNode): void => {
    walk(tree, (node) => {
      if (node.type === 'element' && node.tagName === 'table') labelTable(node);
    });
  };
}
