/**
 * `npm run readability [files...]`: for each chapter under docs/ (or the files given), the
 * Flesch-Kincaid grade, words per sentence and reading time; for each Spanish chapter under
 * i18n/es/, the INFLESZ (Szigriszt-Pazos) score and its band.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyseMdx } from '../src/course/readability';
import { analyseMdxEs, infleszBand } from '../src/course/readabilityEs';
import { localeOfPath } from '../src/i18n/locales';

function listDocs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listDocs(full);
    return /\.mdx?$/.test(name) ? [full] : [];
  });
}

const root = join(__dirname, '..');
const files =
  process.argv.length > 2
    ? process.argv.slice(2).map((f) => join(process.cwd(), f))
    : [
        ...listDocs(join(root, 'docs')).sort(),
        ...listDocs(join(root, 'i18n', 'es', 'docusaurus-plugin-content-docs', 'current')).sort(),
      ];
const pad = (s: string | number, n: number) => String(s).padStart(n);
const english = files.filter((f) => localeOfPath(f) === 'en');
const spanish = files.filter((f) => localeOfPath(f) === 'es');

if (english.length > 0) {
  console.log(
    `${'file'.padEnd(60)} ${pad('grade', 6)} ${pad('w/sent', 7)} ${pad('longest', 8)} ${pad('words', 6)} ${pad('min', 4)}`,
  );
  for (const file of english) {
    const r = analyseMdx(readFileSync(file, 'utf8'));
    console.log(
      `${relative(root, file).padEnd(60)} ${pad(r.grade.toFixed(1), 6)} ${pad(r.wordsPerSentence.toFixed(1), 7)} ${pad(r.longestSentence, 8)} ${pad(r.words, 6)} ${pad(r.minutes, 4)}`,
    );
  }
}
if (spanish.length > 0) {
  if (english.length > 0) console.log('');
  console.log(
    `${'file (Spanish: INFLESZ, higher is easier)'.padEnd(60)} ${pad('INFLESZ', 8)} ${'band'.padEnd(15)} ${pad('w/sent', 7)} ${pad('syl/w', 6)} ${pad('words', 6)} ${pad('min', 4)}`,
  );
  for (const file of spanish) {
    const r = analyseMdxEs(readFileSync(file, 'utf8'));
    console.log(
      `${relative(root, file).padEnd(60)} ${pad(r.inflesz.toFixed(1), 8)} ${infleszBand(r.inflesz).padEnd(15)} ${pad(r.wordsPerSentence.toFixed(1), 7)} ${pad(r.syllablesPerWord.toFixed(2), 6)} ${pad(r.words, 6)} ${pad(r.minutes, 4)}`,
    );
  }
}
