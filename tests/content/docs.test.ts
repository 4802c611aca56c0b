import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MODULES, DOCS_ROUTE, CHECK_MINUTES } from '../../src/course/modules';
import { COURSE_EXTRAS } from '../../src/course/sidebar';
import { reviewDateProblems } from '../../src/course/reviewDates';
import { analyseMdx } from '../../src/course/readability';
import { citeIds, DOCS_DIR, loadBlogPosts, loadDocs } from '../support/docs';

const docs = loadDocs();
const blog = loadBlogPosts();

describe('module catalog matches docs/', () => {
  it('has one folder with an index.mdx for every module, published at the module path', () => {
    for (const m of MODULES) {
      const doc = docs.find((d) => d.file === `docs/${m.id}/index.mdx`);
      expect(doc).toBeDefined();
      expect(doc?.route).toBe(m.path);
      expect(m.path).toBe(`${DOCS_ROUTE}/${m.id}`);
    }
  });

  it('has no module folder under docs/ that the catalog does not list', () => {
    const folders = readdirSync(DOCS_DIR).filter((name) => statSync(join(DOCS_DIR, name)).isDirectory());
    const known = new Set([...MODULES.map((m) => m.id), 'for-clinicians']);
    expect(folders.filter((f) => !known.has(f))).toEqual([]);
  });

  it('numbers modules 1..n with unique ids', () => {
    expect(MODULES.map((m) => m.order)).toEqual(MODULES.map((_, i) => i + 1));
    expect(new Set(MODULES.map((m) => m.id)).size).toBe(MODULES.length);
  });

  it('gives every module a title, objectives, and the reading time its chapter really has', () => {
    for (const m of MODULES) {
      const doc = docs.find((d) => d.file === `docs/${m.id}/index.mdx`);
      expect(doc?.frontMatter.title).toBe(m.title);
      expect(m.objectives.length).toBeGreaterThan(0);
      // The plan, the home page and the chapter's own "About N minutes" all show m.minutes:
      // reading time (as the reading-time plugin computes it) plus the knowledge check.
      const reading = analyseMdx(doc?.source ?? '').minutes;
      expect({ id: m.id, readingMinutes: m.readingMinutes }).toEqual({ id: m.id, readingMinutes: reading });
      expect(m.minutes).toBe(reading + CHECK_MINUTES);
    }
  });

  it('has the docs the sidebar lists after the modules', () => {
    for (const extra of COURSE_EXTRAS) {
      expect(existsSync(join(DOCS_DIR, `${extra.id}.mdx`))).toBe(true);
    }
  });
});

describe('front matter of every doc and blog post', () => {
  const all = [...docs, ...blog];

  it.each(all.map((d) => [d.file, d] as const))(
    '%s has title, one-sentence description and review dates',
    (_file, doc) => {
      const fm = doc.frontMatter;
      expect(typeof fm.title).toBe('string');
      expect(String(fm.title).trim().length).toBeGreaterThan(0);
      expect(typeof fm.description).toBe('string');
      const description = String(fm.description).trim();
      expect(description.length).toBeGreaterThan(20);
      expect(description.length).toBeLessThanOrEqual(200);
      // One sentence: a single full stop, at the end.
      expect(description.replace(/\.$/, '')).not.toMatch(/[.!?]\s/);
      expect(reviewDateProblems(fm.last_reviewed, fm.review_due)).toEqual([]);
    },
  );

  it.each(all.map((d) => [d.file, d] as const))('%s lists exactly the sources it cites', (_file, doc) => {
    const listed = Array.isArray(doc.frontMatter.sources) ? doc.frontMatter.sources.map(String) : null;
    expect(listed).not.toBeNull();
    expect([...new Set(listed)].sort()).toEqual([...new Set(citeIds(doc.body))].sort());
  });

  it('rejects malformed dates (the check itself can fail)', () => {
    expect(reviewDateProblems('2026-13-01', '2027-01-01')).not.toEqual([]);
    expect(reviewDateProblems('2026-11-22', '2030-11-23')).not.toEqual([]);
    expect(reviewDateProblems('22/11/2026', '2027-11-22')).not.toEqual([]);
    expect(reviewDateProblems(undefined, '2027-11-22')).not.toEqual([]);
  });
});

describe('chapter body rules', () => {
  it.each(docs.map((d) => [d.file, d] as const))(
    '%s gives every ## and ### heading an explicit anchor, and no # heading',
    (_file, doc) => {
      const withoutCode = doc.body.replace(/```[\s\S]*?```/g, '');
      const headings = withoutCode.split('\n').filter((l) => /^#{1,6}\s/.test(l));
      expect(headings.filter((h) => /^#\s/.test(h))).toEqual([]);
      expect(headings.filter((h) => /^#{2,3}\s/.test(h) && !/\{#[\w-]+\}\s*$/.test(h))).toEqual([]);
      expect(headings.filter((h) => /^#{5,6}\s/.test(h))).toEqual([]);
      expect(new Set(doc.anchors).size).toBe(doc.anchors.length);
    },
  );

  it('every client module ends with its knowledge check', () => {
    for (const m of MODULES) {
      const doc = docs.find((d) => d.file === `docs/${m.id}/index.mdx`);
      expect(doc?.anchors).toContain('check');
      expect(doc?.body).toMatch(new RegExp(`<Quiz\\s+id=["']${m.id}["']\\s*/>`));
    }
  });

  it.each([...docs, ...blog].map((d) => [d.file, d] as const))('%s has no placeholder text', (_file, doc) => {
    expect(doc.source).not.toMatch(/\b(lorem|ipsum|TODO|TBD|FIXME|XXX)\b/i);
  });

  it.each([...docs, ...blog].map((d) => [d.file, d] as const))('%s loads nothing from other hosts', (_file, doc) => {
    expect(doc.source).not.toMatch(/<(img|script|iframe|link)\b[^>]*\b(src|href)=["']https?:/i);
    expect(doc.source).not.toMatch(/!\[[^\]]*\]\(https?:/);
  });
});
