import { VouchError } from '../../core/errors.js';

const placeholder = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/**
 * Replaces each `{{name}}` in `template` with `vars[name]`. An unknown name is an error naming
 * `where` and the variables that exist, so a typo never reaches a model as literal braces.
 * @example
 * renderTemplate('Hi {{name}}', { name: 'Ada' }, 'cases.jsonl#1.input'); // 'Hi Ada'
 */
export function renderTemplate(template: string, vars: Readonly<Record<string, string>>, where: string): string {
  return template.replace(placeholder, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) {
      throw new VouchError('VOUCH_CONFIG_INVALID', `${where}: unknown variable {{${name}}}`, {
        fix: `Define "${name}" in the suite's or the case's vars; known: ${Object.keys(vars).sort().join(', ') || '(none)'}.`,
      });
    }
    return value;
  });
}
