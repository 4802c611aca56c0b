/**
 * Loader for the theme's own files (applied by src/plugins/unusedThemeWords.ts): removes the
 * notes for translators from `translate({id, message, description})` and
 * `<Translate id=… description=…>`. The notes are read from the source by
 * `docusaurus write-translations`, never at run time, yet the bundler keeps them: about 7,000
 * characters (2 KB gzip) on a chapter page. Only a `description` whose value is a plain string
 * inside a translate call is removed; anything else is left as it is.
 *
 * In a translated build it also leaves out the English default words of the theme words that
 * have a translation (src/plugins/translatedDefaults.js).
 */
const { readFileSync } = require('node:fs');
const { STRING, stripTranslatedDefaults } = require('./translatedDefaults.js');

/** `description: '…'` (or "…"), alone on its line or not, with its comma. */
const PROPERTY = new RegExp(`(^|[\\s,{(])description:\\s*(${STRING})\\s*,?`, 'g');
/** `description="…"` on a <Translate> element. */
const ATTRIBUTE = new RegExp(`(\\s)description=(${STRING})`, 'g');
/** Any string literal, to blank out while looking for the end of a call. */
const ANY_STRING = new RegExp(STRING, 'g');

/** Is the text before `index` inside a translate({ … }) call or a <Translate …> element? */
function inTranslateCall(source, index) {
  const before = source.slice(Math.max(0, index - 600), index);
  const call = Math.max(before.lastIndexOf('translate('), before.lastIndexOf('<Translate'));
  if (call < 0) return false;
  const between = before.slice(call);
  // Still open: no closing of the call or the element's opening tag since it started.
  return !/\}\s*\)|\/>|>\s*[^\s=]/.test(between.replace(ANY_STRING, "''"));
}

function stripTranslatorNotes(source) {
  let out = source.replace(PROPERTY, (match, lead, _value, offset) => (inTranslateCall(source, offset) ? lead : match));
  out = out.replace(ATTRIBUTE, (match, space, _value, offset) => (inTranslateCall(out, offset) ? space : match));
  return out;
}

/**
 * The ids the build has a translation for: the generated code translations (the theme's and the
 * site's words in this language; none in English) less the words left out (`drop`).
 */
function translatedIds(file, drop) {
  let words;
  try {
    words = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return new Set();
  }
  const ids = new Set(Object.keys(words).filter((id) => typeof words[id] === 'string'));
  for (const id of drop) ids.delete(id);
  return ids;
}

module.exports = function translatorNotesLoader(source) {
  const { translationsFile, drop = [] } = (this.getOptions && this.getOptions()) || {};
  const out = stripTranslatorNotes(source);
  if (!translationsFile) return out;
  this.addDependency(translationsFile);
  return stripTranslatedDefaults(out, translatedIds(translationsFile, drop));
};
module.exports.stripTranslatorNotes = stripTranslatorNotes;
