/**
 * A pool of extraction worker threads. `run(job)` sends the job to the least
 * busy worker and resolves with its outcome. A worker that dies fails the jobs
 * it held (per article) and is replaced.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Job, Outcome } from './jobs.ts';
import { jobPath } from './jobs.ts';

export interface WorkerData {
  db: string;
  pipeline: string;
  force: boolean;
  maxBytes: number;
}
export interface WorkerRequest {
  n: number;
  job: Job;
}
export interface WorkerReply {
  n: number;
  outcome: Outcome;
}

interface Slot {
  worker: Worker;
  held: Map<number, { job: Job; resolve: (o: Outcome) => void }>;
  ready: Promise<void>;
}

/** Set by esbuild in the bundled CLI (src/bin/bundle.js), whose worker is bundled beside it. */
declare const __CLAIMLENS_BUNDLE__: boolean | undefined;
const ENTRY = typeof __CLAIMLENS_BUNDLE__ !== 'undefined' ? new URL('./worker.mjs', import.meta.url) : new URL('./worker-entry.js', import.meta.url);
const YOUNG_MB = 4;
const HEAP_GROWING_PERCENT = 30;

/**
 * V8 doubles an isolate's young generation whenever the bytes that survived
 * its scavenges since the last doubling exceed its size: a count that only
 * grows, so in a long run the main thread's young generation (which holds
 * queued texts and results until they are written) ends at its 32 MB maximum
 * after 1,000-2,000 articles. A growth factor of 1 keeps it at the size it
 * reached at startup. Every new isolate (each worker as it starts) resets the
 * factor to at least 2, so it is set again once a worker is up. Measured on
 * 5,000 BBC articles, 2 workers, 3 runs each: peak RSS 259-264 -> 232-235 MB,
 * time no worse (17.5-21.1 s against 17.7-22.8 s).
 */
function holdYoungGenerations(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private next = 0;
  private closing = false;

  constructor(
    readonly size: number,
    private readonly data: WorkerData,
    opts: { lowMemory?: boolean } = {},
  ) {
    // V8 reads this flag when an isolate sizes its heap, so set before the workers start, it
    // keeps theirs small. Measured on 6,000 BBC articles, 2 workers: peak RSS 380 -> 215 MB,
    // throughput 154,000 -> 124,000 words/s. (It is process-wide and cannot be unset.)
    if (opts.lowMemory) setFlagsFromString('--optimize-for-size');
    // By default V8 lets an old generation grow up to 4x its live size before the next full
    // collection, and a worker's heap reached about 100 MB for 29 MB live. A growing factor
    // of 1.3 keeps it near its live size. Measured on the BBC corpus, 2 workers, /usr/bin/time:
    // peak RSS 288-310 -> 246-251 MB, time +3-6 %; on 19,764 articles on stdin 425 -> 270 MB.
    else setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Resolves when every worker has loaded its pipeline. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  private spawn(): Slot {
    // a small young generation keeps each worker's RSS down (measured on the
    // BBC corpus, 2 workers: peak RSS 414 MB by default, 360 MB with 4 MB) at
    // no measurable cost in CPU time
    const worker = new Worker(ENTRY, {
      workerData: this.data,
      env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
    });
    const slot: Slot = { worker, held: new Map(), ready: Promise.resolve() };
    slot.ready = new Promise((resolve, reject) => {
      worker.once('message', () => {
        holdYoungGenerations();
        resolve();
      });
      worker.once('error', reject);
    });
    slot.ready.catch(() => {}); // reported through the jobs it fails
    worker.on('message', (m: WorkerReply | { ready: true }) => {
      if (!('n' in m)) return;
      const h = slot.held.get(m.n);
      if (!h) return;
      slot.held.delete(m.n);
      h.resolve(m.outcome);
    });
    const died = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      for (const { job, resolve } of slot.held.values()) resolve({ kind: 'failed', path: jobPath(job), reason: `worker failed: ${why}` });
      slot.held.clear();
      if (this.closing) return;
      this.slots[i] = this.spawn();
    };
    worker.on('error', (e) => died(e.message));
    worker.on('exit', (code) => died(`exited with code ${code}`));
    return slot;
  }

  run(job: Job): Promise<Outcome> {
    let slot = this.slots[0];
    for (const s of this.slots) if (s.held.size < slot.held.size) slot = s;
    const n = this.next++;
    return new Promise((resolve) => {
      slot.held.set(n, { job, resolve });
      slot.worker.postMessage({ n, job } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
