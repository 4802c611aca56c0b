import React, { Suspense, lazy } from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type { WrapperProps } from '@docusaurus/types';
import { useAfterLoad } from '@site/src/hooks/useAfterLoad';

type Props = WrapperProps<typeof LinkType>;

// Ticks need the reader's progress, which is loaded after the page so that every chapter
// shows without waiting for it.
const CompletedLink = lazy(() => import('@site/src/components/CompletedLink'));

/** Wraps the sidebar link: module links get a tick once the reader has read and passed them. */
export default function DocSidebarItemLinkWrapper(props: Props): React.ReactElement {
  const loaded = useAfterLoad();
  const isModule = typeof props.item.customProps?.moduleId === 'string';
  if (!loaded || !isModule) return <Link {...props} />;
  return (
    <Suspense fallback={<Link {...props} />}>
      <CompletedLink {...props} />
    </Suspense>
  );
}
