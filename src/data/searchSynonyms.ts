/**
 * Everyday words readers type, and the words the course uses for the same thing. A search for
 * the left side also searches for the right side (src/search/query.ts), so "how quickly" finds
 * "How fast does it work?" and "SSRI" finds antidepressants (and not "series").
 * Keep entries short and true: the right side must be what the course calls the same thing.
 * One list per language (the Spanish build uses `es`). The left side is matched ignoring accents.
 */
import type { CourseLocale } from './crisisWords';

export interface Synonym {
  /** What a reader types (whole words, lower case). */
  readonly words: string;
  /** The course's words for it. */
  readonly means: string;
}

export const SEARCH_SYNONYMS: Readonly<Record<CourseLocale, readonly Synonym[]>> = {
  en: [
    { words: 'how quickly', means: 'how fast' },
    { words: 'how soon', means: 'how fast' },
    { words: 'feel better', means: 'work' },
    { words: 'does it work', means: 'how many people does it help' },
    { words: 'does it help', means: 'how many people does it help' },
    { words: 'unconscious', means: 'lose control' },
    { words: 'pass out', means: 'lose control' },
    { words: 'passed out', means: 'lose control' },
    { words: 'knocked out', means: 'lose control' },
    { words: 'out of body', means: 'dissociation' },
    { words: 'session length', means: 'how long does a session take' },
    { words: 'how long is a session', means: 'how long does a session take' },
    { words: 'ssri', means: 'antidepressants' },
    { words: 'ssris', means: 'antidepressants' },
    { words: 'snri', means: 'antidepressants' },
    { words: 'prozac', means: 'antidepressants' },
    { words: 'zoloft', means: 'antidepressants' },
    { words: 'lexapro', means: 'antidepressants' },
    { words: 'benzo', means: 'benzodiazepines' },
    { words: 'benzos', means: 'benzodiazepines' },
    { words: 'xanax', means: 'benzodiazepines' },
    { words: 'hooked', means: 'addictive' },
    { words: 'addicted', means: 'addictive' },
    { words: 'pee', means: 'bladder' },
    { words: 'peeing', means: 'bladder' },
    { words: 'urine', means: 'bladder' },
    { words: 'throwing up', means: 'feeling sick nausea' },
    { words: 'throw up', means: 'feeling sick nausea' },
    { words: 'vomit', means: 'feeling sick nausea' },
    { words: 'vomiting', means: 'feeling sick nausea' },
    { words: 'nauseous', means: 'nausea' },
    { words: 'bad trip', means: 'bad experience' },
    { words: 'party drug', means: 'recreational' },
    { words: 'getting high', means: 'recreational' },
    { words: 'wear off', means: 'effects fade' },
    { words: 'wears off', means: 'effects fade' },
    { words: 'scared', means: 'fears' },
    { words: 'nervous', means: 'fears' },
    { words: 'afraid', means: 'fears' },
    { words: 'under the tongue', means: 'sublingual' },
    { words: 'by mail', means: 'at-home' },
    { words: 'drinking', means: 'alcohol' },
    { words: 'price', means: 'cost' },
    { words: 'afford', means: 'money cost' },
    { words: 'expensive', means: 'cost' },
    { words: 'pay', means: 'insurance cost' },
    { words: 'doctor', means: 'provider' },
    { words: 'journaling', means: 'writing it down' },
    { words: 'journal', means: 'writing it down' },
    { words: 'spravato', means: 'esketamine' },
    { words: 'start to finish', means: 'journey at a glance' },
    { words: 'intention', means: 'intentions' },
    { words: 'nothing else has worked', means: 'treatment-resistant depression' },
    { words: 'nothing has worked', means: 'treatment-resistant depression' },
    { words: 'tried everything', means: 'treatment-resistant depression' },
    { words: 'should not take', means: 'should not have it not used' },
    { words: 'take me home', means: 'getting home' },
    { words: 'takes me home', means: 'getting home' },
    { words: 'drive me home', means: 'getting home' },
  ],
  // Spanish: the right side uses the words of the Spanish chapters (src/i18n/termsEs.ts).
  es: [
    { words: 'vomitar', means: 'náusea' },
    { words: 'vomito', means: 'náusea' },
    { words: 'vomitos', means: 'náusea' },
    { words: 'ganas de vomitar', means: 'náusea' },
    { words: 'pipi', means: 'orinar vejiga' },
    { words: 'isrs', means: 'antidepresivos' },
    { words: 'prozac', means: 'antidepresivos' },
    { words: 'zoloft', means: 'antidepresivos' },
    { words: 'lexapro', means: 'antidepresivos' },
    { words: 'xanax', means: 'benzodiazepinas' },
    { words: 'benzos', means: 'benzodiazepinas' },
    { words: 'spravato', means: 'esketamina' },
    { words: 'quetamina', means: 'ketamina' },
    { words: 'precio', means: 'costo' },
    { words: 'caro', means: 'costo' },
    { words: 'cuanto cuesta', means: 'costo' },
    { words: 'aseguranza', means: 'seguro' },
    { words: 'conducir', means: 'manejar' },
    { words: 'embarazada', means: 'embarazo' },
    { words: 'adictiva', means: 'adicción depender' },
    { words: 'adictivo', means: 'adicción depender' },
    { words: 'adicto', means: 'adicción depender' },
    { words: 'para mi', means: 'adecuada para mí' },
    { words: 'droga de fiesta', means: 'recreativo' },
  ],
};
