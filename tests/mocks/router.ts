// Component tests render one page: a chapter, unless a test says otherwise.
export function useLocation() {
  return { pathname: '/learn/safety', search: '', hash: '' };
}
