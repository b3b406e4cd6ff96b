/**
 * One error class and one stable code catalog for all of Vouch. Codes never change meaning;
 * the CLI maps `category` to exit codes and the server maps it to HTTP status, each in one place.
 */
export const errorCatalog = {
  VOUCH_CONFIG_INVALID: { category: 'config', summary: 'A configuration file or value is invalid.' },
  VOUCH_CONFIG_NOT_FOUND: { category: 'config', summary: 'A configuration file could not be read.' },
  VOUCH_POLICY_INVALID: { category: 'config', summary: 'A policy is invalid.' },
  VOUCH_UNKNOWN_ID: { category: 'config', summary: 'An id does not name a registered unit.' },
  VOUCH_DUPLICATE_ID: { category: 'internal', summary: 'Two units were registered under one id.' },
  VOUCH_USAGE: { category: 'usage', summary: 'A command was called with bad arguments.' },
  VOUCH_INPUT_INVALID: { category: 'input', summary: 'An input record is invalid.' },
  VOUCH_INPUT_TOO_LARGE: { category: 'input', summary: 'An input is larger than the configured limit.' },
  VOUCH_DETECTOR_FAILED: { category: 'internal', summary: 'A detector threw while scanning.' },
  VOUCH_VAULT_FULL: { category: 'infrastructure', summary: 'The pseudonymization vault is at its size bound.' },
  VOUCH_TARGET_FAILED: { category: 'infrastructure', summary: 'A target or upstream could not be reached.' },
  VOUCH_INTERNAL: { category: 'internal', summary: 'An unexpected internal error.' },
} as const satisfies Record<string, { category: ErrorCategory; summary: string }>;

export type ErrorCategory = 'config' | 'usage' | 'input' | 'infrastructure' | 'internal';
export type ErrorCode = keyof typeof errorCatalog;

export interface VouchErrorOptions {
  /** File the problem is in, when there is one. */
  file?: string;
  /** Path inside the file or body, e.g. `input.rules[0].action`. */
  path?: string;
  /** How to fix it, in one sentence. */
  fix?: string;
  cause?: unknown;
}

/** The only error type Vouch throws on purpose; `code` is stable and machine-readable. */
export class VouchError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly path: string | undefined;
  readonly fix: string | undefined;

  constructor(code: ErrorCode, message: string, options: VouchErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VouchError';
    this.code = code;
    this.file = options.file;
    this.path = options.path;
    this.fix = options.fix;
  }

  get category(): ErrorCategory {
    return errorCatalog[this.code].category;
  }

  /** Plain data for JSON output: `{ code, message }` plus location and fix when known. */
  toJSON(): { code: ErrorCode; message: string; file?: string; path?: string; fix?: string } {
    return {
      code: this.code,
      message: this.message,
      ...(this.file === undefined ? {} : { file: this.file }),
      ...(this.path === undefined ? {} : { path: this.path }),
      ...(this.fix === undefined ? {} : { fix: this.fix }),
    };
  }
}

export function isVouchError(value: unknown): value is VouchError {
  return value instanceof VouchError;
}

/** Wraps anything thrown into a VouchError, keeping VouchErrors as they are. */
export function toVouchError(error: unknown, code: ErrorCode = 'VOUCH_INTERNAL'): VouchError {
  if (error instanceof VouchError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new VouchError(code, message, { cause: error });
}
