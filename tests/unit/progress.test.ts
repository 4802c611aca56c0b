import fc from 'fast-check';
import {
  EXPORT_KIND,
  LIMITS,
  PROGRESS_VERSION,
  decodeProgress,
  emptyProgress,
  encodeExportFile,
  encodeProgress,
  isModuleComplete,
  mergeProgress,
  noteLanguage,
  parseImportFile,
  parseProgressJson,
  progressCounts,
  resetAll,
  resetChecklist,
  resetModule,
  setChecklistItem,
  setNotes,
  setInitials,
  setPlan,
  setQuizRecord,
  setRead,
  type Progress,
} from '../../src/course/progress';
import { decodeSavedPlan, MAX_PLAN_JSON_LENGTH } from '../../src/course/progress-plan';

const NOW = new Date('2026-11-22T10:00:00.000Z');

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const quizArb = fc
  .record({
    total: fc.integer({ min: 0, max: 50 }),
    passed: fc.boolean(),
    attempts: fc.integer({ min: 0, max: 100 }),
    answers: fc.option(fc.dictionary(idArb, fc.uniqueArray(idArb, { maxLength: 4 }), { maxKeys: 5 }), {
      nil: undefined,
    }),
  })
  .chain((q) =>
    fc.integer({ min: 0, max: q.total }).map((score) => {
      const { answers, ...rest } = q;
      return answers === undefined ? { ...rest, score } : { ...rest, score, answers };
    }),
  );
const dateArb = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
// As the app writes it: a read date only when the module is read.
const moduleArb = fc
  .record({
    read: fc.boolean(),
    readAt: fc.option(dateArb, { nil: undefined }),
    quiz: fc.option(quizArb, { nil: undefined }),
  })
  .map(({ read, readAt, quiz }) => ({
    read,
    ...(read && readAt ? { readAt } : {}),
    ...(quiz ? { quiz } : {}),
  }));
/** Any valid progress record. */
export const progressArb: fc.Arbitrary<Progress> = fc.record({
  version: fc.constant(PROGRESS_VERSION as typeof PROGRESS_VERSION),
  modules: fc.dictionary(idArb, moduleArb, { maxKeys: 12 }),
  checklist: fc.uniqueArray(idArb, { maxLength: 30 }),
  notes: fc.string({ maxLength: 300 }),
  seed: fc.integer({ min: 0, max: 0xffffffff }),
});

describe('decodeProgress: valid data', () => {
  it('round-trips any valid progress through encode and parse', () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        const back = parseProgressJson(encodeProgress(p));
        expect(back).toEqual({ ok: true, value: p });
      }),
    );
  });

  it('accepts a fresh record', () => {
    expect(decodeProgress(emptyProgress(7))).toEqual({ ok: true, value: emptyProgress(7) });
  });

  it('keeps a saved plan that the plan validator accepts', () => {
    const plan = { modules: ['safety', 'integration'], clinicName: '', message: '', targetDate: '' };
    const back = parseProgressJson(encodeProgress(setPlan(emptyProgress(1), plan)));
    expect(back.ok && back.value.plan).toEqual(plan);
    expect(parseProgressJson(encodeProgress(setPlan(emptyProgress(1), undefined)))).toEqual({
      ok: true,
      value: emptyProgress(1),
    });
  });
});

