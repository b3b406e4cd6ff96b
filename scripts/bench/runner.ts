/**
 * The eval runner's own cost: cases per second through the whole pipeline (lazy job generation,
 * the bounded pool, a scorer, the JSONL writer and the final results.json) against an instant
 * in-process target at concurrency 64, and the heap and RSS sampled along a 100k-case run to show
 * memory stays flat. Part of `npm run bench` (20k cases with --quick).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as RunModule from '../../src/eval/runner/run.js';
import type * as ScorersModule from '../../src/eval/scorers/index.js';
import type * as ProvidersModule from '../../src/providers/index.js';
import { startChatServer } from '../../src/providers/testing/chat-server.js';
import type { CaseJob, CompiledScorer } from '../../src/eval/runner/execute.js';
import type { Target } from '../../src/providers/types.js';
import { importBuilt } from './built.js';

export async function benchRunner(quick: boolean): Promise<void> {
  const instant: Target = { kind: 'instant', label: 'instant', send: async (request) => ({ output: `Answer: ${request.messages.at(-1)!.content}`, latencyMs: 0 }) };
  await benchTarget(instant, quick ? 20_000 : 100_000, 'instant in-process target');
  // The same through HTTP: the openai target against the local test server (both on this machine's cores).
  const server = await startChatServer();
  const { createTarget } = await importBuilt<typeof ProvidersModule>('providers/index.js');
  try {
    const http = createTarget({ type: 'openai', baseUrl: server.baseUrl, model: 'bench' }, { cwd: process.cwd(), env: {} });
    await benchTarget(http, quick ? 2_000 : 10_000, 'openai target → local HTTP test server');
  } finally {
    await server.close();
  }
}

async function benchTarget(target: Target, total: number, label: string): Promise<void> {
  const { runJobs } = await importBuilt<typeof RunModule>('eval/runner/run.js');
  const { compileScorer } = await importBuilt<typeof ScorersModule>('eval/scorers/index.js');
  const context = { cwd: process.cwd(), env: {}, createTarget: () => target };
  const scorers = [compileScorer({ type: 'not-contains', value: 'CANARY' }, context, 'bench') as CompiledScorer];
  function* jobs(): Generator<CaseJob> {
    for (let index = 0; index < total; index++) {
      const id = `case-${index}`;
      yield { case: { id, messages: [{ role: 'user', content: `question ${index} about the refund policy` }], input: `question ${index}`, vars: {}, tags: [index % 3 ? 'faq' : 'billing'] }, repeat: 0, target, targetSha256: 'bench', scorers };
    }
  }
  const directory = mkdtempSync(join(tmpdir(), 'vouch-bench-runner-'));
  const samples: { done: number; heapMb: number; rssMb: number }[] = [];
  const step = total / 10;
  const started = performance.now();
  let runEnded = 0;
  await runJobs({
    outDir: directory,
    suite: 'bench',
    provenance: { suiteSha256: 'bench', casesSha256: 'bench', targetSha256: { instant: 'bench' }, vouchVersion: 'bench', node: process.version },
    jobs: jobs(),
    total,
    concurrency: 64,
    onProgress: (progress) => {
      if (progress.done % step === 0) samples.push({ done: progress.done, heapMb: process.memoryUsage().heapUsed / 1_048_576, rssMb: process.memoryUsage().rss / 1_048_576 });
      if (progress.done === total) runEnded = performance.now();
    },
  });
  const seconds = (runEnded - started) / 1000;
  const withRecord = (performance.now() - started) / 1000;
  console.log(`\nEval runner: ${total} cases, ${label}, concurrency 64, one not-contains scorer`);
  console.log(`  ${(total / seconds).toFixed(0)} cases/s through the pool and JSONL writer (${seconds.toFixed(2)} s); ${(total / withRecord).toFixed(0)} cases/s including results.json (${withRecord.toFixed(2)} s)`);
  console.log(`  memory along the run (cases done: heap MB / RSS MB): ${samples.map((sample) => `${sample.done}: ${sample.heapMb.toFixed(0)}/${sample.rssMb.toFixed(0)}`).join(', ')}`);
  const later = samples.slice(Math.floor(samples.length / 5));
  if (later.length > 1) {
    const heaps = later.map((sample) => sample.heapMb);
    console.log(`  heap after the first 20% of cases: min ${Math.min(...heaps).toFixed(0)} MB, max ${Math.max(...heaps).toFixed(0)} MB`);
  }
  rmSync(directory, { recursive: true, force: true });
}
