/** The "What to expect" checklist in English: the source (src/data/checklist.ts). */
export { CHECKLIST } from '../../data/checklist';
