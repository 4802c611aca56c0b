import React from 'react';
import { courseLengthText, visibleModules } from '@locale/modules';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';

/**
 * How long the modules this copy shows take in all ("about N hours"), from the catalog, in the page's language.
 * The home page and Start here both use it, so they always say the same.
 */
export default function CourseLength(): React.ReactElement {
  return <>{courseLengthText(visibleModules(useClinicConfig()))}</>;
}
