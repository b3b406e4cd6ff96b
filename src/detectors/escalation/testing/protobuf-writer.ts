/**
 * A minimal protocol-buffers writer: enough of the wire format (varint, 32-bit, length-delimited)
 * to write small ONNX models in tests. Fields are appended in call order.
 */
export class ProtobufWriter {
  private readonly chunks: Uint8Array[] = [];

  /** A varint field (int32, int64, enum, bool); negative numbers take ten bytes, as int64 does. */
  varint(field: number, value: number | bigint): this {
    this.tag(field, 0);
    this.rawVarint(BigInt.asUintN(64, BigInt(value)));
    return this;
  }

  /** A packed repeated varint field. */
  packedVarints(field: number, values: readonly (number | bigint)[]): this {
    const inner = new ProtobufWriter();
    for (const value of values) inner.rawVarint(BigInt.asUintN(64, BigInt(value)));
    return this.bytes(field, inner.finish());
  }

  /** A 32-bit float field. */
  float(field: number, value: number): this {
    this.tag(field, 5);
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    this.chunks.push(bytes);
    return this;
  }

  /** A length-delimited field: bytes, or an embedded message's encoding. */
  bytes(field: number, value: Uint8Array): this {
    this.tag(field, 2);
    this.rawVarint(BigInt(value.length));
    this.chunks.push(value);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value));
  }

  /** An embedded message written by `build`. */
  message(field: number, build: (writer: ProtobufWriter) => void): this {
    const inner = new ProtobufWriter();
    build(inner);
    return this.bytes(field, inner.finish());
  }

  finish(): Uint8Array {
    const length = this.chunks.reduce((total, chunk) => total + chunk.length, 0);
    const out = new Uint8Array(length);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }

  private tag(field: number, wireType: number): void {
    this.rawVarint(BigInt(field * 8 + wireType));
  }

  private rawVarint(value: bigint): void {
    const bytes: number[] = [];
    let rest = value;
    do {
      let byte = Number(rest & 0x7fn);
      rest >>= 7n;
      if (rest > 0n) byte |= 0x80;
      bytes.push(byte);
    } while (rest > 0n);
    this.chunks.push(Uint8Array.from(bytes));
  }
}