describe('decodeProgress: wrong, hostile and future data', () => {
  const good = encodeProgress({
    ...emptyProgress(5),
    modules: {
      safety: { read: true, readAt: NOW.toISOString(), quiz: { score: 4, total: 5, passed: true, attempts: 1 } },
    },
    checklist: ['rest'],
    notes: 'hello',
  });
  const base = JSON.parse(good) as Record<string, unknown>;

  const cases: [string, unknown, RegExp][] = [
    ['null', null, /not an object/],
    ['an array', [], /not an object/],
    ['a string', 'progress', /not an object/],
    ['no version', { ...base, version: undefined }, /version/],
    ['version 0', { ...base, version: 0 }, /version/],
    ['a fractional version', { ...base, version: 1.5 }, /version/],
    ['a newer version', { ...base, version: PROGRESS_VERSION + 1 }, /newer version/],
    ['an extra field', { ...base, evil: true }, /unexpected field/],
    ['modules as a list', { ...base, modules: [] }, /modules/],
    ['read as a string', { ...base, modules: { safety: { read: 'yes' } } }, /read/],
    ['a bad date', { ...base, modules: { safety: { read: true, readAt: 'yesterday' } } }, /readAt/],
    [
      'score above total',
      { ...base, modules: { safety: { read: true, quiz: { score: 6, total: 5, passed: true, attempts: 1 } } } },
      /score/,
    ],
    [
      'a negative attempt count',
      { ...base, modules: { safety: { read: true, quiz: { score: 1, total: 5, passed: false, attempts: -1 } } } },
      /attempts/,
    ],
    ['an invalid module id', { ...base, modules: { '../x': { read: true } } }, /module id/],
    ['a checklist with numbers', { ...base, checklist: [1, 2] }, /checklist/],
    ['too long notes', { ...base, notes: 'x'.repeat(LIMITS.notesLength + 1) }, /too long/],
    ['a seed that is not a 32-bit number', { ...base, seed: -1 }, /seed/],
    ['a plan that is not an object', { ...base, plan: 'x' }, /plan/],
  ];

  it.each(cases)('refuses %s with a reason', (_name, input, reason) => {
    const result = decodeProgress(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses a __proto__ key without polluting anything', () => {
    const hostile = JSON.parse(
      `{"version":2,"modules":{"__proto__":{"read":true}},"checklist":[],"notes":"","seed":1}`,
    );
    expect(decodeProgress(hostile).ok).toBe(false);
    expect(({} as Record<string, unknown>).read).toBeUndefined();
  });

  it('never throws, even on objects whose getters throw', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(decodeProgress(trap).ok).toBe(false);
    const getter = Object.defineProperty({ modules: {}, checklist: [], notes: '', seed: 1 }, 'version', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(decodeProgress(getter).ok).toBe(false);
  });

  it('never throws and never accepts junk: any value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = decodeProgress(value);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('never throws on any text from storage', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseProgressJson(text);
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
      }),
    );
  });

  it('refuses a valid record with any one field replaced by junk', () => {
    fc.assert(
      fc.property(
        progressArb,
        fc.constantFrom('modules', 'checklist', 'notes', 'seed', 'version'),
        fc.oneof(fc.constant(null), fc.boolean(), fc.constant(-3.5), fc.constant({ a: 1 }), fc.constant([[]])),
        (p, field, junk) => {
          const broken = { ...p, [field]: junk };
          // A `{a:1}` modules map is refused because its entry is not a module.
          expect(decodeProgress(broken).ok).toBe(false);
        },
      ),
    );
  });

  it('refuses text that is too large before parsing it', () => {
    expect(parseProgressJson(' '.repeat(LIMITS.jsonLength + 1))).toEqual({
      ok: false,
      reason: 'saved progress is too large',
    });
  });
});

describe('migrations', () => {
  it('turns the version 1 draft shape into the current schema', () => {
    const v1 = {
      version: 1,
      read: ['safety', 'integration'],
      quizzes: { safety: { score: 5, total: 5, passed: true }, preparation: { score: 2, total: 5, passed: false } },
      checklist: ['rest', 'journal'],
    };
    const result = decodeProgress(v1);
    expect(result).toEqual({
      ok: true,
      value: {
        version: PROGRESS_VERSION,
        modules: {
          safety: { read: true, quiz: { score: 5, total: 5, passed: true, attempts: 1 } },
          integration: { read: true },
          preparation: { read: false, quiz: { score: 2, total: 5, passed: false, attempts: 1 } },
        },
        checklist: ['rest', 'journal'],
        notes: '',
        seed: 1,
        // Saved before the Spanish edition: done in English.
        languages: ['en'],
      },
    });
  });

  it('refuses a broken version 1 record instead of guessing', () => {
    expect(decodeProgress({ version: 1, read: 'safety', quizzes: {}, checklist: [] }).ok).toBe(false);
    expect(
      decodeProgress({ version: 1, read: [], quizzes: { safety: { score: 9, total: 5, passed: true } }, checklist: [] })
        .ok,
    ).toBe(false);
  });
});

