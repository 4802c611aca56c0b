/**
 * `npm run translation`: which translations are behind their English source.
 * `npm run translation -- diff [file...]`: what changed in the English since each was translated.
 * `npm run translation -- stamp <file...>`: after updating a translation, record the English version it now matches.
 *
 * Each translation records the Git blob id of the English it translates (src/i18n/stamp.ts);
 * tests/content/translationDrift.test.ts fails while any is behind.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, blobId, isStale, readStamp, relativeToRoot, translations, type Stamp } from '../src/i18n/stamp';

function status(stamp: Stamp): string {
  if (!stamp.source) return 'no source named (add "// translation_of: <path> <id>")';
  if (stamp.current === null) return `its source ${stamp.source} is gone`;
  if (stamp.translates === null) return 'not stamped';
  return isStale(stamp) ? 'BEHIND the English' : 'up to date';
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function diff(stamp: Stamp): void {
  console.log(`\n=== ${stamp.source} (translated in ${stamp.file})`);
  if (!isStale(stamp)) {
    console.log('No change since it was translated.');
    return;
  }
  if (!stamp.translates) {
    console.log('The translation does not say which version it translates: compare it with the whole English file.');
    return;
  }
  try {
    git(['cat-file', '-e', stamp.translates]);
  } catch {
    console.log(`Git does not have the English version ${stamp.translates} (was it ever committed?).`);
    return;
  }
  const now = git(['hash-object', '-w', join(ROOT, stamp.source)]).trim();
  process.stdout.write(git(['diff', '--color=auto', stamp.translates, now]));
}

function stamp(file: string): void {
  const s = readStamp(file);
  if (!s.source || s.current === null) throw new Error(`${file}: ${status(s)}`);
  const path = join(ROOT, file);
  const text = readFileSync(path, 'utf8');
  const id = blobId(readFileSync(join(ROOT, s.source)));
  let next: string;
  if (/\.mdx?$/.test(file)) {
    next = /^translation_of: .*$/m.test(text)
      ? text.replace(/^translation_of: .*$/m, `translation_of: ${id}`)
      : text.replace(/^---\r?\n/, `---\ntranslation_of: ${id}\n`);
  } else {
    next = text.replace(/^\/\/ translation_of: (\S+) \S+$/m, `// translation_of: $1 ${id}`);
  }
  writeFileSync(path, next);
  console.log(`${file}: now translates ${s.source} at ${id.slice(0, 12)}`);
}

function main(): void {
  const [command = 'status', ...args] = process.argv.slice(2);
  const files = args.length > 0 ? args.map((f) => relativeToRoot(join(process.cwd(), f))) : translations();
  if (command === 'status') {
    for (const f of files) console.log(`${status(readStamp(f)).padEnd(20)} ${f}`);
    const behind = files.map((f) => readStamp(f)).filter(isStale);
    console.log(`\n${files.length} translations, ${behind.length} behind or unstamped.`);
  } else if (command === 'diff') {
    for (const f of files) diff(readStamp(f));
  } else if (command === 'stamp') {
    if (args.length === 0) throw new Error('Name the translations to stamp, after you have brought them up to date.');
    for (const f of files) stamp(f);
  } else {
    throw new Error(`Unknown command "${command}": use status, diff or stamp.`);
  }
}

if (require.main === module) main();
