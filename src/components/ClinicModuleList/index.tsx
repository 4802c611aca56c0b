import React from 'react';
import ModuleList from '@site/src/components/ModuleList';
import { visibleModules } from '@locale/modules';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';

/** The modules this copy of the course shows (a clinic may hide some), with their objectives. */
export default function ClinicModuleList(): React.ReactElement {
  return <ModuleList modules={visibleModules(useClinicConfig())} showObjectives />;
}
