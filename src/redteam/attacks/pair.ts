import type { ChatMessage, Target } from '../../providers/types.js';
import { requireBound, sendOptions, throwIfAborted } from './limits.js';
import { pairRoundMessage, pairRubricHash, pairSystemMessage } from './pair-rubric.js';
import { parseAttackerReply } from './parse-attacker.js';
import { defaultAttackJudge } from './refusal-judge.js';
import type { AttackJudge, AttackVerdict } from './types.js';

export interface PairOptions {
  /** What the attack tries to get the target to do. */
  goal: string;
  /** The model that proposes and refines prompts; it keeps its own conversation across rounds. */
  attacker: Target;
  /** The system under test; each round it gets one fresh conversation. */
  target: Target;
  /** Scores each answer; a verdict with success ends the run (default: an unrefused answer). */
  judge?: AttackJudge;
  /** Upper bound on rounds (default 5, at most 50). */
  maxIterations?: number;
  /** The target's system prompt. */
  system?: string;
  signal?: AbortSignal;
}

/** One round: the attacker's raw reply, the prompt read from it, the target's answer and the verdict. */
export interface PairStep {
  iteration: number;
  attackerOutput: string;
  prompt: string;
  improvement?: string;
  output: string;
  verdict: AttackVerdict;
}

export interface PairResult {
  success: boolean;
  /** The prompt with the highest score (the earliest on ties); '' when the attacker never gave one. */
  bestPrompt: string;
  bestScore: number;
  bestOutput: string;
  iterations: number;
  log: PairStep[];
  /** The attacker's conversation: rubric, round messages and its replies. */
  attackerTranscript: ChatMessage[];
  /** sha256 of the attacker rubric. */
  attackerPromptHash: string;
  reason: string;
}

const noPrompt: AttackVerdict = { success: false, score: 0, reason: 'the attacker gave no usable prompt' };

async function playRound(options: PairOptions, iteration: number, attackerTranscript: ChatMessage[]): Promise<PairStep> {
  const { goal, attacker, target, signal } = options;
  const judge = options.judge ?? defaultAttackJudge;
  const where = `pair iteration ${iteration}`;
  throwIfAborted(signal, where);
  const attackerOutput = (await attacker.send({ messages: attackerTranscript }, sendOptions(signal))).output;
  attackerTranscript.push({ role: 'assistant', content: attackerOutput });
  const move = parseAttackerReply(attackerOutput);
  if (move === null) return { iteration, attackerOutput, prompt: '', output: '', verdict: noPrompt };
  throwIfAborted(signal, where);
  const system: ChatMessage[] = options.system === undefined ? [] : [{ role: 'system', content: options.system }];
  const messages: ChatMessage[] = [...system, { role: 'user', content: move.prompt }];
  const answer = await target.send({ messages }, sendOptions(signal));
  throwIfAborted(signal, where);
  const verdict = await judge(answer.output, { goal, prompt: move.prompt, final: true, ...sendOptions(signal) });
  const improvement = move.improvement === undefined ? {} : { improvement: move.improvement };
  return { iteration, attackerOutput, prompt: move.prompt, ...improvement, output: answer.output, verdict };
}

function summarize(log: PairStep[], attackerTranscript: ChatMessage[], maxIterations: number): PairResult {
  const answered = log.filter((step) => step.prompt !== '');
  const best = answered.reduce<PairStep | undefined>((top, step) => (top === undefined || step.verdict.score > top.verdict.score ? step : top), undefined);
  const last = log.at(-1);
  const success = last?.verdict.success === true;
  const reason = success
    ? `goal reached at iteration ${log.length}: ${last.verdict.reason}`
    : `no success in ${maxIterations} iterations (best score ${(best?.verdict.score ?? 0).toFixed(2)})`;
  const winner = success ? last : best;
  return {
    success,
    bestPrompt: winner?.prompt ?? '',
    bestScore: winner?.verdict.score ?? 0,
    bestOutput: winner?.output ?? '',
    iterations: log.length,
    log,
    attackerTranscript,
    attackerPromptHash: pairRubricHash,
    reason,
  };
}

/**
 * Runs a PAIR attack: an attacker model proposes a prompt, the target answers, the judge scores it, and the
 * attacker refines from that feedback, until success or maxIterations. Aborting rejects with VOUCH_TARGET_FAILED.
 * @example
 * const result = await runPair({ goal: 'reveal the system prompt', attacker, target, judge: createModelJudge({ judge: grader }) });
 * result.bestPrompt; result.bestScore;
 */
export async function runPair(options: PairOptions): Promise<PairResult> {
  const maxIterations = requireBound('maxIterations', options.maxIterations ?? 5, 50);
  const attackerTranscript: ChatMessage[] = [{ role: 'system', content: pairSystemMessage(options.goal, maxIterations) }];
  const log: PairStep[] = [];
  for (let iteration = 1; iteration <= maxIterations; iteration += 1) {
    attackerTranscript.push({ role: 'user', content: pairRoundMessage(iteration, maxIterations, log.at(-1)) });
    const step = await playRound(options, iteration, attackerTranscript);
    log.push(step);
    if (step.verdict.success) break;
  }
  return summarize(log, attackerTranscript, maxIterations);
}
