import React, { useEffect, useState } from 'react';
import clsx from 'clsx';
import { downloadText } from '@site/src/components/ProgressPage/download';
import { PLAN_QR } from '@locale/planBuilder';
import styles from './styles.module.css';

interface Props {
  /** The text (link) to encode. */
  readonly text: string;
  /** Accessible name of the image, e.g. "QR code for the plan link". */
  readonly label: string;
  /** Offer the code as SVG and PNG files, named after this (e.g. "preparation-plan-qr"). */
  readonly downloadName?: string;
}

/**
 * Printed size of one QR module. A phone camera reads a code reliably when each module is at
 * least 0.75 mm on paper; 0.8 mm leaves room for printers that shrink to fit.
 */
export const PRINT_MM_PER_MODULE = 0.8;
/** Pixels per module in the PNG download (a 93-module code becomes 930 px square). */
const PNG_PX_PER_MODULE = 10;

type QrState =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'ready';
      readonly size: number;
      readonly path: string;
      readonly isDark: (r: number, c: number) => boolean;
    }
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

/** The code as a standalone SVG file. */
function svgFile(box: number, path: string, label: string): string {
  const title = label.replace(/[<>&"]/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}" width="${box * 10}" height="${box * 10}" shape-rendering="crispEdges"><title>${title}</title><rect width="${box}" height="${box}" fill="#ffffff"/><path d="${path}" fill="#000000"/></svg>\n`;
}

/** Draws the code on a canvas and saves it as PNG (made in the browser; nothing is sent). */
function downloadPng(fileName: string, size: number, isDark: (r: number, c: number) => boolean): void {
  const box = size + 8;
  const canvas = document.createElement('canvas');
  canvas.width = box * PNG_PX_PER_MODULE;
  canvas.height = box * PNG_PX_PER_MODULE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000000';
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (isDark(row, col))
        ctx.fillRect(
          (col + 4) * PNG_PX_PER_MODULE,
          (row + 4) * PNG_PX_PER_MODULE,
          PNG_PX_PER_MODULE,
          PNG_PX_PER_MODULE,
        );
    }
  }
  canvas.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, 'image/png');
}

/**
 * A QR code for a link, drawn in the browser as SVG. The `qrcode` library is loaded only when
 * this component mounts (a separate chunk), so pages without a QR code never download it.
 * Drawn with React elements: no HTML strings are injected.
 */
export default function PlanQrCode({ text, label, downloadName }: Props): React.ReactElement {
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
            const isDark = (r: number, c: number) => qr.modules.get(r, c) === 1;
            const path = modulesPath(size, isDark);
            if (live) setState({ kind: 'ready', size, path, isDark });
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
    const { size, path, isDark } = state;
    return (
      <div className={styles.wrap}>
        <svg
          className={styles.qr}
          role="img"
          aria-label={label}
          viewBox={`0 0 ${box} ${box}`}
          shapeRendering="crispEdges"
          data-testid="plan-qr"
          data-modules={size}
          // Printed at a fixed size per module, so a phone can read it (see PRINT_MM_PER_MODULE).
          style={{ '--qr-print-size': `${(box * PRINT_MM_PER_MODULE).toFixed(1)}mm` } as React.CSSProperties}
        >
          <rect width={box} height={box} fill="#ffffff" />
          <path d={path} fill="#000000" />
        </svg>
        {downloadName && (
          <p className={clsx('no-print', styles.downloads)}>
            <button
              type="button"
              className="button button--sm button--outline button--secondary"
              onClick={() => downloadText(`${downloadName}.svg`, svgFile(box, path, label), 'image/svg+xml')}
            >
              {PLAN_QR.downloadSvg}
            </button>
            <button
              type="button"
              className="button button--sm button--outline button--secondary"
              onClick={() => downloadPng(`${downloadName}.png`, size, isDark)}
            >
              {PLAN_QR.downloadPng}
            </button>
          </p>
        )}
      </div>
    );
  }
  return (
    <p className={styles.note}>
      {state.kind === 'loading' && PLAN_QR.loading}
      {state.kind === 'too-long' && PLAN_QR.tooLong}
      {state.kind === 'failed' && PLAN_QR.failed}
    </p>
  );
}
