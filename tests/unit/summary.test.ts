import fc from 'fast-check';
import { MODULES } from '../../src/course/modules';
import {
  emptyProgress,
  setChecklistItem,
  setNotes,
  setQuizRecord,
  setRead,
  type Progress,
} from '../../src/course/progress';
import {
  SUMMARY_LIMITS,
  buildSummary,
  decodeSummary,
  describeQuiz,
  encodeSummary,
  readSummaryHash,
  summaryLink,
  summaryLinkProblem,
  type Summary,
} from '../../src/course/summary';
import { checksum, toBase64Url } from '../../src/course/linkCodec';
import { CHECKLIST } from '../../src/data/checklist';
import { getQuiz } from '../../src/data/quizzes';
import { SAFETY_FLAGS } from '../../src/data/quizzes/safetyFlags';
import { nextRecord, recordAnswer } from '../../src/course/quiz';
import { describeMissed } from '../../src/course/summary';
import { setPlan, setInitials } from '../../src/course/progress';

const NOW = new Date('2026-11-22T10:00:00Z');
const checklistIds = CHECKLIST.flatMap((g) => g.items.map((i) => i.id));

function progressFixture(): Progress {
  let p = emptyProgress(1);
  p = setRead(p, 'start-here', true, NOW);
  p = setQuizRecord(p, 'start-here', { score: 5, total: 5, passed: true, attempts: 1 });
  p = setRead(p, 'safety', true, NOW);
  p = setQuizRecord(p, 'preparation', { score: 2, total: 5, passed: false, attempts: 1 });
  p = setQuizRecord(p, 'integration', { score: 0, total: 0, passed: false, attempts: 0, answers: { q: ['a'] } });
  p = setChecklistItem(p, checklistIds[3], true);
  p = setChecklistItem(p, checklistIds[0], true);
  p = setNotes(p, '  Can I keep taking my sleep medicine?\nWho drives me home?  ');
  return p;
}

/** Builds a payload from any JSON, as a hand-made or hostile link would. */
function rawPayload(json: unknown, { version = '1', check = true } = {}): string {
  const body = `${version}.${toBase64Url(JSON.stringify(json))}`;
  return check ? `${body}.${checksum(body)}` : body;
}

describe('building a summary from progress', () => {
  it('lists modules with progress in course order, the checklist in checklist order, and the questions', () => {
    const summary = buildSummary(progressFixture(), MODULES, '2026-11-22');
    expect(summary).toEqual({
      date: '2026-11-22',
      modules: [
        { id: 'start-here', read: true, quiz: { score: 5, total: 5, passed: true } },
        { id: 'preparation', read: false, quiz: { score: 2, total: 5, passed: false } },
        { id: 'safety', read: true },
      ],
      checklist: [checklistIds[0], checklistIds[3]],
      questions: 'Can I keep taking my sleep medicine?\nWho drives me home?',
    });
  });

  it('leaves out hidden modules and, when the reader chooses, their questions', () => {
    const visible = MODULES.filter((m) => m.id !== 'safety');
    const summary = buildSummary(progressFixture(), visible, '2026-11-22', { includeQuestions: false });
    expect(summary.modules.map((m) => m.id)).toEqual(['start-here', 'preparation']);
    expect(summary.questions).toBe('');
  });

  it('describes knowledge-check results in words', () => {
    expect(describeQuiz({ score: 5, total: 5, passed: true })).toBe('Done: all 5 right');
    // Done earlier (or under the old 80% mark), then started again: still done, last try shown.
    expect(describeQuiz({ score: 4, total: 5, passed: true })).toBe('Done (last try: 4 of 5 right)');
    expect(describeQuiz({ score: 2, total: 5, passed: false })).toBe('2 of 5 right, not done yet');
    expect(describeQuiz(undefined)).toBe('Not taken yet');
  });
});

