/**
 * Search relevance, crisis handling and a clean index, on the built site's real Pagefind index
 * (build/, or E2E_BUILD_DIR). Run after `npm run build`: `npm run test:search`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SearchOutcome } from '../../src/search/engine';
import { QUIZZES } from '../../src/data/quizzes';
import { QUIZZES as QUIZZES_ES } from '../../src/i18n/es/quizzes';
import { GLOSSARY } from '../../src/data/glossary';
import { loadDocs } from '../support/docs';
import {
  CRISIS_QUERIES,
  READER_QUERIES,
  SPANISH_CRISIS_QUERIES,
  SPANISH_READER_QUERIES,
  type ReaderQuery,
} from './queries';

const ROOT = join(__dirname, '..', '..');
const BUILD = process.env.E2E_BUILD_DIR ?? join(ROOT, 'build');
const FRAGMENTS = join(BUILD, 'pagefind', 'fragment');

type Outcome = SearchOutcome & { raw: string; ms: number };

function run(queries: readonly string[], buildDir = BUILD, locale = 'en'): Outcome[] {
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(__dirname, 'support', 'runQueries.ts'),
      buildDir,
      locale,
    ],
    {
      input: JSON.stringify(queries),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0) throw new Error(`Searching the built index failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as Outcome[];
}

/** A result answers when it is one of the expected addresses (a page address matches any of its sections). */
function answers(url: string, expected: string): boolean {
  return expected.includes('#') ? url === expected : url.replace(/#.*$/, '') === expected;
}

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

function fragments(dir = FRAGMENTS): Fragment[] {
  return readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

const built = existsSync(FRAGMENTS);
if (!built) {
  test('the site is built with its search index (run `npm run build` first)', () => {
    expect(existsSync(FRAGMENTS)).toBe(true);
  });
}

(built ? describe : describe.skip)('search on the built index', () => {
  let reader: Outcome[];
  let crisis: Outcome[];

  beforeAll(() => {
    const outcomes = run([...READER_QUERIES.map((q) => q.query), ...CRISIS_QUERIES]);
    reader = outcomes.slice(0, READER_QUERIES.length);
    crisis = outcomes.slice(READER_QUERIES.length);
  });

  test('at least 60 reader queries in everyday words, each with the answer in the top 3 for at least 95% of them', () => {
    expect(READER_QUERIES.length).toBeGreaterThanOrEqual(60);
    const misses = READER_QUERIES.flatMap((q, i) => {
      const top = reader[i].hits.slice(0, 3).map((h) => h.url);
      return top.some((url) => q.expect.some((e) => answers(url, e)))
        ? []
        : [`"${q.query}" gave ${top.join(', ') || 'nothing'}`];
    });
    const rate = (READER_QUERIES.length - misses.length) / READER_QUERIES.length;
    console.log(
      `Search relevance: ${READER_QUERIES.length - misses.length}/${READER_QUERIES.length} in the top 3 (${(rate * 100).toFixed(1)}%)${misses.length ? `\n${misses.join('\n')}` : ''}`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  test('every crisis query puts "Get help now" first', () => {
    expect(crisis.filter((o) => !o.crisis).map((o) => o.raw)).toEqual([]);
  });

  test('no everyday reader query is mistaken for a crisis', () => {
    expect(reader.filter((o) => o.crisis).map((o) => o.raw)).toEqual([]);
  });

  test('"SSRI" finds antidepressants, not "series"', () => {
    const [outcome] = run(['SSRI']);
    expect(outcome.hits.length).toBeGreaterThan(0);
    expect(
      outcome.hits
        .slice(0, 3)
        .every((h) => /antidepressant/i.test(`${h.title} ${h.excerpt.map((p) => p.text).join('')}`)),
    ).toBe(true);
  });

  test('no result appears twice, and each snippet shows at least 80 characters (or its whole section) with the match marked', () => {
    const sectionLength = new Map(fragments().map((f) => [f.url, f.content.length]));
    for (const outcome of reader) {
      const urls = outcome.hits.map((h) => h.url);
      expect(new Set(urls).size).toBe(urls.length);
      for (const hit of outcome.hits) {
        const text = hit.excerpt.map((p) => p.text).join('');
        const enough = Math.min(80, sectionLength.get(hit.url) ?? 80);
        expect({ query: outcome.raw, url: hit.url, long: text.length >= enough }).toEqual({
          query: outcome.raw,
          url: hit.url,
          long: true,
        });
      }
      expect(outcome.hits.slice(0, 3).some((h) => h.excerpt.some((p) => p.mark))).toBe(outcome.hits.length > 0);
    }
  });

  test('bad input is cut, cleaned and answered as quickly as a normal query', () => {
    const [normal, long, markup, control, emoji] = run([
      'bladder',
      'bladder '.repeat(1250),
      '<img src=x onerror=alert(1)> bladder',
      '\u202e\u0000bladder\u200f\u0007',
      '🙂💊 bladder',
    ]);
    expect(long.query.length).toBeLessThanOrEqual(120);
    expect(control.query).toBe('bladder');
    expect(normal.hits[0]?.url).toBe('/learn/safety#bladder');
    for (const outcome of [long, markup, control, emoji]) {
      expect(outcome.hits.slice(0, 3).map((h) => h.url)).toContain(normal.hits[0].url);
      expect(outcome.ms).toBeLessThan(Math.max(500, normal.ms * 5));
    }
  });
});

(built ? describe : describe.skip)('a clean search index', () => {
  let all: Fragment[];
  beforeAll(() => {
    all = fragments();
  });

  test('indexes the chapters, section by section', () => {
    expect(all.length).toBeGreaterThan(150);
    expect(all.some((f) => f.url === '/learn/safety#bladder' && /cystitis/.test(f.content))).toBe(true);
  });

  test('holds no glossary pop-up text, no reference list, no address list, no quiz and no source list', () => {
    const glued = GLOSSARY.filter((g) => g.definition.length >= 40).map((g) => g.definition.slice(0, 40));
    const glossaryPage = all.filter((f) => f.url.startsWith('/learn/glossary'));
    const elsewhere = all
      .filter((f) => !f.url.startsWith('/learn/glossary'))
      .map((f) => f.content)
      .join('\n');
    expect(glossaryPage.length).toBeGreaterThan(10);
    expect(glued.filter((start) => elsewhere.includes(start))).toEqual([]);
    expect(elsewhere).not.toContain('More in the glossary');
    expect(
      all
        .filter(
          (f) => /^\/learn\/references/.test(f.url) || /#(check|page-sources|addresses|address-[\w-]+)$/.test(f.url),
        )
        .map((f) => f.url),
    ).toEqual([]);
    const feedback = Object.values(QUIZZES).flatMap((quiz) =>
      quiz.questions.flatMap((q) => q.options.map((o) => o.feedback)),
    );
    expect(feedback.length).toBeGreaterThan(100);
    const text = all.map((f) => f.content).join('\n');
    // Feedback that repeats a chapter's own words may be found through the chapter.
    const chapters = loadDocs()
      .map((d) => d.body.replace(/\s+/g, ' '))
      .join('\n');
    const start = (f: string) => f.replace(/\s+/g, ' ').slice(0, 60);
    expect(feedback.filter((f) => f.length >= 40 && !chapters.includes(start(f)) && text.includes(start(f)))).toEqual(
      [],
    );
    expect(text).not.toContain('Sources for this page');
    expect(text).not.toMatch(/About \d+ minutes to read/);
  });

  test('has no duplicate sections', () => {
    const urls = all.map((f) => f.url);
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([]);
    const bodies = all.map((f) => f.content);
    expect(all.filter((f, i) => bodies.indexOf(f.content) !== i).map((f) => f.url)).toEqual([]);
  });
});

// The Spanish edition: its own index in build/es/pagefind, built from the Spanish pages.
const BUILD_ES = join(BUILD, 'es');
const FRAGMENTS_ES = join(BUILD_ES, 'pagefind', 'fragment');
const builtEs = existsSync(FRAGMENTS_ES);
const DOCS_ES = join(ROOT, 'i18n', 'es', 'docusaurus-plugin-content-docs', 'current');

/** A Spanish page exists for this address (/learn/safety#x → i18n/es/…/safety/index.mdx or safety.mdx). */
function translated(address: string): boolean {
  const path = address.replace(/#.*$/, '').replace(/^\/learn\/?/, '');
  if (!address.startsWith('/learn/') || !path) return false;
  return [join(DOCS_ES, path, 'index.mdx'), join(DOCS_ES, `${path}.mdx`)].some(existsSync);
}

function top3Misses(queries: readonly ReaderQuery[], outcomes: readonly Outcome[]): string[] {
  return queries.flatMap((q, i) => {
    const top = outcomes[i].hits.slice(0, 3).map((h) => h.url);
    return top.some((url) => q.expect.some((e) => answers(url, e)))
      ? []
      : [`"${q.query}" gave ${top.join(', ') || 'nothing'}`];
  });
}

if (!builtEs) {
  test('the Spanish edition is built with its own search index in build/es/pagefind', () => {
    expect(existsSync(FRAGMENTS_ES)).toBe(true);
  });
}

(builtEs ? describe : describe.skip)('Spanish search on the Spanish index (build/es)', () => {
  const ready = SPANISH_READER_QUERIES.filter((q) => q.expect.some(translated));
  const waiting = SPANISH_READER_QUERIES.filter((q) => !q.expect.some(translated));
  let reader: Outcome[];
  let crisis: Outcome[];

  beforeAll(() => {
    const outcomes = run([...ready.map((q) => q.query), ...SPANISH_CRISIS_QUERIES], BUILD_ES, 'es');
    reader = outcomes.slice(0, ready.length);
    crisis = outcomes.slice(ready.length);
  });

  test('the Spanish index is its own: Spanish stemming, only Spanish addresses, and the English index has none of them', () => {
    const files = readdirSync(join(BUILD_ES, 'pagefind'));
    // Pagefind names its files by the language it indexed (from <html lang>): es, with Spanish stemming.
    expect(files).toContain('wasm.es.pagefind');
    expect(files.filter((f) => /^pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$/.test(f))).toEqual([
      expect.stringMatching(/^pagefind\.es_/),
    ]);
    const es = fragments(FRAGMENTS_ES);
    expect(es.length).toBeGreaterThan(100);
    expect(es.filter((f) => !f.url.startsWith('/es/')).map((f) => f.url)).toEqual([]);
    expect(
      fragments()
        .filter((f) => f.url.startsWith('/es/'))
        .map((f) => f.url),
    ).toEqual([]);
  });

  test('Spanish reader queries find the Spanish section in the top 3 (at least 90%), under /es/', () => {
    if (waiting.length)
      console.log(
        `Spanish search: ${waiting.length} queries wait for their page's translation: ${waiting.map((q) => q.query).join(', ')}`,
      );
    expect(SPANISH_READER_QUERIES.length).toBeGreaterThanOrEqual(30);
    // Addresses in the Spanish index carry /es/; compare them with the English addresses.
    const local = reader.map((o) => ({
      ...o,
      hits: o.hits.map((h) => ({ ...h, url: h.url.replace(/^\/es\//, '/') })),
    }));
    for (const outcome of reader) for (const hit of outcome.hits) expect(hit.url).toMatch(/^\/es\//);
    const misses = top3Misses(ready, local);
    console.log(
      `Spanish search relevance: ${ready.length - misses.length}/${ready.length} in the top 3${misses.length ? `\n${misses.join('\n')}` : ''}`,
    );
    if (ready.length === 0) return;
    expect((ready.length - misses.length) / ready.length).toBeGreaterThanOrEqual(0.9);
  });

  test('Spanish stemming: a verb form finds the section that uses another form of it', () => {
    if (!translated('/learn/safety')) return;
    // "Medicamentos que interactúan": Spanish stemming makes "interactuar" match; English would not.
    const [outcome] = run(['interactuar'], BUILD_ES, 'es');
    expect(outcome.hits.slice(0, 3).map((h) => h.url)).toContain('/es/learn/safety#interactions');
  });

  test('the Spanish index is clean: no knowledge check, quiz feedback or source list, no duplicate section', () => {
    const es = fragments(FRAGMENTS_ES);
    expect(es.filter((f) => /#(check|page-sources)$/.test(f.url) || /\/learn\/references/.test(f.url))).toEqual([]);
    const text = es.map((f) => f.content).join('\n');
    // Feedback that repeats a chapter's own words may be found through the chapter (an
    // untranslated page is shown, and indexed, in English).
    const pages = [
      ...readdirSync(DOCS_ES, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => readFileSync(join(DOCS_ES, f), 'utf8')),
      ...loadDocs().map((d) => d.body),
    ]
      .map((body) => body.replace(/\s+/g, ' '))
      .join('\n');
    const start = (f: string) => f.replace(/\s+/g, ' ').slice(0, 60);
    const feedback = Object.values(QUIZZES_ES).flatMap((quiz) =>
      quiz.questions.flatMap((q) => q.options.map((o) => o.feedback)),
    );
    expect(feedback.filter((f) => f.length >= 40 && !pages.includes(start(f)) && text.includes(start(f)))).toEqual([]);
    const urls = es.map((f) => f.url);
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([]);
  });

  test('every Spanish crisis query puts "Obtenga ayuda ahora" first, and no everyday Spanish query does', () => {
    expect(crisis.filter((o) => !o.crisis).map((o) => o.raw)).toEqual([]);
    expect(reader.filter((o) => o.crisis).map((o) => o.raw)).toEqual([]);
  });
});
