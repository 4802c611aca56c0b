/** Numbering and formatting of the bibliography. Pure functions over src/data/references.ts. */
import type { Reference } from '../data/references';

/** Who a reference is listed under: its authors, or its journal when it names none. */
function listedUnder(ref: Reference): string {
  return ref.authors.trim() || ref.source.split(',')[0].trim();
}

/** References in the order the References page lists them: by first author, then year. */
export function sortReferences(refs: readonly Reference[]): Reference[] {
  return [...refs].sort(
    (a, b) => listedUnder(a).localeCompare(listedUnder(b), 'en') || a.year - b.year || a.id.localeCompare(b.id),
  );
}

/** Number of each reference on the References page, starting at 1. */
export function referenceNumbers(refs: readonly Reference[]): ReadonlyMap<string, number> {
  return new Map(sortReferences(refs).map((r, i) => [r.id, i + 1]));
}

/** The address a reader can follow: the DOI link when there is one, else the URL. */
export function referenceHref(ref: Reference): string | undefined {
  if (ref.doi) return `https://doi.org/${ref.doi}`;
  return ref.url;
}

/** A one-line citation: "Authors (Year). Title. Source." */
export function formatReference(ref: Reference): string {
  const title = /[.?!]$/.test(ref.title) ? ref.title : `${ref.title}.`;
  if (!ref.authors.trim()) return `${ref.title.replace(/\.$/, '')} (${ref.year}). ${ref.source}.`;
  return `${ref.authors} (${ref.year}). ${title} ${ref.source}.`;
}

/** Short label for a citation marker: "Dore 2019" or "U.S. Food and Drug Administration 2023". */
export function shortLabel(ref: Reference): string {
  const first = listedUnder(ref).split(',')[0].trim();
  const surname = /\s[A-Z]{1,3}$/.test(first) ? first.replace(/\s[A-Z]{1,3}$/, '') : first;
  return `${surname} ${ref.year}`;
}