describe('summary links', () => {
  const summary = buildSummary(progressFixture(), MODULES, '2026-11-22');

  it('round-trip exactly', () => {
    expect(decodeSummary(encodeSummary(summary))).toEqual({ summary, problems: [] });
  });

  it('are versioned, carried after "#" and found in a location hash', () => {
    const link = summaryLink('https://course.example', summary);
    expect(link).toMatch(/^https:\/\/course\.example\/summary\/view#s=2\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    expect(readSummaryHash(new URL(link).hash)?.summary).toEqual(summary);
    expect(readSummaryHash('#p=1.x')).toBeNull();
  });

  it('say when the questions are too long for a link, and allow "<" in them', () => {
    expect(summaryLinkProblem(summary)).toBeNull();
    const long = { ...summary, questions: 'q'.repeat(SUMMARY_LIMITS.questions + 1) };
    expect(summaryLinkProblem(long)).toMatch(/1501 characters long\. A link can carry up to 1500/);
    const lessThan = { ...summary, questions: 'Is a dose < 1 mg/kg usual?' };
    expect(summaryLinkProblem(lessThan)).toBeNull();
    expect(decodeSummary(encodeSummary(lessThan)).summary?.questions).toBe('Is a dose < 1 mg/kg usual?');
  });

  it('refuse a newer version and damaged links, never throwing', () => {
    expect(decodeSummary(rawPayload({ d: '2026-11-22' }, { version: '3' })).problems[0].code).toBe('newer-version');
    for (const bad of [
      '',
      'x',
      '1',
      '1.@@@.x',
      '1.' + toBase64Url('not json') + '.x',
      rawPayload([1, 2]),
      rawPayload(null),
    ]) {
      const decoded = decodeSummary(bad);
      expect(decoded.summary).toBeNull();
      expect(decoded.problems[0].code).toBe('damaged');
    }
    expect(decodeSummary('1.' + 'A'.repeat(20_000) + '.x').summary).toBeNull();
  });

  it('keep the valid parts of a hostile or broken link and say what was left out', () => {
    const decoded = decodeSummary(
      rawPayload({
        d: '2026-02-30',
        m: {
          'start-here': [1, 5, 5, 1],
          'no-such-module': [1, 0, 0, 0],
          safety: [1, 9, 5, 1],
          preparation: ['<script>', 0, 0, 0],
        },
        c: [checklistIds[1], 'not-an-item', 42],
        q: 'Hello\u202Eevil',
      }),
    );
    expect(decoded.summary).toEqual({
      date: '',
      modules: [{ id: 'start-here', read: true, quiz: { score: 5, total: 5, passed: true } }],
      checklist: [checklistIds[1]],
      questions: '',
    });
    expect(decoded.problems.map((p) => p.code)).toEqual(['date', 'modules', 'checklist', 'questions']);
    expect(decoded.problems[1].message).toMatch(/^3 module entries in this link could not be read/);
  });

  it('notice a link changed by hand', () => {
    const payload = encodeSummary(summary);
    const [v, body] = payload.split('.');
    expect(decodeSummary(`${v}.${body}.zzz`).problems.map((p) => p.code)).toEqual(['changed']);
  });

  it('property: decoding anything never throws and keeps only valid data', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.jsonValue().map((j) => rawPayload(j)),
      fc
        .record(
          {
            d: fc.oneof(fc.string(), fc.constant('2026-11-22')),
            m: fc.dictionary(
              fc.oneof(fc.constantFrom(...MODULES.map((m) => m.id)), fc.string()),
              fc.array(fc.oneof(fc.integer(), fc.string())),
            ),
            c: fc.array(fc.oneof(fc.constantFrom(...checklistIds), fc.string(), fc.integer())),
            q: fc.oneof(fc.string({ unit: 'binary' }), fc.integer()),
          },
          { requiredKeys: [] },
        )
        .map((j) => rawPayload(j)),
    );
    fc.assert(
      fc.property(hostile, (payload) => {
        const decoded = decodeSummary(payload);
        if (!decoded.summary) {
          expect(decoded.problems.length).toBeGreaterThan(0);
          return;
        }
        const s = decoded.summary;
        for (const m of s.modules) {
          expect(MODULES.map((x) => x.id)).toContain(m.id);
          if (m.quiz) expect(m.quiz.score).toBeLessThanOrEqual(m.quiz.total);
        }
        for (const id of s.checklist) expect(checklistIds).toContain(id);
        expect(s.questions.length).toBeLessThanOrEqual(SUMMARY_LIMITS.questions);
        // What was kept can be sent again unchanged.
        const again = decodeSummary(encodeSummary(s));
        expect(again.summary).toEqual(s);
      }),
      { numRuns: 400 },
    );
  });

  it('property: any summary made from valid parts round-trips', () => {
    const moduleEntry = fc
      .tuple(fc.boolean(), fc.nat(20), fc.nat(20), fc.boolean())
      .map(([read, a, b, passed]) => ({ read, total: Math.max(a, b), score: Math.min(a, b), passed }));
    const arb: fc.Arbitrary<Summary> = fc.record({
      date: fc.constantFrom('2026-11-22', '2030-02-28'),
      modules: fc.subarray(MODULES.map((m) => m.id)).chain((ids) =>
        fc.tuple(...ids.map(() => moduleEntry)).map((entries) =>
          ids.map((id, i) => {
            const e = entries[i];
            return {
              id,
              read: e.read,
              ...(e.total > 0 ? { quiz: { score: e.score, total: e.total, passed: e.passed } } : {}),
            };
          }),
        ),
      ),
      checklist: fc.subarray(checklistIds),
      questions: fc
        .string({ maxLength: 200 })
        // eslint-disable-next-line no-control-regex -- strips control characters, as the codec does
        .map((s) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '').trim()),
    });
    fc.assert(
      fc.property(arb, (s) => {
        expect(decodeSummary(encodeSummary(s))).toEqual({ summary: s, problems: [] });
      }),
      { numRuns: 200 },
    );
  });
});

