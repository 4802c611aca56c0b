import React, { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import { useHistory } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { runSearch, type SearchHit, type SearchOutcome } from '@site/src/search/engine';
import { cleanQuery, isCrisisQuery } from '@site/src/search/query';
import { loadPagefind } from '@site/src/search/pagefindClient';
import type { CrisisLine } from '@site/src/data/crisisLines';
import { isCourseLocale, SOURCE_LOCALE, type CourseLocale } from '@site/src/i18n/locales';
import { SEARCH_WORDS as WORDS } from '@locale/search';
import styles from './styles.module.css';

interface Props {
  readonly onClose: () => void;
}

type State =
  | { readonly status: 'idle' }
  | { readonly status: 'searching'; readonly query: string }
  | { readonly status: 'done'; readonly outcome: SearchOutcome }
  | { readonly status: 'failed'; readonly query: string };

/** The line shown with the crisis result: the first 24-hour line that can be called and texted. */
export function crisisLineFor(lines: readonly CrisisLine[]): CrisisLine | undefined {
  const open = lines.filter((l) => l.alwaysOpen);
  const canText = (l: CrisisLine) => l.contacts.some((c) => c.href.startsWith('sms:'));
  return open.find((l) => l.primary && canText(l)) ?? open.find(canText) ?? open[0];
}

/**
 * The crisis result. Its lines are the site's own (the clinic config's, which in the Spanish
 * build default to the Spanish lines, the 988 Lifeline in Spanish first).
 */
function CrisisResult({ id }: { readonly id: string }): React.ReactElement {
  const { crisisLines } = useClinicConfig();
  const line = crisisLineFor(crisisLines);
  const actions = line?.contacts.filter((c) => /^(tel|sms):/.test(c.href)) ?? [];
  return (
    <div className={styles.crisis} id={id} data-testid="search-crisis">
      <p className={styles.crisisLead}>
        <Link to="/help" className={styles.crisisLink}>
          {WORDS.getHelpNow}
        </Link>{' '}
        {WORDS.noNeedToWait}
        {line ? ` ${WORDS.lineFreeAllDay(line.name)}` : ''}
      </p>
      {actions.length > 0 && (
        <p className={styles.crisisActions}>
          {actions.map((c) => (
            <a key={c.href} href={c.href} className={styles.crisisAction}>
              {c.label}
            </a>
          ))}
        </p>
      )}
    </div>
  );
}

function Excerpt({ hit }: { readonly hit: SearchHit }): React.ReactElement {
  return (
    <span className={styles.excerpt} data-part="excerpt">
      {hit.excerpt.map((part, i) =>
        part.mark ? <mark key={i}>{part.text}</mark> : <React.Fragment key={i}>{part.text}</React.Fragment>,
      )}
    </span>
  );
}

function announcement(state: State): string {
  if (state.status === 'searching') return WORDS.searching;
  if (state.status === 'failed') return WORDS.notAvailable;
  if (state.status !== 'done') return '';
  const { outcome } = state;
  const found = WORDS.resultCount(outcome.hits.length);
  return outcome.crisis ? `${WORDS.crisisFirst} ${found}` : found;
}

/** The language of this build's pages: its crisis words, filler words and synonyms. */
function useSearchLocale(): CourseLocale {
  const { i18n } = useDocusaurusContext();
  return isCourseLocale(i18n.currentLocale) ? i18n.currentLocale : SOURCE_LOCALE;
}

/**
 * The search panel: an ARIA combobox with a list of results below the top bar (never over it).
 * Crisis words put "Get help now" with call and text links first; no result is never a dead end.
 */
export default function SearchPanel({ onClose }: Props): React.ReactElement {
  const { siteConfig } = useDocusaurusContext();
  const locale = useSearchLocale();
  const history = useHistory();
  const helpUrl = useBaseUrl('/help');
  const ids = useId();
  const inputId = `${ids}-input`;
  const listId = `${ids}-list`;
  const crisisId = `${ids}-crisis`;
  const panel = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const [active, setActive] = useState(-1);
  const [top, setTop] = useState<number | null>(null);

  // Below the top bar, whatever its height: it never covers "Get help now".
  useLayoutEffect(() => {
    const navbar = document.querySelector('.navbar');
    setTop(navbar ? Math.max(0, navbar.getBoundingClientRect().bottom) : 0);
    input.current?.focus();
  }, []);

  // Start loading the search while the reader types the first words.
  useEffect(() => {
    loadPagefind(siteConfig.baseUrl).catch(() => undefined);
  }, [siteConfig.baseUrl]);

  useEffect(() => {
    const query = cleanQuery(text);
    if (!query) {
      setState({ status: 'idle' });
      return undefined;
    }
    let current = true;
    setState({ status: 'searching', query });
    const timer = setTimeout(() => {
      loadPagefind(siteConfig.baseUrl)
        .then((pagefind) => runSearch(pagefind, query, locale))
        .then((outcome) => {
          if (current) setState({ status: 'done', outcome });
        })
        .catch(() => {
          if (current) setState({ status: 'failed', query });
        });
    }, 80);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, siteConfig.baseUrl, locale]);

  useEffect(() => setActive(-1), [state]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (
        panel.current &&
        !panel.current.contains(target) &&
        !(target instanceof Element && target.closest('[aria-haspopup="dialog"]'))
      )
        onClose();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose]);

  const query = cleanQuery(text);
  const crisis = query !== '' && isCrisisQuery(query, locale);
  const hits = state.status === 'done' && state.outcome.query === query ? state.outcome.hits : [];
  const settled = state.status === 'done' || state.status === 'failed';

  const go = (to: string) => {
    onClose();
    history.push(to);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      setActive((a) => (a + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0 && hits[active]) go(hits[active].url);
      else if (crisis) go(helpUrl);
      else if (hits[0]) go(hits[0].url);
    }
  };

  return (
    // Escape and Tab are handled for the whole panel (dialog pattern); its controls are native.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={panel}
      role="dialog"
      aria-label={WORDS.searchTheCourse}
      className={styles.panel}
      style={top === null ? undefined : { top }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className={styles.box}>
        <label htmlFor={inputId} className={styles.label}>
          {WORDS.searchTheCourse}
        </label>
        <input
          ref={input}
          id={inputId}
          className={styles.input}
          type="search"
          role="combobox"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={2000}
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={crisis ? crisisId : undefined}
          placeholder={WORDS.placeholder}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <p className={styles.hint}>{WORDS.staysOnDevice}</p>
      </div>
      <div className={styles.results}>
        {crisis && <CrisisResult id={crisisId} />}
        {hits.length > 0 && (
          <ul id={listId} role="listbox" aria-label={WORDS.resultsLabel} className={styles.list}>
            {hits.map((hit, i) => (
              // Combobox pattern: the keyboard stays in the input (arrows move aria-activedescendant,
              // Enter opens); a click on an option is the pointer's way to do the same.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={hit.url}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={styles.option}
                onClick={() => go(hit.url)}
                onMouseMove={() => setActive(i)}
              >
                <span className={styles.title}>
                  {hit.title}
                  {hit.page && hit.page !== hit.title && <span className={styles.page}> · {hit.page}</span>}
                </span>
                <span className={styles.kind}>{WORDS.kindLabel[hit.kind]}</span>
                <Excerpt hit={hit} />
              </li>
            ))}
          </ul>
        )}
        {settled && hits.length === 0 && (
          <div className={styles.empty} data-testid="search-empty">
            <p>
              {state.status === 'failed' ? (
                `${WORDS.couldNotLoad} `
              ) : (
                <>
                  {WORDS.noResultsFor} <q>{query}</q>.{' '}
                </>
              )}
              {WORDS.theseMayHelp}
            </p>
            <ul>
              <li>
                <Link to="/help" onClick={onClose}>
                  {WORDS.getHelpNow}
                </Link>{' '}
                {WORDS.crisisLinesAllDay}
              </li>
              <li>
                <Link to="/learn/faq" onClick={onClose}>
                  {WORDS.faq}
                </Link>
              </li>
              <li>
                <Link to="/#modules-heading" onClick={onClose}>
                  {WORDS.browseModules}
                </Link>
              </li>
            </ul>
          </div>
        )}
      </div>
      <div role="status" aria-live="polite" className={styles.label} data-testid="search-status">
        {announcement(state)}
      </div>
    </div>
  );
}