describe('import files', () => {
  it('round-trips any progress through an export file', () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        expect(parseImportFile(encodeExportFile(p, NOW))).toEqual({ ok: true, value: p });
      }),
    );
  });

  it('says plainly when a file is not JSON, is foreign, or is damaged', () => {
    expect(parseImportFile('hello')).toEqual({
      ok: false,
      reason: expect.stringMatching(/not a progress file.*not JSON/),
    });
    expect(parseImportFile('{"name":"my notes"}')).toEqual({
      ok: false,
      reason: 'This file is not a progress file from this course.',
    });
    expect(parseImportFile(JSON.stringify(emptyProgress(1)))).toEqual({
      ok: false,
      reason: 'This file is not a progress file from this course.',
    });
    const damaged = JSON.stringify({ kind: EXPORT_KIND, progress: { ...emptyProgress(1), seed: 'x' } });
    expect(parseImportFile(damaged)).toEqual({
      ok: false,
      reason: 'This progress file cannot be used: seed is invalid.',
    });
    const future = JSON.stringify({ kind: EXPORT_KIND, progress: { ...emptyProgress(1), version: 99 } });
    const result = parseImportFile(future);
    expect(!result.ok && result.reason).toMatch(/newer version/);
    expect(parseImportFile(undefined).ok).toBe(false);
  });

  it('never throws on any file content, and accepts only real exports', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ kind: EXPORT_KIND, progress: v })),
        ),
        (text) => {
          const result = parseImportFile(text);
          if (result.ok) expect(decodeProgress(result.value)).toEqual(result);
        },
      ),
    );
  });
});

describe('updates', () => {
  const p0 = emptyProgress(9);

  it('marks a module read with a date, and unread without one', () => {
    const read = setRead(p0, 'safety', true, NOW);
    expect(read.modules.safety).toEqual({ read: true, readAt: NOW.toISOString() });
    expect(setRead(read, 'safety', false, NOW).modules.safety).toEqual({ read: false });
    expect(p0.modules).toEqual({});
  });

  it('keeps a check saved as passed by an older version (80% mark) done, and its answers readable', () => {
    const saved = {
      version: 2,
      modules: {
        safety: {
          read: true,
          quiz: { answers: { 'fx-drive': ['false'] }, score: 4, total: 5, passed: true, attempts: 1 },
        },
      },
      checklist: [],
      notes: '',
      seed: 9,
    };
    const decoded = decodeProgress(saved);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.modules.safety.quiz).toEqual(saved.modules.safety.quiz);
    expect(isModuleComplete(decoded.value, 'safety')).toBe(true);
  });

  it('counts a module complete only when read and its check is done', () => {
    let p = setQuizRecord(p0, 'safety', { score: 5, total: 5, passed: true, attempts: 1 });
    expect(isModuleComplete(p, 'safety')).toBe(false);
    p = setRead(p, 'safety', true, NOW);
    expect(isModuleComplete(p, 'safety')).toBe(true);
    expect(isModuleComplete(resetModule(p, 'safety'), 'safety')).toBe(false);
    expect(isModuleComplete(p, 'toString')).toBe(false);
  });

  it('ticks and unticks checklist items without duplicates, and reset keeps notes', () => {
    let p = setChecklistItem(p0, 'rest', true);
    p = setChecklistItem(p, 'rest', true);
    p = setChecklistItem(p, 'journal', true);
    expect(p.checklist).toEqual(['rest', 'journal']);
    p = setNotes(setChecklistItem(p, 'rest', false), 'Ask about driving');
    expect(p.checklist).toEqual(['journal']);
    const reset = resetChecklist(p);
    expect(reset.checklist).toEqual([]);
    expect(reset.notes).toBe('Ask about driving');
  });

  it('caps notes at the limit', () => {
    expect(setNotes(p0, 'x'.repeat(LIMITS.notesLength + 50)).notes).toHaveLength(LIMITS.notesLength);
  });

  it('resetting everything keeps only the seed', () => {
    const busy = setNotes(setRead(setChecklistItem(p0, 'rest', true), 'safety', true, NOW), 'n');
    expect(resetAll(busy)).toEqual(emptyProgress(9));
  });

  it('counts progress for the progress page', () => {
    let p = setRead(p0, 'safety', true, NOW);
    p = setQuizRecord(p, 'safety', { score: 5, total: 5, passed: true, attempts: 1 });
    p = setQuizRecord(p, 'integration', { score: 1, total: 5, passed: false, attempts: 1 });
    p = setChecklistItem(setChecklistItem(p, 'rest', true), 'removed-item', true);
    expect(progressCounts(p, ['safety', 'integration', 'preparation'], ['rest', 'journal'])).toEqual({
      read: 1,
      passed: 1,
      complete: 1,
      ticked: 1,
      hasNotes: false,
      hasPlan: false,
    });
  });
});

