/**
 * Bit-level building blocks for compact links: a bit writer and reader over base64url text, and
 * a text packer that picks the shortest of three encodings (an English-tuned Huffman code, UTF-16
 * code units, or UTF-8 bytes). Pure: no DOM, no Node APIs. Readers never throw: running out of
 * bits returns null, so a cut-off link is told apart from a whole one.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export class BitWriter {
  private readonly bits: number[] = [];

  /** Writes the low `width` bits of `value`, most significant first. */
  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i -= 1) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }

  get length(): number {
    return this.bits.length;
  }

  /** The bits as base64url, 6 bits a character, the last one padded with zeros. */
  toBase64Url(): string {
    let out = '';
    for (let i = 0; i < this.bits.length; i += 6) {
      let v = 0;
      for (let j = 0; j < 6; j += 1) v = v * 2 + (this.bits[i + j] ?? 0);
      out += ALPHABET[v];
    }
    return out;
  }
}

export class BitReader {
  private readonly bits: number[];
  private at = 0;
  /** False when the text held a character outside base64url (reading stops there). */
  readonly clean: boolean;

  constructor(text: string) {
    const bits: number[] = [];
    let clean = true;
    for (const c of text) {
      const v = VALUE.get(c);
      if (v === undefined) {
        clean = false;
        break;
      }
      for (let i = 5; i >= 0; i -= 1) bits.push((v >> i) & 1);
    }
    this.bits = bits;
    this.clean = clean;
  }

  /** The next `width` bits as a number, or null when fewer are left (the text was cut off). */
  read(width: number): number | null {
    if (this.at + width > this.bits.length) {
      this.at = this.bits.length;
      return null;
    }
    let v = 0;
    for (let i = 0; i < width; i += 1) v = v * 2 + this.bits[this.at + i];
    this.at += width;
    return v;
  }

  /** Bits left; a whole payload leaves fewer than 6, all zero. */
  rest(): number[] {
    return this.bits.slice(this.at);
  }
}

// ---------------------------------------------------------------------------------------------
// Text: a static Huffman code tuned for short English messages, with an escape for anything else

/**
 * Symbol weights (roughly, per 10,000 characters of plain English messages). The table is part of
 * the link format: never change it; a new table needs a new link version.
 */
const WEIGHTS: readonly (readonly [string, number])[] = [
  [' ', 1800],
  ['e', 1000],
  ['t', 720],
  ['a', 640],
  ['o', 610],
  ['i', 560],
  ['n', 550],
  ['s', 510],
  ['r', 480],
  ['h', 450],
  ['l', 330],
  ['d', 320],
  ['u', 230],
  ['c', 220],
  ['m', 200],
  ['y', 170],
  ['w', 160],
  ['f', 160],
  ['g', 160],
  ['p', 140],
  ['b', 120],
  ['.', 90],
  [',', 80],
  ['v', 80],
  ['k', 60],
  ['I', 40],
  ['T', 30],
  ['\n', 30],
  ['S', 25],
  ['A', 25],
  ['C', 25],
  ['P', 20],
  ['W', 20],
  ['x', 15],
  ['j', 12],
  ['q', 10],
  ['z', 8],
  ['M', 15],
  ['B', 12],
  ['D', 12],
  ['H', 12],
  ['R', 12],
  ['E', 10],
  ['F', 10],
  ['G', 10],
  ['L', 10],
  ['N', 10],
  ['O', 10],
  ['Y', 10],
  ['K', 6],
  ['J', 6],
  ['U', 5],
  ['V', 5],
  ['Q', 2],
  ['X', 2],
  ['Z', 2],
  ['0', 20],
  ['1', 20],
  ['2', 15],
  ['3', 10],
  ['4', 8],
  ['5', 8],
  ['6', 6],
  ['7', 6],
  ['8', 6],
  ['9', 6],
  ["'", 20],
  ['’', 15],
  ['-', 15],
  ['?', 12],
  ['!', 8],
  [':', 10],
  [';', 4],
  ['(', 6],
  [')', 6],
  ['/', 6],
  ['"', 6],
  ['–', 4],
  ['&', 4],
  ['@', 4],
  ['#', 2],
  ['%', 2],
  ['+', 2],
  ['$', 2],
];
/** Index of the escape symbol: followed by one UTF-16 code unit in 16 bits. */
const ESCAPE = WEIGHTS.length;

interface Code {
  readonly bits: number;
  readonly length: number;
}

/** Canonical Huffman codes, built the same way every time (ties go to the lower symbol index). */
function buildCodes(): { readonly codes: readonly Code[]; readonly decode: ReadonlyMap<string, number> } {
  const weights = [...WEIGHTS.map(([, w]) => w), 40];
  type Node = { weight: number; order: number; symbols: number[] };
  let nodes: Node[] = weights.map((weight, i) => ({ weight, order: i, symbols: [i] }));
  const lengths = weights.map(() => 0);
  let order = weights.length;
  while (nodes.length > 1) {
    nodes.sort((a, b) => a.weight - b.weight || a.order - b.order);
    const [a, b] = nodes;
    for (const s of [...a.symbols, ...b.symbols]) lengths[s] += 1;
    nodes = [{ weight: a.weight + b.weight, order: order++, symbols: [...a.symbols, ...b.symbols] }, ...nodes.slice(2)];
  }
  const bySize = lengths
    .map((length, symbol) => ({ length, symbol }))
    .sort((x, y) => x.length - y.length || x.symbol - y.symbol);
  const codes: Code[] = new Array<Code>(weights.length);
  const decode = new Map<string, number>();
  let code = 0;
  let previous = bySize[0].length;
  for (const { length, symbol } of bySize) {
    code *= 2 ** (length - previous);
    previous = length;
    codes[symbol] = { bits: code, length };
    decode.set(`${length}:${code}`, symbol);
    code += 1;
  }
  return { codes, decode };
}

