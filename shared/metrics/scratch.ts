/**
 * Scratch buffers lent to the duration lists, reused from one analysis to the
 * next. A median reorders a copy of its numbers that nobody reads afterwards,
 * so the same memory can serve every median of every call. On 100k leads the
 * lists allocated fresh were ~12 MB per analysis, about a third of all it
 * allocated; in a page that holds the leads, that garbage cost more in
 * collections than the metrics cost to compute.
 *
 * A buffer is lent to one holder at a time: a second borrower while the first
 * has not returned it gets a fresh buffer, so overlapping lists stay correct
 * (only slower). What is kept is at most two buffers of each kind, the
 * largest handed back (a few MB at 100k leads, less than one analysis'
 * columns). Results never point into a scratch buffer.
 */
type Scratch = Float64Array | Uint8Array | Int32Array;
const free = { f64: [] as Float64Array[], u8: [] as Uint8Array[], i32: [] as Int32Array[] };

function take<T extends Scratch>(list: T[], size: number, make: (n: number) => T): T {
  const found = list.findIndex((b) => b.length >= size);
  if (found >= 0) return list.splice(found, 1)[0] as T;
  return make(Math.max(size, 64));
}

/** Numbers to write before reading: the contents are whatever the last holder left. */
export function borrowFloat64(size: number): Float64Array {
  return take(free.f64, size, (n) => new Float64Array(n));
}

export function borrowUint8(size: number): Uint8Array {
  return take(free.u8, size, (n) => new Uint8Array(n));
}

export function borrowInt32(size: number): Int32Array {
  return take(free.i32, size, (n) => new Int32Array(n));
}

const KEEP = 2;

/** Hands a buffer back; the two largest of each kind are kept, the rest left to the collector. */
export function giveBack(buffer: Scratch): void {
  const list: Scratch[] =
    buffer instanceof Float64Array ? free.f64 : buffer instanceof Uint8Array ? free.u8 : free.i32;
  list.push(buffer);
  list.sort((a, b) => b.length - a.length);
  list.length = Math.min(list.length, KEEP);
}
