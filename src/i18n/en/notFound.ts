/** Words of our part of the 404 page (src/theme/NotFound/Content); the rest is in the theme's translations. */
export const NOT_FOUND_TEXT = {
  /** While a plan or summary link whose "#" became "%23" is opened at the right page. */
  repairing: 'This link had a “%23” where a “#” belongs. Opening it correctly…',
};
