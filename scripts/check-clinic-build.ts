/**
 * Builds the site with the sample clinic configuration (tests/fixtures/sample-clinic.config.ts)
 * into a temporary directory and checks a clinic's own copy: its name, contact lines, logo,
 * crisis lines and report address appear; its hidden modules are gone from the sidebar, the plan
 * builder, the sitemap and the search index; the hosting files (_headers, nginx-headers.conf,
 * licenses) are written. The configuration is the example the hosting guide quotes. It builds
 * both languages, so the Spanish edition must be under es/; a second build with languages ['es']
 * (tests/fixtures/spanish-only.config.ts) must put Spanish at the root and build nothing else.
 *
 *   npx tsx scripts/check-clinic-build.ts            build, check, then run the browser tests
 *                                                    tagged @clinic against that build
 *   npx tsx scripts/check-clinic-build.ts --no-e2e   build and check only
 *   npx tsx scripts/check-clinic-build.ts --dir DIR  check an existing clinic build in DIR
 *
 * Builds take a lock (/tmp/kap-build.lock) so that builds sharing the machine do not collide.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import sampleClinic from '../tests/fixtures/sample-clinic.config';
import { MODULES } from '../src/course/modules';
import { CRISIS_LINES } from '../src/data/crisisLines';
import { CRISIS_LINES as CRISIS_LINES_ES } from '../src/i18n/es/crisisLines';
import { htmlFileFor } from '../src/plugins/builtPages';
import { COURSE_LOCALES } from '../src/i18n/locales';

const root = resolve(__dirname, '..');
// The guide's example configuration (docs/for-clinicians/host-your-own-copy.mdx quotes it).
const FIXTURE = 'src/clinic.config.example.ts';
// The same clinic with languages ['es'].
const SPANISH_ONLY = 'tests/fixtures/spanish-only.config.ts';
const args = process.argv.slice(2);
const dirArg = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : undefined;
const runE2e = !args.includes('--no-e2e');

const clinicName = sampleClinic.clinic!.name;
const hidden = [...(sampleClinic.hiddenModules ?? [])];
const visible = MODULES.filter((m) => !hidden.includes(m.id));

function run(command: string, commandArgs: string[], env: Record<string, string>): void {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${command} ${commandArgs.join(' ')} failed (exit ${result.status}).`);
    process.exit(1);
  }
}

function build(outDir: string, config: string = FIXTURE): void {
  const docusaurus = ['npx', 'docusaurus', 'build', '--out-dir', outDir];
  const hasFlock = spawnSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' }).status === 0;
  const [command, ...rest] = hasFlock ? ['flock', '/tmp/kap-build.lock', ...docusaurus] : docusaurus;
  console.log(`Building ${config} into ${outDir} ...`);
  run(command, rest, { CLINIC_CONFIG: config });
}

/** The `lang` of a page's <html> element, in minified or plain HTML. */
function htmlLang(html: string): string | undefined {
  return /<html[^>]*\slang=["']?([a-z-]+)/i.exec(html)?.[1];
}

/** A build in both languages: English at the root, Spanish under es/. */
export function checkBothLanguages(dir: string): string[] {
  const problems: string[] = [];
  if (htmlLang(readPage(dir, '/')) !== 'en') problems.push('the home page at the root is not in English');
  if (!existsSync(join(dir, 'es')) || htmlLang(readPage(join(dir, 'es'), '/')) !== 'es')
    problems.push('the Spanish home page is not at es/');
  else problems.push(...spanishCrisisLineProblems(readPage(join(dir, 'es'), '/help'), 'es/help'));
  return problems;
}

/**
 * The example keeps the default US crisis lines: its Spanish help page shows them in Spanish,
 * with the 988 Lifeline in Spanish (call 988 and press 2) right after 911 (src/config/loadClinic.ts).
 */
function spanishCrisisLineProblems(help: string, where: string): string[] {
  const problems: string[] = [];
  const call = (lines: typeof CRISIS_LINES, id: string) => lines.find((l) => l.id === id)!.contacts[0]!.label;
  const [emergency, spanish988] = [call(CRISIS_LINES_ES, 'us-emergency'), call(CRISIS_LINES_ES, 'us-988-es')];
  const order = [emergency, spanish988].map((text) => help.indexOf(text));
  if (order.some((i) => i < 0) || order[0]! > order[1]!)
    problems.push(`${where} does not show 911, then the 988 Lifeline in Spanish ("${spanish988}")`);
  if (help.includes(CRISIS_LINES.find((l) => l.id === 'us-988')!.description))
    problems.push(`${where} shows the 988 Lifeline's English description`);
  return problems;
}

/** A build with languages ['es']: Spanish at the root, and no other language's folder. */
export function checkSpanishOnly(dir: string): string[] {
  const problems: string[] = [];
  if (htmlLang(readPage(dir, '/')) !== 'es')
    problems.push("with languages ['es'], the home page at the root is not in Spanish");
  if (htmlLang(readPage(dir, '/plan')) !== 'es')
    problems.push("with languages ['es'], the plan page is not in Spanish");
  problems.push(...spanishCrisisLineProblems(readPage(dir, '/help'), "help (languages ['es'])"));
  for (const other of ['en', 'es'])
    if (existsSync(join(dir, other))) problems.push(`with languages ['es'], the build has a ${other}/ folder`);
  return problems;
}

function read(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`${file} is missing from the build`);
  return readFileSync(path, 'utf8');
}

