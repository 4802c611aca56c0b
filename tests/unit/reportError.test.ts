import fc from 'fast-check';
import { reportBody, reportErrorHref, sectionLabel } from '../../src/course/reportError';

const page = {
  url: 'https://course.example/learn/safety',
  title: 'Safety and side effects',
  section: 'Bladder problems (#bladder)',
};

describe('report-a-problem links', () => {
  it('opens an email draft with the page and section, for a mailto: address', () => {
    const href = reportErrorHref('mailto:content@clinic.example', page);
    expect(href.startsWith('mailto:content@clinic.example?subject=')).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toBe('Problem on "Safety and side effects"');
    expect(params.get('body')).toContain('Page: https://course.example/learn/safety');
    expect(params.get('body')).toContain('Section: Bladder problems (#bladder)');
    expect(params.get('body')).toMatch(/do not write anything about your own health/);
  });

  it('opens a new issue on a GitHub tracker, and passes page, section and title to a form', () => {
    const issue = new URL(reportErrorHref('https://github.com/kap-course/kap-course/issues', page));
    expect(issue.pathname).toBe('/kap-course/kap-course/issues/new');
    expect(issue.searchParams.get('body')).toContain('#bladder');
    const form = new URL(reportErrorHref('https://clinic.example/forms/report?lang=en', page));
    expect(form.searchParams.get('lang')).toBe('en');
    expect(form.searchParams.get('page')).toBe(page.url);
    expect(form.searchParams.get('section')).toBe(page.section);
    expect(form.searchParams.get('title')).toBe(page.title);
  });

  it('says when a report is about a translation, in the subject, the draft and a form', () => {
    const about = 'traducción al español / Spanish translation';
    const mail = new URL(reportErrorHref('mailto:content@clinic.example', { ...page, about }));
    expect(mail.searchParams.get('subject')).toBe(`Problem on "Safety and side effects" (${about})`);
    expect(mail.searchParams.get('body')).toContain(`About: ${about}`);
    const issue = new URL(reportErrorHref('https://github.com/kap-course/kap-course/issues', { ...page, about }));
    expect(issue.searchParams.get('title')).toContain('(traducción al español / Spanish translation)');
    const form = new URL(reportErrorHref('https://clinic.example/forms/report', { ...page, about }));
    expect(form.searchParams.get('about')).toBe(about);
    // A report about the page itself says nothing of the kind.
    expect(reportErrorHref('mailto:content@clinic.example', page)).not.toContain('About');
  });

  it('asks which part of the page when the section is not known', () => {
    expect(reportBody({ url: page.url, title: page.title })).toContain('Section: (please say which part of the page)');
  });

  it('names a section by its heading and anchor', () => {
    expect(sectionLabel('bladder', '  Bladder\n problems #')).toBe('Bladder problems (#bladder)');
    expect(sectionLabel('check', null)).toBe('#check');
  });

  it('keeps any page title and section intact through the address (no injection into the draft)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, section) => {
        const href = reportErrorHref('mailto:a@clinic.example', { url: page.url, title, section });
        const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
        expect([...params.keys()]).toEqual(['subject', 'body']);
        expect(params.get('subject')).toBe(`Problem on "${title}"`);
        expect(params.get('body')).toContain(`Section: ${section}\n`);
      }),
    );
  });
});
