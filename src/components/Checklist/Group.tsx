import React, { useId } from 'react';
import Link from '@docusaurus/Link';
import type { ChecklistGroup as Group } from '@site/src/data/checklist';
import { CHECKLIST_UI_TEXT as T } from '@locale/checklistUi';
import styles from './styles.module.css';

interface Props {
  readonly group: Group;
  readonly isTicked: (itemId: string) => boolean;
  readonly onToggle: (itemId: string, ticked: boolean) => void;
}

/** One stage of the journey: its items as checkboxes, each with a "why" that opens. */
export default function ChecklistGroup({ group, isTicked, onToggle }: Props): React.ReactElement {
  const headingId = useId();
  return (
    <div className={styles.group} role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.groupTitle}>
        {group.title}
      </h3>
      <ul className={styles.items}>
        {group.items.map((item) => {
          const inputId = `checklist-${item.id}`;
          return (
            <li key={item.id} className={styles.item}>
              <div className={styles.row}>
                <input
                  id={inputId}
                  type="checkbox"
                  className={styles.box}
                  checked={isTicked(item.id)}
                  onChange={(e) => onToggle(item.id, e.currentTarget.checked)}
                />
                <label htmlFor={inputId} className={styles.label}>
                  {item.text}
                </label>
              </div>
              <details className={styles.why}>
                <summary className={styles.summary}>
                  {T.whyThisMatters}
                  <span className="sr-only">: {item.text}</span>
                </summary>
                <p className={styles.whyText}>
                  {item.why} <Link to={item.link}>{T.readMore}</Link>
                </p>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