/** A page's HTML, whether the build writes "route.html" or "route/index.html". */
function readPage(dir: string, route: string): string {
  const file = htmlFileFor(dir, route);
  if (!file) throw new Error(`the page ${route} is missing from the build`);
  return readFileSync(file, 'utf8');
}

/** The docs sidebar's HTML on a chapter page. */
function sidebarHtml(html: string): string {
  const start = html.search(/<nav[^>]+aria-label="Docs sidebar"/);
  if (start < 0) return '';
  return html.slice(start, html.indexOf('</nav>', start));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A link to `path` (with or without a trailing slash), in minified or plain HTML. */
function hasHref(html: string, path: string): boolean {
  return new RegExp(`href=["']?${escape(path)}/?(?:["'\\s>#])`).test(html);
}

/** An image with this source, in minified or plain HTML. */
function hasSrc(html: string, src: string): boolean {
  return new RegExp(`src=["']?${escape(src)}(?:["'\\s>])`).test(html);
}

/** An element with exactly this id, in minified or plain HTML. */
function hasId(html: string, id: string): boolean {
  return new RegExp(`id=["']?${escape(id)}(?:["'\\s>])`).test(html);
}

export function checkClinicBuild(dir: string): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };

  const home = readPage(dir, '/');
  expect(home.includes(clinicName), `the home page does not name "${clinicName}"`);

  const chapter = readPage(dir, visible[0].path);
  const sidebar = sidebarHtml(chapter);
  expect(sidebar.length > 0, 'no docs sidebar found on a chapter page');
  for (const m of visible) expect(hasHref(sidebar, m.path), `the sidebar lacks the shown module ${m.id}`);
  for (const id of hidden) expect(!hasHref(sidebar, `/learn/${id}`), `the sidebar still links the hidden module ${id}`);

  const builder = readPage(dir, '/plan/build');
  expect(builder.includes(clinicName), 'the plan builder does not pre-fill the clinic name');
  for (const m of visible) expect(hasId(builder, `plan-module-${m.id}`), `the plan builder does not offer ${m.id}`);
  for (const id of hidden) {
    expect(!builder.includes(`plan-module-${id}`), `the plan builder still offers the hidden module ${id}`);
    const title = MODULES.find((m) => m.id === id)!.title;
    expect(!builder.includes(`${title}`), `the plan builder still mentions the hidden module "${title}"`);
  }

  const clinic = sampleClinic.clinic!;
  const help = readPage(dir, '/help');
  for (const value of [clinic.phone, clinic.afterHoursPhone, clinic.email]) {
    if (value) expect(help.includes(value), `the help page does not show the clinic's "${value}"`);
  }
  const lines = sampleClinic.crisisLines ?? [];
  // The minifier writes "&" as it is or as "&amp;".
  const shows = (text: string) => help.includes(text) || help.includes(text.replace(/&/g, '&amp;'));
  for (const line of lines) expect(shows(line.name), `the help page lacks the clinic's crisis line "${line.name}"`);
  for (const line of CRISIS_LINES.filter((l) => !lines.some((kept) => kept.id === l.id))) {
    expect(!shows(line.name), `the help page still shows the replaced crisis line "${line.name}"`);
  }
  if (clinic.logo) expect(hasSrc(home, clinic.logo), `the top bar does not show the clinic's logo ${clinic.logo}`);
  const report = sampleClinic.reportErrorUrl!;
  expect(
    new RegExp(`href=["']?${escape(report)}\\?`).test(chapter),
    `a chapter's "Report a problem with this page" does not go to ${report}`,
  );

  const headers = read(dir, '_headers');
  expect(/Content-Security-Policy: .*script-src 'self'/.test(headers), '_headers has no Content-Security-Policy');
  expect(
    read(dir, 'nginx-headers.conf').includes('add_header Content-Security-Policy'),
    'nginx-headers.conf has no Content-Security-Policy',
  );
  expect(read(dir, 'LICENSE-CONTENT.txt').includes('CC BY-SA 4.0'), 'the content license is missing from the build');

  // Each language the copy is built in: the default at the root, the others in their folder
  // (build/es/, addresses under /es/). Hidden modules leave the sitemap and search of each.
  const editions = [
    { folder: dir, prefix: '' },
    ...COURSE_LOCALES.filter((l) => existsSync(join(dir, l, 'index.html'))).map((l) => ({
      folder: join(dir, l),
      prefix: `/${l}`,
    })),
  ];
  for (const { folder, prefix } of editions) {
    const where = prefix ? ` (${prefix}/)` : '';
    const sitemap = read(folder, 'sitemap.xml');
    for (const id of hidden)
      expect(
        !new RegExp(`${escape(prefix)}/learn/${id}/?<`).test(sitemap),
        `the sitemap${where} still lists the hidden module ${id}`,
      );

    const fragmentDir = join(folder, 'pagefind', 'fragment');
    const fragments = existsSync(fragmentDir) ? readdirSync(fragmentDir) : [];
    expect(fragments.length > 0, `no search index found in the build${where} (pagefind/fragment)`);
    // Each fragment is one indexed section: gzip JSON after a short signature, with its address.
    const searchUrls = fragments.map((f) => {
      const text = gunzipSync(readFileSync(join(fragmentDir, f))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    });
    expect(
      searchUrls.some((u) => u.startsWith(`${prefix}/learn/${visible[0].id}`)),
      `the search index${where} lacks the shown modules`,
    );
    for (const id of hidden)
      expect(
        !searchUrls.some((u) => new RegExp(`^${escape(prefix)}/learn/${id}(?:[#/]|$)`).test(u)),
        `the search index${where} still includes the hidden module ${id}`,
      );
  }

  return problems;
}

function main(): void {
  const outDir = dirArg ? resolve(dirArg) : mkdtempSync(join(tmpdir(), 'kap-clinic-build-'));
  if (!dirArg) build(outDir);
  const problems = [...checkClinicBuild(outDir), ...checkBothLanguages(outDir)];
  if (!dirArg) {
    const spanishDir = mkdtempSync(join(tmpdir(), 'kap-spanish-build-'));
    build(spanishDir, SPANISH_ONLY);
    problems.push(...checkSpanishOnly(spanishDir));
  }
  if (problems.length > 0) {
    console.error(`\nThe sample clinic's build in ${outDir} has problems:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(
    `\nSample clinic build OK (${outDir}): name shown; ${hidden.join(', ')} hidden from sidebar, plan builder, sitemap and search; English at the root, Spanish under es/, and with languages ['es'] Spanish alone at the root.`,
  );
  if (runE2e) {
    // The browser tests' server uses E2E_PORT when it is set, else a free port (playwright.config.ts).
    run('npx', ['playwright', 'test', 'tests/e2e/clinicians.spec.ts', '--grep', '@clinic'], {
      E2E_BUILD_DIR: outDir,
      E2E_CLINIC_BUILD: '1',
    });
  }
}

if (require.main === module) main();
