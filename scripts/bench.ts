/**
 * `npm run bench`: how heavy and how fast the course is for a reader on a phone.
 *
 * 1. Builds the site (timed) and serves it gzipped on localhost.
 * 2. For each page type: HTML, JS and CSS bytes (gzip) a first visit downloads until the page has
 *    is ready: loaded and hydrated, whichever comes later (tests/e2e/support/weigh.ts).
 * 3. With Chromium present: Lighthouse 12 mobile scores, LCP, TBT and CLS, median of 3 runs.
 * 4. Search: first-search bytes and time and top-3 relevance of Pagefind next to the engine it
 *    replaced (built into a temporary folder with SEARCH_ENGINE=lunr); see scripts/benchSearch.ts.
 * 5. Build time as the course grows: the chapters copied 1×, 5× and 20× into a temporary copy
 *    of the site, reported as seconds per 100 pages.
 *
 * Options: --runs N (Lighthouse runs per page, default 3), --no-lighthouse, --no-scaling, --no-search.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { PAGE_TYPES, SPANISH_PAGE_TYPES, describeBudgets, formatKb, jsBudget } from '../tests/support/budgets';
import { MODULES } from '../src/course/modules';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { weighPage } from '../tests/e2e/support/weigh';
import { benchSearch, printSearchBench } from './benchSearch';
import { freePortSync, testServerPort } from '../tests/support/freePort';

const ROOT = join(__dirname, '..');
// E2E_PORT when set, else a free port: the machine may be shared.
const PORT = testServerPort();
/** Where the old search engine's build is served, next to the chosen one (a free port). */
const OLD_PORT = Number(process.env.BENCH_OLD_PORT ?? freePortSync());
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 3;
const WITH_LIGHTHOUSE = !args.includes('--no-lighthouse');
const WITH_SCALING = !args.includes('--no-scaling');
const WITH_SEARCH = !args.includes('--no-search');
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

function build(siteDir: string, outDir: string, env: Record<string, string> = {}): number {
  const started = Date.now();
  const result = spawnSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
    cwd: siteDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`Build failed in ${siteDir}:\n${result.stdout}\n${result.stderr}`);
  }
  return (Date.now() - started) / 1000;
}

/**
 * Builds the site (every language it lists) and times each language: from the line where
 * Docusaurus starts a language ("[INFO] [es] Creating an optimized production build...") to the
 * next one, the last to the end. `total` includes loading the config before the first language.
 */
function buildTimed(siteDir: string, outDir: string): Promise<{ total: number; locales: [string, number][] }> {
  return new Promise((done, reject) => {
    const started = Date.now();
    const child = spawn('npx', ['docusaurus', 'build', '--out-dir', outDir], {
      cwd: siteDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const marks: [string, number][] = [];
    let output = '';
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const locale = /\[([a-z]{2}(?:-[A-Za-z]+)?)\] Creating an optimized production build/.exec(line)?.[1];
        if (locale) marks.push([locale, Date.now()]);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ended = Date.now();
      if (code !== 0) {
        reject(new Error(`Build failed in ${siteDir}:\n${output}`));
        return;
      }
      const locales = marks.map(([locale, at], i): [string, number] => [
        locale,
        ((marks[i + 1]?.[1] ?? ended) - at) / 1000,
      ]);
      done({ total: (ended - started) / 1000, locales });
    });
  });
}

/** Pages in the sitemaps of the build: the root's and each language folder's (build/es/). */
function pageCount(outDir: string): number {
  const sitemaps = [
    join(outDir, 'sitemap.xml'),
    ...readdirSync(outDir)
      .map((name) => join(outDir, name, 'sitemap.xml'))
      .filter((file) => existsSync(file)),
  ];
  return sitemaps.reduce((n, file) => n + [...readFileSync(file, 'utf8').matchAll(/<loc>/g)].length, 0);
}

