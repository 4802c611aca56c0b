/**
 * Readability of Spanish prose: the INFLESZ scale of the Szigriszt-Pazos perspicuity index.
 *
 *   perspicuity = 206.835 − 62.3 × (syllables / words) − (words / sentences)
 *
 * Barrio-Cantalejo et al. (2008) graded it for health texts (INFLESZ): below 40 very hard,
 * 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy, above 80 very easy. The course asks
 * each Spanish client chapter for at least 60 and a median of at least 65 (issue 16).
 * Shares prose extraction and sentence splitting with the English check (readability.ts).
 */
import { countProse, extractProse, readingMinutes } from './readability';
import { FACT_BY_ID as ES_FACTS } from '../i18n/es/facts';

export interface SpanishReadabilityReport {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  /** Szigriszt-Pazos perspicuity, read on the INFLESZ scale; higher is easier. */
  readonly inflesz: number;
  readonly wordsPerSentence: number;
  readonly syllablesPerWord: number;
  readonly longestSentence: number;
  /** Minutes to read, as in English (readability.ts readingMinutes). */
  readonly minutes: number;
}

/** The INFLESZ band a score falls in (Barrio-Cantalejo et al. 2008). */
export function infleszBand(score: number): string {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score <= 80) return 'bastante fácil';
  return 'muy fácil';
}

const WORD_ES = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

export function wordsEs(text: string): string[] {
  return text.match(WORD_ES) ?? [];
}

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const WEAK = new Set(['i', 'u', 'ü']);

function isVowel(c: string): boolean {
  return STRONG.has(c) || WEAK.has(c);
}

/**
 * Syllables in one Spanish word: the number of vowel nuclei.
 * - Two strong vowels (a, e, o, or an accented í, ú) side by side are two syllables (hiatus:
 *   "po-e-ta", "dí-a"); a weak vowel (i, u, ü) with any other vowel shares one (diphthong,
 *   triphthong: "ciu-dad", "buey").
 * - The u of "que", "qui", "gue", "gui" is silent; ü is spoken ("pin-güi-no").
 * - A final y after a vowel closes a diphthong ("hoy", "muy"); "y" alone is one syllable.
 * Numbers and symbols count as one syllable, as in the English check.
 */
export function countSyllablesEs(word: string): number {
  let w = word
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^a-záéíóúüñ]/g, '');
  if (w.length === 0) return 1;
  if (w === 'y') return 1;
  w = w.replace(/([qg])u([eéií])/g, '$1$2');
  w = w.replace(/([aeiouáéíóú])y$/, '$1i');
  let count = 0;
  let previous = '';
  for (const c of w) {
    if (isVowel(c)) {
      if (!isVowel(previous)) count += 1;
      else if (STRONG.has(previous) && STRONG.has(c)) count += 1;
    }
    previous = c;
  }
  return Math.max(1, count);
}

export function analyzeEs(prose: string): SpanishReadabilityReport {
  const {
    words: wordCount,
    sentences,
    syllables,
    wordsPerSentence,
    longestSentence,
  } = countProse(prose, wordsEs, countSyllablesEs);
  const syllablesPerWord = wordCount === 0 ? 0 : syllables / wordCount;
  const inflesz = wordCount === 0 ? 0 : 206.835 - 62.3 * syllablesPerWord - wordsPerSentence;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    words: wordCount,
    sentences,
    syllables,
    inflesz: round(inflesz),
    wordsPerSentence: round(wordsPerSentence),
    syllablesPerWord: Math.round(syllablesPerWord * 100) / 100,
    longestSentence,
    minutes: readingMinutes(wordCount),
  };
}

/** Prose of a Spanish MDX page, with its <Fact /> words in Spanish. */
export function extractProseEs(mdx: string): string {
  return extractProse(mdx, (id) => ES_FACTS.get(id)?.text);
}

export function analyseMdxEs(mdx: string): SpanishReadabilityReport {
  return analyzeEs(extractProseEs(mdx));
}
