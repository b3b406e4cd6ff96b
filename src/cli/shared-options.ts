import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VouchError } from '../core/errors.js';
import { stages, type Stage } from '../detectors/types.js';
import { detectors } from '../detectors/index.js';
import { createGuard, type Guard } from '../guard/guard.js';
import type { CliIo } from './io.js';

/** Exactly one of TEXT and --input must be given; `verb` names the command in the message. */
export function requireOneSource(text: string | undefined, input: string | undefined, verb: string, fix: string): void {
  if ((text === undefined) === (input === undefined)) {
    throw new VouchError('VOUCH_USAGE', text === undefined ? `nothing to ${verb}` : 'give either TEXT or --input, not both', { fix });
  }
}

/** Reads a file named by --input (resolved by the caller), with an error that names it. */
export function readInputFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new VouchError('VOUCH_CONFIG_NOT_FOUND', `cannot read --input ${file}: ${(error as Error).message}`, { file, fix: 'Check the path.' });
  }
}

export function parseStage(value: string): Stage {
  if (!(stages as readonly string[]).includes(value)) {
    throw new VouchError('VOUCH_USAGE', `--stage ${value} is not a stage`, { fix: `Use one of: ${stages.join(', ')}.` });
  }
  return value as Stage;
}

/** Parses `--detectors a,b`, rejecting unknown ids with the list of known ones. */
export function parseDetectorList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = value.split(',').map((id) => id.trim()).filter(Boolean);
  if (ids.length === 0) throw new VouchError('VOUCH_USAGE', '--detectors is empty', { fix: `Name detectors: ${detectors.ids.join(', ')}.` });
  for (const id of ids) detectors.get(id);
  return ids;
}

/** Builds the guard a command runs with; reads VOUCH_HMAC_KEY for the hmac operator and passes the environment on for escalation API keys. */
export function guardFromOptions(options: { policy?: string }, io: CliIo): Guard {
  const policy = options.policy === undefined || options.policy.startsWith('builtin:') ? options.policy : resolve(io.cwd, options.policy);
  const hmacKey = io.env.VOUCH_HMAC_KEY;
  return createGuard({ ...(policy ? { policy } : {}), ...(hmacKey ? { hmacKey } : {}), env: io.env });
}

/** Parses a numeric option, naming it in the error. */
export function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new VouchError('VOUCH_USAGE', `${name} must be a number, got "${value}"`, { fix: `Pass ${name} with a number, e.g. ${name} 0.05.` });
  return parsed;
}

/** Parses an option that must be a positive integer, naming it in the error. */
export function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new VouchError('VOUCH_USAGE', `--${name} must be a positive integer, got "${value}"`);
  return parsed;
}
