/**
 * A batch run: inputs are read lazily and fed through a p-queue to the worker
 * pool with bounded backpressure; outcomes come back in any order and are
 * handed, in input order, to the one writer, which stores several articles
 * per transaction. Committing in input order keeps a run deterministic (the
 * same rows, in the same order, whatever the number of workers) and makes a
 * killed run a committed prefix of the input: starting it again skips that
 * prefix (content hash + extractor version + pipeline + configuration hash)
 * and does the rest.
 */
import PQueue from 'p-queue';
import type { Extractor } from '../extract.ts';
import type { Store } from '../store/store.ts';
import { inputs } from './inputs.ts';
import { processJob, type Job, type Outcome } from './jobs.ts';
import { WorkerPool } from './pool.ts';
import { Writer, type Counts } from './writer.ts';

export interface BatchOptions {
  paths: string[];
  store: Store;
  /** The store's path, for the workers' read-only connections. */
  dbPath: string;
  extractor: Extractor;
  /** How the workers load the same pipeline: the name or JSON path the extractor was made from. */
  pipelineArg: string;
  runId: number;
  /** Worker threads; 0 extracts in the main thread. */
  workers: number;
  force: boolean;
  maxBytes: number;
  /**
   * Articles per write transaction (default 32), and the longest a finished
   * article waits for its transaction (ms, default 250). Measured on 400 BBC
   * articles: 1.06 ms of main-thread time per article in transactions of 1,
   * 0.58 of 8, 0.55 of 32, 0.56 of 64, 0.51 of 256; 32 keeps each commit
   * (which blocks the main thread) near 20 ms.
   */
  batchSize?: number;
  batchMs?: number;
  /** Workers keep their heaps small (see WorkerPool). */
  lowMemory?: boolean;
  /** Most articles between reading and committing (memory bound). */
  window?: number;
  onProgress?: (c: Counts) => void;
  /** Polled between inputs: true stops reading input (what was read is finished and stored). */
  stop?: () => boolean;
}

export interface BatchResult extends Counts {
  /** Seconds spent starting the workers, and seconds from then to the last commit. */
  startup: number;
  seconds: number;
  stopped: boolean;
}

export async function runBatch(o: BatchOptions): Promise<BatchResult> {
  const t0 = performance.now();
  const version = o.extractor.version;
  const pipeline = o.extractor.pipeline.config.name;
  const configHash = o.extractor.configHash;
  let pool: WorkerPool | null = null;
  let exec: (job: Job) => Promise<Outcome>;
  if (o.workers > 0) {
    const p = new WorkerPool(o.workers, { db: o.dbPath, pipeline: o.pipelineArg, force: o.force, maxBytes: o.maxBytes }, { lowMemory: o.lowMemory });
    pool = p;
    await p.ready();
    exec = (job) => p.run(job);
  } else {
    const ctx = {
      extractor: o.extractor,
      maxBytes: o.maxBytes,
      force: o.force,
      isStored: (id: string) => o.store.hasExtraction(id, version, pipeline, configHash),
    };
    exec = async (job) => processJob(job, ctx);
  }
  const t1 = performance.now();
  // each worker holds up to 8 jobs, so that it keeps working while the main
  // thread is busy committing a batch (with 2 jobs per worker, a worker sat
  // idle 23 % of a BBC run: --cpu-prof)
  const concurrency = Math.max(1, o.workers * 8);
  const queue = new PQueue({ concurrency });
  const window = o.window ?? Math.max(64, concurrency * 4);
  const writer = new Writer(o.store, o.runId, configHash, o.batchSize ?? 32, o.batchMs ?? 250, o.onProgress);

  // outcomes wait here until every earlier input is written
  const finished = new Map<number, Outcome>();
  let read = 0;
  let written = 0;
  let wake: (() => void) | null = null;
  const deliver = (n: number, outcome: Outcome) => {
    finished.set(n, outcome);
    while (finished.has(written)) {
      writer.accept(finished.get(written)!);
      finished.delete(written);
      written++;
    }
    wake?.();
  };
  let stopped = false;
  try {
    for await (const input of inputs(o.paths)) {
      if (o.stop?.()) {
        stopped = true;
        break;
      }
      const n = read++;
      if (input.kind === 'missing') {
        deliver(n, { kind: 'failed', path: input.path, reason: input.reason });
        continue;
      }
      while (read - written > window) await new Promise<void>((r) => (wake = r));
      await queue.onSizeLessThan(concurrency);
      void queue.add(async () => deliver(n, await exec(input)));
    }
    await queue.onIdle();
    writer.flush();
  } finally {
    writer.close();
    await pool?.close();
  }
  const t2 = performance.now();
  return { ...writer.counts, startup: (t1 - t0) / 1000, seconds: (t2 - t1) / 1000, stopped };
}

