/**
 * "Report a problem with this page": the address the link opens, filled in with the page's
 * address and section. Nothing is sent by the site: a mailto: link opens the reader's email app
 * with a draft, and a form or tracker address opens that page with the details filled in. The
 * reader chooses whether to send.
 */

export interface ReportedPage {
  /** The page's full address, without the part after "#". */
  readonly url: string;
  /** The page's title. */
  readonly title: string;
  /** The section: its heading and anchor ("Bladder problems (#bladder)"), if known. */
  readonly section?: string;
  /** What the report is about when it is not the page's content itself ("Spanish translation"). */
  readonly about?: string;
}

const GITHUB_ISSUES = /^https:\/\/github\.com\/[^/?#]+\/[^/?#]+\/issues\/?$/;

/** What the draft says: the page, the section, and what to write (and what not to). */
export function reportBody(page: ReportedPage): string {
  return [
    `Page: ${page.url}`,
    ...(page.about ? [`About: ${page.about}`] : []),
    `Section: ${page.section ?? '(please say which part of the page)'}`,
    '',
    'What is wrong, and what should it say? If you can, name a source.',
    '',
    'Please do not write anything about your own health or about a client.',
  ].join('\n');
}

function withQuery(base: string, params: Readonly<Record<string, string>>): string {
  const query = Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return `${base}${base.includes('?') ? '&' : '?'}${query}`;
}

/**
 * The link for a report about `page`, sent to `reportErrorUrl`:
 * - `mailto:` gets a subject and a body (the draft);
 * - a GitHub issue tracker opens a new issue with a title and body;
 * - any other https:// address (a clinic's form) gets `page`, `section` and `title` parameters.
 */
export function reportErrorHref(reportErrorUrl: string, page: ReportedPage): string {
  const subject = `Problem on "${page.title}"${page.about ? ` (${page.about})` : ''}`;
  if (reportErrorUrl.startsWith('mailto:')) {
    return withQuery(reportErrorUrl, { subject, body: reportBody(page) });
  }
  if (GITHUB_ISSUES.test(reportErrorUrl)) {
    return withQuery(`${reportErrorUrl.replace(/\/$/, '')}/new`, { title: subject, body: reportBody(page) });
  }
  return withQuery(reportErrorUrl, {
    page: page.url,
    section: page.section ?? '',
    title: page.title,
    ...(page.about ? { about: page.about } : {}),
  });
}

/** A section as the report names it: "Heading text (#anchor)", or just "#anchor". */
export function sectionLabel(anchor: string, headingText?: string | null): string {
  const text = headingText?.replace(/\s+/g, ' ').replace(/#$/, '').trim();
  return text ? `${text} (#${anchor})` : `#${anchor}`;
}
