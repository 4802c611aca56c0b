import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blobId, isStale, readStamp, translations } from '../../src/i18n/stamp';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'stamp-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe('translation stamps', () => {
  it('use the id Git gives the English file', () => {
    const root = site({ 'docs/a.mdx': 'Hello, café.\n' });
    const git = execFileSync('git', ['hash-object', join(root, 'docs/a.mdx')], { encoding: 'utf8' }).trim();
    expect(blobId('Hello, café.\n')).toBe(git);
  });

  it('find a page’s English source at the same place under docs/, and see when the English changes', () => {
    const english = '---\ntitle: A\n---\nTwo hours.\n';
    const spanish = (id: string) => `---\ntitle: B\ntranslation_of: ${id}\n---\nDos horas.\n`;
    const file = 'i18n/es/docusaurus-plugin-content-docs/current/m/index.mdx';
    const upToDate = site({ 'docs/m/index.mdx': english, [file]: spanish(blobId(english)) });
    expect(readStamp(file, upToDate)).toMatchObject({ source: 'docs/m/index.mdx', translates: blobId(english) });
    expect(isStale(readStamp(file, upToDate))).toBe(false);

    const changed = site({ 'docs/m/index.mdx': english.replace('Two', 'Three'), [file]: spanish(blobId(english)) });
    expect(isStale(readStamp(file, changed))).toBe(true);
  });

  it('read a data file’s source from its first comment, and treat a missing or "?" id as behind', () => {
    const source = 'export const A = "x";\n';
    const stamped = site({
      'src/data/a.ts': source,
      'src/i18n/es/a.ts': `// translation_of: src/data/a.ts ${blobId(source)}\nexport const A = "y";\n`,
      'src/i18n/es/b.ts': '// translation_of: src/data/a.ts ?\nexport const A = "y";\n',
      'src/i18n/es/c.ts': 'export const A = "y";\n',
    });
    expect(isStale(readStamp('src/i18n/es/a.ts', stamped))).toBe(false);
    expect(readStamp('src/i18n/es/b.ts', stamped)).toMatchObject({ translates: null });
    expect(isStale(readStamp('src/i18n/es/b.ts', stamped))).toBe(true);
    expect(readStamp('src/i18n/es/c.ts', stamped)).toMatchObject({ source: '' });
    expect(isStale(readStamp('src/i18n/es/c.ts', stamped))).toBe(true);
  });

  it('list a language’s translated pages and word files, and nothing of another language', () => {
    const root = site({
      'i18n/es/docusaurus-plugin-content-docs/current/m/index.mdx': 'x',
      'i18n/es/docusaurus-plugin-content-docs/current.json': '{}',
      'src/i18n/es/quiz.ts': 'x',
      'src/i18n/es/quizzes/safety.ts': 'x',
      'src/i18n/es/noticeView.tsx': 'x',
      'src/i18n/en/quiz.ts': 'x',
    });
    expect(translations('es', root)).toEqual([
      'i18n/es/docusaurus-plugin-content-docs/current/m/index.mdx',
      'src/i18n/es/noticeView.tsx',
      'src/i18n/es/quiz.ts',
      'src/i18n/es/quizzes/safety.ts',
    ]);
  });
});
