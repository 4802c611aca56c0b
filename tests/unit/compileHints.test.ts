import compileHints, { COMPILE_HINT, MAIN_BUNDLE } from '../../src/plugins/compileHints';

describe('compile hint for the main bundle', () => {
  it('matches the main bundle only', () => {
    expect(MAIN_BUNDLE.test('assets/js/main.1990287b.js')).toBe(true);
    for (const other of ['assets/js/runtime~main.ca4fb356.js', 'assets/js/common.111e23de.js', 'assets/js/5e95c892.12f55010.js', 'assets/css/main.abc.css']) {
      expect(MAIN_BUNDLE.test(other)).toBe(false);
    }
  });

  it('adds the hint, unwrapped, after minification and before content hashing, in the browser build only', () => {
    class BannerPlugin {
      constructor(readonly options: Record<string, unknown>) {}
    }
    const Compilation = { PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE: 400, PROCESS_ASSETS_STAGE_DEV_TOOLING: 500, PROCESS_ASSETS_STAGE_OPTIMIZE_HASH: 2500 };
    const utils = { currentBundler: { name: 'rspack', instance: { BannerPlugin, Compilation } } } as never;
    const plugin = compileHints();
    const client = plugin.configureWebpack!({}, false, utils, undefined) as unknown as { plugins: BannerPlugin[] };
    const { options } = client.plugins[0];
    expect(options).toMatchObject({ banner: COMPILE_HINT, raw: true, test: MAIN_BUNDLE });
    expect(options.stage).toBeGreaterThan(Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE);
    expect(options.stage).toBeLessThan(Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_HASH);
    expect(plugin.configureWebpack!({}, true, utils, undefined)).toEqual({});
  });
});
