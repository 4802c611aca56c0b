/**
 * The words of the notices every page may show, in English: where progress is kept
 * (src/components/StorageNotice, also on My progress) and a newer version (src/components/OfflineNotice).
 */
import type { StorageStatus } from '../../course/storage';

export interface NoticesText {
  /** What to tell the reader about where their progress is kept, or null when all is well. */
  readonly storage: (status: StorageStatus) => string | null;
  readonly storageRegion: string;
  readonly aboutProgress: string;
  readonly dismiss: string;
  readonly dismissWhat: string;
  readonly newerVersion: string;
  readonly reloadNow: string;
  readonly later: string;
}

export const NOTICES_TEXT: NoticesText = {
  storage: (status) => {
    switch (status.kind) {
      case 'unavailable':
        return 'This browser is not letting the site save anything, so your progress will not be kept on this device after you close this tab. Everything else still works.';
      case 'write-failed':
        return 'Your latest progress could not be saved on this device (the browser’s storage may be full or blocked). Everything else still works.';
      case 'recovered':
        return status.keptAs
          ? 'The progress saved on this device could not be read, so you are starting fresh. The old data has been set aside, not deleted.'
          : 'The progress saved on this device could not be read, so you are starting fresh. To keep the old data safe, new progress will not be saved over it.';
      default:
        return null;
    }
  },
  storageRegion: 'About your saved progress',
  aboutProgress: 'About your progress',
  dismiss: 'Dismiss',
  dismissWhat: ' this notice',
  newerVersion: 'A newer version of the course is ready. Reload when it suits you: your progress is kept.',
  reloadNow: 'Reload now',
  later: 'Later',
};
