import React from 'react';
import clsx from 'clsx';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type { WrapperProps } from '@docusaurus/types';
import { isModuleComplete } from '@site/src/course/progress';
import { useProgress } from '@site/src/hooks/useProgress';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LinkType>;

/**
 * A sidebar link that shows whether its module is done: read and passed gets a tick (✓ drawn
 * by CSS) and "completed" in its accessible name. Otherwise the original link, unchanged.
 */
export default function CompletedLink(props: Props): React.ReactElement {
  const { progress, ready } = useProgress();
  const moduleId = props.item.customProps?.moduleId;
  const done = ready && typeof moduleId === 'string' && isModuleComplete(progress, moduleId);
  if (!done) return <Link {...props} />;
  // Extra props are passed on to the <a> by the original component.
  const extra = { 'aria-label': `${props.item.label}, completed` } as Record<string, string>;
  return <Link {...props} {...extra} item={{ ...props.item, className: clsx(props.item.className, styles.done) }} />;
}
