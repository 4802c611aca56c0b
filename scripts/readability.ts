/**
 * `npm run readability [files...]`: Flesch-Kincaid grade, words per sentence and reading time
 * for each chapter under docs/ (or the files given).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyseMdx } from '../src/course/readability';

function listDocs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listDocs(full);
    return /\.mdx?$/.test(name) ? [full] : [];
  });
}

const root = join(__dirname, '..');
const files = process.argv.length > 2 ? process.argv.slice(2) : listDocs(join(root, 'docs')).sort();
const rows = files.map((file) => ({ file: relative(root, file), ...analyseMdx(readFileSync(file, 'utf8')) }));
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(
  `${'file'.padEnd(48)} ${pad('grade', 6)} ${pad('w/sent', 7)} ${pad('longest', 8)} ${pad('words', 6)} ${pad('min', 4)}`,
);
for (const r of rows) {
  console.log(
    `${r.file.padEnd(48)} ${pad(r.grade.toFixed(1), 6)} ${pad(r.wordsPerSentence.toFixed(1), 7)} ${pad(r.longestSentence, 8)} ${pad(r.words, 6)} ${pad(r.minutes, 4)}`,
  );
}
