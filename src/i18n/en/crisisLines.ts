/** Crisis lines in English: the source (src/data/crisisLines.ts). */
export { CRISIS_LINES } from '../../data/crisisLines';
