import React, { useEffect, useState } from 'react';
import styles from './styles.module.css';

interface Props {
  /** The text (link) to encode. */
  readonly text: string;
  /** Accessible name of the image, e.g. "QR code for the plan link". */
  readonly label: string;
}

type QrState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly size: number; readonly path: string }
  | { readonly kind: 'too-long' }
  | { readonly kind: 'failed' };

/** One SVG path drawing every dark module as a 1×1 square, with a 4-module quiet zone. */
function modulesPath(size: number, isDark: (row: number, col: number) => boolean): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (isDark(row, col)) parts.push(`M${col + 4} ${row + 4}h1v1h-1z`);
    }
  }
  return parts.join('');
}

/**
 * A QR code for a link, drawn in the browser as SVG. The `qrcode` library is loaded only when
 * this component mounts (a separate chunk), so pages without a QR code never download it.
 * Drawn with React elements: no HTML strings are injected.
 */
export default function PlanQrCode({ text, label }: Props): React.ReactElement {
  const [state, setState] = useState<QrState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    import('qrcode')
      .then((mod) => {
        const QRCode = (mod as { default?: typeof import('qrcode') }).default ?? mod;
        for (const level of ['M', 'L'] as const) {
          try {
            const qr = QRCode.create(text, { errorCorrectionLevel: level });
            const { size } = qr.modules;
            const path = modulesPath(size, (r, c) => qr.modules.get(r, c) === 1);
            if (live) setState({ kind: 'ready', size, path });
            return;
          } catch (error) {
            // Too much data for this level: try the next one. Anything else is a real failure.
            if (!/too big/i.test(String(error))) throw error;
          }
        }
        if (live) setState({ kind: 'too-long' });
      })
      .catch(() => {
        if (live) setState({ kind: 'failed' });
      });
    return () => {
      live = false;
    };
  }, [text]);

  if (state.kind === 'ready') {
    const box = state.size + 8;
    return (
      <svg
        className={styles.qr}
        role="img"
        aria-label={label}
        viewBox={`0 0 ${box} ${box}`}
        shapeRendering="crispEdges"
        data-testid="plan-qr">
        <rect width={box} height={box} fill="#ffffff" />
        <path d={state.path} fill="#000000" />
      </svg>
    );
  }
  return (
    <p className={styles.note}>
      {state.kind === 'loading' && 'Drawing the QR code…'}
      {state.kind === 'too-long' && 'This link is too long for a QR code. A shorter message makes one possible. The link itself still works.'}
      {state.kind === 'failed' && 'The QR code could not be drawn. The link itself still works.'}
    </p>
  );
}
