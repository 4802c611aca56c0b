/**
 * The words of "Read without a connection" on My progress (src/components/OfflineSave), in
 * English; src/i18n/es/offline.ts has the same shape in Spanish. Sizes ("1.2 MB") come from
 * formatSize in src/pwa/offlineCopy.ts, the same in every language.
 */
import { SAVE_FAILURE_EN, type SaveFailure } from '../../pwa/offlineCopy';

export interface OfflineText {
  readonly heading: string;
  readonly intro: string;
  readonly whatIsKept: string;
  readonly checking: string;
  readonly failure: (failure: SaveFailure) => string;
  readonly saveButton: (size: string) => string;
  readonly removeButton: string;
  readonly unavailable: string;
  readonly noList: (reason: string) => string;
  readonly tryAgain: string;
  readonly saving: string;
  readonly filesSaved: (done: number, total: number) => string;
  readonly allSaved: string;
  readonly sizes: (download: string, space: string) => string;
  readonly failed: (reason: string) => string;
  readonly removed: string;
  readonly saveDataNote: string;
}

export const OFFLINE_TEXT: OfflineText = {
  heading: 'Read without a connection',
  intro:
    'The pages you open are kept in this browser, so they open again without a connection. You can also save the whole course at once. Nothing is sent anywhere.',
  whatIsKept: 'What is kept and how to remove it',
  checking: 'Checking what is kept on this device…',
  failure: (failure) => SAVE_FAILURE_EN[failure],
  saveButton: (size) => `Save the whole course for offline reading (about ${size})`,
  removeButton: 'Remove the offline copy from this device',
  unavailable:
    'This browser cannot keep a copy of the course on this device (private windows often cannot). You can still read it online.',
  noList: (reason) => `The course cannot be saved right now. ${reason} Try again when you have a connection.`,
  tryAgain: 'Try again',
  saving: 'Saving the course on this device…',
  filesSaved: (done, total) => `${done} of ${total} files saved`,
  allSaved: 'The whole course is saved on this device. You can read every chapter without a connection.',
  sizes: (download, space) => `Saving takes about ${download} of data and about ${space} of space on this device.`,
  failed: (reason) => `Saving stopped. ${reason} What was saved so far stays on this device. You can try again later.`,
  removed: 'The offline copy was removed from this device. Pages you open from now on are kept again as you read.',
  saveDataNote:
    'Your browser is set to save data, so the course is never saved by itself. You can still save it if you choose, for example on Wi-Fi.',
};
