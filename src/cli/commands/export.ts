import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { openDb } from '../../store/store.ts';
import type { Exit } from '../index.ts';

export function registerExport(program: Command, exit: Exit): void {
  program
    .command('export')
    .description('print stored results as JSON Lines, one ArticleResult per article (the shape of "claims extract --jsonl")')
    .option('--db <path>', 'SQLite store', 'output/claims.db')
    .option('-p, --pipeline <name>', 'only extractions by this pipeline')
    .option('--extractor-version <v>', 'only extractions by this extractor version')
    .action((opts: { db: string; pipeline?: string; extractorVersion?: string }) => {
      if (!existsSync(opts.db)) {
        process.stderr.write(`claims export: no store at ${opts.db}\n`);
        exit.code = 1;
        return;
      }
      const db = openDb(opts.db, { readonly: true });
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
