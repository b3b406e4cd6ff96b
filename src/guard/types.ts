import type { Action, Finding } from '../core/types.js';
import type { Stage, TextSource } from '../detectors/types.js';

/** Per-call context. */
export interface GuardContext {
  /** Scope of reversible pseudonyms: the same value gets the same token across turns. */
  conversationId?: string;
  /** Where the text came from. */
  source?: TextSource;
  /** Run only these detectors (ids); detectors without a rule in the policy run with a `flag` rule. */
  detectors?: readonly string[];
}

/** A finding with what the policy decided for it. */
export interface GuardFinding extends Finding {
  action: Action;
  rule: string;
}

export interface DetectorError {
  detector: string;
  rule: string;
  code: string;
  message: string;
  action: Action;
}

/** One call to an escalation adapter during a check. */
export interface EscalationRecord {
  detector: string;
  rule: string;
  adapter: string;
  /** The local score that fell in the rule's band. */
  localScore: number;
  /** The adapter's score, which replaced the local one (absent when it failed). */
  score?: number;
  types?: string[];
  /** What answered (model, endpoint, rubric hash). */
  model?: string;
  latencyMs: number;
  error?: { code: string; message: string };
}

/** What a check returns: data, never an exception for a detection. */
export interface GuardResult {
  stage: Stage;
  /** The strongest action any finding or error triggered. */
  action: Action;
  /** Findings at or above their threshold and not allowlisted, sorted by start. */
  findings: GuardFinding[];
  /** The text after redaction (equal to the input when nothing was redacted). */
  text: string;
  /** Highest score per detector that ran, including scores below threshold; 0 when nothing was found. */
  scores: Record<string, number>;
  /** Wall time of the whole check and of each detector, in milliseconds. */
  latencyMs: number;
  detectorLatencyMs: Record<string, number>;
  errors: DetectorError[];
  /** Escalations made during the check (only present when a rule escalated). */
  escalations?: EscalationRecord[];
  policyHash: string;
}
