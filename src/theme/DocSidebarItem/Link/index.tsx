import React from 'react';
import clsx from 'clsx';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type { WrapperProps } from '@docusaurus/types';
import { useModuleDone } from '@site/src/hooks/useModuleDone';
import { SIDEBAR_TEXT } from '@locale/sidebar';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LinkType>;

/**
 * Wraps the sidebar link: a module the reader has read and whose check is done gets a tick (✓ drawn by CSS)
 * and "completed" in its accessible name. It is always the same original link, only its class
 * and label change, so the link is never rebuilt (a focused link keeps focus).
 */
export default function DocSidebarItemLinkWrapper(props: Props): React.ReactElement {
  const moduleId = props.item.customProps?.moduleId;
  const done = useModuleDone(typeof moduleId === 'string' ? moduleId : undefined);
  if (!done) return <Link {...props} />;
  // Extra props are passed on to the <a> by the original component.
  const extra = { 'aria-label': SIDEBAR_TEXT.completed(props.item.label) } as Record<string, string>;
  return <Link {...props} {...extra} item={{ ...props.item, className: clsx(props.item.className, styles.done) }} />;
}
