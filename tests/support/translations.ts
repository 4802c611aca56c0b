/**
 * The Spanish edition's files, paired with their English sources, for the translation tests.
 */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ROOT, isClinicianDoc, listFiles, loadDocs, parseContent, type ContentFile, type DocFile } from './docs';
import { DOCS_I18N } from '../../src/i18n/stamp';

export const ES_DOCS_DIR = join(ROOT, DOCS_I18N('es'));
export const ES_TEXT_DIR = join(ROOT, 'src', 'i18n', 'es');
export const EN_TEXT_DIR = join(ROOT, 'src', 'i18n', 'en');

export interface DocPair {
  readonly en: DocFile;
  /** The Spanish page, or null when it is missing. */
  readonly es: ContentFile | null;
  /** Where the Spanish page belongs, relative to the repository root. */
  readonly esFile: string;
}

/** Every client-facing English page (modules, FAQ, glossary, references) with its Spanish page. */
export function clientDocPairs(): DocPair[] {
  return loadDocs()
    .filter((doc) => !isClinicianDoc(doc))
    .map((en) => {
      const rest = en.file.replace(/^docs\//, '');
      const full = join(ES_DOCS_DIR, rest);
      const esFile = relative(ROOT, full).split(sep).join('/');
      return { en, es: existsSync(full) ? parseContent(full) : null, esFile };
    });
}

export function listTs(dir: string): string[] {
  return listFiles(dir, /\.tsx?$/);
}

export function rel(full: string): string {
  return relative(ROOT, full).split(sep).join('/');
}

/** Number tokens as written: "1.5", "61", "988", "2026-11-22" gives 2026, 11, 22. */
export function numbers(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).slice().sort();
}

/** Prose without JSX tags' attributes, link targets and front matter (for word checks). */
export function wordsOnly(body: string): string {
  return (
    body
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/^(import|export)\s.*$/gm, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/\{#[\w-]+\}/g, '')
      // A term may wrap onto the next line ("aerosol\n  nasal").
      .replace(/\s+/g, ' ')
  );
}

/** Names of the JSX components a page uses, in order. */
export function componentNames(body: string): string[] {
  return [...body.matchAll(/<([A-Z][\w.]*)\b/g)].map((m) => m[1]!);
}

/** Markdown link targets, in order. */
export function linkTargets(body: string): string[] {
  return [...body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

export function factIds(body: string): string[] {
  return [...body.matchAll(/<Fact\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
}
