import { performance } from 'node:perf_hooks';
import { toVouchError, type VouchError } from '../../core/errors.js';
import type { ChatMessage, ChatResponse, Target } from '../../providers/types.js';
import type { CaseResult, EvalCase, ScoreFunction, ScoreResult } from '../types.js';
import { cacheKey, type ResponseCache } from './cache.js';

/** A scorer compiled for the run, with the tags it applies to (all cases when absent). */
export interface CompiledScorer {
  tags?: readonly string[];
  score: ScoreFunction;
}

/** One run of one case against one target. */
export interface CaseJob {
  case: EvalCase;
  repeat: number;
  target: Target;
  targetSha256: string;
  /** The suite's scorers that apply to this case, then the case's own. */
  scorers: readonly CompiledScorer[];
}

export interface ExecuteOptions {
  cache?: ResponseCache;
  signal?: AbortSignal;
}

/** Whether a suite scorer applies to a case: it names no tags, or the case has one of them. */
export function appliesTo(scorer: CompiledScorer, tags: readonly string[]): boolean {
  return scorer.tags === undefined || scorer.tags.length === 0 || scorer.tags.some((tag) => tags.includes(tag));
}

/**
 * Sends a case's conversation (and its further turns) to the target and scores the last answer.
 * Never throws for the case's own failures: a target or scorer error becomes status `error` with
 * its code and message, so no case is ever dropped.
 */
export async function executeCase(job: CaseJob, options: ExecuteOptions = {}): Promise<CaseResult> {
  const started = performance.now();
  const base = { id: job.case.id, repeat: job.repeat, target: job.target.label, tags: job.case.tags, input: job.case.input };
  const transcript: ChatMessage[] = [...job.case.messages];
  let response: ChatResponse | undefined;
  let cached = true;
  try {
    const turns = [undefined, ...(job.case.turns ?? [])];
    for (const turn of turns) {
      if (turn !== undefined) transcript.push({ role: 'user', content: turn });
      const answer = await send(job, transcript, options);
      cached &&= answer.cached;
      response = answer.response;
      transcript.push({ role: 'assistant', content: response.output, ...(response.toolCalls?.length ? { toolCalls: response.toolCalls } : {}) });
    }
  } catch (error) {
    return failed(base, '', transcript, performance.now() - started, toVouchError(error, 'VOUCH_TARGET_FAILED'), job.case);
  }
  const answered = response!;
  const latencyMs = cached ? answered.latencyMs : performance.now() - started;
  const scores: ScoreResult[] = [];
  try {
    for (const scorer of job.scorers) {
      scores.push(await scorer.score({ case: job.case, output: answered.output, response: answered, transcript, latencyMs, ...(options.signal ? { signal: options.signal } : {}) }));
    }
  } catch (error) {
    return { ...failed(base, answered.output, transcript, latencyMs, toVouchError(error, 'VOUCH_INTERNAL'), job.case), scores };
  }
  const result: CaseResult = { ...base, output: answered.output, scores, status: scores.every((score) => score.pass) ? 'pass' : 'fail', latencyMs: round(latencyMs) };
  finish(result, transcript, job.case, cached);
  return result;
}

async function send(job: CaseJob, transcript: readonly ChatMessage[], options: ExecuteOptions): Promise<{ response: ChatResponse; cached: boolean }> {
  const request = { messages: [...transcript], ...(job.case.tools?.length ? { tools: job.case.tools } : {}) };
  const key = options.cache ? cacheKey(job.targetSha256, request, job.repeat) : undefined;
  const hit = key ? options.cache!.get(key) : undefined;
  if (hit) return { response: hit, cached: true };
  const response = await job.target.send(request, options.signal ? { signal: options.signal } : {});
  if (key) options.cache!.set(key, response);
  return { response, cached: false };
}

function failed(base: Omit<CaseResult, 'output' | 'scores' | 'status' | 'latencyMs'>, output: string, transcript: ChatMessage[], latencyMs: number, failure: VouchError, evalCase: EvalCase): CaseResult {
  const result: CaseResult = { ...base, output, scores: [], status: 'error', latencyMs: round(latencyMs), error: { code: failure.code, message: failure.message } };
  finish(result, transcript, evalCase, false);
  return result;
}

function finish(result: CaseResult, transcript: ChatMessage[], evalCase: EvalCase, cached: boolean): void {
  if (evalCase.turns?.length) result.transcript = transcript;
  if (cached) result.cached = true;
  if (evalCase.metadata) result.metadata = evalCase.metadata;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
