import React from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import { useMountWhenSettled } from '@site/src/hooks/useAfterLoad';

/**
 * The phone menu. Docusaurus builds it, closed, right after hydration on every page, in the
 * same blocking task as the rest of the hydration work. It is built here once the page has
 * settled, or at once when the reader opens it.
 */
export default function NavbarMobileSidebarWrapper(): React.ReactElement | null {
  const { shown } = useNavbarMobileSidebar();
  return useMountWhenSettled(shown) ? <MobileSidebar /> : null;
}
