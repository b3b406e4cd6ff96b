/**
 * Runs `worker` over `jobs` with at most `concurrency` at once, pulling jobs lazily (a generator of
 * 100k jobs is never materialized). Stops taking new jobs once `signal` aborts; resolves when every
 * started job has settled. A worker must not throw (record failures as results instead); if one
 * does, the pool stops and rethrows that error after the others settle.
 * @example
 * await runPool(cases(), 16, async (job) => writer.write(await execute(job)));
 */
export async function runPool<Job>(jobs: Iterable<Job> | AsyncIterable<Job>, concurrency: number, worker: (job: Job) => Promise<void>, signal?: AbortSignal): Promise<void> {
  const iterator = Symbol.asyncIterator in jobs ? (jobs as AsyncIterable<Job>)[Symbol.asyncIterator]() : (jobs as Iterable<Job>)[Symbol.iterator]();
  let failure: unknown;
  let failed = false;
  // Iterators are pulled by one lane at a time: an async generator must not be re-entered.
  let pulling: Promise<unknown> = Promise.resolve();
  const next = async (): Promise<IteratorResult<Job>> => {
    const turn = pulling.then(() => iterator.next());
    pulling = turn.catch(() => undefined);
    return turn;
  };
  const lane = async (): Promise<void> => {
    while (!failed && !signal?.aborted) {
      const step = await next();
      if (step.done) return;
      try {
        await worker(step.value);
      } catch (error) {
        if (!failed) {
          failed = true;
          failure = error;
        }
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  if (failed) throw failure;
}
