/**
 * The spell check (`npm run test:spell`, cspell.config.yaml) must fail on British spellings and
 * unknown words, and must keep covering every English page, quiz, glossary entry and UI string.
 * These tests run the real checker, with the project's own configuration, on planted text.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ROOT } from '../support/docs';

const CSPELL = join(ROOT, 'node_modules', 'cspell', 'bin.mjs');

interface SpellResult {
  readonly status: number | null;
  readonly output: string;
}

/** Checks `text` as if it were the file at `asPath` (relative to the repository root). */
function spell(text: string, asPath: string): SpellResult {
  const run = spawnSync(
    process.execPath,
    [CSPELL, 'lint', '--no-progress', '--no-summary', '--no-color', `stdin://${asPath}`],
    { cwd: ROOT, input: text, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const BRITISH = [
  'anaesthetic',
  'counselling',
  'counsellor',
  'licence',
  'programme',
  'behaviour',
  'colour',
  'centre',
  'authorisation',
  'organisation',
  'hospitalisation',
  'summarise',
  'analyse',
  'judgement',
  'randomised',
];

const US = [
  'anesthetic',
  'counseling',
  'counselor',
  'license',
  'program',
  'behavior',
  'color',
  'center',
  'authorization',
  'organization',
  'hospitalization',
  'summarize',
  'analyze',
  'judgment',
  'randomized',
];

describe('spell check (cspell, US English)', () => {
  it('fails on each British spelling in a chapter, naming the word', () => {
    const result = spell(`${BRITISH.map((w) => `The ${w} is here.`).join('\n')}\n`, 'docs/planted/index.mdx');
    expect(result.status).not.toBe(0);
    for (const word of BRITISH) {
      expect(result.output).toContain(`(${word})`);
    }
  });

  it('passes the same sentences in US spelling, with the course words it knows', () => {
    const text = `${US.map((w) => `The ${w} is here.`).join('\n')}\nEsketamine (Spravato) and ketamine act on NMDA receptors.\n`;
    const result = spell(text, 'docs/planted/index.mdx');
    expect(result).toEqual({ status: 0, output: '' });
  });

  it('fails on an unknown word (a typo) in a chapter', () => {
    const result = spell('Ketamine is a medicne given by a clinican.\n', 'docs/planted/index.mdx');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('(medicne)');
    expect(result.output).toContain('(clinican)');
  });

  it('checks UI strings in components and quiz data, but not constant names', () => {
    const component = "const CENTRE_X = 1;\nexport const label = 'Tick your favourite colour';\n";
    const result = spell(component, 'src/components/Planted/index.tsx');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('(favourite)');
    expect(result.output).toContain('(colour)');
    expect(result.output).not.toContain('CENTRE');

    const quiz = "export default { prompt: 'Which programme is safer?' };\n";
    expect(spell(quiz, 'src/data/quizzes/planted.ts').output).toContain('(programme)');
  });

  it('keeps published titles as published, but checks every other field of a reference', () => {
    const reference = [
      '  {',
      "    id: 'planted2022',",
      "    authors: 'Smyth QZ, Xoqr PT',",
      "    title: 'A randomised trial of ketamine in generalised anxiety',",
      "    source: 'British Journal of Anaesthesia 1(2):3–4',",
      "    note: 'The licence field is not a title',",
      '  },',
      '',
    ].join('\n');
    const result = spell(reference, 'src/data/references.ts');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('(licence)');
    expect(result.output).not.toMatch(/randomised|generalised|Anaesthesia|Smyth|Xoqr/);
  });

  it('covers every English page, quiz, glossary entry and UI string, and runs in npm test', () => {
    const config = yaml.load(readFileSync(join(ROOT, 'cspell.config.yaml'), 'utf8')) as {
      language: string;
      files: string[];
      flagWords: string[];
    };
    expect(config.language).toBe('en-US');
    expect(config.files).toEqual(
      expect.arrayContaining([
        'docs/**/*.{md,mdx}',
        'blog/**',
        'src/data/**',
        'src/pages/**',
        'src/components/**',
        'docusaurus.config.ts',
      ]),
    );
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts['test:spell']).toMatch(/^cspell\b/);
    // npm test runs scripts/test-all.mjs, whose stages run the spell check right after the types.
    expect(scripts.test).toBe('node scripts/test-all.mjs');
    const stages = readFileSync(join(ROOT, 'scripts/test-all.mjs'), 'utf8');
    expect(stages).toMatch(/'test:types'\]\],\s*\['spell check', 'npm', \['run', '--silent', 'test:spell'\]\]/);
  });
});
