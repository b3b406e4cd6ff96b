import { VouchError } from '../../core/errors.js';
import type { MutatorContext } from '../types.js';

const quotePairs: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'], ["'", "'"], ['“', '”'], ['‘', '’'], ['«', '»'], ['„', '“'], ['`', '`'],
];

/** Removes what models wrap rewrites in: code fences, a "Translation:"-style label, surrounding quotes. */
export function cleanRewrite(output: string): string {
  let text = output.trim();
  const fenced = /^```[\w-]*\s*\n?([\s\S]*?)\n?```$/.exec(text);
  if (fenced) text = (fenced[1] ?? '').trim();
  text = text.replace(/^(?:translation|paraphrase|rewritten(?: text)?)\s*:\s*/i, '').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [open, close] of quotePairs) {
      if (text.length >= open.length + close.length && text.startsWith(open) && text.endsWith(close)) {
        text = text.slice(open.length, text.length - close.length).trim();
        changed = true;
      }
    }
  }
  return text;
}

/** Asks the context's rewriter to apply an instruction (as the system message) to the text (as the user message). */
export async function askRewriter(mutatorId: string, instruction: string, text: string, context: MutatorContext): Promise<string> {
  const rewriter = context.rewriter;
  if (rewriter === undefined) {
    throw new VouchError('VOUCH_CONFIG_INVALID', `mutator "${mutatorId}" needs a rewriter target`, {
      fix: 'Configure a rewriter target for model-driven mutators, or drop this mutator from the chain.',
    });
  }
  const request = { messages: [{ role: 'system' as const, content: instruction }, { role: 'user' as const, content: text }], temperature: 0 };
  const response = await rewriter.send(request, context.signal === undefined ? {} : { signal: context.signal });
  const cleaned = cleanRewrite(response.output);
  if (cleaned === '') {
    throw new VouchError('VOUCH_TARGET_FAILED', `mutator "${mutatorId}": rewriter ${rewriter.label} returned an empty answer`, {
      fix: 'Check that the rewriter model follows instructions, or use another rewriter.',
    });
  }
  return cleaned;
}
