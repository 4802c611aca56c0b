/** Reads the course's MDX files for content tests: front matter, route, citations, terms, anchors. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { DOCS_ROUTE } from '../../src/course/modules';
import { sectionAddresses } from '../../src/course/anchors';

export const ROOT = join(__dirname, '..', '..');
export const DOCS_DIR = join(ROOT, 'docs');
export const BLOG_DIR = join(ROOT, 'blog');

export interface ContentFile {
  /** Path relative to the repository root, with forward slashes. */
  readonly file: string;
  readonly source: string;
  readonly frontMatter: Record<string, unknown>;
  readonly body: string;
}

export interface DocFile extends ContentFile {
  /** Site route, for example '/learn/safety'. */
  readonly route: string;
  /** Explicit `##`/`###` heading anchors ({#anchor}) in the body, as src/course/anchors.ts reads them. */
  readonly anchors: readonly string[];
}

/** Files below `dir` (at any depth) whose names match `pattern`, sorted; none when `dir` is missing. */
export function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return listFiles(full, pattern);
      return pattern.test(name) ? [full] : [];
    })
    .sort();
}

export function parseContent(full: string): ContentFile {
  const source = readFileSync(full, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  const frontMatter = match
    ? ((yaml.load(match[1], { schema: yaml.JSON_SCHEMA }) ?? {}) as Record<string, unknown>)
    : {};
  return {
    file: relative(ROOT, full).split(sep).join('/'),
    source,
    frontMatter,
    body: match ? source.slice(match[0].length) : source,
  };
}

export function docRoute(file: string, frontMatter: Record<string, unknown>): string {
  if (typeof frontMatter.slug === 'string') {
    return `${DOCS_ROUTE}${frontMatter.slug.startsWith('/') ? '' : '/'}${frontMatter.slug}`.replace(/\/$/, '');
  }
  const rel = file
    .replace(/^docs\//, '')
    .replace(/\.mdx?$/, '')
    .replace(/\/index$/, '');
  return `${DOCS_ROUTE}/${rel}`;
}

export function loadDocs(): DocFile[] {
  return listFiles(DOCS_DIR, /\.mdx?$/).map((full) => {
    const content = parseContent(full);
    return {
      ...content,
      route: docRoute(content.file, content.frontMatter),
      anchors: sectionAddresses(content.body).map((a) => a.anchor),
    };
  });
}

export function loadBlogPosts(): ContentFile[] {
  return listFiles(BLOG_DIR, /\.mdx?$/).map(parseContent);
}

export function citeIds(body: string): string[] {
  return [...body.matchAll(/<Cite\s+id=["']([^"']+)["']\s*\/>/g)].map((m) => m[1]);
}

export function termIds(body: string): string[] {
  return [...body.matchAll(/<Term\s+id=["']([^"']+)["']/g)].map((m) => m[1]);
}

/** Client-facing docs: the modules, FAQ, glossary and references (not the clinician section). */
export function isClinicianDoc(doc: ContentFile): boolean {
  return doc.file.startsWith('docs/for-clinicians/');
}
