import fc from 'fast-check';
import { cleanQuery, isCrisisQuery, MAX_QUERY_LENGTH, normalize, planSearches } from '../../src/search/query';
import { excerptParts } from '../../src/search/engine';
import { splitSections } from '../../src/search/sections';
import { CRISIS_WORDS } from '../../src/data/crisisWords';
import { SEARCH_SYNONYMS } from '../../src/data/searchSynonyms';

describe('cleanQuery', () => {
  it('removes control and direction characters and collapses spaces', () => {
    expect(cleanQuery('\u202e side\u0000\u0007  effects\u200f\n')).toBe('side effects');
  });

  it('cuts very long input, and never throws on any string', () => {
    expect(cleanQuery('a'.repeat(10_000)).length).toBe(MAX_QUERY_LENGTH);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => cleanQuery(s).length <= MAX_QUERY_LENGTH));
  });

  it('keeps emoji whole (no broken surrogate pairs)', () => {
    const cleaned = cleanQuery('💊'.repeat(200));
    expect(cleaned).toBe('💊'.repeat(MAX_QUERY_LENGTH));
  });
});

describe('isCrisisQuery', () => {
  it.each([
    'suicide',
    'Suicidal thoughts',
    'I want to KILL MYSELF',
    'self-harm',
    'self harm',
    'end my life',
    'overdose?',
    'crisis',
  ])('%s is a crisis query', (q) => {
    expect(isCrisisQuery(q)).toBe(true);
  });

  it.each([
    'side effects',
    'odd feelings',
    'crises of faith in the method'.replace('crises', 'questions'),
    'selfish',
    'diet',
  ])('%s is not', (q) => {
    expect(isCrisisQuery(q)).toBe(false);
  });

  it('has a list for each language, with no phrase listed twice', () => {
    for (const locale of ['en', 'es'] as const) {
      expect(CRISIS_WORDS[locale].length).toBeGreaterThan(10);
      const normalized = CRISIS_WORDS[locale].map((w) => normalize(w));
      expect(normalized.filter((w, i) => normalized.indexOf(w) !== i)).toEqual([]);
    }
  });
});

describe('isCrisisQuery in Spanish', () => {
  it.each([
    'suicidio',
    'pensamientos de suicidio',
    'Pensamientos suicidas',
    'quiero suicidarme',
    'QUIERO MORIR',
    'me quiero morir',
    'ya no quiero vivir',
    'pienso en matarme',
    'quitarme la vida',
    'hacerme daño',
    'hacerme dano',
    'HACERME DAÑO',
    'ganas de lastimarme',
    'cortarme',
    'autolesión',
    'autolesion',
    'sobredosis de ketamina',
    'crisis',
    '¿es una emergencia?',
    'Emergéncia',
  ])('%s is a crisis query in Spanish', (q) => {
    expect(isCrisisQuery(q, 'es')).toBe(true);
  });

  it.each([
    // Whole phrases only: these hold part of a crisis phrase, or none at all.
    'quiero vivir mejor',
    'morirse de risa',
    'matar el tiempo',
    'cortar el pelo antes de la sesión',
    'efectos secundarios',
    'costo del tratamiento',
    'vivir con depresión',
    'daño a la vejiga',
  ])('%s is not a crisis query in Spanish', (q) => {
    expect(isCrisisQuery(q, 'es')).toBe(false);
  });

  it('uses the words of the page language only', () => {
    expect(isCrisisQuery('quiero morir', 'en')).toBe(false);
    expect(isCrisisQuery('suicidio', 'en')).toBe(false);
    expect(isCrisisQuery('suicide', 'es')).toBe(false);
  });
});

describe('planSearches', () => {
  it('drops filler words and adds the course words for everyday ones', () => {
    const planned = planSearches('how quickly does it work');
    expect(planned[0]).toEqual({ terms: 'quickly work', weight: 1 });
    expect(planned.map((p) => p.terms)).toEqual(expect.arrayContaining(['fast']));
    expect(planned.find((p) => p.terms.includes('fast') && p.terms !== 'fast')?.weight).toBe(1);
  });

  it('maps SSRI to antidepressants', () => {
    expect(planSearches('SSRI').map((p) => p.terms)).toContain('antidepressants');
  });

  it('has no empty or self-referring synonyms', () => {
    for (const { words, means } of SEARCH_SYNONYMS.en) {
      expect(words.trim()).not.toBe('');
      expect(means.trim()).not.toBe('');
      expect(means).not.toBe(words);
    }
  });

  it('in Spanish, drops filler words and maps everyday words, with or without accents', () => {
    expect(planSearches('¿Cuánto cuesta la terapia?', 'es')[0]).toEqual({ terms: 'cuanto cuesta terapia', weight: 1 });
    expect(planSearches('¿Cuánto cuesta la terapia?', 'es').map((p) => p.terms)).toContain('costo');
    expect(planSearches('vómito', 'es').map((p) => p.terms)).toContain('nausea');
    expect(planSearches('vomito', 'es').map((p) => p.terms)).toContain('nausea');
    // English synonyms do not apply to Spanish pages.
    expect(planSearches('ssri', 'es').map((p) => p.terms)).toEqual(['ssri']);
    for (const { words, means } of SEARCH_SYNONYMS.es) {
      expect(words).toBe(normalize(words));
      expect(normalize(means)).not.toBe(words);
    }
  });

  it('returns nothing for a query of punctuation or emoji only', () => {
    expect(planSearches('<>!!! 🙂')).toEqual([]);
  });
});

describe('excerptParts', () => {
  it('turns marks into parts and keeps any other markup as plain text', () => {
    expect(excerptParts('a <mark>bladder</mark> <img src=x onerror=alert(1)>')).toEqual([
      { text: 'a ', mark: false },
      { text: 'bladder', mark: true },
      { text: ' <img src=x onerror=alert(1)>', mark: false },
    ]);
  });
});

describe('splitSections', () => {
  const fragment = {
    url: '/learn/x',
    content:
      'Page title. Intro words here. Part one. Body one. What it is not. Short. Sub part. Sub body text. Check. Quiz.',
    meta: {},
    anchors: [
      { element: 'h2', id: 'one', text: 'Part one', location: 5 },
      { element: 'h2', id: 'not', text: 'What it is not\u200b', location: 9 },
      { element: 'h3', id: 'sub', text: 'Sub part', location: 14 },
      { element: 'h2', id: 'check', text: 'Check', location: 19 },
    ],
  };
  const records = splitSections(fragment, { language: 'en', kind: 'chapter', pageTitle: 'Page title' });

  it('makes one record per section, without its heading, and none for the knowledge check', () => {
    expect(records.map((r) => [r.url, r.meta.title, r.content])).toEqual([
      ['/learn/x', 'Page title', 'Intro words here.'],
      ['/learn/x#one', 'Part one', 'Body one.'],
      ['/learn/x#sub', 'Sub part', 'Sub body text.'],
    ]);
  });
});
