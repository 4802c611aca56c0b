/**
 * What a typed query becomes before it reaches the index: cleaned (so any input is safe and
 * quick), checked for crisis words, and turned into a few searches (src/search/engine.ts).
 * Pure functions, no browser: unit-tested and used by the relevance suite.
 */
import { CRISIS_WORDS, type CourseLocale } from '../data/crisisWords';
import { SEARCH_SYNONYMS } from '../data/searchSynonyms';

/** Longer queries are cut here: nobody types more, and a 10,000-character paste stays fast. */
export const MAX_QUERY_LENGTH = 120;
/** At most this many words reach the index. */
export const MAX_QUERY_WORDS = 6;

/**
 * The query as typed, made safe: control and direction-changing characters removed, spaces
 * collapsed, cut to MAX_QUERY_LENGTH. It is only ever shown as text, never as HTML.
 */
export function cleanQuery(raw: string): string {
  return Array.from(
    raw
      // Control characters are what this removes.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .slice(0, MAX_QUERY_LENGTH)
    .join('')
    .trim();
}

/** Lower case, no accents, no punctuation: "Self-Harm!" and "self harm" become the same. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function containsPhrase(normalizedQuery: string, phrase: string): boolean {
  const target = normalize(phrase);
  return target.length > 0 && ` ${normalizedQuery} `.includes(` ${target} `);
}

/** True when the query holds a crisis word or phrase (src/data/crisisWords.ts). */
export function isCrisisQuery(query: string, locale: CourseLocale = 'en'): boolean {
  const q = normalize(query);
  return CRISIS_WORDS[locale].some((phrase) => containsPhrase(q, phrase));
}

/** Words that say nothing about the topic; a search without them matches more of what matters. */
const STOP_WORDS: Readonly<Record<CourseLocale, ReadonlySet<string>>> = {
  en: new Set(
    "a an and are am be been being can could did do does doing for from get got had has have how i i'm if in into is it its me my of on or should so than that the their them then there these they this to was we were what when where which who will with would you your im ive".split(
      ' ',
    ),
  ),
  es: new Set(
    'a al algo como con cual cuales cuando de del donde e el ella ellos en era es esa ese eso esta estan estar este esto estos fue ha hay la las le les lo los me mi mis muy o para pero por porque puede puedo que quien se ser si sin sobre son su sus te tengo ti tiene tu un una uno unos unas usted y ya yo'.split(
      ' ',
    ),
  ),
};

export interface PlannedSearch {
  /** What goes to the index. */
  readonly terms: string;
  /** How much a match counts: the reader's own words most, single words least. */
  readonly weight: number;
}

/**
 * The searches for one query: the reader's words without filler words; the same with
 * everyday words swapped for the course's words; and, so that one missing word does not
 * hide everything, each word on its own (Pagefind requires every word of a search).
 */
export function planSearches(query: string, locale: CourseLocale = 'en'): PlannedSearch[] {
  const q = normalize(query);
  if (!q) return [];
  const all = [...new Set(q.split(' '))].slice(0, MAX_QUERY_WORDS * 2);
  const content = all.filter((w) => !STOP_WORDS[locale].has(w) && w.length > 1).slice(0, MAX_QUERY_WORDS);
  const main = (content.length ? content : all.slice(0, MAX_QUERY_WORDS)).join(' ');
  const planned: PlannedSearch[] = [{ terms: main, weight: 1 }];

  let swapped = ` ${q} `;
  const added: string[] = [];
  for (const { words, means } of SEARCH_SYNONYMS[locale]) {
    if (containsPhrase(q, words)) {
      swapped = swapped.replace(` ${normalize(words)} `, ` ${means} `);
      added.push(means);
    }
  }
  if (added.length) {
    const swappedContent = swapped
      .trim()
      .split(' ')
      .filter((w) => !STOP_WORDS[locale].has(w))
      .slice(0, MAX_QUERY_WORDS)
      .join(' ');
    if (swappedContent && swappedContent !== main) planned.push({ terms: swappedContent, weight: 1 });
    for (const means of added) {
      const meansContent = normalize(means)
        .split(' ')
        .filter((w) => !STOP_WORDS[locale].has(w))
        .join(' ');
      if (meansContent && !planned.some((p) => p.terms === meansContent))
        planned.push({ terms: meansContent, weight: 0.8 });
    }
  }
  if (content.length > 1) {
    for (const word of content) {
      if (!planned.some((p) => p.terms === word)) planned.push({ terms: word, weight: 0.3 });
    }
  }
  return planned;
}
