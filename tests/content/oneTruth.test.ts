/**
 * One truth per fact (issue 12): every number a reader sees sits next to its source, figures that
 * several pages state come from src/data/facts.ts or the module catalog, and no page writes one
 * of them by hand.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FACTS, FACT_BY_ID, DRIVING_RULE } from '../../src/data/facts';
import { MODULES, courseLengthText, minutesRange } from '../../src/course/modules';
import { QUIZZES } from '../../src/data/quizzes';
import { CHECKLIST } from '../../src/data/checklist';
import { blocks } from '../support/blocks';
import { citeIds, isClinicianDoc, loadBlogPosts, listFiles, loadDocs, ROOT } from '../support/docs';

const docs = loadDocs();
const blog = loadBlogPosts();
const GENERATED = new Set(['docs/glossary.mdx', 'docs/references.mdx']);
const clientPages = [...docs.filter((d) => !isClinicianDoc(d) && !GENERATED.has(d.file)), ...blog];

const listTs = (dir: string): string[] => listFiles(dir, /\.tsx?$/);

/** Every text a reader can see: docs, blog posts, data files and pages (not facts.ts itself). */
const allText = [
  ...[...docs, ...blog].map((d) => ({ file: d.file, text: d.body })),
  ...[
    ...listTs(join(ROOT, 'src', 'data')),
    ...listTs(join(ROOT, 'src', 'pages')),
    ...listTs(join(ROOT, 'src', 'components')),
  ]
    .filter((full) => !full.endsWith(join('src', 'data', 'facts.ts')))
    .map((full) => ({ file: relative(ROOT, full), text: readFileSync(full, 'utf8') })),
];

const FACT_TAG = /<Fact\s+id=["']([^"']+)["']\s*\/>/g;

// ---------------------------------------------------------------------------------------------
// Every number sits in a paragraph, list item or table row that cites its source.

/** Digits that are not figures: crisis phone numbers and names with numbers in them. */
const NOT_FIGURES: readonly RegExp[] = [/\b(?:988|911)\b/g, /\bPHQ-9\b/g];

/** Numbers left without a source on purpose, each with the reason. */
const UNCITED_ON_PURPOSE: readonly { file: string; text: string; why: string }[] = [
  {
    file: 'docs/conditions-and-evidence/index.mdx',
    text: '"Works for 4 in 5 people"',
    why: 'a claim quoted only to reject it (EVIDENCE.md §11)',
  },
  {
    file: 'docs/integration/index.mdx',
    text: '"I will go to bed by 11 on weeknights."',
    why: 'an example of a small step a reader might choose, not a figure',
  },
];

/** The numbers in a block that no citation in the same block stands behind. */
export function uncitedNumbers(file: string, source: string): string[] {
  if (/<Cite\b/.test(source)) return [];
  let text = source;
  for (const allowed of UNCITED_ON_PURPOSE) if (allowed.file === file) text = text.split(allowed.text).join(' ');
  text = text
    .replace(FACT_TAG, ' ') // a fact's own test makes it cite its source
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{#[\w-]+\}/g, ' ')
    .replace(/^\s*\d+[.)]\s/, ' ');
  for (const pattern of NOT_FIGURES) text = text.replace(pattern, ' ');
  return text.match(/\d[\d,.%–-]*/g) ?? [];
}

