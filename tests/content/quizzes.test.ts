import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MODULES, DOCS_ROUTE } from '../../src/course/modules';
import { QUIZZES } from '../../src/data/quizzes';
import { GLOSSARY } from '../../src/data/glossary';
import { REFERENCES } from '../../src/data/references';
import type { QuizQuestion } from '../../src/course/quiz-types';
import { DOCS_DIR, loadDocs } from '../support/docs';

const docs = loadDocs();
const quizzes = Object.values(QUIZZES);
const questions = quizzes.flatMap((q) => q.questions.map((question) => ({ moduleId: q.moduleId, question })));

/** Ids rendered by components from data, on pages whose headings are generated. */
const GENERATED_ANCHORS: Readonly<Record<string, readonly string[]>> = {
  glossary: GLOSSARY.map((g) => g.id),
  references: REFERENCES.map((r) => r.id),
};

/** Where a link in quiz feedback goes: null if it resolves to a real page and anchor, else why not. */
function linkProblem(link: string): string | null {
  const match = new RegExp(`^${DOCS_ROUTE}/([a-z0-9-]+(?:/[a-z0-9-]+)*)#([A-Za-z0-9_-]+)$`).exec(link);
  if (!match) return `${link}: not of the form ${DOCS_ROUTE}/<page>#<anchor>`;
  const [, page, anchor] = match;
  const folderIndex = `docs/${page}/index.mdx`;
  const file = `docs/${page}.mdx`;
  const doc = docs.find((d) => d.file === folderIndex) ?? docs.find((d) => d.file === file);
  if (!doc || !existsSync(join(DOCS_DIR, '..', doc.file))) return `${link}: no page ${folderIndex} or ${file}`;
  if (doc.route !== `${DOCS_ROUTE}/${page}`) return `${link}: ${doc.file} is published at ${doc.route}`;
  const anchors = [...doc.anchors, ...(GENERATED_ANCHORS[page] ?? [])];
  if (!anchors.includes(anchor)) return `${link}: no {#${anchor}} heading in ${doc.file}`;
  return null;
}

function rightCount(q: QuizQuestion): number {
  return q.options.filter((o) => o.correct).length;
}

describe('quiz registry', () => {
  it('has a quiz for every module in the catalog, filed under its own id', () => {
    for (const m of MODULES) {
      expect({ module: m.id, hasQuiz: QUIZZES[m.id] !== undefined }).toEqual({ module: m.id, hasQuiz: true });
    }
    for (const [key, quiz] of Object.entries(QUIZZES)) {
      expect(quiz.moduleId).toBe(key);
      expect(MODULES.some((m) => m.id === key)).toBe(true);
    }
  });

  it('has at least 5 questions per module and at least 60 in all', () => {
    for (const m of MODULES) {
      expect({ module: m.id, enough: (QUIZZES[m.id]?.questions.length ?? 0) >= 5 }).toEqual({
        module: m.id,
        enough: true,
      });
    }
    expect(questions.length).toBeGreaterThanOrEqual(60);
  });

  it('uses question ids that are unique across the course', () => {
    const ids = questions.map((q) => q.question.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });
});

describe.each(questions.map(({ moduleId, question }) => [`${moduleId}: ${question.id}`, question] as const))(
  '%s',
  (_name, q) => {
    it('has a prompt and uniquely named options', () => {
      expect(q.prompt.trim()).not.toBe('');
      const ids = q.options.map((o) => o.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(q.options.length).toBeGreaterThanOrEqual(2);
    });

    it('has the right number of right answers for its kind', () => {
      if (q.kind === 'truefalse') {
        expect(q.options.map((o) => o.id).sort()).toEqual(['false', 'true']);
        expect(rightCount(q)).toBe(1);
      } else if (q.kind === 'single') {
        expect(rightCount(q)).toBe(1);
      } else {
        expect(q.kind).toBe('multiple');
        expect(rightCount(q)).toBeGreaterThanOrEqual(1);
      }
    });

    it('gives every option feedback, and every wrong option a link', () => {
      for (const o of q.options) {
        expect({ option: o.id, feedback: o.feedback.trim().length > 0 }).toEqual({ option: o.id, feedback: true });
        if (!o.correct)
          expect({ option: o.id, link: typeof o.link === 'string' }).toEqual({ option: o.id, link: true });
      }
    });

    it('links only to pages and anchors that exist', () => {
      const problems = q.options.flatMap((o) => (o.link === undefined ? [] : [linkProblem(o.link)])).filter(Boolean);
      expect(problems).toEqual([]);
    });
  },
);

describe('the link checker itself', () => {
  it('refuses links to missing pages, missing anchors and other shapes', () => {
    expect(linkProblem('/learn/safety#no-such-anchor-here')).toMatch(/no \{#no-such-anchor-here\}/);
    expect(linkProblem('/learn/no-such-page#x')).toMatch(/no page/);
    expect(linkProblem('https://example.com/#x')).toMatch(/not of the form/);
    expect(linkProblem('/learn/safety')).toMatch(/not of the form/);
    expect(linkProblem('/learn/start-here#check')).toBeNull();
  });
});
