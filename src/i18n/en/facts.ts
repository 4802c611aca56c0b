/** The course's shared facts in English: the source (src/data/facts.ts). */
export { FACTS, FACT_BY_ID, fact, capitalize, DRIVING_RULE } from '../../data/facts';
