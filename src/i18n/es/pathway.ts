// translation_of: src/i18n/en/pathway.ts 4219b5270a4f47e2641df73f9763ac416dbffcf8
/** The words of the pathway figure in "Cómo actúa la ketamina" (src/components/PathwayFigure), in Spanish. */
import type { PathwayText } from '../en/pathway';

export const PATHWAY_TEXT: PathwayText = {
  steps: [
    { title: 'La ketamina bloquea', detail: 'los receptores NMDA' },
    { title: 'Un aumento breve', detail: 'de glutamato' },
    { title: 'Los receptores AMPA', detail: 'se activan' },
    { title: 'Suben las señales', detail: 'de crecimiento (BDNF, mTOR)' },
    { title: 'Pueden formarse', detail: 'nuevas conexiones entre neuronas' },
  ],
  title: 'El camino probable de la ketamina a nuevas conexiones',
  description:
    'Cinco recuadros unidos por flechas hacia abajo. 1: La ketamina bloquea los receptores NMDA. 2: Un aumento breve de glutamato. 3: Los receptores AMPA se activan. 4: Suben las señales de crecimiento, como BDNF y mTOR. 5: Pueden formarse nuevas conexiones entre las células nerviosas. Gran parte de este camino viene de estudios en animales y no está probado en personas.',
  captionLead: 'Figura.',
  caption:
    'El camino probable desde una dosis de ketamina hasta nuevas conexiones entre las células nerviosas. Gran parte viene de estudios en ratas y ratones. No está probado en personas.',
};
