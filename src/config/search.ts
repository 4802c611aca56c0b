/**
 * Which search the site uses. Offline local search is the default: it works with no network
 * and sends nothing anywhere. Algolia DocSearch replaces it only when all three of its
 * environment variables are set and non-empty.
 */

export interface AlgoliaSettings {
  readonly appId: string;
  readonly apiKey: string;
  readonly indexName: string;
}

export type SearchChoice =
  | { readonly kind: 'local' }
  | { readonly kind: 'algolia'; readonly algolia: AlgoliaSettings };

type Env = Readonly<Record<string, string | undefined>>;

export function chooseSearch(env: Env): SearchChoice {
  const appId = env.ALGOLIA_APP_ID?.trim() ?? '';
  const apiKey = env.ALGOLIA_SEARCH_API_KEY?.trim() ?? '';
  const indexName = env.ALGOLIA_INDEX_NAME?.trim() ?? '';
  if (appId && apiKey && indexName) {
    return { kind: 'algolia', algolia: { appId, apiKey, indexName } };
  }
  return { kind: 'local' };
}

/** CSS selectors whose content never goes into the local search index (quiz answers and feedback). */
export const SEARCH_IGNORED_SELECTORS: readonly string[] = ['.search-ignore'];
