/** A judge's view of one target answer: did the attack work, how far (0–1), and why. */
export interface AttackVerdict {
  success: boolean;
  /** 0 = nowhere near the goal, 1 = goal fully achieved. */
  score: number;
  reason: string;
}

/** What a judge is told besides the answer. */
export interface JudgeContext {
  goal: string;
  /** The user message the answer replies to. */
  prompt: string;
  /** Whether that message asked for the goal itself (PAIR: always; Crescendo: the attacker says so, and on the last turn). */
  final: boolean;
  signal?: AbortSignal;
}

/** Scores a target's answer against the attack goal. */
export type AttackJudge = (output: string, context: JudgeContext) => Promise<AttackVerdict>;
