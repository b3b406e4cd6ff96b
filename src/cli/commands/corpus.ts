import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { VouchError } from '../../core/errors.js';
import { addItems, corpusStats, formatStats, loadCorpus, rebuildManifest, verifyCorpus } from '../../redteam/corpus/index.js';
import { exitCodes } from '../exit-codes.js';
import { readAll, write, type CliIo } from '../io.js';

interface AddOptions {
  file: string;
  into: string;
  source: string;
  author: string;
  license: string;
  created?: string;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** `vouch corpus verify|stats|add|manifest DIR`: red-team corpus integrity, counts and additions with provenance. */
export function registerCorpus(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const corpus = program.command('corpus').description('Red-team corpus: verify hashes, show counts, add items, rebuild the manifest');
  corpus
    .command('verify')
    .description('Check every item against the manifest (exit 1 when an item was modified, removed or added unlisted)')
    .argument('[dir]', 'corpus directory', 'data/corpora/redteam')
    .action(async (directory: string) => {
      const result = verifyCorpus(resolve(io.cwd, directory));
      for (const problem of result.problems) await write(io.stdout, `${problem.kind}: ${problem.id} (${problem.file})${problem.expected ? ` expected ${problem.expected}` : ''}${problem.actual ? ` found ${problem.actual}` : ''}\n`);
      await write(io.stdout, result.ok ? `ok: set ${result.setSha256}\n` : `${result.problems.length} problem(s)\n`);
      setExit(result.ok ? exitCodes.ok : exitCodes.refused);
    });
  corpus
    .command('stats')
    .description('Counts by kind, OWASP id, harm category, technique, language and provenance')
    .argument('[dir]', 'corpus directory', 'data/corpora/redteam')
    .action(async (directory: string) => {
      await write(io.stdout, `${formatStats(corpusStats(loadCorpus(resolve(io.cwd, directory))))}\n`);
      setExit(exitCodes.ok);
    });
  corpus
    .command('add')
    .description('Append JSONL items (all-or-nothing), filling provenance, and bump the manifest version')
    .argument('<dir>', 'corpus directory')
    .requiredOption('--file <jsonl>', "items to add ('-' for stdin)")
    .option('--into <file>', 'items file to append to, inside the corpus', 'items/added.jsonl')
    .option('--source <source>', 'provenance for items that do not state it', 'local')
    .option('--author <author>', 'author for items that do not state it', 'unknown')
    .option('--license <license>', 'license for items that do not state it', 'proprietary')
    .option('--created <date>', 'YYYY-MM-DD (default today)')
    .action(async (directory: string, options: AddOptions) => {
      const text = options.file === '-' ? await readAll(io.stdin) : readInput(resolve(io.cwd, options.file), options.file);
      const result = addItems(resolve(io.cwd, directory), text, {
        file: options.into,
        inputName: options.file,
        defaults: { source: options.source, author: options.author, license: options.license, created: options.created ?? today() },
      });
      for (const skipped of result.skipped) await write(io.stdout, `skipped ${skipped.id}: ${skipped.reason}\n`);
      await write(io.stdout, `added ${result.added.length} item(s)${result.manifest ? `; manifest ${result.manifest.version}, set ${result.manifest.setSha256}` : ''}\n`);
      setExit(exitCodes.ok);
    });
  corpus
    .command('manifest')
    .description('Rebuild manifest.json from the items on disk (after reviewing the changes)')
    .argument('<dir>', 'corpus directory')
    .option('--name <name>', 'corpus name')
    .option('--version <semver>', 'version (default: patch bump when items changed)')
    .action(async (directory: string, options: { name?: string; version?: string }) => {
      const manifest = rebuildManifest(resolve(io.cwd, directory), { created: today(), ...(options.name ? { name: options.name } : {}), ...(options.version ? { version: options.version } : {}) });
      await write(io.stdout, `${manifest.name} ${manifest.version}: ${Object.keys(manifest.items).length} items, set ${manifest.setSha256}\n`);
      setExit(exitCodes.ok);
    });
}

function readInput(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new VouchError('VOUCH_CONFIG_NOT_FOUND', `cannot read ${shown}: ${(error as Error).message}`, { fix: 'Pass --file with a JSONL file of corpus items.' });
  }
}
