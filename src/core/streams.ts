import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/** Writes a chunk and waits for the stream to drain when it is full. */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}

/** A file written chunk by chunk, from any number of concurrent callers. */
export interface FileWriter {
  /** Resolves once the chunk is buffered and the buffer is below its limit again. */
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens `path` for writing (`flags` 'w', or 'a' to append). Callers that find the buffer full
 * share one wait for the disk, so many concurrent writers add one drain listener, not one each;
 * a stream error rejects the next write.
 * @example
 * const file = createFileWriter('results.jsonl', 'a');
 * await file.write('{"id":"a"}\n');
 * await file.close();
 */
export function createFileWriter(path: string, flags: 'w' | 'a' = 'w'): FileWriter {
  const stream = createWriteStream(path, { flags });
  let broken: Error | undefined;
  let draining: Promise<void> | undefined;
  stream.on('error', (error) => (broken = error));
  return {
    async write(chunk) {
      if (broken) throw broken;
      if (!stream.write(chunk)) {
        draining ??= new Promise<void>((resolve) => stream.once('drain', () => ((draining = undefined), resolve())));
      }
      if (draining) await draining;
    },
    close: () => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve()))),
  };
}