describe('summary version 2: plan, first tries and safety flags', () => {
  /** Answers a module's check: right except for the given question → option ids. */
  function takeQuiz(p: Progress, moduleId: string, wrong: Record<string, string[]>): Progress {
    const quiz = getQuiz(moduleId)!;
    let record = p.modules[moduleId]?.quiz;
    let answers = {};
    for (const q of quiz.questions) {
      const chosen = wrong[q.id] ?? q.options.filter((o) => o.correct).map((o) => o.id);
      answers = recordAnswer(answers, q.id, chosen);
      record = nextRecord(quiz, record, answers);
    }
    return setQuizRecord(p, moduleId, record);
  }

  function planProgress(): Progress {
    let p = emptyProgress(1);
    p = setPlan(p, {
      modules: ['preparation', 'safety', 'integration'],
      clinicName: 'Sample Clinic (example only)',
      message: 'Hi',
      targetDate: '2027-01-31',
    });
    p = setInitials(p, 'J.D.');
    p = setRead(p, 'preparation', true, NOW);
    p = takeQuiz(p, 'preparation', { 'preparation-medical-review': ['a', 'b', 'c'] });
    // A second, perfect attempt: the first try stays as it was.
    p = setQuizRecord(p, 'preparation', { ...p.modules.preparation.quiz!, answers: {} });
    p = takeQuiz(p, 'preparation', {});
    return p;
  }

  it('carries the plan, initials, first and latest scores, and the first-try misses with the options chosen', () => {
    const summary = buildSummary(planProgress(), MODULES, '2026-11-22');
    const total = getQuiz('preparation')!.questions.length;
    expect(summary.plan).toEqual({
      clinicName: 'Sample Clinic (example only)',
      targetDate: '2027-01-31',
      modules: ['preparation', 'safety', 'integration'],
    });
    expect(summary.initials).toBe('J.D.');
    expect(summary.modules[0]).toEqual({
      id: 'preparation',
      read: true,
      quiz: { score: total, total, passed: true },
      first: { score: total - 1, total },
      missed: [{ questionId: 'preparation-medical-review', chosen: ['a', 'b', 'c'] }],
    });
    expect(decodeSummary(encodeSummary(summary))).toEqual({ summary, problems: [] });
    // The clinician sees the question, what was chosen, and the safety-relevant choice flagged.
    const described = describeMissed(summary.modules[0].missed![0])!;
    expect(described.prompt).toBe(
      getQuiz('preparation')!.questions.find((q) => q.id === 'preparation-medical-review')!.prompt,
    );
    expect(described.chosen.filter((c) => c.safety).map((c) => c.text)).toEqual([
      'Stopping your usual medicines beforehand without telling anyone',
    ]);
    expect(buildSummary(planProgress(), MODULES, '2026-11-22', { includeInitials: false }).initials).toBeUndefined();
  });

  it('still reads a version 1 summary link made before version 2', () => {
    const v1 = rawPayload({ d: '2026-11-22', m: { 'start-here': [1, 5, 5, 1] }, c: [checklistIds[0]], q: 'Hi' });
    expect(decodeSummary(v1)).toEqual({
      summary: {
        date: '2026-11-22',
        modules: [{ id: 'start-here', read: true, quiz: { score: 5, total: 5, passed: true } }],
        checklist: [checklistIds[0]],
        questions: 'Hi',
      },
      problems: [],
    });
  });

  it('drops forged misses (a right answer, an unknown question or option, a module without a first try), a bad plan and bad initials', () => {
    const decoded = decodeSummary(
      rawPayload(
        {
          d: '2026-11-22',
          m: { preparation: [1, 5, 5, 1, 4, 5], safety: [1, 5, 5, 1] },
          x: {
            'preparation-ride-home': ['a'],
            'preparation-medical-review': ['zz'],
            'no-such-question': ['a'],
            'safety-interactions': ['e'],
          },
          p: { m: ['safety', 'nope'], c: '<b>x</b>' },
          i: 'A\u202EB',
        },
        { version: '2' },
      ),
    );
    expect(decoded.summary?.modules.map((m) => m.missed)).toEqual([undefined, undefined]);
    expect(decoded.summary?.plan).toBeUndefined();
    expect(decoded.summary?.initials).toBeUndefined();
    expect(decoded.problems.map((p) => p.code)).toEqual(['missed', 'plan', 'initials']);
  });

  it('flags only real, wrong options', () => {
    for (const [questionId, options] of Object.entries(SAFETY_FLAGS)) {
      const q = MODULES.flatMap((m) => getQuiz(m.id)?.questions ?? []).find((x) => x.id === questionId);
      expect(q).toBeDefined();
      for (const id of options) expect(q!.options.find((o) => o.id === id)?.correct).toBe(false);
    }
  });
});