describe('mergeProgress', () => {
  it('keeps the most done in each place', () => {
    const a = setChecklistItem(setRead(emptyProgress(1), 'safety', true, NOW), 'rest', true);
    const b = setNotes(
      setChecklistItem(
        setQuizRecord(emptyProgress(2), 'safety', { score: 5, total: 5, passed: true, attempts: 2 }),
        'journal',
        true,
      ),
      'question',
    );
    const merged = mergeProgress(a, b);
    expect(merged.seed).toBe(1);
    expect(merged.modules.safety).toEqual({
      read: true,
      readAt: NOW.toISOString(),
      quiz: { score: 5, total: 5, passed: true, attempts: 2 },
    });
    expect(merged.checklist).toEqual(['rest', 'journal']);
    expect(merged.notes).toBe('question');
    expect(decodeProgress(merged).ok).toBe(true);
  });

  it('always gives valid progress, and merging with itself changes nothing', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const merged = mergeProgress(a, b);
        expect(decodeProgress(merged).ok).toBe(true);
        expect(merged.checklist.length).toBeGreaterThanOrEqual(a.checklist.length);
        expect(mergeProgress(a, a)).toEqual(a);
      }),
    );
  });
});

describe('saved plan extension point', () => {
  it('refuses progress whose plan the plan validator refuses, with the reason', () => {
    expect(decodeSavedPlan([1]).ok).toBe(false);
    const hostile = {
      ...emptyProgress(1),
      plan: { modules: ['safety'], clinicName: '', message: '', targetDate: '', evil: 1 },
    };
    const result = decodeProgress(hostile);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^plan: /);
    const huge = {
      ...emptyProgress(1),
      plan: { modules: [], clinicName: 'x'.repeat(MAX_PLAN_JSON_LENGTH), message: '', targetDate: '' },
    };
    expect(decodeProgress(huge).ok).toBe(false);
  });
});

describe('version 3: first attempts and initials', () => {
  const v2 = {
    version: 2,
    modules: {
      safety: {
        read: true,
        readAt: '2026-11-01T10:00:00.000Z',
        quiz: { score: 4, total: 5, passed: true, attempts: 2 },
      },
    },
    checklist: [],
    notes: 'My question',
    seed: 9,
  };

  it('still loads progress saved by version 2, unchanged apart from the version (and the language it was used in)', () => {
    const decoded = decodeProgress(v2);
    expect(decoded).toEqual({ ok: true, value: { ...v2, version: PROGRESS_VERSION, languages: ['en'] } });
    expect(parseImportFile(JSON.stringify({ kind: EXPORT_KIND, progress: v2 })).ok).toBe(true);
  });

  it('keeps a first attempt and initials, and refuses a damaged first attempt', () => {
    const first = { score: 3, total: 5, answers: { 'safety-a': ['b'] } };
    const p = {
      ...emptyProgress(1),
      initials: 'J. D.',
      modules: { safety: { read: false, quiz: { score: 5, total: 5, passed: true, attempts: 2, first } } },
    };
    expect(decodeProgress(JSON.parse(encodeProgress(p)))).toEqual({ ok: true, value: p });
    const bad = (f: unknown) =>
      decodeProgress({
        ...p,
        modules: { safety: { read: false, quiz: { score: 5, total: 5, passed: true, attempts: 2, first: f } } },
      });
    expect(bad({ ...first, score: 6 }).ok).toBe(false);
    expect(bad({ ...first, extra: 1 }).ok).toBe(false);
    expect(bad({ ...first, answers: { 'safety-a': 'b' } }).ok).toBe(false);
    expect(decodeProgress({ ...p, initials: 'x'.repeat(41) }).ok).toBe(false);
    expect(decodeProgress({ ...p, initials: 7 }).ok).toBe(false);
  });

  it('sets and clears initials, kept within the limit', () => {
    expect(setInitials(emptyProgress(1), 'AB').initials).toBe('AB');
    expect('initials' in setInitials(setInitials(emptyProgress(1), 'AB'), '  ')).toBe(false);
    expect(setInitials(emptyProgress(1), 'x'.repeat(99)).initials).toHaveLength(LIMITS.initialsLength);
  });
});

