import { analyseMdx } from '../../src/course/readability';
import { MODULES } from '../../src/course/modules';
import { isClinicianDoc, loadBlogPosts, loadDocs } from '../support/docs';

const docs = loadDocs();
const GENERATED = new Set(['docs/glossary.mdx', 'docs/references.mdx']);
const clientDocs = docs.filter((d) => !isClinicianDoc(d) && !GENERATED.has(d.file));
const clinicianDocs = docs.filter(isClinicianDoc);
const chapters = MODULES.map((m) => docs.find((d) => d.file === `docs/${m.id}/index.mdx`)).filter(
  (d): d is NonNullable<typeof d> => d !== undefined,
);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

describe('reading level (Flesch-Kincaid, STYLE.md)', () => {
  it.each([...clientDocs, ...loadBlogPosts()].map((d) => [d.file, d] as const))(
    '%s is grade 8 or lower, with no sentence over 30 words',
    (_file, doc) => {
      const report = analyseMdx(doc.source);
      expect({ grade: report.grade, ok: report.grade <= 8 }).toEqual({ grade: report.grade, ok: true });
      expect(report.longestSentence).toBeLessThanOrEqual(30);
      expect(report.wordsPerSentence).toBeLessThan(17);
    },
  );

  it('keeps the median client chapter at grade 7 or lower', () => {
    expect(chapters).toHaveLength(MODULES.length);
    expect(median(chapters.map((d) => analyseMdx(d.source).grade))).toBeLessThanOrEqual(7);
  });

  it.each(clinicianDocs.map((d) => [d.file, d] as const))('%s (for clinicians) is grade 12 or lower', (_file, doc) => {
    expect(analyseMdx(doc.source).grade).toBeLessThanOrEqual(12);
  });

  // Short enough for one sitting; "Start here" is the shortest chapter, at 4 minutes.
  it('gives each client chapter 4 to 12 minutes of reading', () => {
    const outside = chapters
      .map((doc) => ({ file: doc.file, minutes: analyseMdx(doc.source).minutes }))
      .filter(({ minutes }) => minutes < 4 || minutes > 12);
    expect(outside).toEqual([]);
  });
});
