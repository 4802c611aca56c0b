import React, { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import { CHAPTER_TEXT as T } from '@locale/chapter';
import styles from './styles.module.css';

interface Props {
  /** Id of an entry in src/data/glossary.ts. */
  readonly id: string;
  /** The words as they read in the sentence. */
  readonly children: React.ReactNode;
  /** Filled in at build time by src/plugins/remarkCourseData.ts. */
  readonly term?: string;
  readonly definition?: string;
}

/** Room kept between an open definition and the edge of the screen, in pixels. */
const EDGE = 8;
/** Where the definition is a sheet along the bottom of the screen (as in styles.module.css). */
const SHEET_MEDIA = '(max-width: 600px)';

// useLayoutEffect warns during the server render; the panel is closed there anyway.
const useBrowserLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * A glossary word. It is a button that opens the plain definition in a small panel below the word
 * (above it near the bottom of the screen; a sheet at the bottom of the screen on phones), over the text rather than inside it, so the
 * sentence stays on its line. It works the same by mouse, touch, keyboard and screen reader:
 * the panel follows the button in reading order; Escape, the Close button, a tap elsewhere or
 * moving focus away closes it, and focus goes back to the word when it was inside the panel.
 */
export default function Term({ id, children, term, definition }: Props): React.ReactElement {
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  const panelId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLSpanElement>(null);

  function close(returnFocus: boolean): void {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }

  // On wider screens the panel is placed just below the word, kept on the screen, and follows
  // the word when the page scrolls. (On phones, CSS makes it a sheet at the bottom instead.)
  useBrowserLayoutEffect(() => {
    if (!open) return undefined;
    const update = (): void => {
      const word = button.current?.getBoundingClientRect();
      const box = panel.current?.getBoundingClientRect();
      if (!word || !box) return;
      const maxLeft = document.documentElement.clientWidth - box.width - EDGE;
      const fitsBelow = word.bottom + 6 + box.height <= window.innerHeight - EDGE;
      const top = fitsBelow || word.top - 6 - box.height < EDGE ? word.bottom + 6 : word.top - 6 - box.height;
      setPlace({ top, left: Math.max(EDGE, Math.min(word.left, maxLeft)) });
    };
    update();
    // On a phone the sheet must not cover the word: scroll the word up above it.
    const word = button.current?.getBoundingClientRect();
    const sheet = panel.current?.getBoundingClientRect();
    if (word && sheet && window.matchMedia?.(SHEET_MEDIA).matches && word.bottom > sheet.top - EDGE) {
      window.scrollBy({ top: word.bottom - sheet.top + 2 * EDGE });
    }
    window.addEventListener('scroll', update, { passive: true, capture: true });
    window.addEventListener('resize', update, { passive: true });
    return () => {
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [open]);

  // A tap or click anywhere else closes the panel.
  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent): void => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  if (term === undefined || definition === undefined) {
    throw new Error(`<Term id="${id}"> was not filled in from src/data/glossary.ts`);
  }
  return (
    // Escape and focus leaving close the open definition; the word and Close are real buttons.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <span
      ref={wrapper}
      className={styles.term}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close(true);
        }
      }}
      onBlur={(e) => {
        if (open && !wrapper.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={styles.button}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setPlace(null);
          setOpen((o) => !o);
        }}
      >
        {children}
      </button>
      {/* The pop-up is not read aloud by "Listen" (src/course/readAloud.ts): the sentence goes on. */}
      <span
        ref={panel}
        id={panelId}
        className={styles.panel}
        hidden={!open}
        data-listen-skip=""
        style={open && place ? { top: place.top, left: place.left } : undefined}
      >
        <strong>{term}:</strong> {definition} <Link to={`/learn/glossary#${id}`}>{T.moreInGlossary}</Link>{' '}
        <button type="button" className={`${styles.close} search-ignore`} onClick={() => close(true)}>
          {T.close}
          <span className="sr-only">{T.closeWhat(term)}</span>
        </button>
      </span>
    </span>
  );
}
