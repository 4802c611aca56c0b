import fc from 'fast-check';
import { MODULES } from '../../src/course/modules';
import {
  EMPTY_PLAN,
  PLAN_LIMITS,
  daysUntil,
  encodePlanV1,
  isUsablePlan,
  normalizePlan,
  planErrors,
  planSteps,
  samePlan,
  sanitizePlan,
  type Plan,
} from '../../src/course/plan';
import {
  decodePlan,
  encodePlan,
  PLAN_MODULE_CODES,
  pathInLanguage,
  planHash,
  planLink,
  readPlanHash,
} from '../../src/course/planLink';
import { checksum, fromBase64Url, repairEncodedHash, toBase64Url } from '../../src/course/linkCodec';
import { BitReader, BitWriter, readText, writeText, MAX_TEXT_UNITS } from '../../src/course/bits';
import { decodeSavedPlan } from '../../src/course/progress-plan';
import { SUGGESTED_PLANS, suggestedPlansFor } from '../../src/data/suggestedPlans';
import { redirectsFor } from '../../src/config/redirects';
import { PLAN_BUILDER as ES_BUILDER } from '../../src/i18n/es/planBuilder';
import { PLAN_VIEW as ES_VIEW } from '../../src/i18n/es/plan';

const ids = MODULES.map((m) => m.id);

const plan: Plan = {
  modules: ['start-here', 'preparation', 'safety'],
  clinicName: 'Sample Clinic (example only)',
  message: 'Please read these before we meet.\nSee you on Tuesday – ☀️',
  targetDate: '2027-01-31',
};

/** A v1 payload built by hand from raw fields, to test what a hand-edited link does. */
function rawPayload(fields: string[], { check = true } = {}): string {
  const body = ['1', ...fields].join('.');
  return check ? `${body}.${checksum(body)}` : body;
}

// ------------------------------------------------------------------------ generators

const moduleList = fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: ids.length });
const plainText = (max: number, multiline: boolean) =>
  fc
    .string({ unit: 'grapheme', maxLength: max })
    .map((s) => s.replace(/</g, '‹'))
    .map((s) => (multiline ? s : s.replace(/[\r\n]/g, ' ')))
    // eslint-disable-next-line no-control-regex -- strips control characters, as the codec does
    .map((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\r]/g, ''))
    .map((s) => s.slice(0, max).trim())
    .filter((s) => !/[\uD800-\uDBFF]$/.test(s));
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const validPlan: fc.Arbitrary<Plan> = fc.record({
  modules: moduleList,
  clinicName: plainText(PLAN_LIMITS.clinicName, false),
  message: plainText(PLAN_LIMITS.message, true),
  targetDate: fc.oneof(fc.constant(''), isoDate),
});

// ------------------------------------------------------------------------ tests

describe('plan links: encoding', () => {
  it('round-trips a plan exactly, with no problems', () => {
    const decoded = decodePlan(encodePlan(plan));
    expect(decoded.problems).toEqual([]);
    expect(decoded.plan).toEqual(plan);
  });

  it('is versioned, compact and made only of characters that survive in a URL fragment', () => {
    const payload = encodePlan({ ...EMPTY_PLAN, modules: ['start-here', 'preparation'] });
    // "2.", a 4-character check, then 3 flag bits, 5 bits of count and 6 bits per module.
    expect(payload).toMatch(/^2\.[A-Za-z0-9_-]{8}$/);
    expect(encodePlan(plan)).toMatch(/^2\.[A-Za-z0-9_-]+$/);
    expect(planHash(plan)).toBe(`#p=${encodePlan(plan)}`);
  });

  it('builds the link from the site root, with the plan after "#" so no server sees it', () => {
    expect(planLink('https://course.example/', plan)).toBe(`https://course.example/plan#p=${encodePlan(plan)}`);
    expect(planLink('https://clinic.example/kap', plan)).toMatch(/^https:\/\/clinic\.example\/kap\/plan#p=2\./);
    const url = new URL(planLink('https://course.example/', plan));
    expect(url.pathname + url.search).toBe('/plan');
  });

  it('keeps reading a version 1 link written by hand today (later versions must too)', () => {
    const fixed = '1.start-here~safety.2027-03-01.' + toBase64Url('Clinic') + '.' + toBase64Url('Hello');
    const decoded = decodePlan(`${fixed}.${checksum(fixed)}`);
    expect(decoded.problems).toEqual([]);
    expect(decoded.plan).toEqual({
      modules: ['start-here', 'safety'],
      clinicName: 'Clinic',
      message: 'Hello',
      targetDate: '2027-03-01',
    });
  });

  it('ignores fields a later minor version adds before the checksum', () => {
    const decoded = decodePlan(rawPayload(['start-here', '', '', '', 'future-field']));
    expect(decoded.problems).toEqual([]);
    expect(decoded.plan?.modules).toEqual(['start-here']);
  });

  it('property: any valid plan survives encode → decode unchanged', () => {
    fc.assert(
      fc.property(validPlan, (p) => {
        const decoded = decodePlan(encodePlan(p));
        expect(decoded.problems).toEqual([]);
        expect(decoded.plan).toEqual(p);
        expect(planErrors(p)).toEqual({});
      }),
      { numRuns: 300 },
    );
  });

  it('property: base64url text round-trips any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        fc.pre(!/[\uD800-\uDFFF]/.test(s));
        expect(fromBase64Url(toBase64Url(s))).toBe(s);
      }),
    );
  });
});

