import React, { lazy, Suspense, useCallback, useRef, useState } from 'react';
import OriginalSearchBar from '@theme-original/SearchBar';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { SEARCH_BUTTON_LABEL } from '@locale/searchButton';
import styles from './styles.module.css';

const loadPanel = () => import('@site/src/components/SearchPanel');
const SearchPanel = lazy(loadPanel);

/**
 * The search button in the top bar. The search itself (src/components/SearchPanel) and its
 * index load only when a reader reaches for the button, so pages do not pay for it up front.
 * Wraps the original: with Algolia (or the old engine, for the benchmark) that one is shown.
 */
export default function SearchBar(): React.ReactElement {
  const { siteConfig } = useDocusaurusContext();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  if (siteConfig.customFields?.searchEngine !== 'pagefind') return <OriginalSearchBar />;
  const warm = () => void loadPanel();
  return (
    <div className={styles.searchBar}>
      <button
        ref={button}
        type="button"
        className={styles.button}
        aria-expanded={open}
        aria-haspopup="dialog"
        onPointerEnter={warm}
        onFocus={warm}
        onClick={() => setOpen((o) => !o)}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M10 2a8 8 0 0 1 6.32 12.9l5.39 5.4-1.41 1.4-5.4-5.39A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12z"
          />
        </svg>
        <span className={styles.label}>{SEARCH_BUTTON_LABEL}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchPanel onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
