/**
 * What our offline design relies on in @docusaurus/plugin-pwa (see UPGRADING.md ("Offline copy")), checked
 * against the installed plugin's own files. If one fails after an upgrade, read the plugin's
 * new src/sw.ts and src/index.ts before changing anything. The browser test
 * tests/e2e/offline.spec.ts checks the same behaviour end to end (a first visit must not
 * download the whole course).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PLUGIN_DIR = join(__dirname, '..', '..', 'node_modules', '@docusaurus', 'plugin-pwa');
const read = (file: string) => readFileSync(join(PLUGIN_DIR, file), 'utf8');
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('plugin-pwa, as our offline design uses it', () => {
  it('is the version these checks were made against', () => {
    expect(JSON.parse(read('package.json')).version).toBe('3.10.2');
  });

  const sw = squash(read('lib/sw.js'));

  it("reads the worker's settings from the `params` query our registration sends", () => {
    expect(sw).toContain("new URLSearchParams(self.location.search).get('params')");
    expect(read(join('..', '..', '..', 'src', 'pwa', 'registerSw.ts'))).toContain('offlineMode: false');
  });

  it('downloads and serves its precache only in offline mode, which we turn off', () => {
    expect(sw).toMatch(/if \(params\.offlineMode\) \{ controller\.addToCacheList\(precacheManifest\);/);
    expect(sw).toMatch(/addEventListener\('fetch', async \(event\) => \{ if \(params\.offlineMode\) \{/);
    expect(sw.match(/controller\.addToCacheList\(/g)).toHaveLength(1);
  });

  it('runs our swCustom module by calling its default export while the worker starts', () => {
    expect(sw).toContain('const customSW = await import(process.env.PWA_SW_CUSTOM);');
    expect(sw).toContain('customSW.default(params);');
    expect(squash(read('lib/index.js'))).toContain('PWA_SW_CUSTOM: swCustom');
  });

  it('switches to a waiting new version on SKIP_WAITING (the "Reload now" button)', () => {
    expect(sw).toMatch(/if \(type === 'SKIP_WAITING'\) \{ .*skipWaiting\(\);/);
  });

  it('tells our registration where the worker is (PWA_SERVICE_WORKER_URL) and compiles only .js for it', () => {
    const index = squash(read('lib/index.js'));
    expect(index).toContain('PWA_SERVICE_WORKER_URL:');
    expect(index).toContain('const swSourceFileTest = /\\.m?js$/;');
  });
});