describe('plan links: bad and hostile input', () => {
  it('refuses an unknown future version, saying so, and keeps nothing', () => {
    const decoded = decodePlan('3.start-here....abc');
    expect(decoded.plan).toBeNull();
    expect(decoded.problems.map((p) => p.code)).toEqual(['newer-version']);
    expect(decoded.problems[0].message).toMatch(/newer version/);
  });

  it.each(['', 'garbage', '%%%', 'v1.start-here', '<script>alert(1)</script>', '0.start-here....x', '-1.start-here'])(
    'explains a damaged link %p without throwing',
    (payload) => {
      const decoded = decodePlan(payload);
      expect(decoded.plan).toBeNull();
      expect(decoded.problems[0].code).toBe('damaged');
      expect(decoded.problems[0].message).toMatch(/damaged/);
    },
  );

  it('keeps the valid modules from a link cut off in the middle, and says it was cut off', () => {
    const full = encodePlanV1(plan);
    const cut = full.slice(0, full.indexOf('safety') + 3); // "...~saf"
    const decoded = decodePlan(cut);
    expect(decoded.plan?.modules).toEqual(['start-here', 'preparation']);
    expect(decoded.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['truncated', 'unknown-module']));
  });

  it('keeps the modules and date when the message is cut off, and drops the damaged message', () => {
    const full = encodePlanV1({ ...plan, message: 'Ünïcödé message that is long enough to cut' });
    const cut = full.slice(0, full.lastIndexOf('.') - 5);
    const decoded = decodePlan(cut);
    expect(decoded.plan?.modules).toEqual(plan.modules);
    expect(decoded.plan?.targetDate).toBe(plan.targetDate);
    expect(decoded.plan?.clinicName).toBe(plan.clinicName);
    expect(decoded.problems.map((p) => p.code)).toContain('truncated');
  });

  it('notices a link edited by hand (checksum) but keeps the parts that are still valid', () => {
    const edited = encodePlanV1(plan).replace('preparation', 'integration');
    const decoded = decodePlan(edited);
    expect(decoded.plan?.modules).toEqual(['start-here', 'integration', 'safety']);
    expect(decoded.problems.map((p) => p.code)).toEqual(['changed']);
  });

  it('leaves out unknown, hidden and repeated modules, with one clear message each', () => {
    const decoded = decodePlan(rawPayload(['start-here~no-such-module~safety~start-here~kap-compared', '', '', '']), {
      available: ids.filter((id) => id !== 'kap-compared'),
    });
    expect(decoded.plan?.modules).toEqual(['start-here', 'safety']);
    expect(decoded.problems.map((p) => p.code)).toEqual(['unknown-module', 'hidden-module', 'duplicate-module']);
    expect(decoded.problems[0].message).toBe(
      '1 module named in this link is not part of this course, so it is left out.',
    );
  });

  it('says when no module at all could be kept', () => {
    const decoded = decodePlan(rawPayload(['nope~also-nope', '', '', toBase64Url('Hi')]));
    expect(decoded.plan?.modules).toEqual([]);
    expect(decoded.plan?.message).toBe('Hi');
    expect(isUsablePlan(decoded.plan)).toBe(false);
    expect(decoded.problems.map((p) => p.code)).toEqual(['unknown-module', 'no-modules']);
  });

  it('drops an over-long clinic name or message and keeps the rest', () => {
    const decoded = decodePlan(
      rawPayload(['safety', '2027-01-01', toBase64Url('C'.repeat(81)), toBase64Url('m'.repeat(281))]),
    );
    expect(decoded.plan).toEqual({ modules: ['safety'], clinicName: '', message: '', targetDate: '2027-01-01' });
    expect(decoded.problems.map((p) => p.message)).toEqual([
      'The clinic name in this link is longer than 80 characters, so it is not shown.',
      'The message in this link is longer than 280 characters, so it is not shown.',
    ]);
  });

  it('refuses megabytes of text without decoding them', () => {
    const decoded = decodePlan(rawPayload(['safety', '', 'A'.repeat(2_000_000), '']));
    expect(decoded.plan?.modules).toEqual(['safety']);
    expect(decoded.problems.map((p) => p.code)).toEqual(['clinic-name']);
  });

  it.each([
    '<script>alert(1)</script>',
    'Hi <img src=x onerror=alert(1)>',
    '</textarea><b>bold</b>',
    '<!-- comment -->',
  ])('never passes on markup in the message: %p', (hostile) => {
    const decoded = decodePlan(rawPayload(['safety', '', toBase64Url('Clinic'), toBase64Url(hostile)]));
    expect(decoded.plan).toEqual({ modules: ['safety'], clinicName: 'Clinic', message: '', targetDate: '' });
    expect(decoded.problems).toEqual([
      {
        code: 'message',
        detail: 'markup',
        message: 'The message in this link contains web code (HTML), so it is not shown. Nothing in it was run.',
      },
    ]);
  });

  it('refuses direction overrides and control characters that could disguise text, and newlines in the name', () => {
    for (const name of ['Clinic\u202Eevil', 'A\u0000B', 'Two\nlines']) {
      const decoded = decodePlan(rawPayload(['safety', '', toBase64Url(name), '']));
      expect(decoded.plan?.clinicName).toBe('');
      expect(decoded.problems.map((p) => p.code)).toEqual(['clinic-name']);
    }
  });

  it('refuses text that is not valid base64url or not valid UTF-8', () => {
    const notUtf8 = btoa('\xff\xfe').replace(/=+$/, '');
    for (const field of ['@@@', 'A', notUtf8]) {
      const decoded = decodePlan(rawPayload(['safety', '', '', field]));
      expect(decoded.plan?.message).toBe('');
      expect(decoded.problems.map((p) => p.message)).toEqual([
        'The message in this link is damaged, so it is not shown.',
      ]);
    }
  });

  it.each(['2027-02-30', '27-01-01', 'tomorrow', '1999-12-31', '2027-1-1'])('drops the impossible date %p', (date) => {
    const decoded = decodePlan(rawPayload(['safety', date, '', '']));
    expect(decoded.plan?.targetDate).toBe('');
    expect(decoded.problems.map((p) => p.code)).toEqual(['target-date']);
  });

  it('property: decoding any string never throws, and whatever it keeps is valid', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc
        .array(fc.oneof(fc.constantFrom(...ids, '', '~', 'x'), fc.string()), { maxLength: 8 })
        .map((parts) => `1.${parts.join('.')}`),
      fc
        .tuple(moduleList, fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }))
        .map(([m, d, c, msg]) => rawPayload([m.join('~'), d, toBase64Url(c), toBase64Url(msg)], { check: false })),
      validPlan.chain((p) => fc.nat(encodePlan(p).length).map((n) => encodePlan(p).slice(0, n))),
      validPlan.chain((p) => fc.nat(encodePlanV1(p).length).map((n) => encodePlanV1(p).slice(0, n))),
      fc.string({ unit: 'binary' }).map((g) => `2.${g}`),
      fc.stringMatching(/^[A-Za-z0-9_-]{0,400}$/).map((g) => `2.${g}`),
    );
    fc.assert(
      fc.property(hostile, (payload) => {
        const decoded = decodePlan(payload);
        expect(Array.isArray(decoded.problems)).toBe(true);
        for (const problem of decoded.problems) expect(problem.message).toMatch(/^[A-Z0-9].+\.$/);
        if (decoded.plan) {
          const { modules: moduleError, ...otherErrors } = planErrors(decoded.plan);
          expect(otherErrors).toEqual({});
          if (isUsablePlan(decoded.plan)) expect(moduleError).toBeUndefined();
          else expect(decoded.problems.map((p) => p.code)).toContain('no-modules');
          expect(decoded.plan.message).not.toMatch(/<\s*[a-zA-Z!/?]/);
          // What was kept can be sent on again and reads back the same.
          if (isUsablePlan(decoded.plan)) expect(decodePlan(encodePlan(decoded.plan)).plan).toEqual(decoded.plan);
        } else {
          expect(decoded.problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: a good link with one character changed is never read silently as something else', () => {
    fc.assert(
      fc.property(validPlan, fc.nat(), fc.constantFrom(...'abcXYZ019-_~.'), (p, at, ch) => {
        const payload = encodePlan(p);
        const i = at % payload.length;
        fc.pre(payload[i] !== ch);
        const changed = payload.slice(0, i) + ch + payload.slice(i + 1);
        const decoded = decodePlan(changed);
        if (decoded.problems.length === 0) expect(decoded.plan).toEqual(p);
      }),
      { numRuns: 300 },
    );
  });
});

describe('plan hash and saved plans', () => {
  it('finds the plan in a location hash, and says when there is none', () => {
    expect(readPlanHash(planHash(plan))?.plan).toEqual(plan);
    expect(readPlanHash(`#other=1&${planHash(plan).slice(1)}`)?.plan).toEqual(plan);
    expect(readPlanHash('')).toBeNull();
    expect(readPlanHash('#check')).toBeNull();
    // A percent-encoded link (some mail programs do this) still works.
    expect(readPlanHash(`#p=${encodeURIComponent(encodePlan(plan)).replace(/~/g, '%7E')}`)?.plan).toEqual(plan);
  });

  it('validates a saved plan with the same rules as a link', () => {
    expect(decodeSavedPlan(plan)).toEqual({ ok: true, value: plan });
    expect(decodeSavedPlan({ ...plan, modules: ['safety', 'gone-module'] })).toEqual({
      ok: true,
      value: { ...plan, modules: ['safety'] },
    });
    expect(decodeSavedPlan({ ...plan, message: '<script>x</script>' })).toEqual({
      ok: true,
      value: { ...plan, message: '' },
    });
    expect(decodeSavedPlan(null).ok).toBe(false);
    expect(decodeSavedPlan([plan]).ok).toBe(false);
    expect(decodeSavedPlan({ ...plan, extra: 1 }).ok).toBe(false);
    expect(decodeSavedPlan({ ...plan, modules: 'safety' }).ok).toBe(false);
    expect(decodeSavedPlan({ ...plan, message: 5 }).ok).toBe(false);
    expect(decodeSavedPlan({ ...plan, modules: ['safety.x~y'] }).ok).toBe(false);
    expect(sanitizePlan('nope').plan).toBeNull();
  });

  it('returns a fresh value, not the stored object', () => {
    const result = decodeSavedPlan(plan);
    expect(result.ok && result.value).not.toBe(plan);
    expect(result.ok && result.value.modules).not.toBe(plan.modules);
  });

  it('compares plans field by field, order of modules included', () => {
    expect(samePlan(plan, { ...plan, modules: [...plan.modules] })).toBe(true);
    expect(samePlan(plan, { ...plan, modules: [...plan.modules].reverse() })).toBe(false);
    expect(samePlan(plan, { ...plan, message: 'Other' })).toBe(false);
  });
});

describe('plan builder validation (clinician words)', () => {
  it('accepts a good plan', () => {
    expect(planErrors(plan, { today: '2026-11-22' })).toEqual({});
  });

  it('explains each problem beside its field, and keeps the text', () => {
    const bad: Plan = { modules: [], clinicName: 'x'.repeat(81), message: 'Hi <b>there</b>', targetDate: '2026-11-01' };
    expect(planErrors(bad, { today: '2026-11-22' })).toEqual({
      modules: 'Choose at least one module.',
      clinicName: 'Use 80 characters or fewer. It has 81 now.',
      message: 'Remove the "<" sign. The text is shown as plain text, so code or HTML is not allowed.',
      targetDate: 'This date has passed. Choose today or a later date.',
    });
    expect(planErrors({ ...plan, message: 'm'.repeat(281) }).message).toBe(
      'Use 280 characters or fewer. It has 281 now.',
    );
    expect(planErrors({ ...plan, targetDate: '2027-02-30' }).targetDate).toMatch(/real date/);
    expect(planErrors({ ...plan, modules: ['safety', 'safety'] }).modules).toMatch(/once/);
    expect(planErrors(plan, { available: ['safety'] }).modules).toMatch(/does not offer/);
  });

  it('trims text before it goes into a link', () => {
    expect(normalizePlan({ ...plan, clinicName: '  A  ', message: '\n Hi \n' })).toMatchObject({
      clinicName: 'A',
      message: 'Hi',
    });
  });
});

describe('following a plan', () => {
  it('marks done modules and points at the first one not done', () => {
    const done = new Set(['start-here', 'safety']);
    const result = planSteps(plan, (id) => done.has(id));
    expect(result.steps).toEqual([
      { id: 'start-here', done: true },
      { id: 'preparation', done: false },
      { id: 'safety', done: true },
    ]);
    expect(result.next).toBe('preparation');
    expect(result.doneCount).toBe(2);
    expect(planSteps(plan, () => true).next).toBeNull();
  });

  it('counts days to the target date', () => {
    expect(daysUntil('2027-01-31', '2027-01-30')).toBe(1);
    expect(daysUntil('2027-01-31', '2027-01-31')).toBe(0);
    expect(daysUntil('2027-01-31', '2027-02-02')).toBe(-2);
    expect(daysUntil('', '2027-02-02')).toBeNull();
  });
});

describe('suggested plans', () => {
  it('name only modules that exist, each once, and have unique ids and titles', () => {
    expect(SUGGESTED_PLANS.map((p) => p.title)).toEqual([
      'Before the first consultation',
      'Before the first dosing session',
      'After a session: integration',
    ]);
    expect(new Set(SUGGESTED_PLANS.map((p) => p.id)).size).toBe(SUGGESTED_PLANS.length);
    for (const p of SUGGESTED_PLANS) {
      expect(p.modules.length).toBeGreaterThan(0);
      for (const id of p.modules) expect(ids).toContain(id);
      expect(new Set(p.modules).size).toBe(p.modules.length);
      expect(planErrors({ ...EMPTY_PLAN, modules: p.modules })).toEqual({});
    }
  });

  it('leave out modules a clinic hides', () => {
    const visible = MODULES.filter((m) => m.id !== 'safety' && m.id !== 'integration');
    const plans = suggestedPlansFor(visible);
    expect(plans.map((p) => p.id)).toEqual(['first-consultation', 'first-dosing']);
    for (const p of plans) expect(p.modules).not.toContain('safety');
  });
});

describe('suggested plans at short addresses', () => {
  it('each has a short, unique address under /plan that leads to the plan page naming it', () => {
    expect(new Set(SUGGESTED_PLANS.map((p) => p.path)).size).toBe(SUGGESTED_PLANS.length);
    const redirects = redirectsFor(MODULES);
    for (const p of SUGGESTED_PLANS) {
      expect(p.path).toMatch(/^\/plan\/[a-z-]{3,20}$/);
      expect(redirects).toContainEqual({ from: [p.path], to: `/plan#preset=${p.id}` });
    }
    expect(SUGGESTED_PLANS.map((p) => p.path)).toEqual(
      expect.arrayContaining(['/plan/first-dose', '/plan/integration']),
    );
    // A clinic that hides every module of a plan has no short address for it.
    const onlyStart = redirectsFor(MODULES.filter((m) => m.id === 'start-here'));
    expect(onlyStart.map((r) => r.from[0])).not.toContain('/plan/integration');
  });
});

describe('plan links, version 2 (compact)', () => {
  // A version 1 link exactly as the builder wrote it before version 2: links like it are in
  // clinic letters and handouts, and must keep opening.
  const V1_FIXTURE =
    '1.start-here~preparation~safety.2027-01-31.U2FtcGxlIENsaW5pYyAoZXhhbXBsZSBvbmx5KQ.UGxlYXNlIHJlYWQgdGhlc2UgYmVmb3JlIHdlIG1lZXQuClNlZSB5b3Ugb24gVHVlc2RheSDigJMg4piA77iP.4maiy';

  it('still opens a version 1 link made before version 2', () => {
    expect(decodePlan(V1_FIXTURE)).toEqual({ plan, problems: [] });
    expect(readPlanHash(`#p=${V1_FIXTURE}`)?.plan).toEqual(plan);
  });

  it('gives every module in the catalog a fixed, unique code', () => {
    expect(new Set(PLAN_MODULE_CODES).size).toBe(PLAN_MODULE_CODES.length);
    for (const id of ids) expect(PLAN_MODULE_CODES).toContain(id);
    expect(PLAN_MODULE_CODES.length).toBeLessThanOrEqual(64);
  });

  it('is about half as long as version 1 (a 186-character message fits in a ~230-character link)', () => {
    const message =
      'Please read these modules before your first dosing session. Bring your questions to our next visit, and call us if anything worries you. We look forward to seeing you soon, take care.'.padEnd(
        186,
        '.',
      );
    const p: Plan = {
      modules: SUGGESTED_PLANS[1].modules,
      clinicName: 'Sample Clinic (example only)',
      message,
      targetDate: '2027-03-01',
    };
    const root = 'https://kap-course.example.org/';
    expect(message).toHaveLength(186);
    expect(planLink(root, p).length).toBeLessThan(240);
    expect((root + 'plan#p=' + encodePlanV1(p)).length).toBeGreaterThan(400);
    // At the limits, in plain English letters: under 470 characters (version 1: over 700).
    const longest: Plan = {
      modules: ids,
      clinicName: 'C'.repeat(80),
      message: 'm'.repeat(280),
      targetDate: '2199-12-31',
    };
    expect(planLink(root, longest).length).toBeLessThan(470);
    expect(decodePlan(encodePlan(longest)).plan).toEqual(longest);
  });

  it('property: any cut is noticed, and what is kept is a flagged part of the original', () => {
    fc.assert(
      fc.property(validPlan, fc.nat(), (p, at) => {
        const full = encodePlan(p);
        const cut = full.slice(0, at % full.length);
        const decoded = decodePlan(cut);
        expect(decoded.problems.length).toBeGreaterThan(0);
        if (decoded.plan) {
          expect(decoded.problems.map((x) => x.code)).toEqual(
            expect.arrayContaining([expect.stringMatching(/truncated|damaged/)]),
          );
          expect(p.modules.slice(0, decoded.plan.modules.length)).toEqual(decoded.plan.modules);
          expect(['', p.clinicName]).toContain(decoded.plan.clinicName);
          expect(['', p.message]).toContain(decoded.plan.message);
          expect(['', p.targetDate]).toContain(decoded.plan.targetDate);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the modules of a link cut at 76 characters (where plain-text mail may wrap), and says it was cut', () => {
    const link = planLink('https://kap-course.example.org/', plan);
    const hash = link.slice(0, 76).slice(link.indexOf('#'));
    const decoded = readPlanHash(hash)!;
    expect(decoded.problems.map((x) => x.code)).toContain('truncated');
    expect(decoded.plan?.modules).toEqual(plan.modules);
    expect(decoded.plan?.message).toBe('');
  });

  it('tolerates a full stop or bracket glued to the end of a link', () => {
    for (const tail of ['.', ')', '>', '".'])
      expect(decodePlan(encodePlan(plan) + tail)).toEqual({ plan, problems: [] });
  });

  it('property: text of any UTF-16 code units round-trips through the bit packer', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 60 }),
        (a, b) => {
          for (const text of [a, b]) {
            fc.pre(text.length <= MAX_TEXT_UNITS);
            const w = new BitWriter();
            writeText(w, text);
            expect(readText(new BitReader(w.toBase64Url()))).toEqual({ kind: 'ok', text });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('repairs a pasted link whose "#" became "%23", and leaves ordinary addresses alone', () => {
    expect(repairEncodedHash('/plan%23p=2.abc', '')).toEqual({ path: '/plan', hash: '#p=2.abc' });
    expect(repairEncodedHash('/kap/plan%23p%3D2.abc', '')).toEqual({ path: '/kap/plan', hash: '#p=2.abc' });
    expect(repairEncodedHash('/summary/view%23s=1.x.y', '')).toEqual({ path: '/summary/view', hash: '#s=1.x.y' });
    expect(repairEncodedHash('/plan', '#p%3D2.abc')).toEqual({ path: '/plan', hash: '#p=2.abc' });
    expect(repairEncodedHash('/plan', '#p=2.abc')).toBeNull();
    expect(repairEncodedHash('/learn/safety', '#bladder')).toBeNull();
    expect(repairEncodedHash('/learn/c%23-notes', '')).toBeNull();
  });
});

describe('plan links in each language', () => {
  const plan = {
    modules: ['preparation', 'safety'],
    clinicName: 'Clínica Sol',
    message: 'Lea esto, por favor.',
    targetDate: '',
  };

  it('a Spanish link is the same plan under the Spanish base URL: the language is in the path, not the code', () => {
    const english = planLink('https://course.example/', plan);
    const spanish = planLink('https://course.example/es/', plan);
    expect(spanish).toBe(english.replace('https://course.example/plan', 'https://course.example/es/plan'));
    expect(new URL(spanish).pathname).toBe('/es/plan');
    expect(readPlanHash(new URL(spanish).hash)).toEqual({ plan, problems: [] });
  });

  it('links made before the Spanish edition (versions 1 and 2, at /plan) still open, in English', () => {
    const v1 = `/plan#p=${encodePlanV1(plan)}`;
    const v2 = `/plan#p=${encodePlan(plan)}`;
    for (const old of [v1, v2]) {
      expect(old.startsWith('/plan#')).toBe(true);
      expect(readPlanHash(old.slice(old.indexOf('#')))).toEqual({ plan, problems: [] });
    }
  });

  it.each([
    ['/es/plan', '/es/', '/', '/plan'],
    ['/plan', '/', '/es/', '/es/plan'],
    ['/kap/es/plan', '/kap/es/', '/kap/', '/kap/plan'],
    ['/kap/plan', '/kap/', '/kap/es/', '/kap/es/plan'],
    ['/plan', '/', '/en/', '/en/plan'],
    ['/es/plan/', '/es', '/', '/plan/'],
  ])('the switch leads from %s (base %s) to base %s: %s', (path, from, to, expected) => {
    expect(pathInLanguage(path, from, to)).toBe(expected);
  });

  it('the plan page in another language keeps the plan: the hash is carried unchanged', () => {
    const hash = planHash(plan);
    const other = `${pathInLanguage('/es/plan', '/es/', '/')}${hash}`;
    expect(readPlanHash(new URL(other, 'https://course.example').hash)?.plan).toEqual(plan);
  });
});

describe('the builder in Spanish', () => {
  it('tells the clinician what to fix in the page language, with the same numbers', () => {
    const errors = planErrors(
      { modules: [], clinicName: 'x'.repeat(81), message: '<b>hola</b>', targetDate: '2027-02-30' },
      { words: ES_BUILDER.errors },
    );
    expect(errors).toEqual({
      modules: 'Elija al menos un módulo.',
      clinicName: 'Use 80 caracteres o menos. Ahora tiene 81.',
      message: 'Quite el signo "<". El texto se muestra como texto simple, así que no se permite código ni HTML.',
      targetDate: 'Escriba una fecha real, por ejemplo 2027-01-31.',
    });
  });

  it('words every link problem in Spanish, with its count', () => {
    const decoded = decodePlan(rawPayload(['safety~no-such~other-one', 'nope', toBase64Url('<b>x</b>'), '']));
    const texts = decoded.problems.map(ES_VIEW.problem);
    expect(texts).toHaveLength(decoded.problems.length);
    expect(texts).toContain('2 módulos que nombra este enlace no son parte de este curso, así que se dejan fuera.');
    expect(texts.join(' ')).toMatch(/El nombre de la clínica de este enlace contiene código web/);
    for (const t of texts) expect(t).not.toMatch(/ the | this link /i);
    expect(
      ES_VIEW.problem({ code: 'unknown-preset', message: 'This address does not name a plan this site offers.' }),
    ).toBe(ES_VIEW.unknownPreset);
  });
});
