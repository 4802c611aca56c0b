import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { transformSync } from '@swc/core';
import stagedStartPlugin, { CLIENT_ENTRY } from '../../src/plugins/stagedStart';

// The loader is plain JavaScript, because the bundler runs it with Node directly.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stagedStart } = require('../../src/plugins/stagedStartLoader.js') as { stagedStart: (source: string) => string };

const clientLib = join(dirname(require.resolve('@docusaurus/core/package.json')), 'lib', 'client');
const installed = join(clientLib, 'clientEntry.js');
const source = readFileSync(installed, 'utf8');

/**
 * Runs a version of Docusaurus' clientEntry.js the way the browser would, with its imports
 * replaced by recorders, and returns the log of what happened in which task.
 */
function start(entrySource: string) {
  const log: string[] = [];
  const timers: (() => void)[] = [];
  const esm = (value: Record<string, unknown>) => ({ __esModule: true, ...value });
  const modules: Record<string, () => unknown> = {
    react: () => esm({ default: { createElement: (type: unknown) => ({ type }) }, startTransition: (fn: () => void) => fn() }),
    'react-dom/client': () => esm({ default: { hydrateRoot: () => log.push('hydrate') } }),
    'react-helmet-async': () => esm({ HelmetProvider: 'HelmetProvider' }),
    'react-router-dom': () => esm({ BrowserRouter: 'BrowserRouter', HashRouter: 'HashRouter' }),
    '@generated/docusaurus.config': () => esm({ default: { future: {} } }),
    './exports/ExecutionEnvironment': () => esm({ default: { canUseDOM: true } }),
    './App': () => {
      log.push('evaluate App');
      return esm({ default: 'App' });
    },
    './preload': () => esm({ default: () => (log.push('preload route'), Promise.resolve()) }),
    './docusaurus': () => esm({ default: {} }),
  };
  const required = (name: string) => {
    if (!(name in modules)) throw new Error(`unexpected import ${name}`);
    return modules[name]();
  };
  const { code } = transformSync(entrySource, {
    jsc: { parser: { syntax: 'ecmascript', jsx: true }, transform: { react: { runtime: 'classic' } }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  const window: Record<string, unknown> = { location: { pathname: '/learn/faq' } };
  const document = { getElementById: () => ({}) };
  const setTimeout = (fn: () => void) => timers.push(fn);
  // eslint-disable-next-line no-new-func
  new Function('require', 'module', 'exports', 'process', 'window', 'document', 'setTimeout', code)(
    required,
    {},
    {},
    { env: { HYDRATE_CLIENT_ENTRY: 'true' } },
    window,
    document,
    setTimeout,
  );
  /** Lets promises settle, then runs the next timer task. */
  const flush = () => new Promise<void>((resolve) => setImmediate(resolve));
  const tasks: string[][] = [];
  const runTasks = async () => {
    await flush();
    tasks.push(log.splice(0));
    while (timers.length) {
      timers.shift()!();
      await flush();
      tasks.push(log.splice(0));
    }
    return tasks.filter((task) => task.length > 0);
  };
  return { window, runTasks };
}

describe('staged start of a page', () => {
  it('applies to the installed Docusaurus client entry, in the production browser build only', () => {
    expect(CLIENT_ENTRY.test(installed)).toBe(true);
    expect(CLIENT_ENTRY.test(join(clientLib, 'serverEntry.js'))).toBe(false);
    const plugin = stagedStartPlugin();
    const env = process.env.NODE_ENV;
    try {
      process.env.NODE_ENV = 'production';
      expect(JSON.stringify(plugin.configureWebpack!({}, false, {} as never, undefined))).toContain('stagedStartLoader.js');
      expect(plugin.configureWebpack!({}, true, {} as never, undefined)).toEqual({});
      process.env.NODE_ENV = 'development';
      expect(plugin.configureWebpack!({}, false, {} as never, undefined)).toEqual({});
    } finally {
      process.env.NODE_ENV = env;
    }
  });

  it('Docusaurus itself evaluates the App, loads the route and starts hydrating in one task', async () => {
    const { runTasks } = start(source);
    expect(await runTasks()).toEqual([['evaluate App', 'preload route', 'hydrate']]);
  });

  it('with the loader, each of those steps is a task of its own, in the same order', async () => {
    const { window, runTasks } = start(stagedStart(source));
    expect(await runTasks()).toEqual([['evaluate App'], ['preload route'], ['hydrate']]);
    expect(window.docusaurusRoot).toBeDefined();
  });

  it('keeps the App in the main bundle: it is imported eagerly, not as a separate download', () => {
    const out = stagedStart(source);
    expect(out).not.toContain("import App from './App'");
    expect(out).toContain('import(/* webpackMode: "eager" */ \'./App\')');
  });

  it('stops the build if a Docusaurus update changes the lines it replaces', () => {
    expect(() => stagedStart(source.replace("import App from './App';", "import App from './App.js';"))).toThrow(/no longer contains/);
    expect(() => stagedStart(source.replace('startTransition(renderApp);', 'renderApp();'))).toThrow(/no longer contains/);
  });
});
