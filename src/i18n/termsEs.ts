/**
 * The Spanish edition's term list: how each course term is said in Spanish, every time.
 * tests/content/translationTerms.test.ts applies it: when an English page uses a term, its Spanish
 * page must use the Spanish term, and no Spanish page may use a form listed under `not`.
 * Neutral Latin-American Spanish, as US health materials (MedlinePlus en español) write it.
 * Add a term here before translating a page that introduces it.
 */

export interface Term {
  /** The English term, matched as whole words, ignoring case. */
  readonly en: string;
  /** The Spanish term the translation must use (matched ignoring case; a prefix of the word is enough: "disociación", "disociativo"). */
  readonly es: string;
  /** Forms a Spanish page must not use instead (Spain-only words, other renderings). */
  readonly not?: readonly string[];
}

export const TERMS_ES: readonly Term[] = [
  { en: 'ketamine', es: 'ketamina', not: ['quetamina'] },
  { en: 'esketamine', es: 'esketamina', not: ['esquetamina'] },
  {
    en: 'ketamine-assisted psychotherapy',
    es: 'psicoterapia asistida con ketamina',
    not: ['psicoterapia asistida por ketamina'],
  },
  { en: 'psychotherapy', es: 'psicoterapia' },
  { en: 'therapist', es: 'terapeuta' },
  { en: 'preparation', es: 'preparación' },
  { en: 'dosing session', es: 'sesión de dosis', not: ['sesión de dosificación'] },
  { en: 'integration', es: 'integración' },
  { en: 'dissociation', es: 'disociación' },
  { en: 'blood pressure', es: 'presión arterial', not: ['tensión arterial'] },
  { en: 'heart rate', es: 'frecuencia cardíaca', not: ['ritmo cardíaco', 'frecuencia cardiaca'] },
  { en: 'depression', es: 'depresión' },
  { en: 'treatment-resistant depression', es: 'depresión resistente al tratamiento' },
  { en: 'anxiety', es: 'ansiedad' },
  { en: 'PTSD', es: 'TEPT' },
  { en: 'informed consent', es: 'consentimiento informado' },
  { en: 'side effects', es: 'efectos secundarios', not: ['efectos colaterales'] },
  { en: 'nausea', es: 'náusea' },
  { en: 'nasal spray', es: 'aerosol nasal', not: ['espray nasal', 'spray nasal'] },
  { en: 'infusion', es: 'infusión' },
  { en: 'neuroplasticity', es: 'neuroplasticidad' },
  { en: 'glutamate', es: 'glutamato' },
  { en: 'bladder', es: 'vejiga' },
  { en: 'misuse', es: 'uso indebido' },
  { en: 'psychosis', es: 'psicosis' },
  { en: 'bipolar disorder', es: 'trastorno bipolar' },
  { en: 'pregnancy', es: 'embarazo' },
  { en: 'placebo', es: 'placebo' },
  { en: 'off-label', es: 'fuera de indicación', not: ['fuera de etiqueta'] },
  { en: 'set and setting', es: 'mentalidad y entorno' },
  { en: 'MAOIs', es: 'IMAO' },
  { en: 'vital signs', es: 'signos vitales' },
  { en: 'bioavailability', es: 'biodisponibilidad' },
  { en: 'pulse oximeter', es: 'oxímetro de pulso' },
  { en: 'prior authorization', es: 'autorización previa' },
  { en: 'sedation', es: 'sedación' },
  { en: 'ketamine cystitis', es: 'cistitis por ketamina' },
  { en: 'crisis line', es: 'línea de crisis' },
  { en: 'knowledge check', es: 'prueba de conocimientos' },
  { en: 'checklist', es: 'lista de verificación' },
  { en: 'insurance', es: 'seguro', not: ['aseguranza'] },
  { en: 'cost', es: 'costo', not: ['coste'] },
  { en: 'drive', es: 'manej', not: ['conducir', 'conduzca'] },
  { en: 'cell phone', es: 'celular', not: ['móvil'] },
  { en: 'computer', es: 'computadora', not: ['ordenador'] },
];

/**
 * Familiar ("tú") forms: the Spanish edition addresses the reader as "usted", as US Spanish
 * health materials do. Matched as whole words, ignoring case.
 */
export const TU_FORMS: readonly string[] = [
  'tú',
  'tu',
  'tus',
  'ti',
  'contigo',
  'te',
  'puedes',
  'tienes',
  'quieres',
  'sientes',
  'sabes',
  'eres',
  'estás',
  'necesitas',
  'debes',
  'vas',
  'hazlo',
  'pregúntale',
  'vosotros',
  'vuestro',
];