describe('version 4: the languages the reader used', () => {
  const v3 = {
    version: 3,
    modules: { safety: { read: true, quiz: { score: 5, total: 5, passed: true, attempts: 1 } } },
    checklist: ['rest'],
    notes: '',
    seed: 7,
    initials: 'J. D.',
  };

  it('migrates version 3 without losing anything, recording English (the only language before version 4)', () => {
    expect(decodeProgress(v3)).toEqual({ ok: true, value: { ...v3, version: 4, languages: ['en'] } });
  });

  it('records no language for an empty version 3 record (nothing was used)', () => {
    const empty = { version: 3, modules: {}, checklist: [], notes: '  ', seed: 7 };
    expect(decodeProgress(empty)).toEqual({ ok: true, value: { ...empty, version: 4 } });
  });

  it('refuses a version 3 record that already claims languages (that field did not exist)', () => {
    expect(decodeProgress({ ...v3, languages: ['es'] }).ok).toBe(false);
  });

  it('keeps the languages through storage and an export file', () => {
    const p: Progress = { ...emptyProgress(3), checklist: ['rest'], languages: ['es', 'en'] };
    expect(parseProgressJson(encodeProgress(p))).toEqual({ ok: true, value: p });
    expect(parseImportFile(encodeExportFile(p, NOW))).toEqual({ ok: true, value: p });
  });

  it.each([
    ['not a list', 'es'],
    ['a number in the list', ['es', 4]],
    ['markup', ['<b>']],
    ['a long code', ['spanish']],
    ['too many entries', Array.from({ length: LIMITS.languages + 1 }, () => 'es')],
  ])('refuses corrupt languages (%s) with a reason, without throwing', (_, languages) => {
    const result = decodeProgress({ ...emptyProgress(1), languages });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/languages/);
  });

  it('keeps each language once, and drops an empty list', () => {
    expect(decodeProgress({ ...emptyProgress(1), languages: ['es', 'es', 'en'] })).toMatchObject({
      ok: true,
      value: { languages: ['es', 'en'] },
    });
    const none = decodeProgress({ ...emptyProgress(1), languages: [] });
    expect(none.ok && 'languages' in none.value).toBe(false);
  });

  it('notes a language once, in the order first used, and not on an empty record', () => {
    const empty = emptyProgress(1);
    expect(noteLanguage(empty, 'es')).toBe(empty);
    const read = setRead(empty, 'safety', true, NOW);
    const spanish = noteLanguage(read, 'es');
    expect(spanish.languages).toEqual(['es']);
    expect(noteLanguage(spanish, 'es')).toBe(spanish);
    expect(noteLanguage(spanish, 'en').languages).toEqual(['es', 'en']);
    expect(noteLanguage(read, 'not a code')).toBe(read);
  });

  it('a check passed in one language counts in the other: progress is the same record', () => {
    const passedInSpanish = noteLanguage(
      setQuizRecord(setRead(emptyProgress(1), 'safety', true, NOW), 'safety', {
        score: 5,
        total: 5,
        passed: true,
        attempts: 1,
      }),
      'es',
    );
    expect(isModuleComplete(passedInSpanish, 'safety')).toBe(true);
  });

  it('merging joins the languages of both records', () => {
    const a: Progress = { ...emptyProgress(1), checklist: ['rest'], languages: ['en'] };
    const b: Progress = { ...emptyProgress(2), checklist: ['journal'], languages: ['es', 'en'] };
    expect(mergeProgress(a, b).languages).toEqual(['en', 'es']);
    expect('languages' in mergeProgress(emptyProgress(1), emptyProgress(2))).toBe(false);
  });
});
