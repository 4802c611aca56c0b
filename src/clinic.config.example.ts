import type { ClinicConfig } from './config/clinic';
import { CRISIS_LINES } from './data/crisisLines';

// An EXAMPLE for a fictional clinic: copy it over src/clinic.config.ts and put in your own
// details. 555 numbers and .example addresses are reserved for examples.
const clinicConfig: Partial<ClinicConfig> = {
  clinic: {
    name: 'Sample Clinic (example only)',
    phone: '+1 555 0100',
    afterHoursPhone: '+1 555 0199',
    email: 'care@sample-clinic.example',
    logo: '/img/example-clinic-logo.svg',
  },
  // Modules your service does not use (ids from src/course/modules.ts).
  hiddenModules: ['kap-compared', 'how-ketamine-works'],
  // The crisis lines for your country. Each has a kind ('crisis', 'referral' or 'support');
  // at least one crisis line must be open 24 hours.
  crisisLines: CRISIS_LINES.filter((line) => line.region === 'United States'),
  // Where readers report an error: your email address ("mailto:...") or web form ("https://...").
  reportErrorUrl: 'mailto:content@sample-clinic.example',
  // The languages to build: 'en' (English), 'es' (Spanish), or both. The first is at the site's
  // root, the other under /es/ (or /en/). ['en'] alone builds no Spanish pages.
  languages: ['en', 'es'],
};

export default clinicConfig;
