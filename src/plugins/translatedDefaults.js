/**
 * Leaves out of a translated build the theme's English default words for every theme word the
 * build has a translation for (applied to the theme's own files with the notes for translators,
 * src/plugins/translatorNotesLoader.js). Docusaurus shows `codeTranslations[id] ?? message`: once
 * the translation is in the bundle, the English `message` (or `<Translate>` text) is never shown,
 * yet every page carried both. Only a default that is a plain string, in a call or element whose
 * id is a plain string with a translation, is removed; anything else is left as it is.
 * Plain JavaScript: the bundler loads it as is.
 */

/** A string literal in single or double quotes, on one line (the loaders' one definition of it). */
const STRING = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;

/** The text of a string literal ('…' or "…"), or null. */
function literal(text) {
  const m = new RegExp(`^(?:${STRING})$`).exec(text.trim());
  return m ? text.trim().slice(1, -1) : null;
}

/**
 * Index just past the bracket that closes the one at `open` ({ or ( ), skipping strings, template
 * literals and nested brackets; -1 if it never closes.
 */
function closing(source, open) {
  let depth = 0;
  for (let i = open; i < source.length; i += 1) {
    const c = source[i];
    if (c === "'" || c === '"' || c === '`') {
      for (i += 1; i < source.length && source[i] !== c; i += 1) if (source[i] === '\\') i += 1;
    } else if (c === '{' || c === '(' || c === '[') depth += 1;
    else if (c === '}' || c === ')' || c === ']') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** translate({ id: '…', message: '…' }): removes `message` when the id has a translation. */
function stripCalls(source, translated) {
  let out = '';
  let from = 0;
  const call = /\btranslate\(\s*\{/g;
  for (let m = call.exec(source); m; m = call.exec(source)) {
    const open = m.index + m[0].length - 1;
    const end = closing(source, open);
    if (end < 0) break;
    const object = source.slice(open, end);
    // Only a simple object: a comment or a nested call could hide a quote and make the end wrong.
    const simple = !/\/\/|\/\*|\btranslate\(/.test(object);
    const id = new RegExp(`[{,\\s]id:\\s*(${STRING})`).exec(object);
    const message = new RegExp(`([{,\\s])message:\\s*(${STRING})\\s*(,|(?=\\s*\\}$))`).exec(object);
    if (simple && id && message && translated.has(literal(id[1]))) {
      out += source.slice(from, open) + object.replace(message[0], message[1]);
      from = end;
    }
    call.lastIndex = end;
  }
  return out + source.slice(from);
}

/** <Translate id="…">text</Translate>: removes the text when the id has a translation. */
function stripElements(source, translated) {
  let out = '';
  let from = 0;
  const tag = /<Translate\b/g;
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    // The opening tag's end: the first `>` outside strings and {…} expressions.
    let i = m.index + m[0].length;
    while (i < source.length && source[i] !== '>') {
      if (source[i] === '{') {
        i = closing(source, i);
        if (i < 0) return out + source.slice(from);
      } else if (source[i] === '"' || source[i] === "'") {
        const q = source[i];
        for (i += 1; i < source.length && source[i] !== q; i += 1);
        i += 1;
      } else i += 1;
    }
    const attributes = source.slice(m.index + m[0].length, i);
    tag.lastIndex = i;
    if (attributes.trimEnd().endsWith('/')) continue;
    const closeAt = source.indexOf('</Translate>', i);
    if (closeAt < 0) break;
    const children = source.slice(i + 1, closeAt);
    const id = new RegExp(`(?:^|\\s)id=(${STRING})`).exec(attributes);
    const plainText = !/[{}<>]/.test(children) && children.trim() !== '';
    const quoted = new RegExp(`^\\s*\\{\\s*(?:${STRING})\\s*\\}\\s*$`).test(children);
    if (id && translated.has(literal(id[1])) && (plainText || quoted)) {
      out += source.slice(from, i + 1);
      from = closeAt;
    }
    tag.lastIndex = closeAt;
  }
  return out + source.slice(from);
}

/** The source without the English defaults of the theme words in `translated` (a Set of ids). */
function stripTranslatedDefaults(source, translated) {
  if (translated.size === 0) return source;
  return stripElements(stripCalls(source, translated), translated);
}

module.exports = { STRING, stripTranslatedDefaults };
