import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseConfig } from '../../core/config.js';
import { VouchError } from '../../core/errors.js';
import { hashJson, sha256 } from '../../core/hash.js';
import type { ChatMessage } from '../../providers/types.js';
import type { EvalCase } from '../types.js';
import { readCaseFile, type SourcedCase } from './case-files.js';
import { suiteSchema, type CaseInput, type SuiteFile } from './schema.js';
import { renderTemplate } from './template.js';

/** A case ready to run, and how many times. */
export interface PlannedCase {
  case: EvalCase;
  repeat: number;
}

/** A suite read from disk with its cases expanded. */
export interface LoadedSuite {
  /** The suite file as given (for reports). */
  file: string;
  /** Relative paths in the suite (case files, module targets) resolve against this. */
  directory: string;
  suite: SuiteFile;
  /** Target configs as written (`target` or `targets`). */
  targetConfigs: unknown[];
  cases: PlannedCase[];
  /** sha256 of the suite file and every cases file it reads, in order. */
  sha256: string;
  /** sha256 of the canonical JSON of the expanded cases. */
  casesSha256: string;
}

/**
 * Reads a suite file, its cases files, and expands every case: variables, the system prompt and
 * prompt template, tags, and the case's canary (`{{canary}}`: a token derived from the suite name
 * and case id, unless the case sets its own).
 * @example
 * const loaded = loadSuite('evals/support-bot.yaml');
 * loaded.cases.length;
 */
export function loadSuite(file: string, cwd = process.cwd()): LoadedSuite {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new VouchError('VOUCH_CONFIG_NOT_FOUND', `cannot read suite ${file}: ${(error as Error).message}`, { fix: 'Pass the path of a suite YAML file (see docs/evaluation.md).' });
  }
  const suite = parseConfig(text, { schema: suiteSchema, source: file });
  const directory = dirname(path);
  const hashed = [sha256(text)];
  const sourced: (SourcedCase & { fileTags: string[]; fileVars: Record<string, string> })[] = [];
  suite.cases.forEach((entry, index) => {
    if ('file' in entry) {
      const filePath = resolve(directory, entry.file);
      hashed.push(sha256(readFileSync(filePath)));
      for (const item of readCaseFile(filePath, entry.file)) sourced.push({ ...item, fileTags: entry.tags ?? [], fileVars: entry.vars ?? {} });
    } else {
      sourced.push({ value: entry, source: `${file}#cases[${index}]`, fileTags: [], fileVars: {} });
    }
  });
  const seen = new Map<string, string>();
  const cases = sourced.map((item) => {
    const planned = expandCase(suite, item.value, { source: item.source, tags: item.fileTags, vars: item.fileVars });
    const earlier = seen.get(planned.case.id);
    if (earlier) throw new VouchError('VOUCH_CONFIG_INVALID', `case id "${planned.case.id}" is used twice: ${earlier} and ${item.source}`, { fix: 'Give every case its own id.' });
    seen.set(planned.case.id, item.source);
    return planned;
  });
  return {
    file,
    directory,
    suite,
    targetConfigs: suite.targets ?? [suite.target],
    cases,
    sha256: sha256(hashed.join('\n')),
    casesSha256: hashJson(cases),
  };
}

/** The canary a case gets when it does not set one: stable for a suite name and case id. */
export function caseCanary(suiteName: string, caseId: string): string {
  return `CANARY-${sha256(`${suiteName}\u0000${caseId}`).slice(0, 12).toUpperCase()}`;
}

function expandCase(suite: SuiteFile, value: CaseInput, from: { source: string; tags: string[]; vars: Record<string, string> }): PlannedCase {
  const id = value.id ?? from.source;
  const where = from.source;
  const vars: Record<string, string> = { ...suite.vars, ...from.vars, ...value.vars };
  vars.canary ??= caseCanary(suite.name, id);
  const render = (template: string, field: string): string => renderTemplate(template, vars, `${where}.${field}`);
  const input = value.input === undefined ? '' : render(value.input, 'input');
  if (value.input === undefined && value.turns === undefined) {
    throw new VouchError('VOUCH_CONFIG_INVALID', `${where}: a case needs \`input\` or \`turns\``, { fix: 'Add `input: "..."` (or `turns: [...]` for a conversation).' });
  }
  const messages: ChatMessage[] = [];
  const system = value.system ?? suite.system;
  if (system !== undefined) messages.push({ role: 'system', content: render(system, 'system') });
  for (const [index, message] of (value.messages ?? []).entries()) messages.push({ role: message.role, content: render(message.content, `messages[${index}]`) });
  const turns = (value.turns ?? []).map((turn, index) => render(turn, `turns[${index}]`));
  const firstUser = value.input !== undefined ? renderTemplate(suite.prompt, { ...vars, input }, `${where}.prompt`) : turns.shift()!;
  messages.push({ role: 'user', content: firstUser });
  const evalCase: EvalCase = {
    id,
    messages,
    input: value.input !== undefined ? input : firstUser,
    vars,
    tags: [...new Set([...from.tags, ...(value.tags ?? [])])],
  };
  if (turns.length > 0) evalCase.turns = turns;
  if (value.scorers) evalCase.scorers = value.scorers;
  if (value.expected !== undefined) evalCase.expected = render(value.expected, 'expected');
  if (value.metadata) evalCase.metadata = value.metadata;
  return { case: evalCase, repeat: value.repeat ?? suite.repeat };
}
