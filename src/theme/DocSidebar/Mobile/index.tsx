import React from 'react';
import Mobile from '@theme-original/DocSidebar/Mobile';
import type MobileType from '@theme/DocSidebar/Mobile';
import type { WrapperProps } from '@docusaurus/types';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import { useMountWhenSettled } from '@site/src/hooks/useAfterLoad';

type Props = WrapperProps<typeof MobileType>;

/**
 * The chapter list in the phone menu. Docusaurus hands it to the menu as soon as a chapter has
 * hydrated on a phone: building it then adds to the busiest moment of the page load, while the
 * menu is still closed. It is handed over once the page has settled, or at once if the reader
 * opens the menu before that. (Handing it over used to load the browser's collation tables as
 * well; src/plugins/plainKeyOrderLoader.js removes that.)
 */
export default function DocSidebarMobileWrapper(props: Props): React.ReactElement | null {
  const { shown } = useNavbarMobileSidebar();
  return useMountWhenSettled(shown) ? <Mobile {...props} /> : null;
}
