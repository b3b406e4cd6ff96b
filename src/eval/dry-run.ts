import type { LoadedSuite } from './suite/load.js';

/** What a run would cost before any call is made. */
export interface DryRunPlan {
  /** First calls, for a reader to check the prompts. */
  calls: { target: string; case: string; repeat: number; turns: number; characters: number }[];
  totalCalls: number;
  /** Estimated input tokens (characters / 4, the common rule of thumb for English). */
  inputTokens: number;
  outputTokens: number;
  /** Wall time at the suite's concurrency if each call takes `assumeLatencyMs`. */
  seconds: number;
  /** In the currency of the prices given, when given. */
  cost?: number;
}

export interface DryRunOptions {
  assumeLatencyMs?: number;
  assumeOutputTokens?: number;
  /** Price per million input and output tokens. */
  pricePerMillionInput?: number;
  pricePerMillionOutput?: number;
  /** How many calls to list (default 10). */
  show?: number;
}

/**
 * Counts the calls a suite would make (cases × repeats × targets × turns) and estimates tokens,
 * time and cost, without calling anything.
 * @example
 * planDryRun(loadSuite('suite.yaml'), { assumeLatencyMs: 800 }).totalCalls;
 */
export function planDryRun(loaded: LoadedSuite, options: DryRunOptions = {}): DryRunPlan {
  const targets = loaded.targetConfigs.map((config, index) => {
    const record = config as { label?: string; type?: string; model?: string };
    return record.label ?? (record.model ? `${record.type}:${record.model}` : `${record.type ?? 'target'}#${index}`);
  });
  const outputPerCall = options.assumeOutputTokens ?? 200;
  const calls: DryRunPlan['calls'] = [];
  let totalCalls = 0;
  let inputTokens = 0;
  for (const planned of loaded.cases) {
    const turns = 1 + (planned.case.turns?.length ?? 0);
    const base = planned.case.messages.reduce((sum, message) => sum + message.content.length, 0);
    const later = (planned.case.turns ?? []).reduce((sum, turn) => sum + turn.length, 0);
    // Each turn resends the conversation so far: roughly the base plus the later turns and answers.
    const characters = base * turns + later + (outputPerCall * 4 * (turns * (turns - 1))) / 2;
    for (let repeat = 0; repeat < planned.repeat; repeat++) {
      for (const target of targets) {
        totalCalls += turns;
        inputTokens += Math.ceil(characters / 4);
        if (calls.length < (options.show ?? 10)) calls.push({ target, case: planned.case.id, repeat, turns, characters });
      }
    }
  }
  const outputTokens = totalCalls * outputPerCall;
  const seconds = (totalCalls * (options.assumeLatencyMs ?? 1000)) / 1000 / loaded.suite.concurrency;
  const plan: DryRunPlan = { calls, totalCalls, inputTokens, outputTokens, seconds };
  if (options.pricePerMillionInput !== undefined || options.pricePerMillionOutput !== undefined) {
    plan.cost = (inputTokens * (options.pricePerMillionInput ?? 0) + outputTokens * (options.pricePerMillionOutput ?? 0)) / 1_000_000;
  }
  return plan;
}
