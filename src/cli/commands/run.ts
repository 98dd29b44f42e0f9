import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { Extractor } from '../../extract.ts';
import { sha256 } from '../../stages/ingest.ts';
import { Store, countWords } from '../../store/store.ts';
import type { Exit } from '../index.ts';
import { expandInputs } from '../util.ts';
import { summarize } from './summary.ts';

export function registerRun(program: Command, exit: Exit): void {
  program
    .command('run')
    .description('extract articles into the SQLite store and print a summary table')
    .argument('[path...]', 'files and directories (recursively, *.txt)', ['corpus/'])
    .option('--db <path>', 'SQLite store', 'output/claims.db')
    .option('-p, --pipeline <name>', 'pipeline configuration (pipelines/NAME.json)', 'news')
    .option('--force', 're-extract articles already stored by this extractor version and pipeline')
    .option('-q, --quiet', 'no summary table')
    .action((paths: string[], opts: { db: string; pipeline: string; force?: boolean; quiet?: boolean }) => {
      const ex = new Extractor(opts.pipeline);
      const store = Store.open(opts.db);
      const runId = store.startRun({ extractorVersion: ex.version, pipeline: ex.pipeline.config.name, configHash: ex.configHash, args: paths });
      const counts = { done: 0, skipped: 0, failed: 0 };
      const ids: string[] = [];
      const fail = (path: string, reason: string) => {
        counts.failed++;
        store.recordFailure(runId, path, reason);
        process.stderr.write(`claims run: ${path}: ${reason}\n`);
      };
      try {
        for (const file of expandInputs(paths, fail)) {
          try {
            const bytes = readFileSync(file);
            const id = sha256(bytes);
            ids.push(id);
            if (!opts.force && store.hasExtraction(id, ex.version, ex.pipeline.config.name, ex.configHash)) {
              counts.skipped++;
              continue;
            }
            const { result, doc } = ex.extractBytes(bytes, file);
            store.saveArticle({ result, text: doc.text, words: countWords(doc.text) }, runId, ex.configHash);
            counts.done++;
          } catch (e) {
            fail(file, (e as Error).message.replace(`${file}: `, ''));
          }
        }
        store.finishRun(runId, counts, counts.failed ? 'failed' : 'done');
        if (!opts.quiet) {
          process.stdout.write(`${summarize(store.db, { version: ex.version, pipeline: ex.pipeline.config.name, articles: ids })}\n\n`);
          process.stdout.write(`run ${runId}: ${counts.done} extracted, ${counts.skipped} already stored, ${counts.failed} failed -> ${opts.db}\n`);
        }
      } finally {
        store.close();
      }
      if (counts.failed) exit.code = 1;
    });
}
