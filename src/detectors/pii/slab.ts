/**
 * Hands out consecutive pieces of one large buffer, so most texts' columns cost no allocation of
 * their own; a piece stays valid for as long as it is referenced, and a full slab is replaced.
 */
export class Slab {
  private buffer: Int32Array;
  private used = 0;

  constructor(private readonly size: number) {
    this.buffer = new Int32Array(size);
  }

  /** A zeroed view of `length` values that no other `take` shares. */
  take(length: number): Int32Array {
    if (length * 4 > this.size) return new Int32Array(length);
    if (this.used + length > this.size) {
      this.buffer = new Int32Array(this.size);
      this.used = 0;
    }
    const piece = this.buffer.subarray(this.used, this.used + length);
    this.used += length;
    return piece;
  }
}