describe('no number without its source', () => {
  it.each(clientPages.map((d) => [d.file, d] as const))(
    '%s: every number sits in a cited paragraph, list item or table row',
    (file, doc) => {
      const problems = blocks(doc.body)
        .map((b) => ({ line: b.line, numbers: uncitedNumbers(file, b.source), text: b.source.slice(0, 100) }))
        .filter((p) => p.numbers.length > 0);
      expect(problems).toEqual([]);
    },
  );

  it('every number in a quiz, the checklist or a fact-filled string appears, cited, in its chapter', () => {
    const chapterFigures = new Map(
      MODULES.map((m) => {
        const doc = docs.find((d) => d.file === `docs/${m.id}/index.mdx`)!;
        const cited = blocks(doc.body)
          .filter((b) => /<Cite\b/.test(b.source))
          .map((b) => b.source.replace(FACT_TAG, (_t, id: string) => FACT_BY_ID.get(id)?.text ?? ''))
          .join('\n');
        return [m.id, cited] as const;
      }),
    );
    const problems: string[] = [];
    for (const quiz of Object.values(QUIZZES)) {
      for (const q of quiz.questions) {
        // What the quiz teaches as true: right answers and all feedback (wrong options may be made up).
        const texts = q.options.flatMap((o) => (o.correct ? [o.text, o.feedback] : [o.feedback]));
        let taught = texts.join(' ');
        for (const pattern of NOT_FIGURES) taught = taught.replace(pattern, ' ');
        for (const number of taught.match(/\d+(?:\.\d+)?/g) ?? []) {
          if (
            !new RegExp(`(?<![\\d.])${number.replace('.', '\\.')}(?![\\d])`).test(chapterFigures.get(quiz.moduleId)!)
          ) {
            problems.push(`${q.id}: ${number} is not a cited figure in docs/${quiz.moduleId}/index.mdx`);
          }
        }
      }
    }
    const expect_ = chapterFigures.get('what-to-expect')!;
    for (const group of CHECKLIST) {
      for (const item of group.items) {
        for (const number of `${item.text} ${item.why}`.match(/\d+(?:\.\d+)?/g) ?? []) {
          if (!expect_.includes(number))
            problems.push(`checklist ${item.id}: ${number} is not a cited figure in what-to-expect`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('catches a number with no citation beside it (the check itself can fail)', () => {
    expect(uncitedNumbers('x.mdx', 'In one trial, 70% got better.')).toEqual(['70%']);
    expect(uncitedNumbers('x.mdx', 'In one trial, 70% got better <Cite id="murrough2013a" />.')).toEqual([]);
    expect(uncitedNumbers('x.mdx', 'Call or text 988, or take the <Term id="phq-9">PHQ-9</Term>.')).toEqual([]);
    expect(uncitedNumbers('x.mdx', 'Staff watch you for <Fact id="esketamine-monitoring" />.')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Facts several pages state: one place each (src/data/facts.ts).

describe('facts that several pages state', () => {
  it('have unique ids, and sources that exist in the bibliography', () => {
    const { REFERENCE_BY_ID } = jest.requireActual(
      '../../src/data/references',
    ) as typeof import('../../src/data/references');
    expect(new Set(FACTS.map((f) => f.id)).size).toBe(FACTS.length);
    for (const f of FACTS)
      expect({ fact: f.id, source: REFERENCE_BY_ID.has(f.source) }).toEqual({ fact: f.id, source: true });
  });

  it.each(allText.map((t) => [t.file, t.text] as const))('%s writes none of them by hand', (_file, text) => {
    const byHand = FACTS.flatMap((f) =>
      f.handWritten.flatMap((pattern) => {
        const match = pattern.exec(text);
        return match ? [`${f.id}: "${match[0]}" (use <Fact id="${f.id}" /> or fact('${f.id}'))`] : [];
      }),
    );
    expect(byHand).toEqual([]);
  });

  it.each([...docs, ...blog].map((d) => [d.file, d] as const))(
    '%s cites the source of every <Fact /> in the same paragraph',
    (_file, doc) => {
      const problems = blocks(doc.body).flatMap((b) =>
        [...b.source.matchAll(FACT_TAG)].flatMap(([, id]) => {
          const fact = FACT_BY_ID.get(id);
          if (!fact) return [`line ${b.line}: no fact "${id}" in src/data/facts.ts`];
          return citeIds(b.source).includes(fact.source)
            ? []
            : [`line ${b.line}: <Fact id="${id}" /> without <Cite id="${fact.source}" />`];
        }),
      );
      expect(problems).toEqual([]);
    },
  );

  it('the hand-written check catches the old figures (the check itself can fail)', () => {
    const caught = (text: string) => FACTS.filter((f) => f.handWritten.some((p) => p.test(text))).map((f) => f.id);
    expect(caught('In esketamine studies, 61% to 75% of people had these changes.')).toEqual([
      'esketamine-dissociation',
    ]);
    expect(caught('Staff watch you for at least 2 hours.')).toEqual(['esketamine-monitoring']);
    expect(caught('They usually ease within about an hour and a half.')).toEqual(['esketamine-effects-ease']);
    expect(caught('The main effects lasted about an hour.')).toEqual(['dose-effects']);
    expect(caught('Do not drive until the next day.')).toEqual(['esketamine-driving']);
    expect(caught('It peaks about 40 minutes after a dose.')).toEqual(['esketamine-bp-peak']);
  });
});

// ---------------------------------------------------------------------------------------------
// How long a visit takes, and the driving rule: stated with their source, the same way everywhere.

describe('session length and the driving rule', () => {
  /** Ways of stating how long a visit or session takes by hand, without the esketamine REMS. */
  const VISIT_LENGTH_BY_HAND = [
    /\bplan for (?:several|a few|\d+) hours\b/i,
    /\b(?:session|visit)s?\s+(?:takes?|lasts?)\s+(?:about\s+)?(?:an hour|\d[\d.]*\s+hours?|several hours)/i,
  ];

  it.each(allText.map((t) => [t.file, t.text] as const))('%s does not state a visit length by hand', (_file, text) => {
    expect(VISIT_LENGTH_BY_HAND.filter((p) => p.test(text)).map(String)).toEqual([]);
  });

  it("keeps the drug's effects (about an hour) apart from the time at the clinic (esketamine: at least 2 hours)", () => {
    const faq = docs.find((d) => d.file === 'docs/faq.mdx')!;
    const answer = blocks(faq.body)
      .filter((b) => b.section === 'How long does a session take?')
      .map((b) => b.source)
      .join('\n');
    expect(answer).toContain('<Fact id="dose-effects" />');
    expect(answer).toContain('<Fact id="esketamine-monitoring" />');
    expect(answer).toMatch(/Ask your clinic how long/);
  });

  it("states the no-driving-until-the-next-day rule only as the esketamine label's", () => {
    const problems: string[] = [];
    for (const doc of [...docs, ...blog]) {
      for (const b of blocks(doc.body)) {
        if (!b.source.includes('<Fact id="esketamine-driving" />')) continue;
        const esketamine = /esketamine|Spravato|label/i.test(b.source);
        // In the esketamine post every sentence is about esketamine.
        if (!esketamine && !doc.file.includes('esketamine')) problems.push(`${doc.file}:${b.line}`);
      }
    }
    expect(problems).toEqual([]);
    expect(DRIVING_RULE).toMatch(
      /^With esketamine, the label says .* With ketamine in KAP, each clinic sets its own rule, so ask yours\.$/,
    );
  });

  it('tells KAP readers that each clinic sets its own driving rule wherever the chapters give the rule', () => {
    for (const file of [
      'docs/faq.mdx',
      'docs/dosing-sessions/index.mdx',
      'docs/preparation/index.mdx',
      'docs/safety/index.mdx',
      'docs/what-to-expect/index.mdx',
    ]) {
      const doc = docs.find((d) => d.file === file)!;
      expect({ file, clinicRule: /each clinic sets\s+its own rule/.test(doc.body) }).toEqual({
        file,
        clinicRule: true,
      });
      expect({ file, anyKetamine: /after any ketamine/i.test(doc.body) }).toEqual({ file, anyKetamine: false });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Course length, module minutes: from the catalog only.

describe('course length and module minutes', () => {
  it('come from the catalog on the home page and Start here, never written by hand', () => {
    const home = readFileSync(join(ROOT, 'src', 'pages', 'index.tsx'), 'utf8');
    const start = docs.find((d) => d.file === 'docs/start-here/index.mdx')!;
    expect(home).toContain('<CourseLength />');
    expect(start.body).toContain('<CourseLength />');
    expect(start.body).toContain('<ModuleMinutes />');
    for (const { file, text } of allText) {
      expect({
        file,
        byHand: /\b(?:about|around)\s+[\d.½]+\s+hours?\s+in all\b|\bcourse takes about \d/i.test(text),
      }).toEqual({ file, byHand: false });
      expect({ file, byHand: /\bmodules take about \d+ to \d+ minutes\b/i.test(text) }).toEqual({
        file,
        byHand: false,
      });
    }
  });

  it('words the course length the same for any set of modules', () => {
    expect(courseLengthText(MODULES)).toMatch(/^about \d+(\.5)? hours?$/);
    expect(courseLengthText(MODULES.slice(0, 1))).toBe(`about ${MODULES[0].minutes} minutes`);
    const m = (minutes: number) => ({ ...MODULES[0], minutes });
    expect(courseLengthText([m(50), m(49)])).toBe('about 1.5 hours');
    expect(courseLengthText([m(60), m(60)])).toBe('about 2 hours');
    expect(courseLengthText([m(30), m(30)])).toBe('about 1 hour');
    expect(minutesRange([m(6), m(11), m(8)])).toEqual({ min: 6, max: 11 });
  });
});
