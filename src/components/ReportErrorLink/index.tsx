import React, { useCallback } from 'react';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { reportErrorHref, sectionLabel } from '@site/src/course/reportError';

interface Props {
  readonly children: React.ReactNode;
  readonly className?: string;
  /** The page's title, for the report's subject (defaults to the site's name). */
  readonly pageTitle?: string;
  /** What the report is about, if not the page's content itself ("Spanish translation"). */
  readonly about?: string;
}

/**
 * The section a report is about: the one in the address after "#" if the page has it, else the
 * nearest section heading above the link.
 */
function currentSection(link: HTMLElement): string | undefined {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  const target = hash ? document.getElementById(hash) : null;
  if (target) return sectionLabel(hash, /^H[1-6]$/.test(target.tagName) ? target.textContent : null);
  const headings = [...document.querySelectorAll<HTMLElement>('article h2[id], article h3[id]')];
  const above = headings.filter((h) => h.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING);
  const nearest = above[above.length - 1];
  return nearest ? sectionLabel(nearest.id, nearest.textContent) : undefined;
}

/**
 * A link to report an error in the content, to `reportErrorUrl` in the clinic config (an email
 * address, a form, or the project's tracker), filled in with the page's address and section.
 * It only opens a draft or a form: nothing is sent until the reader sends it.
 */
export default function ReportErrorLink({ children, className, pageTitle, about }: Props): React.ReactElement {
  const { reportErrorUrl } = useClinicConfig();
  const { siteConfig } = useDocusaurusContext();
  const { pathname } = useLocation();
  const title = pageTitle ?? siteConfig.title;
  // On the server: the page's public address. In the browser, when the reader reaches for the
  // link: the address they are reading and the section they are in.
  const serverHref = reportErrorHref(reportErrorUrl, { url: `${siteConfig.url ?? ''}${pathname}`, title, about });
  const fillIn = useCallback(
    (event: React.SyntheticEvent<HTMLAnchorElement>) => {
      const link = event.currentTarget;
      const url = `${window.location.origin}${window.location.pathname}`;
      link.href = reportErrorHref(reportErrorUrl, { url, title, about, section: currentSection(link) });
    },
    [reportErrorUrl, title, about],
  );
  return (
    <a
      className={className}
      href={serverHref}
      rel="noopener noreferrer"
      onClick={fillIn}
      onFocus={fillIn}
      onMouseEnter={fillIn}
      data-testid="report-error-link"
    >
      {children}
    </a>
  );
}
