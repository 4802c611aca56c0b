/**
 * Readability of chapter prose: Flesch-Kincaid grade, words per sentence, reading time.
 * Pure functions, shared by `npm run readability`, the content tests and the reading-time
 * remark plugin, so all three agree.
 */
import { FACT_BY_ID } from '../data/facts';

export interface ReadabilityReport {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  /** Flesch-Kincaid grade level (standard formula). */
  readonly grade: number;
  readonly wordsPerSentence: number;
  /** Longest sentence, in words. */
  readonly longestSentence: number;
  /** Minutes to read at 200 words a minute, rounded up, at least 1. */
  readonly minutes: number;
}

export const WORDS_PER_MINUTE = 200;

/**
 * Reduces an MDX document to its prose: front matter, imports and exports, code, tables,
 * headings, HTML comments, JSX tags and link targets are removed. Text inside inline JSX
 * (for example <Term id="x">words</Term>) is kept. Each paragraph and list item ends a sentence.
 */
export function extractProse(mdx: string, factText: (id: string) => string | undefined = englishFact): string {
  let text = mdx.replace(/\r\n?/g, '\n');
  text = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  text = text.replace(/```[\s\S]*?```/g, '\n');
  text = text.replace(/<!--[\s\S]*?-->/g, '');
  text = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  // Multi-line JSX blocks whose tag opens a line and closes later (figures, components).
  text = text.replace(/^<([A-Za-z][\w.]*)\b[^\n]*\n[\s\S]*?^<\/\1>\s*$/gm, (block) => block.replace(/<[^>]*>/g, ' '));
  const blocks: string[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (
      line === '' ||
      /^(import|export)\s/.test(line) ||
      line.startsWith('|') ||
      line.startsWith('#') ||
      line.startsWith(':::') ||
      /^<[^>]+\/>$/.test(line)
    ) {
      blocks.push('');
      continue;
    }
    const isListItem = /^([-*+]|\d+[.)])\s+/.test(line);
    const cleaned = line
      .replace(/^([-*+]|\d+[.)])\s+/, '')
      .replace(/^>\s?/, '')
      .replace(/<Cite\b[^>]*\/>/g, '')
      .replace(/<Fact\s+id=["']([^"']+)["']\s*\/>/g, (tag, id: string) => factText(id) ?? tag)
      .replace(/<[^>]+>/g, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .replace(/\{#[\w-]+\}/g, '')
      .trim();
    if (isListItem) {
      blocks.push('');
    }
    blocks.push(cleaned);
  }
  return blocks
    .join('\n')
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => /[A-Za-z0-9]/.test(p))
    .map((p) => (/[.!?:;]["'”’)]*$/.test(p) ? p : `${p}.`))
    .join('\n\n');
}

function englishFact(id: string): string | undefined {
  return FACT_BY_ID.get(id)?.text;
}

const WORD = /[A-Za-z0-9’'][A-Za-z0-9’'-]*/g;

export function splitSentences(prose: string): string[] {
  return prose
    .split(/(?<=[.!?:;])["'”’)]*\s+/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z0-9]/.test(s));
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Syllables in one English word, by the usual vowel-group heuristic. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) {
    return 1; // numbers and symbols count as one syllable
  }
  if (w.length <= 3) {
    return 1;
  }
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** The counts every readability formula starts from, with one language's word and syllable rules. */
export interface ProseCounts {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  /** Words per sentence, unrounded (at least one sentence is counted). */
  readonly wordsPerSentence: number;
  /** Longest sentence, in words. */
  readonly longestSentence: number;
}

export function countProse(
  prose: string,
  wordsOf: (text: string) => string[],
  syllablesOf: (word: string) => number,
): ProseCounts {
  const sentences = splitSentences(prose);
  const allWords = wordsOf(prose);
  return {
    words: allWords.length,
    sentences: sentences.length,
    syllables: allWords.reduce((sum, w) => sum + syllablesOf(w), 0),
    wordsPerSentence: allWords.length / Math.max(1, sentences.length),
    longestSentence: sentences.reduce((max, s) => Math.max(max, wordsOf(s).length), 0),
  };
}

export function analyze(prose: string): ReadabilityReport {
  const {
    words: wordCount,
    sentences,
    syllables,
    wordsPerSentence,
    longestSentence,
  } = countProse(prose, words, countSyllables);
  const grade = wordCount === 0 ? 0 : 0.39 * wordsPerSentence + 11.8 * (syllables / wordCount) - 15.59;
  return {
    words: wordCount,
    sentences,
    syllables,
    grade: Math.round(grade * 10) / 10,
    wordsPerSentence: Math.round(wordsPerSentence * 10) / 10,
    longestSentence,
    minutes: readingMinutes(wordCount),
  };
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}

export function analyseMdx(mdx: string): ReadabilityReport {
  return analyze(extractProse(mdx));
}
