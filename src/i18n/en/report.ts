/**
 * "Report a problem with this page" (src/components/ReportErrorLink, at the end of every chapter),
 * in English: the link and the draft it opens (src/course/reportError.ts).
 */
import { REPORT_DRAFT_EN, type ReportDraftWords } from '../../course/reportError';

export interface ReportText {
  readonly link: string;
  readonly draft: ReportDraftWords;
}

export const REPORT_TEXT: ReportText = {
  link: 'Report a problem with this page',
  draft: REPORT_DRAFT_EN,
};
