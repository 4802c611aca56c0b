/**
 * Loads the clinic configuration at build time: src/clinic.config.ts, or the file named by
 * the CLINIC_CONFIG environment variable. Used by docusaurus.config.ts and sidebars.ts so both
 * see the same settings. Build-time only (Node), never bundled for the browser.
 */
import path from 'node:path';
import { resolveClinicConfig, type ClinicConfig } from './clinic';
import defaultClinicConfig from '../clinic.config';

export function loadClinicConfig(env: Readonly<Record<string, string | undefined>> = process.env): ClinicConfig {
  const file = env.CLINIC_CONFIG?.trim();
  if (!file) {
    return resolveClinicConfig(defaultClinicConfig);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(path.resolve(file)) as { default?: Partial<ClinicConfig> };
  return resolveClinicConfig(loaded.default ?? (loaded as Partial<ClinicConfig>));
}
