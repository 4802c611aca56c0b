import React from 'react';
import { PATHWAY_TEXT as T } from '@locale/pathway';
import styles from './styles.module.css';

/**
 * The likely pathway from a ketamine dose to new connections between nerve cells, as a
 * hand-made, accessible SVG. Used only by docs/how-ketamine-works. The chapter repeats the
 * steps as an ordered list, so the figure is never the only way to get the information.
 * Colors come from the theme (currentColor and Infima variables), so they follow light and
 * dark mode and forced-colors mode.
 */

const STEPS = T.steps;

const WIDTH = 360;
const BOX_X = 12;
const BOX_WIDTH = WIDTH - BOX_X * 2;
const BOX_HEIGHT = 76;
const GAP = 40;
const TOP = 8;
const HEIGHT = TOP * 2 + STEPS.length * BOX_HEIGHT + (STEPS.length - 1) * GAP;
const CENTRE_X = WIDTH / 2;

const TITLE_ID = 'pathway-figure-title';
const DESC_ID = 'pathway-figure-desc';

export default function PathwayFigure(): React.ReactElement {
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${TITLE_ID} ${DESC_ID}`}
        focusable="false"
      >
        <title id={TITLE_ID}>{T.title}</title>
        <desc id={DESC_ID}>{T.description}</desc>
        {STEPS.map((step, i) => {
          const y = TOP + i * (BOX_HEIGHT + GAP);
          const badgeX = BOX_X + 30;
          const textX = BOX_X + 60;
          return (
            <g key={step.title}>
              <rect className={styles.box} x={BOX_X} y={y} width={BOX_WIDTH} height={BOX_HEIGHT} rx={10} />
              <circle className={styles.badge} cx={badgeX} cy={y + BOX_HEIGHT / 2} r={16} />
              <text
                className={styles.badgeText}
                x={badgeX}
                y={y + BOX_HEIGHT / 2}
                textAnchor="middle"
                dominantBaseline="central"
              >
                {i + 1}
              </text>
              <text className={styles.title} x={textX} y={y + 32}>
                {step.title}
              </text>
              <text className={styles.detail} x={textX} y={y + 58}>
                {step.detail}
              </text>
              {i < STEPS.length - 1 && (
                <g className={styles.arrow}>
                  <line x1={CENTRE_X} y1={y + BOX_HEIGHT + 4} x2={CENTRE_X} y2={y + BOX_HEIGHT + GAP - 14} />
                  <polygon
                    points={`${CENTRE_X - 9},${y + BOX_HEIGHT + GAP - 16} ${CENTRE_X + 9},${
                      y + BOX_HEIGHT + GAP - 16
                    } ${CENTRE_X},${y + BOX_HEIGHT + GAP - 3}`}
                  />
                </g>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className={styles.caption}>
        <strong>{T.captionLead}</strong> {T.caption}
      </figcaption>
    </figure>
  );
}
