import React from 'react';
import { courseLengthText } from '@site/src/course/modules';
import { visibleModules } from '@site/src/config/clinic';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';

/**
 * How long the modules this copy shows take in all ("about N hours"), from the catalog.
 * The home page and Start here both use it, so they always say the same.
 */
export default function CourseLength(): React.ReactElement {
  return <>{courseLengthText(visibleModules(useClinicConfig()))}</>;
}
