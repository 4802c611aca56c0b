/**
 * Which version of its English source a translation translates (Node only: tests and scripts).
 *
 * - A translated page (i18n/es/docusaurus-plugin-content-docs/current/x.mdx) translates the file
 *   at the same place under docs/; its front matter says `translation_of: <id>`.
 * - A translated data or text file (src/i18n/es/x.ts) names its source in a comment:
 *   `// translation_of: src/data/checklist.ts <id>`.
 *
 * The id is the Git blob id of the English file (`git hash-object <file>`), so
 * `npm run translation -- diff` can show what changed in the English since, with Git alone.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const DOCS_I18N = (locale: string) => join('i18n', locale, 'docusaurus-plugin-content-docs', 'current');

/** The Git blob id of some content (what `git hash-object` prints). */
export function blobId(content: string | Buffer): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`, 'utf8'), bytes]))
    .digest('hex');
}

export interface Stamp {
  /** The translation, relative to the repository root, with forward slashes. */
  readonly file: string;
  /** Its English source, relative to the repository root. */
  readonly source: string;
  /** The blob id it says it translates, or null if it says nothing. */
  readonly translates: string | null;
  /** The blob id of the English source now, or null if the source is gone. */
  readonly current: string | null;
}

const TS_MARK = /^\/\/ translation_of: (\S+) ([0-9a-f]{40}|\?)$/m;
const MDX_MARK = /^---\r?\n[\s\S]*?^translation_of: ['"]?([0-9a-f]{40})['"]?\s*$[\s\S]*?^---/m;

function posix(path: string): string {
  return path.split(sep).join('/');
}

/** Reads a translation's stamp (file relative to the repository root). */
export function readStamp(file: string, root: string = ROOT): Stamp {
  const text = readFileSync(join(root, file), 'utf8');
  let source: string;
  let translates: string | null = null;
  if (/\.mdx?$/.test(file)) {
    const parts = posix(file).split('/');
    // i18n/<locale>/docusaurus-plugin-content-docs/current/<rest>
    source = ['docs', ...parts.slice(4)].join('/');
    translates = MDX_MARK.exec(text)?.[1] ?? null;
  } else {
    const mark = TS_MARK.exec(text);
    source = mark?.[1] ?? '';
    translates = mark && mark[2] !== '?' ? mark[2]! : null;
  }
  const full = join(root, source);
  const current = source && existsSync(full) ? blobId(readFileSync(full)) : null;
  return { file: posix(file), source, translates, current };
}

export function isStale(stamp: Stamp): boolean {
  return stamp.translates === null || stamp.current === null || stamp.translates !== stamp.current;
}

/** The stamp line for a translation of `source` as it is now. */
export function stampFor(source: string, root: string = ROOT): string {
  return blobId(readFileSync(join(root, source)));
}

export function relativeToRoot(path: string, root: string = ROOT): string {
  return posix(relative(root, path));
}

function list(dir: string, pattern: RegExp, root: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const path = join(full, name);
    if (statSync(path).isDirectory()) return list(join(dir, name), pattern, root);
    return pattern.test(name) ? [relativeToRoot(path, root)] : [];
  });
}

/** Every translation of a locale, relative to the root: its pages and its data and text files. */
export function translations(locale = 'es', root: string = ROOT): string[] {
  return [...list(DOCS_I18N(locale), /\.mdx?$/, root), ...list(join('src', 'i18n', locale), /\.tsx?$/, root)].sort();
}
