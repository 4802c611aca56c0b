import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODULES } from '../../src/course/modules';
import { headingsWithoutAnchor, sectionAddresses } from '../../src/course/anchors';
import { readChapterAddresses } from '../../src/plugins/chapterAddresses';
import { REDIRECT_RULES, redirectsFor } from '../../src/config/redirects';

const DOCS = join(__dirname, '..', '..', 'docs');
const PAGES = join(__dirname, '..', '..', 'src', 'pages');

describe('section addresses', () => {
  it('reads ## and ### headings with explicit anchors, skipping front matter and code', () => {
    const mdx = [
      '---',
      'title: "## Not a heading {#fm}"',
      '---',
      '## Bladder problems {#bladder}',
      '### What <Term id="x">cystitis</Term> is, in **plain** words {#cystitis}',
      '```md',
      '## Example in code {#code}',
      '```',
      '#### Too deep {#deep}',
      '## No anchor here',
    ].join('\n');
    expect(sectionAddresses(mdx)).toEqual([
      { level: 2, anchor: 'bladder', text: 'Bladder problems' },
      { level: 3, anchor: 'cystitis', text: 'What cystitis is, in plain words' },
    ]);
    expect(headingsWithoutAnchor(mdx)).toEqual(['## No anchor here']);
  });

  it('lists every section of every chapter, so the linking page cannot drift from the chapters', () => {
    const chapters = readChapterAddresses(DOCS, MODULES);
    expect(chapters.map((c) => c.path)).toEqual(MODULES.map((m) => m.path));
    for (const chapter of chapters) {
      const source = readFileSync(join(DOCS, chapter.id, 'index.mdx'), 'utf8');
      const headingLines = source.split('\n').filter((l) => /^#{2,3}\s/.test(l));
      // Every heading has an anchor and appears in the list, once, in page order.
      expect({ chapter: chapter.id, missing: headingsWithoutAnchor(source) }).toEqual({
        chapter: chapter.id,
        missing: [],
      });
      expect(chapter.sections).toHaveLength(headingLines.length);
      const anchors = chapter.sections.map((s) => s.anchor);
      expect(new Set(anchors).size).toBe(anchors.length);
      for (const s of chapter.sections) expect(source).toContain(`{#${s.anchor}}`);
    }
  });

  it('gives every clinician page heading an explicit anchor', () => {
    for (const file of readdirSync(join(DOCS, 'for-clinicians'))) {
      expect({
        file,
        missing: headingsWithoutAnchor(readFileSync(join(DOCS, 'for-clinicians', file), 'utf8')),
      }).toEqual({
        file,
        missing: [],
      });
    }
  });
});

describe('redirects', () => {
  const modulePaths = MODULES.map((m) => m.path);
  const pagePaths = ['/plan/build', '/learn/for-clinicians', '/plan'];

  it('point at a module chapter or an existing page, from addresses no page uses', () => {
    const froms = REDIRECT_RULES.flatMap((r) => r.from);
    expect(new Set(froms).size).toBe(froms.length);
    for (const r of redirectsFor(MODULES)) {
      // Suggested plans' short addresses open the plan page with the plan named after "#".
      expect([...modulePaths, ...pagePaths]).toContain(r.to.replace(/#preset=[a-z-]+$/, ''));
      for (const from of r.from) {
        expect(from).toMatch(/^\/[a-z/-]+$/);
        expect(modulePaths).not.toContain(from);
        expect(from).not.toBe(r.to);
      }
    }
    // No redirect shadows a page in src/pages.
    const pages = readdirSync(PAGES, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.tsx'));
    const routes = pages.map((f) => `/${f.replace(/\.tsx$/, '').replace(/(^|\/)index$/, '')}`);
    for (const from of froms) expect(routes).not.toContain(from);
  });

  it('leave out aliases for modules a clinic hides', () => {
    const visible = MODULES.filter((m) => m.id !== 'safety');
    const redirects = redirectsFor(visible);
    expect(redirects.flatMap((r) => r.from)).not.toContain('/safety');
    expect(redirects.map((r) => r.to)).not.toContain('/learn/safety');
    expect(redirects.flatMap((r) => r.from)).toContain('/start');
  });
});
