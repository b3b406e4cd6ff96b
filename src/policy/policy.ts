import { severities, type Action, type Severity } from '../core/types.js';
import { redactionOperators, type EntitySettings, type EscalationSettings, type RedactionOperator } from './schema.js';

/** A rule after `extends` and defaults are applied. */
export interface Rule {
  id: string;
  detector: string;
  action: Action;
  /** Unset: the detector's default for each entity (learned detectors set theirs on held-out data), else 0.5. */
  threshold?: number;
  severity?: Severity;
  /** A model file for a learned detector, resolved against the policy file's folder. */
  model?: string;
  escalation?: EscalationSettings;
  onError: Action;
  operator: RedactionOperator;
  keepLast: number;
  entities: Record<string, boolean | EntitySettings>;
  only: boolean;
  allowlist: Allowlist;
}

export interface Allowlist {
  values: string[];
  patterns: string[];
}

/** A policy after `extends` and defaults are applied; its canonical JSON is what gets hashed. */
export interface Policy {
  version: 1;
  name: string;
  description?: string;
  input: { rules: Rule[] };
  output: { rules: Rule[] };
  allowlist: Allowlist;
  vault: { ttlSeconds: number; maxConversations: number; maxEntriesPerConversation: number };
  limits: { maxInputChars: number };
}

export const policyDefaults = {
  action: 'redact' as Action,
  threshold: 0.5,
  operator: 'placeholder' as RedactionOperator,
  keepLast: 4,
  vault: { ttlSeconds: 3600, maxConversations: 10_000, maxEntriesPerConversation: 1_000 },
  limits: { maxInputChars: 5_000_000 },
};

/** Rules that block or redact fail closed: a detector error blocks unless `onError` says otherwise. */
export function defaultOnError(action: Action): Action {
  return action === 'block' || action === 'redact' ? 'block' : 'flag';
}

export { redactionOperators, severities };
