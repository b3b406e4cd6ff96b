import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashJson } from '../../core/hash.js';
import type { ChatRequest, ChatResponse } from '../../providers/types.js';

/** Target answers on disk, one file per answer, so a repeated run costs no calls and no memory. */
export interface ResponseCache {
  get(key: string): ChatResponse | undefined;
  set(key: string, response: ChatResponse): void;
}

/**
 * The cache key of one call: the target's config hash, the exact request, and the repeat index,
 * so repeat 2 of a case never reuses repeat 1's answer.
 */
export function cacheKey(targetSha256: string, request: ChatRequest, repeat: number): string {
  return hashJson({ target: targetSha256, request, repeat });
}

/**
 * A cache in `directory` (created on first write): `ab/abcdef….json`. Unreadable entries are
 * misses; writes go through a temporary file, so a killed run never leaves a torn entry.
 */
export function createResponseCache(directory: string): ResponseCache {
  const pathOf = (key: string): string => join(directory, key.slice(0, 2), `${key}.json`);
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(pathOf(key), 'utf8')) as ChatResponse;
      } catch {
        return undefined;
      }
    },
    set(key, response) {
      const path = pathOf(key);
      mkdirSync(join(directory, key.slice(0, 2)), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(response));
      renameSync(temporary, path);
    },
  };
}