async function serve(dir: string, port = PORT): Promise<ChildProcess> {
  const server = spawn('node', [join(ROOT, 'tests/e2e/support/serve.mjs'), String(port), dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  for (let i = 0; i < 50; i += 1) {
    if (server.exitCode !== null) break;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      if (res.ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`The local server for ${dir} did not start on port ${port}${stderr ? `: ${stderr.trim()}` : ''}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface LighthouseRow {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
}

async function lighthouseRuns(url: string, runs: number): Promise<LighthouseRow> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const rows: LighthouseRow[] = [];
  for (let i = 0; i < runs; i += 1) {
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result!.lhr;
      rows.push({
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
        bestPractices: Math.round((lhr.categories['best-practices'].score ?? 0) * 100),
        seo: Math.round((lhr.categories.seo.score ?? 0) * 100),
        lcp: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
        tbt: lhr.audits['total-blocking-time'].numericValue ?? NaN,
        cls: lhr.audits['cumulative-layout-shift'].numericValue ?? NaN,
      });
    } finally {
      await chrome.kill();
    }
  }
  const pick = (key: keyof LighthouseRow) => median(rows.map((r) => r[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
  };
}

/** A copy of the site whose chapters appear `times` times (each copy at its own address). */
function scaledSite(times: number): string {
  const dir = mkdtempSync(join(tmpdir(), `kap-bench-${times}x-`));
  for (const name of readdirSync(ROOT)) {
    if (['node_modules', 'build', '.docusaurus', '.git', 'test-results', 'bench-results'].includes(name)) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (let copy = 2; copy <= times; copy += 1) {
    for (const m of MODULES) {
      const source = readFileSync(join(ROOT, 'docs', m.id, 'index.mdx'), 'utf8');
      const target = join(dir, 'docs', `${m.id}-copy${copy}`);
      cpSync(join(ROOT, 'docs', m.id), target, { recursive: true });
      writeFileSync(join(target, 'index.mdx'), source.replace(/^slug: .*$/m, `slug: /${m.id}-copy${copy}`));
    }
  }
  return dir;
}

async function main(): Promise<void> {
  console.log(
    `Benchmark of the production build (${new Date().toISOString().slice(0, 10)}, Node ${process.version})\n`,
  );
  const timed = await buildTimed(ROOT, join(ROOT, 'build'));
  const perLocale = timed.locales.map(([locale, seconds]) => `${locale} ${seconds.toFixed(1)} s`).join(', ');
  console.log(
    `Full production build: ${timed.total.toFixed(1)} s for ${pageCount(join(ROOT, 'build'))} pages (${timed.locales.length} languages: ${perLocale})\n`,
  );

  const server = await serve(join(ROOT, 'build'));
  const haveChromium = existsSync(chromiumPath());
  try {
    if (!haveChromium) {
      console.log(`No Chromium at ${chromiumPath()}: page weights and Lighthouse need it (apt-get install chromium).`);
    } else {
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROME_FLAGS.slice(1) });
      console.log('Bytes a first visit downloads until the page is ready: loaded and hydrated (gzip)');
      console.log(
        `${'page type'.padEnd(28)} ${'path'.padEnd(38)} ${'HTML'.padStart(9)} ${'JS'.padStart(9)} ${'CSS'.padStart(9)}  JS budget`,
      );
      const spanish = existsSync(join(ROOT, 'build', 'es', 'index.html')) ? SPANISH_PAGE_TYPES : [];
      for (const type of [...PAGE_TYPES, ...spanish]) {
        // A fresh context for each page: nothing cached, as on a reader's first visit.
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const { weight } = await weighPage(await context.newPage(), `http://127.0.0.1:${PORT}${type.path}`);
        await context.close();
        const budget = jsBudget(type.kind);
        console.log(
          `${type.name.padEnd(28)} ${type.path.padEnd(38)} ${formatKb(weight.html).padStart(9)} ${formatKb(weight.js).padStart(9)} ${formatKb(weight.css).padStart(9)}  ${formatKb(budget)} ${weight.js <= budget ? 'ok' : 'OVER'}`,
        );
      }
      await browser.close();
      console.log(`(budgets: ${describeBudgets()})\n`);

      if (WITH_LIGHTHOUSE) {
        console.log(`Lighthouse 12, mobile preset, median of ${RUNS} runs`);
        console.log(
          `${'page type'.padEnd(20)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'best'.padStart(5)} ${'seo'.padStart(5)} ${'LCP'.padStart(8)} ${'TBT'.padStart(8)} ${'CLS'.padStart(6)}`,
        );
        for (const type of PAGE_TYPES) {
          const r = await lighthouseRuns(`http://127.0.0.1:${PORT}${type.path}`, RUNS);
          console.log(
            `${type.name.padEnd(20)} ${String(r.performance).padStart(5)} ${String(r.accessibility).padStart(5)} ${String(r.bestPractices).padStart(5)} ${String(r.seo).padStart(5)} ${`${(r.lcp / 1000).toFixed(2)} s`.padStart(8)} ${`${Math.round(r.tbt)} ms`.padStart(8)} ${r.cls.toFixed(3).padStart(6)}`,
          );
        }
        console.log('');
      }
    }
  } finally {
    server.kill();
  }

  if (WITH_SEARCH && haveChromium) {
    const oldDir = mkdtempSync(join(tmpdir(), 'kap-bench-lunr-'));
    try {
      build(ROOT, oldDir, { SEARCH_ENGINE: 'lunr' });
      const servers = [await serve(join(ROOT, 'build')), await serve(oldDir, OLD_PORT)];
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROME_FLAGS.slice(1) });
      try {
        printSearchBench([
          await benchSearch(browser, `http://127.0.0.1:${PORT}`, 'pagefind', join(ROOT, 'build')),
          await benchSearch(browser, `http://127.0.0.1:${OLD_PORT}`, 'lunr', oldDir),
        ]);
      } finally {
        await browser.close();
        for (const s of servers) s.kill();
      }
    } finally {
      rmSync(oldDir, { recursive: true, force: true });
    }
  }

  if (WITH_SCALING) {
    console.log('Build time as the course grows (chapters copied into a temporary site)');
    console.log(
      `${'copies'.padStart(6)} ${'pages'.padStart(6)} ${'seconds'.padStart(8)} ${'s / 100 pages'.padStart(14)}`,
    );
    for (const times of [1, 5, 20]) {
      const dir = scaledSite(times);
      try {
        const out = join(dir, 'build');
        const seconds = build(dir, out);
        const pages = pageCount(out);
        console.log(
          `${`${times}×`.padStart(6)} ${String(pages).padStart(6)} ${seconds.toFixed(1).padStart(8)} ${((seconds / pages) * 100).toFixed(1).padStart(14)}`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
