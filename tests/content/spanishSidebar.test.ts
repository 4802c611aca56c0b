/**
 * The Spanish sidebar and pagers (issue 16). sidebars.ts builds the course sidebar from the
 * catalog in the language being built (Docusaurus names it in DOCUSAURUS_CURRENT_LOCALE), so the
 * sidebar, the previous/next pagers (which take the sidebar's labels) and the module lists all say
 * the catalog's Spanish titles. current.json then has no sidebar labels to keep in step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { courseSidebar, type SidebarItem } from '../../src/course/sidebar';
import * as en from '../../src/i18n/en/modules';
import * as es from '../../src/i18n/es/modules';
import { COURSE_SIDEBAR_WORDS as ES_WORDS } from '../../src/i18n/es/sidebar';
import { DOCS_I18N, ROOT } from '../../src/i18n/stamp';
import { clientDocPairs } from '../support/translations';

const docs = (items: readonly SidebarItem[]): { id: string; label: string }[] =>
  items.flatMap((item) => (item.type === 'doc' ? [{ id: item.id, label: item.label }] : docs(item.items)));

const english = courseSidebar(en.MODULES);
const spanish = courseSidebar(es.MODULES, ES_WORDS);

describe('the Spanish course sidebar', () => {
  it('lists the same pages in the same order as the English one', () => {
    expect(docs(spanish).map((d) => d.id)).toEqual(docs(english).map((d) => d.id));
  });

  it('labels each module "N. <Spanish title>" from the Spanish catalog, and the reference pages in Spanish', () => {
    expect(docs(spanish).slice(0, es.MODULES.length)).toEqual(
      es.MODULES.map((m) => ({ id: m.docId, label: `${m.order}. ${m.title}` })),
    );
    expect(
      docs(spanish)
        .slice(es.MODULES.length)
        .map((d) => d.label),
    ).toEqual(['Preguntas frecuentes', 'Glosario', 'Referencias']);
    expect(spanish.find((item) => item.type === 'category')?.label).toBe('Para consultar');
  });

  it('leaves no sidebar label in current.json, where it could go stale', () => {
    const messages = JSON.parse(readFileSync(join(ROOT, DOCS_I18N('es') + '.json'), 'utf8')) as object;
    expect(Object.keys(messages).filter((key) => key.startsWith('sidebar.'))).toEqual([]);
  });

  it('agrees with any sidebar_label a Spanish page gives itself', () => {
    const labels = new Map(docs(spanish).map((d) => [d.id, d.label]));
    const given = clientDocPairs()
      .filter((p) => p.es && p.es.frontMatter.sidebar_label !== undefined)
      .map((p) => {
        const id = p.en.file.replace(/^docs\//, '').replace(/\.mdx$/, '');
        return { id, label: p.es!.frontMatter.sidebar_label };
      });
    expect(given).toEqual(given.map(({ id }) => ({ id, label: labels.get(id) })));
  });
});