let huffman: ReturnType<typeof buildCodes> | null = null;
const SYMBOL = new Map(WEIGHTS.map(([c], i) => [c, i]));
const MAX_CODE_LENGTH = 24;

export type TextMode = 0 | 1 | 2;
const TEXT_MODES = { huffman: 0, utf16: 1, utf8: 2 } as const;
/** Bits for a text's length (in code units, or bytes for UTF-8). */
export const TEXT_LENGTH_BITS = 10;
export const MAX_TEXT_UNITS = 2 ** TEXT_LENGTH_BITS - 1;

function utf8Bytes(text: string): number[] | null {
  try {
    const out: number[] = [];
    encodeURIComponent(text).replace(
      /%([0-9A-F]{2})|([\s\S])/g,
      (_, hex: string | undefined, ch: string | undefined) => {
        out.push(hex ? parseInt(hex, 16) : ch!.charCodeAt(0));
        return '';
      },
    );
    return out;
  } catch {
    // A lone surrogate has no UTF-8 form.
    return null;
  }
}

/** Writes text in whichever encoding is shortest. The text must have at most MAX_TEXT_UNITS units. */
export function writeText(w: BitWriter, text: string): void {
  huffman ??= buildCodes();
  const { codes } = huffman;
  let huffBits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const s = SYMBOL.get(text[i]);
    huffBits += s === undefined ? codes[ESCAPE].length + 16 : codes[s].length;
  }
  const bytes = utf8Bytes(text);
  const utf8Bits = bytes && bytes.length <= MAX_TEXT_UNITS ? bytes.length * 8 : Infinity;
  const utf16Bits = text.length * 16;
  if (huffBits <= utf16Bits && huffBits <= utf8Bits) {
    w.write(TEXT_MODES.huffman, 2);
    w.write(text.length, TEXT_LENGTH_BITS);
    for (let i = 0; i < text.length; i += 1) {
      const s = SYMBOL.get(text[i]);
      if (s === undefined) {
        w.write(codes[ESCAPE].bits, codes[ESCAPE].length);
        w.write(text.charCodeAt(i), 16);
      } else {
        w.write(codes[s].bits, codes[s].length);
      }
    }
  } else if (utf8Bits < utf16Bits && bytes) {
    w.write(TEXT_MODES.utf8, 2);
    w.write(bytes.length, TEXT_LENGTH_BITS);
    for (const b of bytes) w.write(b, 8);
  } else {
    w.write(TEXT_MODES.utf16, 2);
    w.write(text.length, TEXT_LENGTH_BITS);
    for (let i = 0; i < text.length; i += 1) w.write(text.charCodeAt(i), 16);
  }
}

/** What reading a text gave: the text, a cut-off (ran out of bits), or damage (impossible content). */
export type ReadText =
  { readonly kind: 'ok'; readonly text: string } | { readonly kind: 'cut' } | { readonly kind: 'damaged' };

export function readText(r: BitReader): ReadText {
  huffman ??= buildCodes();
  const mode = r.read(2);
  const length = r.read(TEXT_LENGTH_BITS);
  if (mode === null || length === null) return { kind: 'cut' };
  if (mode === TEXT_MODES.utf16) {
    const units: number[] = [];
    for (let i = 0; i < length; i += 1) {
      const u = r.read(16);
      if (u === null) return { kind: 'cut' };
      units.push(u);
    }
    return { kind: 'ok', text: String.fromCharCode(...units) };
  }
  if (mode === TEXT_MODES.utf8) {
    let percent = '';
    for (let i = 0; i < length; i += 1) {
      const b = r.read(8);
      if (b === null) return { kind: 'cut' };
      percent += `%${b.toString(16).padStart(2, '0')}`;
    }
    try {
      return { kind: 'ok', text: decodeURIComponent(percent) };
    } catch {
      return { kind: 'damaged' };
    }
  }
  if (mode !== TEXT_MODES.huffman) return { kind: 'damaged' };
  let text = '';
  for (let i = 0; i < length; i += 1) {
    let code = 0;
    let symbol: number | undefined;
    for (let len = 1; len <= MAX_CODE_LENGTH && symbol === undefined; len += 1) {
      const bit = r.read(1);
      if (bit === null) return { kind: 'cut' };
      code = code * 2 + bit;
      symbol = huffman.decode.get(`${len}:${code}`);
    }
    if (symbol === undefined) return { kind: 'damaged' };
    if (symbol === ESCAPE) {
      const u = r.read(16);
      if (u === null) return { kind: 'cut' };
      text += String.fromCharCode(u);
    } else {
      text += WEIGHTS[symbol][0];
    }
  }
  return { kind: 'ok', text };
}

/** FNV-1a (32 bits) of a string, as 4 base64url characters (its low 24 bits). */
export function checksum24(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const w = new BitWriter();
  w.write(hash & 0xffffff, 24);
  return w.toBase64Url();
}
