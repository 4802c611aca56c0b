/**
 * The Spanish sidebar and pagers (issue 16). Docusaurus takes the sidebar's labels from
 * i18n/es/docusaurus-plugin-content-docs/current.json, keyed by the English label, and silently
 * shows the English when a key is missing (for example after an English label changes). Its
 * previous/next pagers do not read current.json for doc items (Docusaurus 3.10): a Spanish page
 * gives its label in `sidebar_label`, which must then say the same as current.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { courseSidebar, type SidebarItem } from '../../src/course/sidebar';
import { MODULES } from '../../src/course/modules';
import { DOCS_I18N, ROOT } from '../../src/i18n/stamp';
import { parseContent } from '../support/docs';

const translations = JSON.parse(readFileSync(join(ROOT, DOCS_I18N('es') + '.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

// Every module, as a clinic that hides none builds it.
const sidebar = courseSidebar(MODULES);
const docs = (items: readonly SidebarItem[]): { id: string; label: string }[] =>
  items.flatMap((item) => (item.type === 'doc' ? [{ id: item.id, label: item.label }] : docs(item.items)));
const categories = sidebar.filter((item) => item.type === 'category');

describe('the Spanish course sidebar', () => {
  it.each(docs(sidebar).map((d) => [d.label, d] as const))('"%s" has a Spanish label', (_label, doc) => {
    const message = translations[`sidebar.course.doc.${doc.label}`]?.message;
    expect(message).toBeDefined();
    expect(message).not.toBe(doc.label);
  });

  it.each(categories.map((c) => [c.label] as const))('the category "%s" has a Spanish label', (label) => {
    const message = translations[`sidebar.course.category.${label}`]?.message;
    expect(message).toBeDefined();
    expect(message).not.toBe(label);
  });

  it('lists no label the sidebar no longer has (a stale key means the English label changed)', () => {
    const known = new Set([
      'version.label',
      ...docs(sidebar).map((d) => `sidebar.course.doc.${d.label}`),
      ...categories.map((c) => `sidebar.course.category.${c.label}`),
    ]);
    expect(Object.keys(translations).filter((key) => !known.has(key))).toEqual([]);
  });

  it.each(docs(sidebar).map((d) => [d.id, d] as const))(
    '%s: a Spanish page that names its pager label says the same as the sidebar',
    (id, doc) => {
      const file = join(ROOT, DOCS_I18N('es'), `${id}.mdx`);
      if (!existsSync(file)) return;
      const label = parseContent(file).frontMatter.sidebar_label;
      if (label === undefined) return;
      expect(label).toBe(translations[`sidebar.course.doc.${doc.label}`]?.message);
    },
  );
});
