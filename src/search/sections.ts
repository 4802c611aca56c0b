/**
 * Turns one indexed page into one search record per section (build time, no browser code).
 *
 * Pagefind first reads each page's HTML (so it drops what `SEARCH_IGNORED_SELECTORS` names and
 * keeps the headings' anchors); this file then cuts the clean text at the `##`/`###` headings.
 * Each section becomes its own small record: a result leads straight to the section, ranks by
 * what that section says, and the browser downloads only that section's text for a result.
 */

export interface PagefindAnchor {
  readonly element: string;
  readonly id: string;
  readonly text: string;
  readonly location: number;
}

/** The parts of a Pagefind fragment (one page, as Pagefind indexed it) that we use. */
export interface PageFragment {
  readonly url: string;
  readonly content: string;
  readonly meta: Readonly<Record<string, string>>;
  readonly anchors: readonly PagefindAnchor[];
}

/** What kind of page a result comes from: the results panel labels it, and ranking uses it. */
export type SearchKind = 'chapter' | 'faq' | 'glossary' | 'clinicians' | 'blog' | 'page';

export interface SectionRecord {
  readonly url: string;
  readonly content: string;
  readonly language: string;
  readonly meta: { readonly title: string; readonly page: string; readonly kind: SearchKind };
}

/** Sections that are never search results: the knowledge check and the page's source list. */
export const EXCLUDED_ANCHORS: readonly string[] = ['check', 'page-sources'];

const SECTION_HEADINGS = new Set(['h2', 'h3']);
/** Fewer words than this before a subsection: the heading only introduces its subsections. */
const MIN_SECTION_WORDS = 16;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Drops the heading's own words (Pagefind writes them followed by a full stop) from a section. */
function withoutLeading(sectionWords: string[], heading: string): string[] {
  const count = words(heading).length;
  const lead = sectionWords
    .slice(0, count)
    .join(' ')
    .replace(/[.:?!]$/, '');
  return lead.toLowerCase() === heading.trim().toLowerCase() ? sectionWords.slice(count) : sectionWords;
}

export function splitSections(
  fragment: PageFragment,
  options: { readonly language: string; readonly kind: SearchKind; readonly pageTitle: string },
): SectionRecord[] {
  const all = words(fragment.content);
  const pageUrl = fragment.url;
  const cuts = fragment.anchors
    .filter((a) => SECTION_HEADINGS.has(a.element.toLowerCase()) && a.id && a.text.trim())
    .sort((a, b) => a.location - b.location);
  const records: SectionRecord[] = [];
  const push = (url: string, title: string, body: string[]) => {
    const content = body.join(' ').trim();
    if (!content) return;
    records.push({
      url,
      content,
      language: options.language,
      meta: { title, page: options.pageTitle, kind: options.kind },
    });
  };
  const introEnd = cuts[0]?.location ?? all.length;
  push(pageUrl, options.pageTitle, withoutLeading(all.slice(0, introEnd), options.pageTitle));
  cuts.forEach((anchor, i) => {
    if (EXCLUDED_ANCHORS.includes(anchor.id)) return;
    const next = cuts[i + 1];
    const end = next?.location ?? all.length;
    const title = anchor.text
      .replace(/\u200b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const body = withoutLeading(all.slice(anchor.location, end), title);
    // A heading that only introduces its subsections ("What KAP is not", then one ### each) is
    // not a result of its own: its subsections are, with text enough for a useful snippet.
    if (body.length < MIN_SECTION_WORDS && next && next.element.toLowerCase() > anchor.element.toLowerCase()) return;
    push(`${pageUrl.replace(/#.*$/, '')}#${anchor.id}`, title, body);
  });
  return records;
}
