import { listenButtonText, uiText } from '../../src/data/uiText';

describe('read-aloud and breathing words by page language', () => {
  it('gives a Spanish page the Spanish words, whatever its region', () => {
    expect(uiText('es').breathing.start).toBe('Empezar');
    expect(uiText('es-US').listen.play).toBe('Reproducir');
    expect(listenButtonText('es').listen).toBe('Escuchar');
    expect(listenButtonText('es').groupFor('Preguntas frecuentes')).toBe('Escuchar: Preguntas frecuentes');
  });

  it('keeps English for English pages and for languages without a table', () => {
    expect(uiText('en').breathing.start).toBe('Start');
    expect(uiText('fr').listen.play).toBe('Play');
    expect(listenButtonText(undefined).listen).toBe('Listen');
  });

  it('has every English entry in Spanish, with the same numbers', () => {
    const en = uiText('en');
    const es = uiText('es');
    for (const part of ['listen', 'breathing'] as const) {
      expect(Object.keys(es[part]).sort()).toEqual(Object.keys(en[part]).sort());
    }
    expect(es.listen.addVoiceSteps).toHaveLength(en.listen.addVoiceSteps.length);
    expect(es.listen.section(2, 7)).toBe('Sección 2 de 7');
    expect(es.breathing.minutes(1)).toBe('1 minuto');
    expect(es.breathing.minutes(5)).toBe('5 minutos');
    expect(es.breathing.breatheIn(4)).toBe('Inhale… 4');
    expect(es.breathing.done(3)).toBe('Muy bien. Practicó durante 3 minutos.');
    expect(es.breathing.left('2:30')).toBe('Quedan 2:30');
  });
});
