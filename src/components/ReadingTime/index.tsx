import React from 'react';
import { getModule } from '@site/src/course/modules';
import { moduleTimeText } from '@site/src/course/moduleTime';
import styles from './styles.module.css';

interface Props {
  /** Set by the reading-time remark plugin (src/plugins/remarkReadingTime.ts). */
  readonly minutes: string | number;
  /** Set by the plugin on course modules: the time then comes from the module catalog. */
  readonly moduleId?: string;
}

export default function ReadingTime({ minutes, moduleId }: Props): React.ReactElement {
  const courseModule = moduleId ? getModule(moduleId) : undefined;
  if (courseModule) return <p className={styles.readingTime}>About {moduleTimeText(courseModule)}</p>;
  const n = Number(minutes);
  return <p className={styles.readingTime}>About {n} {n === 1 ? 'minute' : 'minutes'} to read</p>;
}
