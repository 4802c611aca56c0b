/**
 * Stand-in for prism-react-renderer in the browser bundle (see src/plugins/noCodeHighlighting.ts).
 * The course has no program code, and syntax highlighting would add about 25 KB (gzip) to every
 * page a reader on a phone opens. Code blocks, if any appear, still render as plain text.
 */
import type { ReactNode } from 'react';

interface Token {
  readonly types: string[];
  readonly content: string;
}

interface RenderProps {
  className: string;
  style: Record<string, string>;
  tokens: Token[][];
  getLineProps: (input: { line: Token[]; className?: string; [key: string]: unknown }) => Record<string, unknown>;
  getTokenProps: (input: { token: Token; className?: string; [key: string]: unknown }) => Record<string, unknown>;
}

interface HighlightProps {
  readonly code: string;
  readonly children: (props: RenderProps) => ReactNode;
  readonly [key: string]: unknown;
}

export function Highlight({ code, children }: HighlightProps): ReactNode {
  const tokens = code.split('\n').map((content) => [{ types: ['plain'], content }]);
  return children({
    className: 'prism-code',
    style: {},
    tokens,
    getLineProps: ({ line: _line, className, ...rest }) => ({
      ...rest,
      className: ['token-line', className].filter(Boolean).join(' '),
    }),
    getTokenProps: ({ token, className, ...rest }) => ({
      ...rest,
      className: ['token', ...token.types, className].filter(Boolean).join(' '),
      children: token.content,
    }),
  });
}

/** Prism's language registry, empty: no languages are highlighted. */
export const Prism = { languages: {} as Record<string, unknown>, hooks: { add: () => undefined } };
