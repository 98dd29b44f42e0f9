/**
 * A batch worker thread: receives jobs, does the CPU work (read, decode,
 * extract) and posts the outcome back. It never writes to the store: it
 * reads it (its own read-only connection) only to skip stored articles.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Extractor } from '../extract.ts';
import { openDb, Store } from '../store/store.ts';
import { processJob, type JobContext } from './jobs.ts';
import type { WorkerData, WorkerReply, WorkerRequest } from './pool.ts';

const data = workerData as WorkerData;
const extractor = new Extractor(data.pipeline);
const store = new Store(openDb(data.db, { readonly: true }));
const { version } = extractor;
const name = extractor.pipeline.config.name;
const ctx: JobContext = {
  extractor,
  maxBytes: data.maxBytes,
  force: data.force,
  isStored: (id) => store.hasExtraction(id, version, name, extractor.configHash),
};

parentPort!.on('message', (msg: WorkerRequest) => {
  const reply: WorkerReply = { n: msg.n, outcome: processJob(msg.job, ctx) };
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
