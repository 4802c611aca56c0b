/** The words of the References page's list (src/components/ReferenceList), in English: the source. */

export interface ReferenceListText {
  /** Link to a source that has no DOI (a label, an agency page). */
  readonly readSource: string;
}

export const REFERENCE_LIST_TEXT: ReferenceListText = {
  readSource: 'Read the source',
};
