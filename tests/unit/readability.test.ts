import {
  analyze,
  analyseMdx,
  countSyllables,
  extractProse,
  readingMinutes,
  splitSentences,
} from '../../src/course/readability';

describe('readability', () => {
  it('counts syllables of common words', () => {
    expect(countSyllables('cat')).toBe(1);
    expect(countSyllables('table')).toBe(2);
    expect(countSyllables('ketamine')).toBe(3);
    expect(countSyllables('psychotherapy')).toBeGreaterThanOrEqual(4);
    expect(countSyllables('988')).toBe(1);
  });

  it('strips front matter, imports, code, tables, headings and JSX tags but keeps inline text', () => {
    const mdx = [
      '---',
      'title: Test',
      '---',
      "import Quiz from '@site/src/components/Quiz';",
      '',
      '## A heading {#a}',
      '',
      'You can <Term id="glutamate">glutamate</Term> stop <Cite id="x" /> at any time.',
      '',
      '| a | b |',
      '|---|---|',
      '| secret table words |',
      '',
      '```js',
      'const code = 1;',
      '```',
      '',
      '- A list item',
      '<Quiz id="safety" />',
    ].join('\n');
    const prose = extractProse(mdx);
    expect(prose).toContain('You can glutamate stop at any time.');
    expect(prose).toContain('A list item.');
    expect(prose).not.toMatch(/title|import|heading|secret|code|Quiz|Cite/);
  });

  it('applies the Flesch-Kincaid formula', () => {
    // 2 sentences, 8 words, 8 syllables: 0.39*4 + 11.8*1 - 15.59 = -2.23
    const report = analyze('The cat sat down. The dog ran off.');
    expect(report.words).toBe(8);
    expect(report.sentences).toBe(2);
    expect(report.grade).toBeCloseTo(-2.2, 1);
  });

  it('grades harder text higher', () => {
    const easy = analyseMdx('You can stop at any time. Your team stays with you. You are in control.');
    const hard = analyseMdx(
      'Pharmacological antagonism of glutamatergic neurotransmission precipitates neuroplastic reorganisation within prefrontal circuitry, according to preliminary investigations.',
    );
    expect(hard.grade).toBeGreaterThan(easy.grade + 8);
  });

  it('splits sentences and estimates reading time at 200 words a minute', () => {
    expect(splitSentences('One. Two? Three!')).toHaveLength(3);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
  });
});
