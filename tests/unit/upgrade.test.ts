/**
 * Upgrade safety (UPGRADING.md): every place the site depends on Docusaurus internals is
 * listed there, and was checked against one Docusaurus version. These tests fail loudly when
 * the installed Docusaurus is another version, when its stock page template changes, or when
 * a file starts to depend on internals without an entry in UPGRADING.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import stockTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html';
import { ssrTemplate } from '../../src/paintFirst/ssrTemplate';
import noCodeHighlighting, { additionalPrismLanguages } from '../../src/plugins/noCodeHighlighting';
import type { LoadContext } from '@docusaurus/types';

/** The Docusaurus version every coupling in UPGRADING.md was checked against. */
const CHECKED_AGAINST = '3.10.2';

const root = join(__dirname, '..', '..');
const upgrading = readFileSync(join(root, 'UPGRADING.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;
}

describe('upgrade safety', () => {
  it(`the installed Docusaurus is the version the couplings were checked against (${CHECKED_AGAINST})`, () => {
    const docusaurus = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((n) =>
      n.startsWith('@docusaurus/'),
    );
    expect(docusaurus).toContain('@docusaurus/core');
    const versions = Object.fromEntries(docusaurus.map((n) => [n, installedVersion(n)]));
    const expected = Object.fromEntries(docusaurus.map((n) => [n, CHECKED_AGAINST]));
    expect(versions).toEqual(expected);
    expect(upgrading).toContain(`Checked against Docusaurus ${CHECKED_AGAINST}`);
  });

  it("Docusaurus' stock page template is the one src/paintFirst/ssrTemplate.ts was derived from", () => {
    const snapshot = readFileSync(
      join(root, 'tests', 'fixtures', `docusaurus-${CHECKED_AGAINST}-ssgTemplate.html`),
      'utf8',
    );
    expect(stockTemplate).toBe(snapshot);
  });

  it('the paint-first template is the stock one with exactly two changes: preloads for scripts, and the start script', () => {
    const stockScripts = '      <script src="<%= it.baseUrl %><%= script %>" defer></script>';
    const ourPreloads =
      '      <link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" />';
    expect(ssrTemplate).toContain(ourPreloads);
    const undone = ssrTemplate
      .replace(ourPreloads, stockScripts)
      .replace(/\n {4}<script id="[^"]+">[\s\S]*?<\/script>\n/, '\n');
    expect(undone).toBe(stockTemplate);
  });

  it('the Prism stand-in exports every name the installed theme imports from prism-react-renderer', () => {
    const themeLib = join(root, 'node_modules', '@docusaurus', 'theme-classic', 'lib');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
      );
    const imported = files(themeLib)
      .filter((f) => f.endsWith('.js') && !f.endsWith('options.js')) // options.js runs in Node, where the real package is used
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/import\s*\{([^}]+)\}\s*from\s*'prism-react-renderer'/g)])
      .flatMap((m) => m[1].split(',').map((name) => name.trim().split(/\s+as\s+/)[0]))
      .filter(Boolean);
    expect(imported.length).toBeGreaterThan(0);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const stub = require('../../src/stubs/prism-react-renderer') as Record<string, unknown>;
    expect([...new Set(imported)].filter((name) => !(name in stub))).toEqual([]);
    // A default import would need a default export; the theme uses none.
    expect(
      files(themeLib).some(
        (f) => f.endsWith('.js') && /import\s+\w+\s+from\s*'prism-react-renderer'/.test(readFileSync(f, 'utf8')),
      ),
    ).toBe(false);
  });

  it("the theme's prism-include-languages, which src/theme/prism-include-languages.ts replaces, only adds Prism languages", () => {
    // If the theme's file starts doing anything else, the ejected copy must do it too.
    const themeFile = join(
      root,
      'node_modules',
      '@docusaurus',
      'theme-classic',
      'lib',
      'theme',
      'prism-include-languages.js',
    );
    const code = readFileSync(themeFile, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .replace(/\s+/g, ' ')
      .trim();
    expect(code).toBe(
      "import siteConfig from '@generated/docusaurus.config'; export default function prismIncludeLanguages(PrismObject) { const { themeConfig: {prism}, } = siteConfig; const {additionalLanguages} = prism; const PrismBefore = globalThis.Prism; globalThis.Prism = PrismObject; additionalLanguages.forEach((lang) => { if (lang === 'php') { require('prismjs/components/prism-markup-templating.js'); } require(`prismjs/components/prism-${lang}`); }); delete globalThis.Prism; if (typeof PrismBefore !== 'undefined') { globalThis.Prism = PrismObject; } }",
    );
  });

  it('the build stops if the config asks for Prism languages, which the course would never load', () => {
    expect(additionalPrismLanguages({})).toEqual([]);
    expect(additionalPrismLanguages({ prism: { additionalLanguages: [] } })).toEqual([]);
    const context = {
      siteConfig: { themeConfig: { prism: { additionalLanguages: ['bash'] } } },
    } as unknown as LoadContext;
    expect(() => noCodeHighlighting(context)).toThrow(/additionalLanguages names bash/);
    const plain = { siteConfig: { themeConfig: { prism: { additionalLanguages: [] } } } } as unknown as LoadContext;
    expect(noCodeHighlighting(plain).name).toBe('kap-no-code-highlighting');
  });

  it('every file that depends on Docusaurus internals is listed in UPGRADING.md', () => {
    const COUPLINGS = [
      /@docusaurus\/[\w-]+\/lib\//, // reaches into a package's private files
      /@docusaurus\/theme-common\/internal/,
      /@theme-original\//, // a swizzle that wraps the original
      /\bwindow\.docusaurus\b/,
      /\bclientEntry\b/,
      /@generated\//,
      /\bswRegister\b|PWA_SERVICE_WORKER_URL/, // plugin-pwa's registration hook
      /prism-react-renderer/,
      /\bssrTemplate\b/,
      /data-has-hydrated/, // the attribute Docusaurus flips after hydration
      /__docusaurus/, // ids in Docusaurus' own markup
      /\[class\*=/, // CSS that matches the theme's hashed class names
    ];
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
      );
    const code = [...files(join(root, 'src')), ...files(join(root, 'scripts')), join(root, 'docusaurus.config.ts')]
      .filter((f) => /\.(tsx?|jsx?|mjs|css)$/.test(f))
      .map((f) => relative(root, f));
    const coupled = code.filter((f) => COUPLINGS.some((c) => c.test(readFileSync(join(root, f), 'utf8'))));
    expect(coupled.length).toBeGreaterThan(5);
    expect(coupled.filter((f) => !upgrading.includes(f))).toEqual([]);
  });
});
