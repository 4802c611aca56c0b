import {
  formatReference,
  referenceHref,
  referenceNumbers,
  shortLabel,
  sortReferences,
} from '../../src/course/bibliography';
import type { Reference } from '../../src/data/references';

const refs: Reference[] = [
  {
    id: 'b',
    kind: 'journal',
    authors: 'Zed A, Other B',
    year: 2020,
    title: 'Second',
    source: 'Journal 1',
    doi: '10.1000/b',
  },
  {
    id: 'a',
    kind: 'journal',
    authors: 'Able C',
    year: 2019,
    title: 'First?',
    source: 'Journal 2',
    url: 'https://example.org/a',
  },
  {
    id: 'c',
    kind: 'agency',
    authors: 'U.S. Food and Drug Administration',
    year: 2023,
    title: 'Warning',
    source: 'FDA',
    url: 'https://fda.example/c',
  },
];

describe('bibliography', () => {
  it('numbers references in the order the References page lists them', () => {
    expect(sortReferences(refs).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(referenceNumbers(refs).get('a')).toBe(1);
    expect(referenceNumbers(refs).get('b')).toBe(3);
  });

  it('links the DOI when there is one, else the address', () => {
    expect(referenceHref(refs[0])).toBe('https://doi.org/10.1000/b');
    expect(referenceHref(refs[1])).toBe('https://example.org/a');
  });

  it('formats a citation and a short label', () => {
    expect(formatReference(refs[0])).toBe('Zed A, Other B (2020). Second. Journal 1.');
    expect(formatReference(refs[1])).toBe('Able C (2019). First? Journal 2.');
    expect(shortLabel(refs[0])).toBe('Zed 2020');
    expect(shortLabel(refs[2])).toBe('U.S. Food and Drug Administration 2023');
  });

  it('lists an article whose authors are not given under its journal, never under an empty name', () => {
    const letter: Reference = {
      id: 'x',
      kind: 'journal',
      authors: '',
      year: 2022,
      title: 'A letter',
      source: 'Journal of Things, published online 1 May 2022',
      doi: '10.1000/x',
      missing: { authors: 'The fact base names no authors.' },
    };
    expect(formatReference(letter)).toBe('A letter (2022). Journal of Things, published online 1 May 2022.');
    expect(shortLabel(letter)).toBe('Journal of Things 2022');
    expect(sortReferences([...refs, letter]).map((r) => r.id)).toEqual(['a', 'x', 'c', 'b']);
  });
});
