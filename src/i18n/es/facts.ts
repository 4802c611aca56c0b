// translation_of: src/data/facts.ts 5da60a8aa5c2251288ba3b4d1d23fc1c18f42382
/**
 * The shared facts in Spanish. Only the words change: each fact keeps its id, its source and
 * its figures (src/data/facts.ts). A test checks every fact has Spanish words with the same numbers.
 */
import { FACTS as EN_FACTS, type Fact, type FactId } from '../../data/facts';

/** The Spanish words of each fact, written to sit inside a sentence (no capital, no full stop). */
const FACT_TEXT: Readonly<Record<FactId, string>> = {
  'dose-effects': 'alrededor de una hora',
  'esketamine-effects-ease': 'en alrededor de 1.5 horas',
  'esketamine-monitoring': 'por lo menos 2 horas',
  'esketamine-bp-peak': 'alrededor de 40 minutos',
  'esketamine-bp-duration': 'alrededor de 4 horas',
  'esketamine-no-food': '2 horas',
  'esketamine-no-drink': '30 minutos',
  'esketamine-driving': 'hasta el día siguiente, después de dormir bien',
  'esketamine-dissociation': 'del 61% al 84%',
  'placebo-dissociation': 'del 5% al 16%',
};

export const FACTS: readonly Fact[] = EN_FACTS.map((f) => ({ ...f, text: FACT_TEXT[f.id] }));

export const FACT_BY_ID: ReadonlyMap<string, Fact> = new Map(FACTS.map((f) => [f.id, f]));

export function fact(id: FactId): string {
  return FACT_BY_ID.get(id)!.text;
}

/** The same as in English: no words in it. */
export { capitalize } from '../../data/facts';

/** The driving rule (see src/data/facts.ts): the esketamine label's rule; each clinic sets its own for ketamine. */
export const DRIVING_RULE = `Con esketamina, la etiqueta dice que no maneje ni use maquinaria ${fact('esketamine-driving')}. Con ketamina en KAP, cada clínica pone su propia regla, así que pregunte en la suya.`;
