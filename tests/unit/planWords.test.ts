/**
 * The plan and summary words in each language (src/i18n/<locale>/{plan,planBar,planBuilder,
 * handout,summary,suggestedPlans,moduleText,dates}.ts): the same names and shapes in every
 * language, every function answering in its language, and Spanish that addresses the reader
 * as "usted" and keeps the numbers.
 */
import { MODULES } from '../../src/course/modules';
import { SUGGESTED_PLANS } from '../../src/data/suggestedPlans';
import { TU_FORMS } from '../../src/i18n/termsEs';
import * as enPlan from '../../src/i18n/en/plan';
import * as esPlan from '../../src/i18n/es/plan';
import * as enBar from '../../src/i18n/en/planBar';
import * as esBar from '../../src/i18n/es/planBar';
import * as enBuilder from '../../src/i18n/en/planBuilder';
import * as esBuilder from '../../src/i18n/es/planBuilder';
import * as enHandout from '../../src/i18n/en/handout';
import * as esHandout from '../../src/i18n/es/handout';
import * as enSummary from '../../src/i18n/en/summary';
import * as esSummary from '../../src/i18n/es/summary';
import * as enSuggested from '../../src/i18n/en/suggestedPlans';
import * as esSuggested from '../../src/i18n/es/suggestedPlans';
import * as enModules from '../../src/i18n/en/modules';
import * as esModules from '../../src/i18n/es/modules';
import * as enDates from '../../src/i18n/en/dates';
import * as esDates from '../../src/i18n/es/dates';

const AREAS: [string, object, object][] = [
  ['plan', enPlan, esPlan],
  ['planBar', enBar, esBar],
  ['planBuilder', enBuilder, esBuilder],
  ['handout', enHandout, esHandout],
  ['summary', enSummary, esSummary],
  ['suggestedPlans', enSuggested, esSuggested],
  ['moduleText', enModules, esModules],
  ['dates', enDates, esDates],
];

/** Every key path of a words object, with the kind of value at each ("string", "function", ...). */
function shape(value: unknown, path = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => shape(v, `${path}.${k}`));
  return [`${path}: ${Array.isArray(value) ? `array(${value.length})` : typeof value}`];
}

/** Every string in a words object, functions called with sample arguments (1, 2 and 5). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const out: string[] = [];
    for (const n of [1, 2, 5]) {
      try {
        const r: unknown = (value as (...a: unknown[]) => unknown)(n, n, n);
        if (typeof r === 'string') out.push(r);
      } catch {
        // Functions that take something other than numbers are covered by their own tests.
      }
    }
    return out;
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe.each(AREAS)('%s words', (_, en, es) => {
  it('have the same names and shapes in Spanish as in English', () => {
    expect(shape(es).sort()).toEqual(shape(en).sort());
  });

  it('address the reader as "usted" in Spanish, never "tú"', () => {
    const words = strings(es)
      .join(' ')
      .toLowerCase()
      .split(/[^a-záéíóúüñ]+/);
    expect(TU_FORMS.filter((form) => words.includes(form))).toEqual([]);
  });
});

describe('numbers in the Spanish words', () => {
  it('every sample number the English shows, the Spanish shows too', () => {
    const numbers = (fn: (...a: number[]) => string) => fn(3, 7, 12).match(/\d+/g)?.sort();
    const pairs: [(...a: number[]) => string, (...a: number[]) => string][] = [
      [enBar.PLAN_BAR.done, esBar.PLAN_BAR.done],
      [enPlan.PLAN_DETAILS.doneCount, esPlan.PLAN_DETAILS.doneCount],
      [enBuilder.PLAN_BUILDER.chosen, esBuilder.PLAN_BUILDER.chosen],
      [enBuilder.PLAN_BUILDER.characters, esBuilder.PLAN_BUILDER.characters],
      [enSummary.SUMMARY_DETAILS.counts, esSummary.SUMMARY_DETAILS.counts],
      [enSummary.SUMMARY_DETAILS.planDone, esSummary.SUMMARY_DETAILS.planDone],
      [enSummary.SUMMARY_DETAILS.ticked, esSummary.SUMMARY_DETAILS.ticked],
      [enSummary.SUMMARY_DETAILS.safetyNote, esSummary.SUMMARY_DETAILS.safetyNote],
      [enSummary.MY_SUMMARY.questionsTooLong, esSummary.MY_SUMMARY.questionsTooLong],
    ];
    for (const [a, b] of pairs) expect(numbers(b)).toEqual(numbers(a));
    for (const days of [-3, 0, 1, 9]) {
      expect(esPlan.PLAN_DETAILS.target('1 de marzo de 2027', days).match(/\d+/g)).toEqual(
        enPlan.PLAN_DETAILS.target('1 March 2027', days).match(/\d+/g),
      );
    }
  });
});

describe('module titles, plan titles and dates in Spanish', () => {
  it('name every module and every suggested plan', () => {
    for (const m of MODULES) expect(esModules.moduleTitle(m.id)).not.toBe(m.title);
    expect(esModules.moduleTitle('safety')).toBe('Seguridad y efectos secundarios');
    for (const p of SUGGESTED_PLANS) expect(esSuggested.SUGGESTED_PLAN_TEXT[p.id]?.title).toBeTruthy();
    expect(Object.keys(esSuggested.SUGGESTED_PLAN_TEXT).sort()).toEqual(SUGGESTED_PLANS.map((p) => p.id).sort());
  });

  it('write dates in full, as Spanish does, and refuse what is not a date', () => {
    expect(esDates.formatLongDate('2026-12-01')).toBe('1 de diciembre de 2026');
    expect(esDates.formatLongDate('2028-02-29')).toBe('29 de febrero de 2028');
    expect(esDates.formatLongDate('2027-02-30')).toBeNull();
    expect(enDates.formatLongDate('2026-12-01')).toBe('1 December 2026');
  });

  it('say which language the reader used', () => {
    expect(enSummary.SUMMARY_DETAILS.languages(['es'])).toBe('Language used: Spanish.');
    expect(esSummary.SUMMARY_DETAILS.languages(['es'])).toBe('Idioma usado: español.');
    expect(enSummary.SUMMARY_DETAILS.languages(['en', 'es'])).toBe('Languages used: English and Spanish.');
    expect(esSummary.SUMMARY_DETAILS.languages(['es', 'en'])).toBe('Idiomas usados: español e inglés.');
  });
});

describe('the handout’s opening line', () => {
  it('says "this module" for one module and "these N modules, in this order" for more, in both languages', () => {
    expect(enHandout.PLAN_HANDOUT.intro(1, 8, null)).toBe(
      'Please read this module (about 8 minutes in all). It ends with a short check.',
    );
    expect(enHandout.PLAN_HANDOUT.intro(3, 24, null)).toBe(
      'Please read these 3 modules, in this order (about 24 minutes in all). Each ends with a short check.',
    );
    expect(esHandout.PLAN_HANDOUT.intro(1, 8, null)).toBe(
      'Por favor, lea este módulo (unos 8 minutos en total). Termina con una prueba corta.',
    );
  });
});
