/**
 * Splits MDX into the units a reader takes in at once: paragraphs, list items and table rows,
 * each with the `##`/`###` section it sits in. Content tests use it to check that a figure and
 * its citation sit together, and that the crisis box sits where crisis is discussed.
 */

export interface Block {
  /** The raw MDX of the block (tags and all). */
  readonly source: string;
  /** The heading text of the section it sits in ('' before the first heading). */
  readonly section: string;
  /** The 1-based line the block starts on, in the body. */
  readonly line: number;
}

export interface Section {
  readonly heading: string;
  readonly depth: number;
  /** The section's own text, up to the next heading of any level. */
  readonly source: string;
  readonly line: number;
}

function stripCode(body: string): string {
  // Keep line numbers: blank out code fences, comments and import/export lines.
  return body
    .replace(/```[\s\S]*?```/g, (m) => m.replace(/[^\n]/g, ''))
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, (m) => m.replace(/[^\n]/g, ''))
    .replace(/^(?:import|export)\s.*$/gm, '');
}

/** The sections of a body, split at every `##` and `###` heading. */
export function sections(body: string): Section[] {
  const lines = stripCode(body).split('\n');
  const out: { heading: string; depth: number; lines: string[]; line: number }[] = [
    { heading: '', depth: 1, lines: [], line: 1 },
  ];
  lines.forEach((text, i) => {
    const h = /^(#{2,6})\s+(.*?)\s*(?:\{#[\w-]+\})?\s*$/.exec(text);
    if (h) out.push({ heading: h[2], depth: h[1].length, lines: [], line: i + 1 });
    else out[out.length - 1].lines.push(text);
  });
  return out.map((s) => ({ heading: s.heading, depth: s.depth, source: s.lines.join('\n'), line: s.line }));
}

/** Paragraphs, list items and table rows, in order. Headings are not blocks. */
export function blocks(body: string): Block[] {
  const result: Block[] = [];
  let section = '';
  let current: string[] = [];
  let start = 0;
  const flush = () => {
    const source = current.join('\n').trim();
    if (source) result.push({ source, section, line: start });
    current = [];
  };
  stripCode(body)
    .split('\n')
    .forEach((text, i) => {
      const heading = /^#{1,6}\s+(.*?)\s*(?:\{#[\w-]+\})?\s*$/.exec(text);
      if (heading) {
        flush();
        section = heading[1];
        return;
      }
      if (text.trim() === '' || /^\s*:::/.test(text)) {
        flush();
        return;
      }
      if (/^\s*(?:[-*+]\s|\d+[.)]\s|\|)/.test(text)) flush();
      if (current.length === 0) start = i + 1;
      current.push(text);
    });
  flush();
  return result;
}
