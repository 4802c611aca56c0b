/**
 * The label of the search button in the top bar (src/theme/SearchBar), on every page. Apart from
 * the panel's words (search.ts), so every page's main bundle carries only this one word.
 */
export const SEARCH_BUTTON_LABEL = 'Search';
