/**
 * The crisis box (<HelpNow />) goes where suicide, self-harm or crisis is discussed, and only
 * there (issue 12): a reader looking up costs should not meet it, and a reader reading about
 * suicidal thoughts always should. The "Get help now" link in the top bar is on every page anyway.
 */
import { blocks, sections } from '../support/blocks';
import { loadBlogPosts, loadDocs } from '../support/docs';

const pages = [...loadDocs(), ...loadBlogPosts()];

/** Words about suicide or self-harm. */
const SUICIDE = /suicid|self-harm|harm(?:ing)? yourself|ending your life/i;
/** Words that mean a section is about crisis: the box is allowed there. */
const CRISIS = new RegExp(`${SUICIDE.source}|\\bcrisis\\b|struggling now|in danger`, 'i');

/**
 * Whether a section speaks to the reader about their own suicidal thoughts or self-harm (a
 * sentence with both "you" and such words): the box is required there. A label's indication
 * ("approved for depression with suicidal thoughts") or a screening list item does not.
 */
function speaksOfSuicide(text: string): boolean {
  return blocks(text)
    .flatMap((b) => b.source.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/))
    .some((sentence) => SUICIDE.test(sentence) && /\b(?:you|your|yourself|I)\b/i.test(sentence));
}
const BOX = /^<HelpNow\s*\/>\s*$/m;

/** Sections a box sits in that are not about crisis, and suicide sections with no box. */
export function boxProblems(body: string): string[] {
  return sections(body).flatMap((s) => {
    const name = s.heading || '(before the first heading)';
    const text = s.source.replace(/<HelpNow\s*\/>/g, '');
    const problems: string[] = [];
    if (BOX.test(s.source) && !CRISIS.test(text)) problems.push(`"${name}" has a crisis box but is not about crisis`);
    if (speaksOfSuicide(text) && !BOX.test(s.source))
      problems.push(`"${name}" discusses suicide or self-harm but has no crisis box`);
    return problems;
  });
}

describe('the crisis box', () => {
  it.each(pages.map((d) => [d.file, d] as const))('%s shows it exactly where crisis is discussed', (_file, doc) => {
    expect(boxProblems(doc.body)).toEqual([]);
  });

  it('is on the pages that discuss suicide at all', () => {
    const withBox = pages.filter((d) => BOX.test(d.body)).map((d) => d.file);
    expect(withBox).toEqual(
      expect.arrayContaining([
        'docs/faq.mdx',
        'docs/safety/index.mdx',
        'docs/integration/index.mdx',
        'docs/start-here/index.mdx',
      ]),
    );
  });

  it('is no longer in the money section of Finding care', () => {
    const doc = pages.find((d) => d.file === 'docs/finding-care/index.mdx')!;
    const money = sections(doc.body).find((s) => s.heading === 'If money is a barrier')!;
    expect(money.source).not.toMatch(BOX);
  });

  it('the rule catches a box in the wrong place and a missing one (the check itself can fail)', () => {
    expect(boxProblems('## Cost {#cost}\n\nPrices vary.\n\n<HelpNow />\n')).toEqual([
      '"Cost" has a crisis box but is not about crisis',
    ]);
    expect(boxProblems('## Hard days {#hard}\n\nIf you think about suicide, call 988.\n')).toEqual([
      '"Hard days" discusses suicide or self-harm but has no crisis box',
    ]);
    expect(boxProblems('## Hard days {#hard}\n\nIf you think about suicide, reach out.\n\n<HelpNow />\n')).toEqual([]);
    expect(boxProblems('## Approval {#approval}\n\nIt is approved for depression with suicidal thoughts.\n')).toEqual(
      [],
    );
  });
});
