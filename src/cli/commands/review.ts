import type { Command } from 'commander';
import { createReviewServer } from '../../review/server.ts';
import type { Exit } from '../index.ts';
import { openExistingStore } from '../util.ts';

export function registerReview(program: Command, exit: Exit): void {
  program
    .command('review')
    .description('start the browser review UI over a store (127.0.0.1 only) and print its URL')
    .option('--db <path>', 'SQLite store', 'output/claims.db')
    .option('--port <n>', 'port (0: any free port)', '5178')
    .option('-p, --pipeline <name>', 'pipeline shown by default (news when stored, else the most used)', 'news')
    .addHelpText(
      'after',
      '\nOpens nothing by itself: open the printed URL. Reviews go to the store\'s "reviews" table,\n' +
        'keyed by article, sentence and speaker, so that they survive re-runs. Ctrl-C stops the server.\n\n' +
        'Keys on an article page: j/k next/previous claim, a accept, r reject, 1/2/3 assertion/denial/warning,\n' +
        's correct the speaker, u undo; select text to add a claim the extractor missed.',
    )
    .action(async (opts: { db: string; port: string; pipeline: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad --port ${JSON.stringify(opts.port)}: a number from 0 to 65535`);
      // writable: opening brings the schema up to date (the reviews table)
      const db = openExistingStore('review', opts.db, exit, { readonly: false });
      if (!db) return;
      const { app } = createReviewServer({ db, pipeline: opts.pipeline });
      const address = await app.listen({ host: '127.0.0.1', port });
      process.stdout.write(`claims review: ${address}/  (store ${opts.db}; Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void app.close().then(() => {
            db.close();
            resolve();
          });
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
