import { VouchError, type ErrorCode } from '../../../core/errors.js';

/**
 * Awaits `work`, which must reject with a VouchError of `code` whose message contains every one
 * of `parts`; returns that error. Throws (failing the test) otherwise.
 */
export async function expectVouchError(work: Promise<unknown> | (() => unknown), code: ErrorCode, parts: readonly string[] = []): Promise<VouchError> {
  let caught: unknown;
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    caught = error;
  }
  if (!(caught instanceof VouchError)) throw new Error(`expected a VouchError ${code}, got ${caught === undefined ? 'no error' : String(caught)}`);
  if (caught.code !== code) throw new Error(`expected ${code}, got ${caught.code}: ${caught.message}`);
  const missing = parts.filter((part) => !caught.message.includes(part));
  if (missing.length > 0) throw new Error(`message ${JSON.stringify(caught.message)} lacks ${JSON.stringify(missing)}`);
  return caught;
}
