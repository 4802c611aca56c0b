/**
 * The direct answer a section opens with: the first paragraph after its heading, as a reader
 * sees it (citations and tags removed). Used by the reader-questions content test.
 */

export interface Opening {
  /** The paragraph as plain text, or null when the section opens with no prose paragraph. */
  readonly text: string | null;
  /** What the section opens with instead, when it is not prose (a list, a box, a component). */
  readonly openingKind: 'prose' | 'list' | 'table' | 'admonition' | 'component' | 'heading' | 'empty';
  readonly words: number;
}

/** Markdown and MDX reduced to the words a reader sees. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<Cite\s[^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** The first paragraph after the `##`/`###` heading carrying `{#anchor}`; null if no such heading. */
export function sectionOpening(body: string, anchor: string): Opening | null {
  const lines = body.split(/\r?\n/);
  const at = lines.findIndex((l) => /^#{2,3}\s/.test(l) && l.trimEnd().endsWith(`{#${anchor}}`));
  if (at < 0) return null;
  let i = at + 1;
  while (i < lines.length && lines[i].trim() === '') i += 1;
  const block: string[] = [];
  while (i < lines.length && lines[i].trim() !== '') block.push(lines[i++]);
  const first = block[0]?.trim() ?? '';
  const kind: Opening['openingKind'] =
    first === ''
      ? 'empty'
      : /^#/.test(first)
        ? 'heading'
        : /^:::/.test(first)
          ? 'admonition'
          : /^\|/.test(first)
            ? 'table'
            : /^([-*+]|\d+[.)])\s/.test(first)
              ? 'list'
              : /^<[A-Z][A-Za-z]*[\s/>]/.test(first) && !/^<(Term|Cite)\b/.test(first)
                ? 'component'
                : 'prose';
  if (kind !== 'prose') return { text: null, openingKind: kind, words: 0 };
  const text = plainText(block.join(' '));
  return { text, openingKind: 'prose', words: wordCount(text) };
}
