import { useEffect, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/**
 * The address links are made from: the origin this copy is served from, plus its base URL
 * ("https://clinic.example/kap/"). A clinic's own copy makes links to itself. null until the
 * page runs in the browser (the server does not know the origin the reader used).
 */
export function useSiteRoot(): string | null {
  const { siteConfig } = useDocusaurusContext();
  const [root, setRoot] = useState<string | null>(null);
  useEffect(() => {
    setRoot(`${window.location.origin}${siteConfig.baseUrl}`);
  }, [siteConfig.baseUrl]);
  return root;
}
