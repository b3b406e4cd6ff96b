import { VouchError } from '../../core/errors.js';

/** Throws VOUCH_TARGET_FAILED when the signal has fired, naming the attack and how far it got. */
export function throwIfAborted(signal: AbortSignal | undefined, where: string): void {
  if (signal?.aborted === true) {
    throw new VouchError('VOUCH_TARGET_FAILED', `${where}: aborted`, { cause: signal.reason, fix: 'Run the attack again without cancelling it.' });
  }
}

/** Send options carrying the signal when there is one. */
export function sendOptions(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal === undefined ? {} : { signal };
}
