import { REFERENCES, REFERENCE_BY_ID } from '../../src/data/references';
import { GLOSSARY, GLOSSARY_BY_ID } from '../../src/data/glossary';
import { citeIds, loadBlogPosts, loadDocs, termIds } from '../support/docs';

const content = [...loadDocs(), ...loadBlogPosts()];
const cited = new Set(content.flatMap((d) => citeIds(d.body)));
const used = new Set(content.flatMap((d) => termIds(d.body)));

describe('bibliography', () => {
  it('has unique ids', () => {
    expect(new Set(REFERENCES.map((r) => r.id)).size).toBe(REFERENCES.length);
  });

  it.each(content.map((d) => [d.file, d] as const))('%s cites only sources that exist', (_file, doc) => {
    expect(citeIds(doc.body).filter((id) => !REFERENCE_BY_ID.has(id))).toEqual([]);
  });

  it('has no source that no page cites', () => {
    expect(REFERENCES.filter((r) => !cited.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it.each(REFERENCES.map((r) => [r.id, r] as const))('%s has a well-formed DOI or https address and full details', (_id, ref) => {
    expect(ref.doi !== undefined || ref.url !== undefined).toBe(true);
    if (ref.doi !== undefined) expect(ref.doi).toMatch(/^10\.\d{4,9}\/\S+$/);
    if (ref.url !== undefined) expect(ref.url).toMatch(/^https:\/\/[^\s]+$/);
    expect(ref.authors.trim()).not.toBe('');
    expect(ref.title.trim()).not.toBe('');
    expect(ref.source.trim()).not.toBe('');
    expect(ref.year).toBeGreaterThanOrEqual(1950);
    expect(ref.year).toBeLessThanOrEqual(new Date().getFullYear());
  });
});

describe('glossary', () => {
  it('has unique ids and terms', () => {
    expect(new Set(GLOSSARY.map((g) => g.id)).size).toBe(GLOSSARY.length);
    expect(new Set(GLOSSARY.map((g) => g.term.toLowerCase())).size).toBe(GLOSSARY.length);
  });

  it.each(content.map((d) => [d.file, d] as const))('%s uses only terms the glossary defines', (_file, doc) => {
    expect(termIds(doc.body).filter((id) => !GLOSSARY_BY_ID.has(id))).toEqual([]);
  });

  it.each(GLOSSARY.map((g) => [g.id, g] as const))('%s has a short plain definition and a url-safe id', (_id, entry) => {
    expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const words = entry.definition.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(5);
    expect(words).toBeLessThanOrEqual(60);
  });

  it('is used: the chapters link at least most of its terms', () => {
    const unused = GLOSSARY.filter((g) => !used.has(g.id)).map((g) => g.id);
    expect(unused.length).toBeLessThanOrEqual(Math.floor(GLOSSARY.length / 4));
  });
});
