import React from 'react';
import Mobile from '@theme-original/DocSidebar/Mobile';
import type MobileType from '@theme/DocSidebar/Mobile';
import type { WrapperProps } from '@docusaurus/types';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import { useMountWhenSettled } from '@site/src/hooks/useAfterLoad';

type Props = WrapperProps<typeof MobileType>;

/**
 * The chapter list in the phone menu. Docusaurus hands it to the menu as soon as a chapter has
 * hydrated on a phone, and the first string comparison in that step makes the browser load its
 * collation tables: on a slow phone, a long pause right when the reader starts to scroll. The
 * menu is closed then, so the list is handed over once the page has settled, or at once if the
 * reader opens the menu before that.
 */
export default function DocSidebarMobileWrapper(props: Props): React.ReactElement | null {
  const { shown } = useNavbarMobileSidebar();
  return useMountWhenSettled(shown) ? <Mobile {...props} /> : null;
}
