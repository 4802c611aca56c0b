import { DEFAULT_CLINIC_CONFIG } from '../../src/config/clinic';

// Component tests see the public site's settings, as a default build would.
export default function useDocusaurusContext() {
  return {
    siteConfig: {
      baseUrl: '/',
      url: 'https://kap-course.example',
      title: 'Understanding KAP',
      customFields: { clinic: DEFAULT_CLINIC_CONFIG, searchKind: 'local' },
    },
  };
}
