/**
 * What "Listen" reads: the page's own text, in order, split into sentences, each with the DOM
 * range it came from (for highlighting). No React, no speech here; tested on DOM fixtures.
 *
 * Reading matter is headings, paragraphs, list items, table cells, quiz prompts and options.
 * Skipped: citation markers (<sup>), navigation, anything hidden or closed (a closed
 * <details>, the glossary pop-up until and even after it is opened, quiz feedback until the
 * reader checks an answer, since it is not in the page before), form fields, buttons that are
 * not part of a sentence, and anything marked `data-listen-skip` (the Listen control itself).
 */

/** Elements whose text is read as one unit, split into sentences. */
export const BLOCK_SELECTOR =
  'h1, h2, h3, h4, h5, h6, p, li, td, th, dt, dd, figcaption, caption, legend, label, summary';

/** Never read, nor anything inside. */
export const SKIP_SELECTOR = [
  '[data-listen-skip]',
  'nav',
  'sup',
  '[hidden]',
  '[aria-hidden="true"]',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'input',
  'select',
  'textarea',
  '.hash-link',
].join(', ');

const HEADING = /^H[1-6]$/;
/** A heading at this level or above starts a new section (for "previous/next section"). */
const SECTION_HEADING = /^H[1-3]$/;

export interface Sentence {
  /** What is spoken: whitespace collapsed. */
  readonly text: string;
  /** Where it is on the page (null if the range could not be made). */
  readonly range: Range | null;
  /** The block (paragraph, list item, cell…) it belongs to. */
  readonly block: Element;
  /** 0 for text before the first heading, then 1, 2… one per h1–h3. */
  readonly section: number;
}

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'no',
  'approx',
  'fig',
  'u.s',
  'u.k',
  'a.m',
  'p.m',
  'min',
  'jr',
  'sr',
  'al',
  'ca',
  'inc',
  'ltd',
  'co',
]);

/**
 * Splits text into sentences; returns [start, end) offsets into `text`, trimmed. A sentence
 * ends at . ! ? or … (with closing quotes or brackets) followed by white space, unless the
 * word before is a known abbreviation, a single letter ("J. Smith") or the next word starts in
 * lower case. Decimals ("2.5") and addresses ("example.org") have no space after the dot.
 */
export function sentenceBounds(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const end = /[.!?…]+["'”’)\]]*(?=\s+|$)/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = end.exec(text)) !== null) {
    const stop = m.index + m[0].length;
    const rest = text.slice(stop);
    const next = /^\s+(\S)/.exec(rest);
    if (next && !endsSentence(text.slice(start, m.index), m[0], next[1] ?? '')) continue;
    push(out, text, start, stop);
    start = stop;
  }
  push(out, text, start, text.length);
  return out;
}

function endsSentence(before: string, mark: string, nextChar: string): boolean {
  if (mark.startsWith('.') && !mark.startsWith('...')) {
    const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (ABBREVIATIONS.has(word)) return false;
    if (/^\p{Lu}$/u.test(word) || /^\p{L}$/u.test(word)) return false;
  }
  return !/\p{Ll}/u.test(nextChar);
}

function push(out: Array<[number, number]>, text: string, from: number, to: number): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a] ?? '')) a += 1;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b -= 1;
  if (b > a && /[\p{L}\p{N}]/u.test(text.slice(a, b))) out.push([a, b]);
}

/** Splits plain text into sentences (collapsed white space). */
export function splitSentences(text: string): string[] {
  return sentenceBounds(text).map(([a, b]) => collapse(text.slice(a, b)));
}

function collapse(text: string): string {
  // A skipped citation marker leaves a space before the full stop: "people [1]." → "people.".
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1')
    .trim();
}

/** Whether an element, or anything around it up to `root`, is not reading matter. */
export function isSkipped(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root.parentElement; e = e.parentElement) {
    if (e.matches(SKIP_SELECTOR)) return true;
    const details = e.parentElement;
    if (details?.tagName === 'DETAILS' && !(details as HTMLDetailsElement).open && e.tagName !== 'SUMMARY') return true;
  }
  return false;
}

interface Piece {
  readonly node: Text;
  readonly from: number;
}

/** The text nodes of a block, in order, leaving out nested blocks and skipped elements. */
function blockText(block: Element): { text: string; pieces: Piece[] } {
  const pieces: Piece[] = [];
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        pieces.push({ node: child as Text, from: text.length });
        text += (child as Text).data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.matches(SKIP_SELECTOR) || el.matches(BLOCK_SELECTOR)) continue;
        // A line break or a block-level child (a <div> or <ul> in a list item) separates words.
        if (el.tagName === 'BR') text += ' ';
        walk(el);
        if (/^(DIV|UL|OL|TABLE|BLOCKQUOTE)$/.test(el.tagName)) text += ' ';
      }
    }
  };
  walk(block);
  return { text, pieces };
}

