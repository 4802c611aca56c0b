/**
 * Building blocks for links that carry data in the URL fragment (plan and summary links):
 * base64url text, a short checksum, and plain-text checks. Pure, no DOM, no Node APIs, so it
 * runs the same in the browser, in Jest and at build time.
 */

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** UTF-8 bytes of a string, as a binary string (one char per byte), without TextEncoder. */
function utf8Binary(text: string): string {
  return encodeURIComponent(text).replace(/%([0-9A-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** Text as base64url (RFC 4648 §5) of its UTF-8 bytes, without padding. */
export function toBase64Url(text: string): string {
  return btoa(utf8Binary(text)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The text behind a base64url string, or null when it is not valid base64url or not valid
 * UTF-8 (for example, a link cut off in the middle of a character).
 */
export function fromBase64Url(encoded: string): string | null {
  if (!BASE64URL.test(encoded) || encoded.length % 4 === 1) return null;
  const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return null;
  }
  let percent = '';
  for (let i = 0; i < binary.length; i += 1) {
    percent += `%${binary.charCodeAt(i).toString(16).padStart(2, '0')}`;
  }
  try {
    // decodeURIComponent rejects malformed UTF-8, overlong forms and lone surrogates.
    return decodeURIComponent(percent);
  } catch {
    return null;
  }
}

/** A short checksum (FNV-1a, 32 bits, base36) that tells a damaged or cut-off link from a whole one. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

// C0 and C1 control characters (tab and newline are handled by the callers), and the Unicode
// direction overrides that can make text read differently from what it contains.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// Something that looks like an HTML tag, comment or entity-laden markup: "<b", "</", "<!", "<?".
const MARKUP = /<\s*[a-zA-Z!/?]/;

export type TextProblem = 'too-long' | 'markup' | 'control' | 'newline';

/**
 * What is wrong with a piece of plain text that will be shown to a reader, or null.
 * Length counts UTF-16 code units, as the browser's own text fields do.
 */
export function plainTextProblem(
  text: string,
  { max, multiline }: { readonly max: number; readonly multiline: boolean },
): TextProblem | null {
  if (text.length > max) return 'too-long';
  if (MARKUP.test(text)) return 'markup';
  if (CONTROL.test(text)) return 'control';
  if (!multiline && /[\r\n]/.test(text)) return 'newline';
  return null;
}

/** Reads `key=value` from a URL fragment such as "#p=1.abc" or "#x=1&p=1.abc"; null when absent. */
export function fragmentParam(hash: string, key: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === key) {
      const value = part.slice(eq + 1);
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
  }
  return null;
}

/**
 * A pasted link whose "#" was percent-encoded (some mail programs and chat apps write "%23"),
 * or whose "p=" became "p%3D", repaired: the path and hash as they should be, or null when the
 * address needs no repair. Only the first "%23" before a known key ("p=" or "s=") counts, so an
 * ordinary address is never changed.
 */
export function repairEncodedHash(
  pathname: string,
  hash: string,
): { readonly path: string; readonly hash: string } | null {
  const inPath = /^(.*?)%23((?:p|s)(?:=|%3D).*)$/i.exec(pathname);
  if (inPath) {
    const rest = inPath[2].replace(/^([ps])%3D/i, '$1=');
    return { path: inPath[1], hash: `#${rest}${hash ? hash.replace(/^#/, '') : ''}` };
  }
  const inHash = /^#((?:p|s))%3D(.*)$/i.exec(hash);
  if (inHash) return { path: pathname, hash: `#${inHash[1].toLowerCase()}=${inHash[2]}` };
  return null;
}
