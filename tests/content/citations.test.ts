import { REFERENCES, REFERENCE_BY_ID, type Reference, type ReferenceDetail } from '../../src/data/references';

/**
 * Details a reference lacks without saying why. A journal article needs authors, a DOI and its
 * volume, issue and pages in `source` ("12(3):45–67", or a Cochrane "Issue 9, CD011612");
 * a reason in `missing` excuses one, and a reason for a detail that is there is itself a gap.
 */
function referenceGaps(ref: Reference): string[] {
  const given: Record<ReferenceDetail, boolean> = {
    authors: ref.authors.trim() !== '',
    doi: ref.doi !== undefined,
    volume: false,
    issue: false,
    pages: false,
  };
  const cochrane = /\bIssue (\d+), (CD\d+)\b/.exec(ref.source);
  const journal = /\b(\d+)(?:\((\w+)\))?:([\w–-]+)/.exec(ref.source);
  if (cochrane) Object.assign(given, { volume: true, issue: true, pages: true });
  else if (journal) Object.assign(given, { volume: true, issue: journal[2] !== undefined, pages: true });
  const needed: readonly ReferenceDetail[] =
    ref.kind === 'journal' ? ['authors', 'doi', 'volume', 'issue', 'pages'] : ['authors'];
  const gaps: string[] = [];
  for (const detail of needed) {
    const reason = ref.missing?.[detail];
    if (given[detail] && reason !== undefined) gaps.push(`${detail} (given, yet listed as missing)`);
    if (!given[detail] && !(reason !== undefined && reason.trim().length > 0)) gaps.push(detail);
  }
  return gaps;
}
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

  it.each(REFERENCES.map((r) => [r.id, r] as const))(
    '%s has a well-formed DOI or https address and full details',
    (_id, ref) => {
      expect(ref.doi !== undefined || ref.url !== undefined).toBe(true);
      if (ref.doi !== undefined) expect(ref.doi).toMatch(/^10\.\d{4,9}\/\S+$/);
      if (ref.url !== undefined) expect(ref.url).toMatch(/^https:\/\/[^\s]+$/);
      expect(ref.title.trim()).not.toBe('');
      expect(ref.source.trim()).not.toBe('');
      expect(ref.year).toBeGreaterThanOrEqual(1950);
      expect(ref.year).toBeLessThanOrEqual(new Date().getFullYear());
      expect(referenceGaps(ref)).toEqual([]);
    },
  );
});

describe('the completeness check (issue 12, correction 12)', () => {
  const article: Reference = {
    id: 'x',
    kind: 'journal',
    authors: 'Able C',
    year: 2020,
    title: 'A trial',
    source: 'Journal 12(3):45–67',
    doi: '10.1000/x',
  };

  it('accepts an article with authors, DOI, volume, issue and pages', () => {
    expect(referenceGaps(article)).toEqual([]);
    expect(
      referenceGaps({ ...article, source: 'Cochrane Database of Systematic Reviews 2021, Issue 9, CD011612' }),
    ).toEqual([]);
  });

  it('names each missing detail unless the entry says why it is missing', () => {
    expect(referenceGaps({ ...article, source: 'Journal' })).toEqual(['volume', 'issue', 'pages']);
    expect(referenceGaps({ ...article, source: 'Journal 23:273–283' })).toEqual(['issue']);
    expect(
      referenceGaps({ ...article, source: 'Journal 23:273–283', missing: { issue: 'Not in the fact base.' } }),
    ).toEqual([]);
    expect(referenceGaps({ ...article, authors: '' })).toEqual(['authors']);
    expect(referenceGaps({ ...article, doi: undefined, url: 'https://example.org' })).toEqual(['doi']);
    expect(referenceGaps({ ...article, source: 'Journal', missing: { volume: ' ', issue: 'x', pages: 'y' } })).toEqual([
      'volume',
    ]);
  });

  it('does not accept a reason for a detail the entry gives after all', () => {
    expect(referenceGaps({ ...article, missing: { doi: 'No DOI.' } })).toEqual(['doi (given, yet listed as missing)']);
  });

  it('gives kew2023 its DOI (10.1192/bjo.2023.53)', () => {
    expect(REFERENCE_BY_ID.get('kew2023')?.doi).toBe('10.1192/bjo.2023.53');
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

  it.each(GLOSSARY.map((g) => [g.id, g] as const))(
    '%s has a short plain definition and a url-safe id',
    (_id, entry) => {
      expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const words = entry.definition.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(5);
      expect(words).toBeLessThanOrEqual(60);
    },
  );

  it('is used: the chapters link at least most of its terms', () => {
    const unused = GLOSSARY.filter((g) => !used.has(g.id)).map((g) => g.id);
    expect(unused.length).toBeLessThanOrEqual(Math.floor(GLOSSARY.length / 4));
  });
});