function locate(pieces: readonly Piece[], offset: number, atEnd: boolean): [Text, number] | null {
  for (let i = 0; i < pieces.length; i += 1) {
    const p = pieces[i] as Piece;
    const len = p.node.data.length;
    const inside = atEnd ? offset > p.from && offset <= p.from + len : offset >= p.from && offset < p.from + len;
    if (inside) return [p.node, offset - p.from];
  }
  return null;
}

function makeRange(doc: Document, pieces: readonly Piece[], a: number, b: number): Range | null {
  const start = locate(pieces, a, false);
  const end = locate(pieces, b, true);
  if (!start || !end) return null;
  try {
    const range = doc.createRange();
    range.setStart(start[0], start[1]);
    range.setEnd(end[0], end[1]);
    return range;
  } catch {
    return null;
  }
}

export interface CollectOptions {
  /** Extra test for blocks the browser does not show (closed, display: none). */
  readonly isVisible?: (el: Element) => boolean;
}

/** Every sentence under `root` that a reader would read, in page order. */
export function collectSentences(root: Element, options: CollectOptions = {}): Sentence[] {
  const out: Sentence[] = [];
  let section = 0;
  for (const block of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    if (isSkipped(block, root)) continue;
    if (options.isVisible && !options.isVisible(block)) continue;
    if (SECTION_HEADING.test(block.tagName) && out.length > 0) section += 1;
    const { text, pieces } = blockText(block);
    const bounds = sentenceBounds(text);
    bounds.forEach(([a, b]) => {
      let spoken = collapse(text.slice(a, b));
      // Headings and table cells rarely end in a full stop; one makes the voice pause.
      if ((HEADING.test(block.tagName) || /^(TD|TH)$/.test(block.tagName)) && !/[.!?…:]$/.test(spoken)) spoken += '.';
      out.push({ text: spoken, range: makeRange(root.ownerDocument, pieces, a, b), block, section });
    });
  }
  return out;
}

/** Index of the first sentence of the section that `index` is in. */
export function sectionStart(sentences: readonly Sentence[], index: number): number {
  const section = sentences[index]?.section;
  let i = index;
  while (i > 0 && sentences[i - 1]?.section === section) i -= 1;
  return i;
}

/** Where "Next section" goes: the first sentence of the next section, or null at the last. */
export function nextSection(sentences: readonly Sentence[], index: number): number | null {
  const section = sentences[index]?.section;
  for (let i = index + 1; i < sentences.length; i += 1) {
    if (sentences[i]?.section !== section) return i;
  }
  return null;
}

/**
 * Where "Previous section" goes: the start of this section when past its first sentence (as a
 * music player does), else the start of the section before.
 */
export function previousSection(sentences: readonly Sentence[], index: number): number {
  const here = sectionStart(sentences, index);
  if (here < index || here === 0) return here;
  return sectionStart(sentences, here - 1);
}

/** How many sections there are, and which one (1-based) `index` is in. */
export function sectionPosition(sentences: readonly Sentence[], index: number): { n: number; of: number } {
  const ids = [...new Set(sentences.map((s) => s.section))];
  return { n: ids.indexOf(sentences[index]?.section ?? -1) + 1, of: ids.length };
}

const LEVEL = /^H([1-6])$/;

/**
 * The sentences of one group of a page: `heading` and what follows it up to the next heading of
 * the same level or above (on the FAQ, one `##` group of answers). Sections inside the group are
 * its subheadings; the group's own heading belongs to the first of them.
 */
export function collectGroupSentences(heading: Element, options: CollectOptions = {}): Sentence[] {
  const level = Number(LEVEL.exec(heading.tagName)?.[1] ?? 6);
  const root = heading.parentElement ?? heading;
  let end: Element | null = heading.nextElementSibling;
  while (end && !(LEVEL.test(end.tagName) && Number(LEVEL.exec(end.tagName)?.[1]) <= level)) {
    end = end.nextElementSibling;
  }
  const inGroup = (block: Element): boolean =>
    block === heading ||
    ((heading.compareDocumentPosition(block) & 4) /* FOLLOWING */ !== 0 &&
      (!end || (end.compareDocumentPosition(block) & 2) /* PRECEDING */ !== 0));
  const out = collectSentences(root, options).filter((s) => inGroup(s.block));
  const [first, second] = out;
  if (first && second && first.block === heading && second.block !== heading && first.section !== second.section) {
    out[0] = { ...first, section: second.section };
  }
  return out;
}
