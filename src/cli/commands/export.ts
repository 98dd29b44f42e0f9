import type { Command } from 'commander';
import type { Exit } from '../index.ts';
import { openExistingStore, storeReadOptions } from '../util.ts';

export function registerExport(program: Command, exit: Exit): void {
  storeReadOptions(program.command('export').description('print stored results as JSON Lines, one ArticleResult per article (the shape of "claims extract --jsonl")'))
    .action((opts: { db: string; pipeline?: string; extractorVersion?: string }) => {
      const db = openExistingStore('export', opts.db, exit);
      if (!db) return;
      try {
        const where: string[] = [];
        const params: string[] = [];
        if (opts.pipeline) { where.push('e.pipeline = ?'); params.push(opts.pipeline); }
        if (opts.extractorVersion) { where.push('e.extractor_version = ?'); params.push(opts.extractorVersion); }
        const rows = db
          .prepare(`SELECT e.result FROM extractions e JOIN articles a ON a.id = e.article_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.path, e.id`)
          .iterate(...params) as IterableIterator<{ result: string }>;
        for (const r of rows) process.stdout.write(`${r.result}\n`);
      } finally {
        db.close();
      }
    });
}
