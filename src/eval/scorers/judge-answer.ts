import { matchingBrace } from '../../detectors/escalation/judge-verdict.js';

/** A judge's verdict as read from its answer, or why it could not be read. */
export type JudgeVerdict = { ok: true; score: number; reason: string } | { ok: false; problem: string };

/** The first balanced `{…}` of `text` that parses as a JSON object, skipping braces inside strings. */
function firstJsonObject(text: string): Record<string, unknown> | undefined {
  for (let start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
    const end = matchingBrace(text, start);
    if (end < 0) continue;
    try {
      const value: unknown = JSON.parse(text.slice(start, end + 1));
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // not JSON: try the next "{"
    }
  }
  return undefined;
}

function fromJson(object: Record<string, unknown>): JudgeVerdict {
  const reason = typeof object.reason === 'string' ? object.reason : '';
  if (typeof object.score === 'number') {
    if (!Number.isFinite(object.score) || object.score < 0 || object.score > 1) return { ok: false, problem: `score ${object.score} is outside [0, 1]` };
    return { ok: true, score: object.score, reason };
  }
  if (typeof object.pass === 'boolean') return { ok: true, score: object.pass ? 1 : 0, reason };
  return { ok: false, problem: 'the JSON has no numeric "score"' };
}

/**
 * Reads a judge's answer: JSON `{"score": 0..1, "reason": "…"}` (bare, fenced or inside prose;
 * `{"pass": true}` also accepted), else a lone PASS or FAIL word. `<think>` blocks are skipped.
 * @example
 * readJudgeVerdict('```json\n{"score": 0.8, "reason": "cites the source"}\n```'); // { ok: true, score: 0.8, … }
 */
export function readJudgeVerdict(answer: string): JudgeVerdict {
  const text = answer.replace(/<think>[\s\S]*?<\/think>/gi, '').trim();
  if (text === '') return { ok: false, problem: 'the answer is empty' };
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  const object = (fenced ? firstJsonObject(fenced[1]!) : undefined) ?? firstJsonObject(text);
  if (object) return fromJson(object);
  const words = new Set(text.match(/\b(?:PASS|FAIL)\b/g) ?? []);
  if (words.size === 1) {
    const passed = words.has('PASS');
    return { ok: true, score: passed ? 1 : 0, reason: text.replace(/\b(?:PASS|FAIL)\b[:.\s-]*/, '').trim() };
  }
  return { ok: false, problem: words.size > 1 ? 'the answer says both PASS and FAIL' : 'the answer is neither JSON with a "score" nor PASS/FAIL' };
}
