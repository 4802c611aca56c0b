/**
 * The words of the pathway figure in "How ketamine works" (src/components/PathwayFigure), in
 * English: its steps, its title and description for screen readers, and its caption.
 */
export interface PathwayStep {
  readonly title: string;
  readonly detail: string;
}

export interface PathwayText {
  /** Five steps; each title fits one line of the 360-wide figure (about 22 characters), each detail about 32. */
  readonly steps: readonly PathwayStep[];
  readonly title: string;
  readonly description: string;
  readonly captionLead: string;
  readonly caption: string;
}

export const PATHWAY_TEXT: PathwayText = {
  steps: [
    { title: 'Ketamine blocks', detail: 'NMDA receptors' },
    { title: 'A brief surge', detail: 'of glutamate' },
    { title: 'AMPA receptors', detail: 'are switched on' },
    { title: 'Growth signals rise', detail: '(BDNF, mTOR)' },
    { title: 'New connections', detail: 'may form between nerve cells' },
  ],
  title: 'The likely pathway from ketamine to new connections',
  description:
    'Five boxes joined by downward arrows. 1: Ketamine blocks NMDA receptors. 2: A brief surge of glutamate. 3: AMPA receptors are switched on. 4: Growth signals rise, such as BDNF and mTOR. 5: New connections may form between nerve cells. Much of this pathway comes from animal studies and is not proven in people.',
  captionLead: 'Figure.',
  caption:
    'The likely pathway from a dose of ketamine to new connections between nerve cells. Much of it comes from studies in rats and mice. It is not proven in people.',
};
