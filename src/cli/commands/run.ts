import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { availableParallelism } from 'node:os';
import { Extractor } from '../../extract.ts';
import { countInputs } from '../../batch/inputs.ts';
import { DEFAULT_MAX_BYTES } from '../../batch/jobs.ts';
import { lockRun } from '../../batch/lock.ts';
import { Progress, type ProgressMode } from '../../batch/progress.ts';
import { runBatch } from '../../batch/runner.ts';
import { Store } from '../../store/store.ts';
import type { Exit } from '../index.ts';
import { table, truncate } from '../util.ts';
import { summarize } from './summary.ts';

interface RunOpts {
  db: string;
  pipeline: string;
  force?: boolean;
  quiet?: boolean;
  workers: number;
  maxBytes: number;
  batchSize: number;
  progress?: boolean;
  lowMemory?: boolean;
}

const intAtLeast = (min: number) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer >= ${min}`);
  return n;
};

// whole numbers, but one decimal below 10 ("0.4 articles/s" for one small article, not "0")
const fmt = (n: number): string => (n > 0 && n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US'));

export function registerRun(program: Command, exit: Exit): void {
  program
    .command('run')
    .description(
      'extract articles into the SQLite store on every core and print a summary table;\n' +
        'articles already stored by this extractor version, pipeline and configuration are skipped,\n' +
        'so a run that was stopped or killed continues where it stopped when started again',
    )
    .argument('[path...]', 'files, directories (recursively, *.txt), JSON Lines files (*.jsonl), - for JSON Lines on stdin', ['corpus/'])
    .option('--db <path>', 'SQLite store', 'output/claims.db')
    .option('-p, --pipeline <name>', 'pipeline configuration (pipelines/NAME.json)', 'news')
    .option('--force', 're-extract articles already stored by this extractor version and pipeline')
    .option('-w, --workers <n>', 'worker threads (0: extract in the main thread)', intAtLeast(0), availableParallelism())
    .option('--max-bytes <n>', 'larger articles are failures', intAtLeast(1), DEFAULT_MAX_BYTES)
    .option('--batch-size <n>', 'articles per write transaction', intAtLeast(1), 32)
    .option('--low-memory', 'workers keep their heaps smaller still (V8 --optimize-for-size): about 10 % less memory than the default, about 20 % slower')
    .option('--no-progress', 'no progress bar or progress lines')
    .option('-q, --quiet', 'no progress and no summary table (failures still go to stderr)')
    .addHelpText(
      'after',
      '\nJSON Lines: one article per line, {"text": ..., "id"?, "date"?, "url"?, "headline"?}; see README.md.\n' +
        'Exit status: 0 when every article was extracted or already stored, 1 when any failed.',
    )
    .action(async (paths: string[], opts: RunOpts) => {
      const ex = new Extractor(opts.pipeline);
      const store = Store.open(opts.db);
      const lock = lockRun(opts.db);
      const pipeline = ex.pipeline.config.name;
      let runId = 0;
      let stopping = false;
      const onSignal = () => {
        if (stopping) process.exit(130);
        stopping = true;
        process.stderr.write('\nclaims run: stopping after the articles in progress (again to quit now)\n');
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        if (lock.owned) {
          const n = store.markInterruptedRuns();
          if (n) process.stderr.write(`claims run: marked ${n} earlier run${n > 1 ? 's' : ''} that did not finish as interrupted\n`);
        }
        runId = store.startRun({ extractorVersion: ex.version, pipeline, configHash: ex.configHash, args: process.argv.slice(3) });
        const mode: ProgressMode = opts.quiet || opts.progress === false ? 'off' : process.stderr.isTTY ? 'bar' : 'lines';
        const progress = new Progress(mode, mode === 'off' ? null : await countInputs(paths));
        let started = false;
        const r = await runBatch({
          paths,
          store,
          dbPath: opts.db,
          extractor: ex,
          pipelineArg: opts.pipeline,
          runId,
          workers: opts.workers,
          force: !!opts.force,
          maxBytes: opts.maxBytes,
          batchSize: opts.batchSize,
          lowMemory: !!opts.lowMemory,
          onProgress: (c) => {
            if (!started) (started = true), progress.start();
            progress.update(c);
          },
          stop: () => stopping,
        });
        progress.stop();
        store.finishRun(runId, r, r.stopped ? 'interrupted' : r.failed ? 'failed' : 'done');
        if (r.failed) reportFailures(store, runId);
        if (!opts.quiet) {
          process.stdout.write(`${summarize(store.db, { version: ex.version, pipeline, run: runId })}\n\n`);
          const rate = r.seconds > 0 ? `, ${fmt(r.done / r.seconds)} articles/s, ${fmt(r.words / r.seconds)} words/s` : '';
          process.stdout.write(
            `run ${runId}: ${r.done} extracted, ${r.skipped} already stored, ${r.failed} failed -> ${opts.db}` +
              ` (${r.seconds.toFixed(1)} s${rate}; ${opts.workers || 'no'} worker${opts.workers === 1 ? '' : 's'}, started in ${r.startup.toFixed(1)} s)\n`,
          );
        }
        if (r.failed) exit.code = 1;
        if (r.stopped) exit.code = 130;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        store.close();
        lock.release();
      }
    });
}

/** The run's failures on stderr: one line per article, then a table of how many failed for which reason. */
function reportFailures(store: Store, runId: number): void {
  const kinds = new Map<string, number>();
  const rows = store.db.prepare('SELECT path, reason FROM failures WHERE run_id = ? ORDER BY id').iterate(runId) as Iterable<{ path: string; reason: string }>;
  process.stderr.write('\n');
  for (const f of rows) {
    process.stderr.write(`claims run: ${f.path}: ${f.reason}\n`);
    const kind = f.reason.replace(/^line \d+: /, '').split(/:| at byte| \(/)[0];
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const byCount = [...kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  process.stderr.write(`\n${table(['failure', 'articles'], byCount.map(([k, n]) => [truncate(k, 60), n]))}\n\n`);
}
