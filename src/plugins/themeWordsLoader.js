/**
 * Loader for Docusaurus' generated `codeTranslations.json` (applied by
 * src/plugins/unusedThemeWords.ts): leaves out the theme's words that no script of this site
 * asks for. Plain JavaScript: the bundler loads it as is.
 */
module.exports = function themeWordsLoader(source) {
  const { drop } = this.getOptions();
  const words = JSON.parse(source);
  for (const id of drop) delete words[id];
  return JSON.stringify(words);
};
