/**
 * The language a reader chose in the top bar, remembered on this device only (localStorage;
 * never sent anywhere, see the privacy page). When they later open the home page of the other
 * language, they are taken to their language's home. Pure TypeScript: storage is passed in,
 * and every storage error means "nothing remembered" rather than a failure.
 */
import { isCourseLocale, type CourseLocale } from '../i18n/locales';

export const LANGUAGE_KEY = 'kap-course:language';

/** The remembered language, or null: nothing saved, storage unavailable, or a value we do not know. */
export function readLanguageChoice(storage: Pick<Storage, 'getItem'> | null): CourseLocale | null {
  try {
    const value = storage?.getItem(LANGUAGE_KEY);
    return isCourseLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers a language; false when it is not a course language or storage refused. */
export function saveLanguageChoice(storage: Pick<Storage, 'setItem'> | null, locale: string): boolean {
  if (!storage || !isCourseLocale(locale)) return false;
  try {
    storage.setItem(LANGUAGE_KEY, locale);
    return true;
  } catch {
    return false;
  }
}

export interface HomeVisit {
  /** The address opened, without search or hash. */
  readonly pathname: string;
  /** This edition's language and its base ("/es/"). */
  readonly locale: string;
  readonly baseUrl: string;
  /** The base of each language this copy is built in. */
  readonly baseUrls: Readonly<Record<string, string>>;
}

function isHome(pathname: string, baseUrl: string): boolean {
  const path = pathname.replace(/index\.html$/, '');
  return path === baseUrl || `${path}/` === baseUrl;
}

/**
 * Where to take a reader who opens a home page: their chosen language's home when it is another
 * built language, else null (stay). Only the home page redirects, so a link to a chapter in
 * either language always opens that chapter.
 */
export function homeRedirect(visit: HomeVisit, chosen: CourseLocale | null): string | null {
  if (!chosen || chosen === visit.locale || !isHome(visit.pathname, visit.baseUrl)) return null;
  return visit.baseUrls[chosen] ?? null;
}
