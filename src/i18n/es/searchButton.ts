// translation_of: src/i18n/en/searchButton.ts f0d996aa57d5c7071f7a06cf2be3b08a32fd4f63
/** The label of the search button in the top bar, in Spanish. */
export const SEARCH_BUTTON_LABEL = 'Buscar';
