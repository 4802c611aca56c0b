import React, { Suspense, lazy, useRef, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { listenButtonText } from '@site/src/data/listenButtonText';
import styles from './styles.module.css';

// The reading code (voices, sentences, controls) loads only when the reader presses Listen.
const Player = lazy(() => import('./Player'));

interface Props {
  /**
   * Set for a control that reads one group of the page (placed right after the group's heading
   * by src/plugins/rehypeGroupListen.ts): the heading's text, which names the control.
   */
  readonly group?: string;
}

/**
 * "Listen" at the top of a chapter or blog post. It reads the element right after it (the
 * page's text); with `group`, the heading right before it and what follows up to the next
 * heading of that level. Nothing is said until the reader presses it.
 */
export default function Listen({ group: title }: Props = {}): React.ReactElement {
  const { i18n } = useDocusaurusContext();
  const text = listenButtonText(i18n?.currentLocale);
  const name = title ? text.groupFor(title) : text.group;
  const group = useRef<HTMLDivElement>(null);
  const [pressed, setPressed] = useState(false);
  return (
    <div
      ref={group}
      role="group"
      aria-label={name}
      tabIndex={-1}
      className={pressed ? `${styles.listen} ${styles.open}` : styles.listen}
      data-listen-skip=""
    >
      {pressed ? (
        <Suspense fallback={null}>
          {title ? (
            <Player target={() => group.current?.previousElementSibling ?? null} scope="group" />
          ) : (
            <Player target={() => group.current?.nextElementSibling ?? null} />
          )}
        </Suspense>
      ) : (
        <button
          type="button"
          aria-label={title ? name : undefined}
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
