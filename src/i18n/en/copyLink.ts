/** The words of the copy-a-link field (src/components/CopyLink), in English. */
export interface CopyLinkText {
  readonly copy: string;
  readonly copied: string;
  readonly manual: string;
}

export const COPY_LINK_TEXT: CopyLinkText = {
  copy: 'Copy link',
  copied: 'Link copied. You can paste it into a message or letter.',
  manual:
    'Copying did not work in this browser. The link is selected: press Ctrl+C (or Command+C on a Mac) to copy it.',
};
