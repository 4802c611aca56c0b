import React, { Suspense, lazy, useRef, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { listenButtonText } from '@site/src/data/uiText';
import styles from './styles.module.css';

// The reading code (voices, sentences, controls) loads only when the reader presses Listen.
const Player = lazy(() => import('./Player'));

/**
 * "Listen" at the top of a chapter or blog post. It reads the element right after it (the
 * page's text). Nothing is said until the reader presses it.
 */
export default function Listen(): React.ReactElement {
  const { i18n } = useDocusaurusContext();
  const text = listenButtonText(i18n?.currentLocale);
  const group = useRef<HTMLDivElement>(null);
  const [pressed, setPressed] = useState(false);
  return (
    <div
      ref={group}
      role="group"
      aria-label={text.group}
      tabIndex={-1}
      className={pressed ? `${styles.listen} ${styles.open}` : styles.listen}
      data-listen-skip=""
    >
      {pressed ? (
        <Suspense fallback={null}>
          <Player target={() => group.current?.nextElementSibling ?? null} />
        </Suspense>
      ) : (
        <button
          type="button"
          className="button button--outline button--primary button--sm"
          onClick={() => {
            group.current?.focus(); // keep focus here while the button makes way for the controls
            setPressed(true);
          }}
        >
          <span aria-hidden="true">▶ </span>
          {text.listen}
        </button>
      )}
    </div>
  );
}
