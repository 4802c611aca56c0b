import { analyzeEs, countSyllablesEs, infleszBand, wordsEs } from '../../src/course/readabilityEs';

describe('Spanish syllables', () => {
  it.each([
    ['casa', 2],
    ['ketamina', 4],
    ['psicoterapia', 5],
    ['día', 2],
    ['tía', 2],
    ['país', 2],
    ['baúl', 2],
    ['ciudad', 2],
    ['construir', 2],
    ['buey', 1],
    ['Uruguay', 3],
    ['que', 1],
    ['guerra', 2],
    ['pingüino', 3],
    ['hoy', 1],
    ['muy', 1],
    ['y', 1],
    ['poeta', 3],
    ['leer', 2],
    ['aéreo', 4],
    ['ahora', 3],
    ['disociación', 4],
    ['presión', 2],
    ['reina', 2],
    ['esketamina', 5],
    ['988', 1],
  ])('%s has %i', (word, syllables) => {
    expect(countSyllablesEs(word)).toBe(syllables);
  });
});

describe('INFLESZ (Szigriszt-Pazos)', () => {
  it('counts words with accents and ñ as whole words', () => {
    expect(wordsEs('La señora habló del año pasado.')).toEqual(['La', 'señora', 'habló', 'del', 'año', 'pasado']);
  });

  it('applies 206.835 − 62.3 × syllables per word − words per sentence', () => {
    // "El gato come.": 3 words, 5 syllables (el, ga-to, co-me), 1 sentence.
    const r = analyzeEs('El gato come.');
    expect(r).toMatchObject({ words: 3, sentences: 1, syllables: 5 });
    expect(r.inflesz).toBeCloseTo(206.835 - 62.3 * (5 / 3) - 3, 1);
  });

  it('scores short plain sentences higher than long technical ones', () => {
    const plain = analyzeEs('Usted puede parar. Puede hacer preguntas. Su equipo le ayuda.');
    const hard = analyzeEs(
      'La administración intravenosa de antagonistas del receptor glutamatérgico produce modificaciones neuroplásticas considerablemente prolongadas en determinadas poblaciones.',
    );
    expect(plain.inflesz).toBeGreaterThan(65);
    expect(hard.inflesz).toBeLessThan(40);
  });

  it('names the INFLESZ bands', () => {
    expect([30, 50, 60, 70, 90].map(infleszBand)).toEqual([
      'muy difícil',
      'algo difícil',
      'normal',
      'bastante fácil',
      'muy fácil',
    ]);
  });
});
