import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findForbiddenClaims } from '../support/claims';
import { loadBlogPosts, listFiles, loadDocs, ROOT } from '../support/docs';

const listTs = (dir: string): string[] => listFiles(dir, /\.tsx?$/);

const sources = [
  ...[...loadDocs(), ...loadBlogPosts()].map((d) => ({ file: d.file, text: d.body })),
  ...listTs(join(ROOT, 'src', 'data')).map((full) => ({
    file: relative(ROOT, full),
    text: readFileSync(full, 'utf8'),
  })),
  ...listTs(join(ROOT, 'src', 'pages')).map((full) => ({
    file: relative(ROOT, full),
    text: readFileSync(full, 'utf8'),
  })),
];

describe('claims the course must never make (EVIDENCE.md §11)', () => {
  it.each(sources.map((s) => [s.file, s.text] as const))('%s makes none of them', (_file, text) => {
    expect(findForbiddenClaims(text)).toEqual([]);
  });
});

describe('the claim checker', () => {
  it('catches each claim when it is asserted', () => {
    const asserted = [
      'Ketamine therapy is FDA-approved for depression.',
      'FDA-approved ketamine treatment for you.',
      'Ketamine prevents suicide.',
      'It cures depression.',
      'It works for 4 out of 5 people.',
      'Enjoy lasting results.',
      'One session resets the brain.',
      'Ketamine works on GABA.',
      'The WHO lists it as one of the safest medicines.',
      'At-home ketamine is proven safe.',
      'KAP is more effective than infusions.',
      'Ketamine is non-addictive.',
      'Ketamine is not addictive.',
      'There are no side effects.',
      'The psychedelic experience is what heals you.',
    ];
    for (const sentence of asserted) {
      expect(findForbiddenClaims(sentence)).not.toEqual([]);
    }
  });

  it('allows a sentence that denies the claim', () => {
    const denied = [
      'No study has shown that ketamine prevents suicide.',
      'Ketamine is not FDA-approved for depression; only esketamine is approved, for some kinds.',
      'Be wary of any clinic that promises lasting results.',
      'It does not work on GABA in the way sleeping pills do.',
    ];
    for (const sentence of denied) {
      expect(findForbiddenClaims(sentence)).toEqual([]);
    }
  });
});
