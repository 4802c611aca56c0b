/** An in-memory Storage for unit tests, with switches to make it fail like real browsers do. */
export interface MemoryStorageOptions {
  /** Every setItem throws (quota exceeded, or blocked). */
  failWrites?: boolean;
  /** setItem throws for keys that match. */
  failWritesFor?: (key: string) => boolean;
  /** getItem throws. */
  failReads?: boolean;
}

export class MemoryStorage implements Storage {
  readonly data = new Map<string, string>();
  constructor(public options: MemoryStorageOptions = {}) {}

  get length(): number {
    return this.data.size;
  }

  clear(): void {
    this.data.clear();
  }

  getItem(key: string): string | null {
    if (this.options.failReads) throw new Error('SecurityError');
    return this.data.has(key) ? (this.data.get(key) as string) : null;
  }

  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.data.delete(key);
  }

  setItem(key: string, value: string): void {
    if (this.options.failWrites || this.options.failWritesFor?.(key)) {
      const error = new Error('QuotaExceededError');
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.data.set(key, String(value));
  }
}
