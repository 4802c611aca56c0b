/**
 * The questions readers actually ask (src/data/readerQuestions.ts) each have a direct answer:
 * a section that exists, and that opens with a short plain paragraph before any detail, list or box.
 */
import { OPEN_QUESTIONS, READER_QUESTIONS } from '../../src/data/readerQuestions';
import { sectionOpening } from '../support/answers';
import { loadDocs } from '../support/docs';

const docs = loadDocs();
const byRoute = new Map(docs.map((d) => [d.route, d]));
/** A direct answer fits on a phone screen above the detail: one short paragraph. */
const MAX_OPENING_WORDS = 25;

function target(answer: string): { route: string; anchor: string } {
  const [route, anchor = ''] = answer.split('#');
  return { route, anchor };
}

describe('questions readers ask (src/data/readerQuestions.ts)', () => {
  it('lists at least 40 distinct questions with unique ids', () => {
    expect(READER_QUESTIONS.length).toBeGreaterThanOrEqual(40);
    const all = [...READER_QUESTIONS, ...OPEN_QUESTIONS];
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
    expect(new Set(all.map((q) => q.question.toLowerCase())).size).toBe(all.length);
    for (const q of all) expect(q.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(READER_QUESTIONS.map((q) => [q.id, q] as const))('%s is a question in everyday words', (_id, q) => {
    expect(q.question.trim()).toMatch(/\?$/);
    expect(q.question.split(/\s+/).length).toBeLessThanOrEqual(16);
    // Plain words: no medical abbreviation the reader did not use, no study jargon.
    expect(q.question).not.toMatch(/\b(efficacy|contraindicat\w*|adjunct\w*|NMDA|dissociat\w*|REMS)\b/i);
  });

  it.each([...READER_QUESTIONS, ...OPEN_QUESTIONS].map((q) => [q.id, q] as const))(
    '%s names the public page where it is asked',
    (_id, q) => {
      expect(['clinic-faq', 'question-thread', 'article']).toContain(q.askedAt.kind);
      const url = new URL(q.askedAt.url);
      expect(['https:', 'http:']).toContain(url.protocol);
      expect(url.hostname).toMatch(/\.[a-z]{2,}$/i);
    },
  );

  it.each(READER_QUESTIONS.map((q) => [q.id, q.answer] as const))(
    '%s is answered at %s, which exists and opens with a short direct answer',
    (_id, answer) => {
      const { route, anchor } = target(answer);
      const doc = byRoute.get(route);
      expect({ answer, page: doc?.file ?? 'no such page' }).toEqual({ answer, page: expect.stringMatching(/^docs\//) });
      expect(doc?.anchors).toContain(anchor);
      const opening = doc ? sectionOpening(doc.body, anchor) : null;
      expect({ answer, opensWith: opening?.openingKind }).toEqual({ answer, opensWith: 'prose' });
      expect({ answer, opening: opening?.text, words: opening?.words }).toEqual({
        answer,
        opening: opening?.text,
        words: expect.any(Number),
      });
      expect(opening?.words ?? Infinity).toBeLessThanOrEqual(MAX_OPENING_WORDS);
      expect(opening?.words ?? 0).toBeGreaterThan(0);
    },
  );

  it('answers each worry the reader test named, in the FAQ', () => {
    const answered = new Set(READER_QUESTIONS.map((q) => q.answer));
    for (const anchor of ['awake', 'bladder', 'heart', 'eye-mask-music', 'pill-difference']) {
      expect(answered).toContain(`/learn/faq#${anchor}`);
    }
  });

  it.each(OPEN_QUESTIONS.map((q) => [q.id, q] as const))('%s (not answered yet) says why', (_id, q) => {
    expect(q.question.trim()).toMatch(/\?$/);
    expect(q.why.length).toBeGreaterThan(20);
  });
});

describe('FAQ headings', () => {
  const faq = docs.find((d) => d.file === 'docs/faq.mdx');

  it('phrases every question heading as a question', () => {
    const questions = (faq?.body ?? '').split('\n').filter((l) => /^###\s/.test(l));
    expect(questions.length).toBeGreaterThan(30);
    expect(questions.filter((h) => !/\?\s*\{#[\w-]+\}\s*$/.test(h))).toEqual([]);
  });

  it('opens every answer with a short plain paragraph before the detail', () => {
    const anchors = (faq?.body ?? '').split('\n').flatMap((l) => /^###\s.*\{#([\w-]+)\}\s*$/.exec(l)?.[1] ?? []);
    const long = anchors
      .map((anchor) => ({ anchor, opening: sectionOpening(faq?.body ?? '', anchor) }))
      .filter(({ opening }) => opening?.openingKind !== 'prose' || opening.words > MAX_OPENING_WORDS)
      .map(({ anchor, opening }) => `${anchor}: ${opening?.openingKind} of ${opening?.words} words`);
    expect(long).toEqual([]);
  });
});

describe('the direct-answer check', () => {
  const body = [
    '## Long {#long}',
    '',
    'This answer starts with a long paragraph that goes on and on, with many words and several clauses, before',
    'it ever says the plain thing the reader came for, which is what a worried reader does not need.',
    '',
    '## Listed {#listed}',
    '',
    '- a list first',
    '',
    '## Boxed {#boxed}',
    '',
    ':::note',
    'A box first.',
    ':::',
    '',
    '## Helped {#helped}',
    '',
    '<HelpNow />',
    '',
    '## Direct {#direct}',
    '',
    'Yes. You can stop at any time <Cite id="fdaRems" />, and <Term id="kap">KAP</Term> staff will help.',
    '',
    'Then the detail.',
  ].join('\n');

  it('fails a long first paragraph, a list, a box or a component, and passes a short plain one', () => {
    expect(sectionOpening(body, 'long')?.words).toBeGreaterThan(MAX_OPENING_WORDS);
    expect(sectionOpening(body, 'listed')?.openingKind).toBe('list');
    expect(sectionOpening(body, 'boxed')?.openingKind).toBe('admonition');
    expect(sectionOpening(body, 'helped')?.openingKind).toBe('component');
    expect(sectionOpening(body, 'direct')).toEqual({
      text: 'Yes. You can stop at any time, and KAP staff will help.',
      openingKind: 'prose',
      words: 12,
    });
    expect(sectionOpening(body, 'missing')).toBeNull();
  });
});