describe('the language the reader used', () => {
  it('is in the summary, and in its link, in the order first used', () => {
    const progress: Progress = { ...progressFixture(), languages: ['es', 'en'] };
    const built = buildSummary(progress, MODULES, '2026-11-22');
    expect(built.languages).toEqual(['es', 'en']);
    const decoded = decodeSummary(encodeSummary(built));
    expect(decoded.problems).toEqual([]);
    expect(decoded.summary?.languages).toEqual(['es', 'en']);
  });

  it('is absent when none was recorded, and then not in the link', () => {
    const built = buildSummary(progressFixture(), MODULES, '2026-11-22');
    expect(built.languages).toBeUndefined();
    expect(decodeSummary(encodeSummary(built)).summary?.languages).toBeUndefined();
  });

  it('leaves out a language this course does not have (a code kept by a newer copy)', () => {
    const built = buildSummary({ ...progressFixture(), languages: ['fr', 'es'] }, MODULES, '2026-11-22');
    expect(built.languages).toEqual(['es']);
  });

  it('a link made before languages were recorded still opens, without a language', () => {
    const decoded = decodeSummary(
      rawPayload({ d: '2026-11-22', m: { safety: [1, 0, 0, 0] }, c: [] }, { version: '2' }),
    );
    expect(decoded.problems).toEqual([]);
    expect(decoded.summary?.languages).toBeUndefined();
  });

  it.each([
    ['not a list', 'es'],
    ['an unknown code', ['es', 'xx']],
    ['markup', ['<b>en</b>']],
  ])('a damaged language list (%s) keeps what is valid and says so', (_, l) => {
    const decoded = decodeSummary(rawPayload({ d: '2026-11-22', m: {}, c: [], l }, { version: '2' }));
    expect(decoded.summary).not.toBeNull();
    expect(decoded.problems.map((p) => p.code)).toEqual(['languages']);
    expect(decoded.summary?.languages ?? []).toEqual(Array.isArray(l) ? l.filter((x) => x === 'es') : []);
  });
});
