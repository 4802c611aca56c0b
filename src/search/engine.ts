/**
 * Runs a reader's query against the Pagefind index and shapes the results for the panel.
 * Works with any object that searches like Pagefind's browser API, so the relevance suite runs
 * this very code in Node against the built index (tests/search/).
 */
import type { SearchKind } from './sections';
import { cleanQuery, isCrisisQuery, planSearches } from './query';
import type { CourseLocale } from '../data/crisisWords';

export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}

export interface PagefindResult {
  readonly id: string;
  readonly score: number;
  data(): Promise<PagefindResultData>;
}

/** The part of Pagefind's API the search uses. */
export interface PagefindLike {
  search(term: string): Promise<{ readonly results: readonly PagefindResult[] } | null>;
}

export interface ExcerptPart {
  readonly text: string;
  readonly mark: boolean;
}

export interface SearchHit {
  readonly url: string;
  readonly title: string;
  readonly page: string;
  readonly kind: SearchKind;
  readonly excerpt: readonly ExcerptPart[];
}

export interface SearchOutcome {
  /** The query as cleaned and searched. */
  readonly query: string;
  /** The query holds crisis words: "Get help now" comes first. */
  readonly crisis: boolean;
  readonly hits: readonly SearchHit[];
}

/** Results shown at most. */
export const MAX_HITS = 6;
/** Candidates whose text is downloaded (a few hundred bytes each) to choose the results. */
const CANDIDATES = 10;
/** A page contributes at most this many sections, so one long page does not fill the list. */
const PER_PAGE = 3;

/** Ranking by kind of page: a chapter's section answers better than a definition or a note for clinicians. */
const KIND_WEIGHT: Readonly<Record<SearchKind, number>> = {
  chapter: 1,
  faq: 1,
  glossary: 0.75,
  blog: 0.85,
  page: 0.85,
  clinicians: 0.6,
};

/** Splits Pagefind's excerpt (plain text with <mark> around matches) into parts shown as text. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) parts.push({ text: piece, mark });
  }
  return parts;
}

function kindOf(value: string | undefined): SearchKind {
  return value && value in KIND_WEIGHT ? (value as SearchKind) : 'page';
}

export async function runSearch(api: PagefindLike, raw: string, locale: CourseLocale = 'en'): Promise<SearchOutcome> {
  const query = cleanQuery(raw);
  const crisis = isCrisisQuery(query, locale);
  const planned = planSearches(query, locale);
  if (planned.length === 0) return { query, crisis, hits: [] };

  const responses = await Promise.all(planned.map((p) => api.search(p.terms)));
  const scores = new Map<string, { best: number; sum: number; result: PagefindResult }>();
  responses.forEach((response, i) => {
    for (const result of response?.results ?? []) {
      const score = result.score * planned[i].weight;
      const entry = scores.get(result.id);
      if (entry) {
        entry.best = Math.max(entry.best, score);
        entry.sum += score;
      } else scores.set(result.id, { best: score, sum: score, result });
    }
  });
  // The best match counts fully; matching in other searches too adds a little.
  const ranked = [...scores.values()]
    .map((e) => ({ result: e.result, score: e.best + 0.25 * (e.sum - e.best) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, CANDIDATES);

  const loaded = await Promise.all(ranked.map(async (r) => ({ score: r.score, data: await r.result.data() })));
  const perPage = new Map<string, number>();
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  for (const { data } of loaded
    .map((l) => ({ ...l, score: l.score * KIND_WEIGHT[kindOf(l.data.meta.kind)] }))
    .sort((a, b) => b.score - a.score)) {
    const page = data.url.replace(/#.*$/, '');
    if (seen.has(data.url) || (perPage.get(page) ?? 0) >= PER_PAGE) continue;
    seen.add(data.url);
    perPage.set(page, (perPage.get(page) ?? 0) + 1);
    hits.push({
      url: data.url,
      title: data.meta.title ?? data.url,
      page: data.meta.page ?? '',
      kind: kindOf(data.meta.kind),
      excerpt: excerptParts(data.excerpt),
    });
    if (hits.length >= MAX_HITS) break;
  }
  return { query, crisis, hits };
}
