/** Severity of a finding or a rule, weakest first. */
export const severities = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof severities)[number];

/**
 * A detection. `start`/`end` are UTF-16 indices into the ORIGINAL text, even when the match came
 * from a normalized or decoded view.
 */
export interface Finding {
  /** Detector family id: "pii", "secrets", … */
  detector: string;
  /** Entity or technique, e.g. "EMAIL_ADDRESS", "AWS_ACCESS_KEY". */
  type: string;
  start: number;
  end: number;
  /** Confidence in [0, 1]. */
  score: number;
  severity?: Severity;
  message?: string;
  /** Recognizer that produced it, e.g. "credit-card". */
  recognizer?: string;
  /** The view the match came from when it was not the original text, e.g. "normalized", "base64". */
  view?: string;
}

/** Actions, weakest to strongest. The strongest triggered action wins. */
export const actions = ['allow', 'flag', 'redact', 'block'] as const;
export type Action = (typeof actions)[number];

export function actionRank(action: Action): number {
  return actions.indexOf(action);
}

/** The stronger of two actions. */
export function strongerAction(a: Action, b: Action): Action {
  return actionRank(a) >= actionRank(b) ? a : b;
}
