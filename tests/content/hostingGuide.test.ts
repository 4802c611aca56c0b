import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocs } from '../support/docs';

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const EXAMPLE = read('src/clinic.config.example.ts').trimEnd();

/** The TypeScript code blocks in a Markdown file, with the list indentation removed. */
function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^( *)```ts\n([\s\S]*?)^\1```$/gm)].map(([, indent, body]) =>
    body
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n')
      .trimEnd(),
  );
}

describe('the hosting guide, "A clinic\'s own copy"', () => {
  const guide = loadDocs().find((d) => d.file === 'docs/for-clinicians/host-your-own-copy.mdx');

  it('is published for clinicians at /learn/for-clinicians/host-your-own-copy and linked from their pages', () => {
    expect(guide?.route).toBe('/learn/for-clinicians/host-your-own-copy');
    expect(read('docs/for-clinicians/index.mdx')).toContain('/learn/for-clinicians/host-your-own-copy');
    expect(read('docs/for-clinicians/governance.mdx')).toContain('/learn/for-clinicians/host-your-own-copy');
  });

  it('quotes, in the guide and in the README, exactly the example the clinic build test uses', () => {
    expect(tsBlocks(guide!.source)).toContain(EXAMPLE);
    expect(tsBlocks(read('README.md'))).toContain(EXAMPLE);
    expect(read('scripts/check-clinic-build.ts')).toContain("const FIXTURE = 'src/clinic.config.example.ts'");
  });

  it('covers every step: source, config, build, deploy (with the nginx sample), modules, crisis lines, reports, attribution', () => {
    for (const anchor of [
      'get-the-source',
      'configure',
      'hide-modules',
      'crisis-lines',
      'reports',
      'build',
      'deploy',
      'nginx',
      'security-headers',
      'logs',
      'attribution',
    ]) {
      expect(guide!.source).toContain(`{#${anchor}}`);
    }
    for (const setting of [
      'clinic.name',
      'clinic.phone',
      'clinic.afterHoursPhone',
      'clinic.email',
      'clinic.logo',
      'hiddenModules',
      'crisisLines',
      'crisisLinesByLanguage',
      'reportErrorUrl',
    ]) {
      expect(guide!.source).toContain(setting);
      expect(read('README.md')).toContain(setting);
    }
    expect(existsSync(join(root, 'deploy', 'nginx.conf'))).toBe(true);
    for (const file of ['deploy/nginx.conf', 'LICENSE', 'LICENSE-CONTENT', 'build/_headers'])
      expect(guide!.source + read('README.md')).toContain(file);
  });

  it('ships both licenses, and package.json says which covers what', () => {
    expect(read('LICENSE')).toMatch(/^MIT License/);
    expect(read('LICENSE-CONTENT')).toContain('https://creativecommons.org/licenses/by-sa/4.0/');
    const pkg = JSON.parse(read('package.json')) as { license: string; licenseNotes: string };
    expect(pkg.license).toBe('MIT AND CC-BY-SA-4.0');
    expect(pkg.licenseNotes).toMatch(/MIT.*LICENSE\b.*CC BY-SA 4\.0.*LICENSE-CONTENT/);
  });
});
