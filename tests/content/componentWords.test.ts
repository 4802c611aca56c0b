/**
 * The words of components in each language (src/i18n/<locale>/<area>.ts, imported as
 * `@locale/<area>`): every English area has a Spanish one with the same exports, stamped with the
 * English version it translates, addressing the reader as "usted".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isStale, readStamp } from '../../src/i18n/stamp';
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
  it('exports the same names in Spanish as in English', async () => {
    const en = (await import(`../../src/i18n/en/${area}`)) as Record<string, unknown>;
    const es = (await import(`../../src/i18n/es/${area}`)) as Record<string, unknown>;
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('says which English version it translates, and it is the current one', () => {
    const stamp = readStamp(`src/i18n/es/${area}.ts`);
    expect(stamp.source).not.toBe('');
    expect({ file: stamp.file, stale: isStale(stamp) }).toEqual({ file: stamp.file, stale: false });
  });

  it('addresses the reader as "usted", never "tú"', () => {
    const text = quotedText(readFileSync(join(ROOT, 'src/i18n/es', `${area}.ts`), 'utf8')).toLowerCase();
    const words = new Set(text.split(/[^\p{L}]+/u));
    expect(TU_FORMS.filter((w) => words.has(w))).toEqual([]);
  });
});
