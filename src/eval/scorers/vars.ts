import { VouchError } from '../../core/errors.js';

export interface ExpandOptions {
  /** Applied to each inserted value (e.g. escaping it for a regular expression). */
  escape?: (value: string) => string;
}

const placeholder = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/**
 * Replaces `{{name}}` placeholders with values from `vars` in one pass (inserted values are not
 * expanded again); an unknown name throws VOUCH_CONFIG_INVALID naming `where` and the known names.
 * @example
 * expandVars('never say {{canary}}', { canary: 'c-123' }, 'scorers[0].value'); // 'never say c-123'
 */
export function expandVars(text: string, vars: Readonly<Record<string, string>>, where: string, options: ExpandOptions = {}): string {
  if (!text.includes('{{')) return text;
  return text.replace(placeholder, (_match, name: string) => {
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    if (value === undefined) {
      const known = Object.keys(vars);
      throw new VouchError('VOUCH_CONFIG_INVALID', `${where}: unknown variable "{{${name}}}"; known: ${known.length > 0 ? known.join(', ') : '(none)'}`, {
        path: where,
        fix: `Define "${name}" in the case's vars, or remove the placeholder.`,
      });
    }
    return options.escape ? options.escape(value) : value;
  });
}

/** Escapes a value so a regular expression matches it literally. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
