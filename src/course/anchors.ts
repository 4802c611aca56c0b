/**
 * The stable addresses of a chapter's sections: every `##` and `###` heading carries an explicit
 * `{#anchor}` (CONTRIBUTING.md). Pure text processing, used at build time by
 * src/plugins/chapterAddresses.ts to list every address on the clinicians' linking page.
 */

export interface SectionAddress {
  readonly level: 2 | 3;
  readonly anchor: string;
  /** The heading as plain text (inline markup removed). */
  readonly text: string;
}

const HEADING = /^(#{2,3})\s+(.+?)\s*\{#([A-Za-z0-9_-]+)\}\s*$/;

/** Markdown or JSX inside a heading, reduced to its words. */
function plainHeading(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `##`/`###` headings with explicit anchors, in page order, outside front matter and code. */
export function sectionAddresses(mdx: string): SectionAddress[] {
  const lines = mdx.split(/\r?\n/);
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    start = end > 0 ? end + 1 : 0;
  }
  const out: SectionAddress[] = [];
  let inFence = false;
  for (const line of lines.slice(start)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = HEADING.exec(line);
    if (match) out.push({ level: match[1].length as 2 | 3, anchor: match[3], text: plainHeading(match[2]) });
  }
  return out;
}

/** `##`/`###` heading lines that lack an explicit anchor (they would have unstable addresses). */
export function headingsWithoutAnchor(mdx: string): string[] {
  const lines = mdx.split(/\r?\n/);
  let inFence = false;
  const out: string[] = [];
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && /^#{2,3}\s/.test(line) && !HEADING.test(line)) out.push(line);
  }
  return out;
}
