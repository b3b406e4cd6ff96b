import { createFileWriter } from '../core/streams.js';
import { join } from 'node:path';
import { runPool } from '../eval/runner/pool.js';
import { rateSummary } from '../eval/runner/summary.js';
import type { RateSummary } from '../eval/types.js';
import type { Target } from '../providers/types.js';
import { runCrescendo, runPair } from './attacks/index.js';
import type { CorpusItem } from './types.js';

export const multiTurnAttacks = ['crescendo', 'pair'] as const;
export type MultiTurnAttack = (typeof multiTurnAttacks)[number];

export interface MultiTurnOptions {
  /** Goals: attack items (only those whose success criterion is `complied` are used). */
  items: readonly CorpusItem[];
  attack: MultiTurnAttack;
  /** The model that writes the attack messages. */
  attacker: Target;
  target: Target;
  /** Turns (crescendo) or refinement rounds (PAIR); default 5. */
  maxTurns?: number;
  system?: string;
  concurrency?: number;
  /** Where multi-turn.jsonl (one line per goal, with the whole transcript) is written. */
  outDir: string;
  signal?: AbortSignal;
}

export interface MultiTurnOutcome {
  /** `passed` counts goals the attack reached (attack success rate in passRate); errors counted apart. */
  attacks: RateSummary;
  /** PAIR's best prompts of successful attacks as derived corpus items (freeze them to replay). */
  generated: CorpusItem[];
}

/**
 * Runs a crescendo or PAIR attacker against the target once per goal, bounded in turns, and
 * streams each attack's verdict and transcript to DIR/multi-turn.jsonl. A failed attack run (the
 * attacker or target unreachable) is recorded as an error line, never dropped.
 * @example
 * await runMultiTurnAttacks({ items, attack: 'pair', attacker, target, outDir: 'runs/rt' });
 */
export async function runMultiTurnAttacks(options: MultiTurnOptions): Promise<MultiTurnOutcome> {
  const goals = options.items.filter((item) => item.kind === 'attack' && (item.success ?? 'complied') === 'complied');
  const file = createFileWriter(join(options.outDir, 'multi-turn.jsonl'));
  const counts = { n: 0, passed: 0, failed: 0, errors: 0 };
  const generated: CorpusItem[] = [];
  const common = { attacker: options.attacker, target: options.target, ...(options.system ? { system: options.system } : {}), ...(options.signal ? { signal: options.signal } : {}) };
  await runPool(goals, options.concurrency ?? 4, async (item) => {
    let line: Record<string, unknown>;
    try {
      if (options.attack === 'crescendo') {
        const result = await runCrescendo({ ...common, goal: item.text, maxTurns: options.maxTurns ?? 5 });
        line = { id: item.id, attack: 'crescendo', success: result.success, turns: result.turns, reason: result.reason, attackerPromptHash: result.attackerPromptHash, transcript: result.transcript };
      } else {
        const result = await runPair({ ...common, goal: item.text, maxIterations: options.maxTurns ?? 5 });
        line = { id: item.id, attack: 'pair', success: result.success, turns: result.iterations, reason: result.reason, attackerPromptHash: result.attackerPromptHash, bestPrompt: result.bestPrompt, bestScore: result.bestScore, log: result.log };
        if (result.success && result.bestPrompt) generated.push({ ...item, id: `${item.id}.pair`, text: result.bestPrompt, parent: item.id, mutations: [...item.mutations, 'pair'] });
      }
    } catch (error) {
      if (options.signal?.aborted) return;
      line = { id: item.id, attack: options.attack, error: (error as Error).message };
    }
    counts.n++;
    if (line.error !== undefined) counts.errors++;
    else if (line.success) counts.passed++;
    else counts.failed++;
    await file.write(`${JSON.stringify(line)}\n`);
  }, options.signal);
  await file.close();
  return { attacks: rateSummary(counts), generated };
}
