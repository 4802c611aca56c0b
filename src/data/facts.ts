/**
 * Facts that several pages state: one place for each, so they cannot drift apart.
 *
 * Chapters write <Fact id="..." /> inside a sentence; the remark plugin
 * (src/plugins/remarkCourseData.ts) fills in the words at build time. Quizzes, the glossary and
 * the checklist use `fact(id)` in their strings. Every sentence that states a fact cites its
 * source (a content test checks it), and a content test fails when a page writes one of these
 * figures by hand instead (`handWritten`).
 */

export interface Fact {
  /** Stable id used by <Fact id="..." />. */
  readonly id: string;
  /** The words the pages show, written to sit inside a sentence (no capital, no full stop). */
  readonly text: string;
  /** Key in src/data/references.ts that every paragraph stating the fact must cite. */
  readonly source: string;
  /** What the fact is, and what it is not, for the people who edit the course. */
  readonly about: string;
  /** Ways of writing this figure by hand that pages must not use instead of <Fact />. */
  readonly handWritten: readonly RegExp[];
}

export const FACTS = [
  {
    id: 'dose-effects',
    text: 'about an hour',
    source: 'krupitsky1997',
    about:
      'How long the main effects of one dose lasted in early KAP research (Krupitsky, about one-sixth to one-tenth of an anesthetic dose). It is the drug effect, not the time you spend at the clinic.',
    handWritten: [/\b(?:about|around|roughly)\s+(?:an|one|1)\s+hour\b(?!\s+and)/i],
  },
  {
    id: 'esketamine-effects-ease',
    text: 'within about 1.5 hours',
    source: 'spravatoLabel',
    about:
      'With esketamine, dissociation and the other common effects of a dose generally ease by about 1.5 hours (label).',
    handWritten: [/\ban hour and a half\b/i, /\b1\.5 hours\b/i, /\b90 minutes\b/i],
  },
  {
    id: 'esketamine-monitoring',
    text: 'at least 2 hours',
    source: 'fdaRems',
    about:
      'The esketamine REMS: you are watched for at least 2 hours after the dose, and until sedation, dissociation and breathing problems have resolved. This is the least time to plan at the clinic after an esketamine dose.',
    handWritten: [/\bat least (?:2|two) hours\b/i],
  },
  {
    id: 'esketamine-bp-peak',
    text: 'about 40 minutes',
    source: 'spravatoLabel',
    about: 'With esketamine, blood pressure is checked again, and its rise peaks, about 40 minutes after the dose.',
    handWritten: [
      /\b(?:about|around)\s+40 minutes after\b/i,
      /\b(?:peaks?|highest)\b(?:\s+\w+){0,3}\s+(?:about|around)\s+40 minutes\b/i,
    ],
  },
  {
    id: 'esketamine-bp-duration',
    text: 'about 4 hours',
    source: 'spravatoLabel',
    about: 'With esketamine, the rise in blood pressure can last about 4 hours.',
    handWritten: [/\b(?:about|around|up to about)\s+(?:4|four) hours\b/i],
  },
  {
    id: 'esketamine-no-food',
    text: '2 hours',
    source: 'spravatoLabel',
    about: 'Esketamine instructions: no food for 2 hours before a dose.',
    handWritten: [/\b(?:eat|food)\b[^.]{0,20}\b(?:2|two) hours\b/i],
  },
  {
    id: 'esketamine-no-drink',
    text: '30 minutes',
    source: 'spravatoLabel',
    about: 'Esketamine instructions: no liquids for 30 minutes before a dose.',
    handWritten: [/\b(?:drink|drinks|liquids?)\b[^.]{0,20}\b30 minutes\b/i],
  },
  {
    id: 'esketamine-driving',
    text: 'until the next day, after a restful sleep',
    source: 'spravatoLabel',
    about:
      'The esketamine label: no driving or machinery until the next day after a restful sleep. It is the esketamine rule; for ketamine in KAP, each clinic sets its own rule.',
    handWritten: [/\buntil the next day\b/i],
  },
  {
    id: 'esketamine-dissociation',
    text: '61% to 84%',
    source: 'spravatoLabel',
    about:
      'Share of people on esketamine with dissociation or perceptual changes (CADSS total over 4) in the esketamine trials, as the current label summary gives it. Older label text gave 75% as the upper end: never use that.',
    handWritten: [/\b61\s*(?:%|percent)?\s*(?:to|–|-)\s*(?:75|84)\s*%/i],
  },
  {
    id: 'placebo-dissociation',
    text: '5% to 16%',
    source: 'spravatoLabel',
    about: 'The same measure on a placebo spray in the esketamine trials (current label summary).',
    handWritten: [/\b5\s*%?\s*(?:to|–|-)\s*16\s*%/i],
  },
] as const satisfies readonly Fact[];

export type FactId = (typeof FACTS)[number]['id'];

export const FACT_BY_ID: ReadonlyMap<string, Fact> = new Map(FACTS.map((f) => [f.id, f]));

/** The words of a fact, for strings in data files (quizzes, glossary, checklist). */
export function fact(id: FactId): string {
  return FACT_BY_ID.get(id)!.text;
}

/** The words of a fact at the start of a sentence or an answer. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The driving rule, as quizzes and the checklist state it: the no-driving-until-the-next-day
 * rule is the esketamine label's; for ketamine, each clinic sets its own.
 */
export const DRIVING_RULE = `With esketamine, the label says not to drive or use machinery ${fact('esketamine-driving')}. With ketamine in KAP, each clinic sets its own rule, so ask yours.`;
