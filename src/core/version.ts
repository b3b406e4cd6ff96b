import { readFileSync } from 'node:fs';

/** Vouch's version, read from package.json (src/core and dist/core sit at the same depth). */
export const vouchVersion: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
