import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The bundler Docusaurus builds with here (@docusaurus/faster ships it), not a stand-in.
import { rspack } from '@docusaurus/faster';
import compileHints, { COMPILE_HINT, MAIN_BUNDLE } from '../../src/paintFirst/compileHints';

type Utils = Parameters<NonNullable<ReturnType<typeof compileHints>['configureWebpack']>>[2];
const utils = { currentBundler: { name: 'rspack', instance: rspack } } as unknown as Utils;

/** Builds a two-file site in production mode, with or without the plugin's configuration. */
async function build(withHint = true): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'compile-hints-'));
  writeFileSync(
    join(dir, 'main.js'),
    'export function start(a) { return import("./later.js").then((m) => m.later(a + 1)); }\nstart(1);\n',
  );
  writeFileSync(join(dir, 'later.js'), 'export function later(b) { return b * 2; }\n');
  const { plugins } = withHint
    ? (compileHints().configureWebpack!({}, false, utils, undefined) as { plugins: never[] })
    : { plugins: [] };
  const compiler = rspack({
    mode: 'production',
    context: dir,
    entry: { main: './main.js' },
    output: {
      path: join(dir, 'out'),
      filename: 'assets/js/[name].[contenthash:8].js',
      chunkFilename: 'assets/js/[name].[contenthash:8].js',
    },
    plugins,
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString()));
      else compiler.close(() => resolve());
    }),
  );
  const out = join(dir, 'out', 'assets', 'js');
  return Object.fromEntries(readdirSync(out).map((f) => [`assets/js/${f}`, readFileSync(join(out, f), 'utf8')]));
}

describe('compile hint for the main bundle', () => {
  it('matches the main bundle only', () => {
    expect(MAIN_BUNDLE.test('assets/js/main.1990287b.js')).toBe(true);
    for (const other of [
      'assets/js/runtime~main.ca4fb356.js',
      'assets/js/common.111e23de.js',
      'assets/js/5e95c892.12f55010.js',
      'assets/css/main.abc.css',
    ]) {
      expect(MAIN_BUNDLE.test(other)).toBe(false);
    }
  });

  it('leaves the server bundle alone', () => {
    expect(compileHints().configureWebpack!({}, true, utils, undefined)).toEqual({});
  });

  it('a real minified production build keeps the hint as the first line of the main bundle, and of no other file', async () => {
    const files = await build();
    const main = Object.keys(files).filter((f) => MAIN_BUNDLE.test(f));
    expect(main).toHaveLength(1);
    expect(files[main[0]].split('\n')[0]).toBe(COMPILE_HINT);
    const others = Object.keys(files).filter((f) => !MAIN_BUNDLE.test(f));
    expect(others.length).toBeGreaterThan(0);
    for (const f of others) expect(files[f]).not.toContain(COMPILE_HINT);
  }, 30_000);

  it('the content hash in the file name is computed after the hint is added', async () => {
    // Were the hint added after hashing, the file would be named as if it had none.
    const name = (files: Record<string, string>) => Object.keys(files).find((f) => MAIN_BUNDLE.test(f));
    const [withHint, without] = [name(await build(true)), name(await build(false))];
    expect(withHint).toBeDefined();
    expect(without).toBeDefined();
    expect(withHint).not.toBe(without);
  }, 30_000);
});
