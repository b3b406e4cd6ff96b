import type { Finding } from '../../core/types.js';
import type { TextView } from '../../text/types.js';
import type { Detector, ScanRequest } from '../types.js';

/** Characters a model may put between a canary's characters when it spells it out ("v o u c h", "v-o-u-c-h"). */
const separators = /[\s\-_.·,|/\\]/u;

/**
 * Where `token` occurs in `text` ignoring case and any separators between its characters:
 * [start, end) spans of `text`.
 */
export function findToken(text: string, token: string): [number, number][] {
  const wanted = token.toLowerCase().replace(new RegExp(separators.source, 'gu'), '');
  if (wanted.length === 0) return [];
  const spans: [number, number][] = [];
  const lower = text.toLowerCase();
  for (let start = lower.indexOf(wanted[0]!); start !== -1; start = lower.indexOf(wanted[0]!, start + 1)) {
    let index = start;
    let matched = 0;
    while (index < lower.length && matched < wanted.length) {
      const char = lower[index]!;
      if (char === wanted[matched]) matched++;
      else if (!(matched > 0 && separators.test(char))) break;
      index++;
    }
    if (matched === wanted.length) {
      spans.push([start, index]);
      start = index - 1;
    }
  }
  return spans;
}

function findingsIn(view: TextView, token: string, reversed: boolean): Finding[] {
  const needle = reversed ? [...token].reverse().join('') : token;
  return findToken(view.text, needle).map(([start, end]) => {
    const [originalStart, originalEnd] = view.toOriginal(start, end);
    const finding: Finding = { detector: 'canary', type: 'SYSTEM_PROMPT_LEAK', start: originalStart, end: originalEnd, score: 1, severity: 'high', message: reversed ? 'canary token, reversed' : 'canary token' };
    if (view.name !== 'original' && view.name !== 'normalized') finding.view = view.name;
    return finding;
  });
}

/**
 * Canary tokens: the guard plants a token in a system prompt (`guard.plantCanary`) and passes the
 * conversation's tokens to this detector on the output rail, which reports the token wherever the
 * model repeats it, also spelled out, in other case, reversed, or encoded (base64, hex, URL), as
 * SYSTEM_PROMPT_LEAK.
 */
export const canaryDetector: Detector = {
  id: 'canary',
  description: 'Canary tokens planted in a system prompt, found again in model output (system-prompt leakage).',
  entities: ['SYSTEM_PROMPT_LEAK'],
  stages: ['output', 'input'],
  readsCanaries: true,
  scan(request: ScanRequest) {
    const tokens = request.canaries ?? [];
    if (tokens.length === 0) return { findings: [], score: 0 };
    const findings: Finding[] = [];
    for (const view of request.views.get(['normalized', 'decoded'])) {
      for (const token of tokens) findings.push(...findingsIn(view, token, false), ...findingsIn(view, token, true));
    }
    const seen = new Set<string>();
    const distinct = findings.filter((finding) => !seen.has(`${finding.start}:${finding.end}`) && seen.add(`${finding.start}:${finding.end}`));
    distinct.sort((a, b) => a.start - b.start);
    return { findings: distinct, score: distinct.length > 0 ? 1 : 0 };
  },
};
