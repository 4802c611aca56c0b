/** The result of decoding untrusted data: a value, or a plain reason it was refused. Never thrown. */
export type Decoded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export function ok<T>(value: T): Decoded<T> {
  return { ok: true, value };
}

export function fail<T = never>(reason: string): Decoded<T> {
  return { ok: false, reason };
}
