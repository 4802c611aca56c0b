/**
 * The Spanish words of components (src/i18n/es/<area>.ts, imported as `@locale/<area>`) address
 * the reader as "usted". (tests/content/translationData.test.ts checks that each has the English
 * file's exports and a current stamp.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TU_FORMS } from '../../src/i18n/termsEs';
import { ROOT } from '../support/docs';

/** Areas of component words (the data files, glossary, quizzes, checklist and facts, are checked with their content). */
const AREAS = [
  'chapter',
  'checklistUi',
  'clinicContact',
  'confirm',
  'copyLink',
  'dates',
  'markAsRead',
  'modules',
  'notices',
  'offline',
  'pathway',
  'progress',
  'quiz',
  'report',
  'reviewDates',
  'sidebar',
] as const;

/** The text inside the quotes of a TypeScript file (comments are not reader-facing). */
function quotedText(source: string): string {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/'([^'\n]*)'|`([^`]*)`/g)].map((m) => m[1] ?? m[2] ?? '').join('\n');
}

describe.each(AREAS.map((a) => [a]))('component words: %s', (area) => {
  it('addresses the reader as "usted", never "tú"', () => {
    const text = quotedText(readFileSync(join(ROOT, 'src/i18n/es', `${area}.ts`), 'utf8')).toLowerCase();
    const words = new Set(text.split(/[^\p{L}]+/u));
    expect(TU_FORMS.filter((w) => words.has(w))).toEqual([]);
  });
});
