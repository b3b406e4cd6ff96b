import { z } from 'zod';
import { toVouchTypes } from './categories.js';

/** A judge's answer read as score and types, or why it could not be read. */
export type JudgeReading = { ok: true; score: number; types: string[] } | { ok: false; problem: string };

/** Lenient on purpose: judges add fields, write types as one string, or give only one of unsafe/score. */
const jsonVerdictSchema = z.looseObject({
  unsafe: z.boolean().optional(),
  score: z.number().optional(),
  types: z.union([z.array(z.string()), z.string()]).optional(),
  categories: z.union([z.array(z.string()), z.string()]).optional(),
});

/**
 * Reads a judge's answer: a JSON verdict `{"unsafe", "score", "types"}` (bare, in a code fence,
 * or inside prose), or a Llama-Guard-style `safe` / `unsafe\nS1,S10`. Reasoning in
 * `<think>…</think>` is skipped.
 * @example
 * readJudgeAnswer('unsafe\nS1,S10'); // { ok: true, score: 1, types: ['VIOLENT_CRIMES', 'HATE'] }
 */
export function readJudgeAnswer(answer: string): JudgeReading {
  const text = answer.replace(/<think>[\s\S]*?<\/think>/gi, '').trim();
  if (text === '') return { ok: false, problem: 'the answer is empty' };
  const json = extractJsonObject(text);
  if (json !== undefined) return readJsonVerdict(json);
  const guard = readLlamaGuard(text);
  if (guard !== undefined) return guard;
  return { ok: false, problem: 'the answer is neither a JSON verdict nor a Llama-Guard "safe"/"unsafe" answer' };
}

/**
 * The first balanced `{…}` in the text (a code fence's content first) that parses as JSON and has
 * "unsafe" or "score"; else the first that parses at all.
 */
function extractJsonObject(text: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  const candidate = fenced ? fenced[1]! : text;
  let first: unknown;
  for (let start = candidate.indexOf('{'); start >= 0; start = candidate.indexOf('{', start + 1)) {
    const end = matchingBrace(candidate, start);
    if (end < 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(candidate.slice(start, end + 1));
    } catch {
      continue;
    }
    if (typeof value === 'object' && value !== null && ('unsafe' in value || 'score' in value)) return value;
    first ??= value;
  }
  return first;
}

/** Index of the "}" closing the "{" at `start`, skipping braces inside JSON strings; -1 when none. */
export function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return index;
  }
  return -1;
}

function readJsonVerdict(value: unknown): JudgeReading {
  const parsed = jsonVerdictSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: `the JSON verdict has wrong field types (${parsed.error.issues[0]!.message})` };
  const verdict = parsed.data;
  if (verdict.score === undefined && verdict.unsafe === undefined) {
    return { ok: false, problem: 'the JSON verdict has neither "unsafe" nor "score"' };
  }
  if (verdict.score !== undefined && !(verdict.score >= 0 && verdict.score <= 1)) {
    return { ok: false, problem: `the JSON verdict's score ${verdict.score} is outside [0, 1]` };
  }
  const score = verdict.score ?? (verdict.unsafe ? 1 : 0);
  const names = verdict.types ?? verdict.categories ?? [];
  const types = toVouchTypes(typeof names === 'string' ? names.split(/[,;]/) : names);
  return { ok: true, score, types: verdict.unsafe === false ? [] : types };
}

function readLlamaGuard(text: string): JudgeReading | undefined {
  const [first = '', ...rest] = text.split(/\r?\n/);
  const head = /^\s*\**\s*(safe|unsafe)\b\s*\**\s*[:.,]?\s*(.*)$/i.exec(first);
  if (!head) return undefined;
  if (head[1]!.toLowerCase() === 'safe') return { ok: true, score: 0, types: [] };
  const codes = [head[2]!, ...rest].join(' ').match(/\bS\d{1,2}\b/gi) ?? [];
  return { ok: true, score: 1, types: toVouchTypes(codes) };
}
