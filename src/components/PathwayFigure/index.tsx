import React from 'react';
import styles from './styles.module.css';

/**
 * The likely pathway from a ketamine dose to new connections between nerve cells, as a
 * hand-made, accessible SVG. Used only by docs/how-ketamine-works. The chapter repeats the
 * steps as an ordered list, so the figure is never the only way to get the information.
 * Colors come from the theme (currentColor and Infima variables), so they follow light and
 * dark mode and forced-colors mode.
 */

interface Step {
  readonly title: string;
  readonly detail: string;
}

const STEPS: readonly Step[] = [
  { title: 'Ketamine blocks', detail: 'NMDA receptors' },
  { title: 'A brief surge', detail: 'of glutamate' },
  { title: 'AMPA receptors', detail: 'are switched on' },
  { title: 'Growth signals rise', detail: '(BDNF, mTOR)' },
  { title: 'New connections', detail: 'may form between nerve cells' },
];

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
        <title id={TITLE_ID}>The likely pathway from ketamine to new connections</title>
        <desc id={DESC_ID}>
          Five boxes joined by downward arrows. 1: Ketamine blocks NMDA receptors. 2: A brief surge of glutamate. 3:
          AMPA receptors are switched on. 4: Growth signals rise, such as BDNF and mTOR. 5: New connections may form
          between nerve cells. Much of this pathway comes from animal studies and is not proven in people.
        </desc>
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
        <strong>Figure.</strong> The likely pathway from a dose of ketamine to new connections between nerve cells. Much
        of it comes from studies in rats and mice. It is not proven in people.
      </figcaption>
    </figure>
  );
}
