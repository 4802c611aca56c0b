/**
 * The one file a clinic edits to host its own copy of the course.
 * Leave it as it is to build the public course. See README.md, "A clinic's own copy".
 * To build from another file without editing this one, set CLINIC_CONFIG=path/to/file.ts.
 */
import type { ClinicConfig } from './config/clinic';

const clinicConfig: Partial<ClinicConfig> = {
  // clinic: { name: 'Your clinic', phone: '+1 555 0100', email: 'care@example.org', logo: '/img/clinic-logo.svg' },
  // hiddenModules: ['kap-compared'],
  // crisisLines: [...],   // defaults and each line's kind (crisis, referral, support): src/data/crisisLines.ts
};

export default clinicConfig;
