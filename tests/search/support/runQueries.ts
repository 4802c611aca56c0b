/**
 * Runs queries through the search the browser runs (src/search/engine.ts) against the built
 * index, and prints the outcomes as JSON. Queries come as a JSON array on stdin.
 * Used by tests/search/relevance.test.ts (Jest cannot load Pagefind's ES module itself).
 *
 *   echo '["bladder"]' | npx tsx tests/search/support/runQueries.ts [buildDir] [locale]
 *
 * For the Spanish edition: buildDir is build/es (its own index) and locale `es` (its crisis
 * words, filler words and synonyms).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSearch } from '../../../src/search/engine';
import { isCourseLocale } from '../../../src/i18n/locales';
import { loadBuiltIndex } from './builtIndex';

async function main(): Promise<void> {
  const buildDir = process.argv[2] ?? join(__dirname, '..', '..', '..', 'build');
  const locale = process.argv[3] ?? 'en';
  if (!isCourseLocale(locale)) throw new Error(`Unknown locale: ${locale}`);
  const queries = JSON.parse(readFileSync(0, 'utf8')) as string[];
  const index = await loadBuiltIndex(buildDir);
  const outcomes = [];
  for (const query of queries) {
    const started = performance.now();
    const outcome = await runSearch(index, query, locale);
    outcomes.push({ ...outcome, raw: query, ms: performance.now() - started });
  }
  process.stdout.write(JSON.stringify(outcomes));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
