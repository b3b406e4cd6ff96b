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

/** Checks that a bound (turns, iterations) is a whole number in 1..max, else VOUCH_CONFIG_INVALID. */
export function requireBound(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new VouchError('VOUCH_CONFIG_INVALID', `${name} must be a whole number from 1 to ${max}, got ${value}`, {
      path: name,
      fix: `Set ${name} between 1 and ${max}.`,
    });
  }
  return value;
}

/** Shortens a long answer for an attacker prompt, marking the cut. */
export function clip(text: string, limit = 1500): string {
  return text.length <= limit ? text : `${text.slice(0, limit)} […]`;
}
