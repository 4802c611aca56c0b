/**
 * Which search the site uses. Offline local search is the default: it works with no network
 * and sends nothing anywhere. Algolia DocSearch replaces it only when all three of its
 * environment variables are set and non-empty.
 *
 * Local search runs on Pagefind (src/plugins/searchIndex.ts, src/theme/SearchBar). The engine
 * it replaced, @easyops-cn/docusaurus-search-local ("lunr"), can still be built with
 * SEARCH_ENGINE=lunr so that `npm run bench` can weigh both; the README says why Pagefind won.
 */

export interface AlgoliaSettings {
  readonly appId: string;
  readonly apiKey: string;
  readonly indexName: string;
}

export type LocalEngine = 'pagefind' | 'lunr';

export type SearchChoice =
  | { readonly kind: 'local'; readonly engine: LocalEngine }
  | { readonly kind: 'algolia'; readonly algolia: AlgoliaSettings };

type Env = Readonly<Record<string, string | undefined>>;

export function chooseSearch(env: Env): SearchChoice {
  const appId = env.ALGOLIA_APP_ID?.trim() ?? '';
  const apiKey = env.ALGOLIA_SEARCH_API_KEY?.trim() ?? '';
  const indexName = env.ALGOLIA_INDEX_NAME?.trim() ?? '';
  if (appId && apiKey && indexName) {
    return { kind: 'algolia', algolia: { appId, apiKey, indexName } };
  }
  return { kind: 'local', engine: env.SEARCH_ENGINE?.trim() === 'lunr' ? 'lunr' : 'pagefind' };
}

/**
 * CSS selectors whose content never goes into the local search index: anything marked
 * `search-ignore` (quizzes, crisis boxes, address lists, reading times), anything hidden (the
 * glossary pop-ups' text, which is otherwise glued to the word), the quizzes themselves, and
 * citation numbers (superscripts).
 * Pagefind also skips anything marked `data-pagefind-ignore`.
 */
export const SEARCH_IGNORED_SELECTORS: readonly string[] = ['.search-ignore', '[hidden]', '[data-quiz]', 'sup'];
