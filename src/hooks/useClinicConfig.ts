import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ClinicConfig } from '@site/src/config/clinic';

/** The clinic settings the build was made with (src/clinic.config.ts or CLINIC_CONFIG). */
export function useClinicConfig(): ClinicConfig {
  const { siteConfig } = useDocusaurusContext();
  return siteConfig.customFields?.clinic as ClinicConfig;
}
