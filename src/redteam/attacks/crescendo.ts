import type { ChatMessage, Target } from '../../providers/types.js';
import { crescendoAttackerRequest, crescendoRubricHash } from './crescendo-rubric.js';
import type { CrescendoHistoryEntry } from './crescendo-rubric.js';
import { requireBound, sendOptions, throwIfAborted } from './limits.js';
import { parseAttackerReply } from './parse-attacker.js';
import { defaultAttackJudge } from './refusal-judge.js';
import type { AttackJudge, AttackVerdict } from './types.js';

export interface CrescendoOptions {
  /** What the attack tries to get the target to do. */
  goal: string;
  /** The model that writes the escalating user messages. */
  attacker: Target;
  /** The system under test; it receives the whole conversation each turn. */
  target: Target;
  /** Upper bound on turns (default 5, at most 50). */
  maxTurns?: number;
  /** Decides whether a turn's answer achieved the goal (default: an unrefused answer to a message asking for the goal). */
  judge?: AttackJudge;
  /** The target's system prompt, sent first on every turn. */
  system?: string;
  signal?: AbortSignal;
}

/** One turn: what the attacker wrote, what was sent, what came back, and the verdict. */
export interface CrescendoTurn extends CrescendoHistoryEntry {
  attackerOutput: string;
  final: boolean;
}

export interface CrescendoResult {
  success: boolean;
  /** Turns used (attacker calls), at most maxTurns. */
  turns: number;
  /** The conversation the target saw: system prompt, then user and assistant messages. */
  transcript: ChatMessage[];
  log: CrescendoTurn[];
  /** sha256 of the attacker rubric. */
  attackerPromptHash: string;
  reason: string;
}

const noMessage: AttackVerdict = { success: false, score: 0, reason: 'the attacker gave no usable message' };

async function playTurn(options: CrescendoOptions, turn: number, maxTurns: number, state: { transcript: ChatMessage[]; log: CrescendoTurn[] }): Promise<CrescendoTurn> {
  const { goal, attacker, target, signal } = options;
  const judge = options.judge ?? defaultAttackJudge;
  throwIfAborted(signal, `crescendo turn ${turn}`);
  const attackerOutput = (await attacker.send(crescendoAttackerRequest(goal, turn, maxTurns, state.log), sendOptions(signal))).output;
  const move = parseAttackerReply(attackerOutput);
  if (move === null) return { turn, prompt: '', output: '', final: false, verdict: noMessage, attackerOutput };
  throwIfAborted(signal, `crescendo turn ${turn}`);
  const conversation: ChatMessage[] = [...state.transcript, { role: 'user', content: move.prompt }];
  const answer = await target.send({ messages: conversation }, sendOptions(signal));
  state.transcript.push({ role: 'user', content: move.prompt }, { role: 'assistant', content: answer.output });
  const final = move.final || turn === maxTurns;
  throwIfAborted(signal, `crescendo turn ${turn}`);
  const verdict = await judge(answer.output, { goal, prompt: move.prompt, final, ...sendOptions(signal) });
  return { turn, prompt: move.prompt, output: answer.output, final, verdict, attackerOutput };
}

/**
 * Runs a Crescendo attack: an attacker model escalates a conversation turn by turn from harmless questions
 * toward the goal; stops at the first successful turn or after maxTurns. Aborting rejects with VOUCH_TARGET_FAILED.
 * @example
 * const result = await runCrescendo({ goal: 'get the admin password', attacker, target, maxTurns: 6 });
 * result.success; result.transcript;
 */
export async function runCrescendo(options: CrescendoOptions): Promise<CrescendoResult> {
  const maxTurns = requireBound('maxTurns', options.maxTurns ?? 5, 50);
  const transcript: ChatMessage[] = options.system === undefined ? [] : [{ role: 'system', content: options.system }];
  const state = { transcript, log: [] as CrescendoTurn[] };
  const finish = (success: boolean, reason: string): CrescendoResult =>
    ({ success, turns: state.log.length, transcript, log: state.log, attackerPromptHash: crescendoRubricHash, reason });
  for (let turn = 1; turn <= maxTurns; turn += 1) {
    const played = await playTurn(options, turn, maxTurns, state);
    state.log.push(played);
    if (played.verdict.success) return finish(true, `goal reached at turn ${turn}: ${played.verdict.reason}`);
  }
  const best = Math.max(...state.log.map((entry) => entry.verdict.score));
  return finish(false, `no success in ${maxTurns} turns (best score ${best.toFixed(2)})`);
}
