/**
 * Which voice reads aloud, and at what speed. No React here.
 *
 * Privacy: only voices that run on the device (`localService === true`). Some browsers offer
 * network voices that send the text to a company's server; they are never used, not even when
 * no on-device voice exists (then nothing is read, and the control says why).
 */

/** The parts of a SpeechSynthesisVoice used here. */
export interface VoiceLike {
  readonly name: string;
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
}

function langParts(lang: string): [string, string] {
  const [primary = '', region = ''] = lang.toLowerCase().replace(/_/g, '-').split('-');
  return [primary, region];
}

/**
 * The on-device voice for the page's language ("en", "en-US", "es"…): the same language and
 * region first, then the device's default voice, then any other; null when none is on-device.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], pageLang: string): V | null {
  const [want, wantRegion] = langParts(pageLang || 'en');
  const fit = voices.filter((v) => v.localService === true && langParts(v.lang)[0] === want);
  const score = (v: V): number =>
    (wantRegion !== '' && langParts(v.lang)[1] === wantRegion ? 2 : 0) + (v.default ? 1 : 0);
  let best: V | null = null;
  for (const v of fit) if (best === null || score(v) > score(best)) best = v;
  return best;
}

/** Speeds offered, as multiples of the voice's normal speed. */
export const RATES = [0.75, 1, 1.25, 1.5] as const;
export const DEFAULT_RATE = 1;
export const RATE_KEY = 'kap-course:listen-rate';

/** A stored speed, or the default when missing or not one of RATES. */
export function parseRate(raw: string | null | undefined): number {
  const n = Number(raw);
  return (RATES as readonly number[]).includes(n) ? n : DEFAULT_RATE;
}

/** Reads the remembered speed; storage that is missing or throws gives the default. */
export function loadRate(getStorage: () => Storage | null): number {
  try {
    return parseRate(getStorage()?.getItem(RATE_KEY));
  } catch {
    return DEFAULT_RATE;
  }
}

/** Remembers the speed on this device; returns false when storage refused (the speed still applies). */
export function saveRate(getStorage: () => Storage | null, rate: number): boolean {
  try {
    const storage = getStorage();
    if (!storage) return false;
    storage.setItem(RATE_KEY, String(parseRate(String(rate))));
    return true;
  } catch {
    return false;
  }
}
