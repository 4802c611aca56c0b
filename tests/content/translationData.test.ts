/**
 * The Spanish words of the course's data and components against the English (issue 16):
 * the same exports, ids, order, correct answers, links and numbers; no placeholder left; and every
 * translation up to date with the English it translates (the drift check).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUIZZES as EN_QUIZZES } from '../../src/data/quizzes';
import { QUIZZES as ES_QUIZZES } from '../../src/i18n/es/quizzes';
import { CHECKLIST as EN_CHECKLIST } from '../../src/data/checklist';
import { CHECKLIST as ES_CHECKLIST } from '../../src/i18n/es/checklist';
import { GLOSSARY as EN_GLOSSARY } from '../../src/data/glossary';
import { GLOSSARY as ES_GLOSSARY } from '../../src/i18n/es/glossary';
import { FACTS as EN_FACTS } from '../../src/data/facts';
import { FACTS as ES_FACTS } from '../../src/i18n/es/facts';
import { isStale, readStamp, translations } from '../../src/i18n/stamp';
import { TU_FORMS } from '../../src/i18n/termsEs';
import { EN_TEXT_DIR, ES_TEXT_DIR, listTs, numbers, rel } from '../support/translations';

function hasWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** Every string inside a value, depth first (for number and "usted" checks). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('every English words file has a Spanish one with the same exports', () => {
  // *View.tsx files choose a component per edition and hold no words (src/i18n/en/translationNoticeView.tsx);
  // both editions' files must exist, which the stamp check below also requires.
  const english = listTs(EN_TEXT_DIR).filter((f) => !/View\.tsx$/.test(f));
  it.each(english.map((f) => [rel(f), f] as const))('%s', (_name, file) => {
    const spanish = join(ES_TEXT_DIR, file.slice(EN_TEXT_DIR.length));
    expect(existsSync(spanish)).toBe(true);
    /* eslint-disable @typescript-eslint/no-require-imports */
    const en = Object.keys(require(file) as object).sort();
    const es = Object.keys(require(spanish) as object).sort();
    /* eslint-enable @typescript-eslint/no-require-imports */
    expect(es).toEqual(en);
  });
});

describe('no Spanish file is a placeholder that repeats the English', () => {
  const files = listTs(ES_TEXT_DIR);
  it.each(files.map((f) => [rel(f), f] as const))('%s', (_name, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/UNTRANSLATED/);
  });
});

describe('the Spanish knowledge checks', () => {
  const ids = Object.keys(EN_QUIZZES);
  it.each(ids)('%s: same questions, options, answers and links, in Spanish, with the same numbers', (id) => {
    const en = EN_QUIZZES[id]!;
    const es = ES_QUIZZES[id]!;
    const shape = (quiz: typeof en) =>
      quiz.questions.map((q) => ({
        id: q.id,
        kind: q.kind,
        options: q.options.map((o) => ({ id: o.id, correct: o.correct, link: o.link })),
      }));
    expect(es.moduleId).toBe(en.moduleId);
    expect(shape(es)).toEqual(shape(en));
    en.questions.forEach((q, i) => {
      const t = es.questions[i]!;
      expect({ id: q.id, numbers: numbers(strings(t).join(' ')) }).toEqual({
        id: q.id,
        numbers: numbers(strings(q).join(' ')),
      });
      expect(t.prompt).not.toBe(q.prompt);
      expect(TU_FORMS.filter((form) => strings(t).some((s) => hasWord(s, form)))).toEqual([]);
    });
  });
});

describe('the Spanish checklist', () => {
  it('has the same groups, items, order and links, and the same numbers', () => {
    const shape = (list: typeof EN_CHECKLIST) =>
      list.map((g) => ({ id: g.id, items: g.items.map((i) => ({ id: i.id, link: i.link })) }));
    expect(shape(ES_CHECKLIST)).toEqual(shape(EN_CHECKLIST));
    EN_CHECKLIST.forEach((g, gi) =>
      g.items.forEach((item, ii) => {
        const t = ES_CHECKLIST[gi]!.items[ii]!;
        expect({ id: item.id, numbers: numbers(`${t.text} ${t.why}`) }).toEqual({
          id: item.id,
          numbers: numbers(`${item.text} ${item.why}`),
        });
        expect(t.text).not.toBe(item.text);
      }),
    );
  });
});

describe('the Spanish glossary', () => {
  it('has the same ids in the same order, each translated, with the same numbers', () => {
    expect(ES_GLOSSARY.map((g) => g.id)).toEqual(EN_GLOSSARY.map((g) => g.id));
    EN_GLOSSARY.forEach((g, i) => {
      const t = ES_GLOSSARY[i]!;
      expect({ id: g.id, numbers: numbers(t.definition) }).toEqual({ id: g.id, numbers: numbers(g.definition) });
      expect(t.definition).not.toBe(g.definition);
    });
  });
});

describe('the Spanish facts', () => {
  it.each(EN_FACTS.map((f) => [f.id, f] as const))('%s: same figures, same source', (id, fact) => {
    const t = ES_FACTS.find((f) => f.id === id)!;
    expect({ source: t.source, numbers: numbers(t.text) }).toEqual({
      source: fact.source,
      numbers: numbers(fact.text),
    });
    expect(t.text).not.toBe(fact.text);
  });
});

describe('kept in step: each translation translates the English as it is now', () => {
  // The same list `npm run translation` reports on.
  const files = translations('es');
  it.each(files)('%s', (file) => {
    const stamp = readStamp(file);
    expect(stamp.source).not.toBe('');
    expect(stamp.current).not.toBeNull();
    if (isStale(stamp)) {
      throw new Error(
        `${file} translates an older version of ${stamp.source}. Run \`npm run translation -- diff ${file}\`, ` +
          `update the Spanish, then \`npm run translation -- stamp ${file}\`.`,
      );
    }
  });
});

describe('components chosen per edition (*View.tsx)', () => {
  it('exist in both editions', () => {
    const views = (dir: string) =>
      listTs(dir)
        .filter((f) => /View\.tsx$/.test(f))
        .map((f) => f.slice(dir.length));
    expect(views(ES_TEXT_DIR)).toEqual(views(EN_TEXT_DIR));
    expect(views(EN_TEXT_DIR).length).toBeGreaterThan(0);
  });
});
