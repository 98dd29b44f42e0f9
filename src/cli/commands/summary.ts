import { type Command, InvalidArgumentError } from 'commander';
import type { DB } from '../../store/store.ts';
import type { Exit } from '../index.ts';
import { openExistingStore, storeReadOptions, table, truncate } from '../util.ts';

export interface SummaryScope {
  version?: string;
  pipeline?: string;
  /** Only the articles this run stored or found already stored. */
  run?: number;
}

/** A printable summary: articles, sentences, claims by label, and the most frequent speakers. */
export function summarize(db: DB, scope: SummaryScope = {}): string {
  const where: string[] = [];
  const params: unknown[] = [];
  if (scope.version) { where.push('e.extractor_version = ?'); params.push(scope.version); }
  if (scope.pipeline) { where.push('e.pipeline = ?'); params.push(scope.pipeline); }
  if (scope.run !== undefined) { where.push('e.article_id IN (SELECT article_id FROM run_articles WHERE run_id = ?)'); params.push(scope.run); }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const perArticle = db
    .prepare(
      `SELECT a.path AS path,
         (SELECT count(*) FROM sentences s WHERE s.extraction_id = e.id) AS sentences,
         (SELECT count(*) FROM quotes q WHERE q.extraction_id = e.id) AS quotes,
         sum(c.label = 'assertion') AS assertion, sum(c.label = 'denial') AS denial, sum(c.label = 'warning') AS warning,
         count(c.idx) AS claims
       FROM extractions e JOIN articles a ON a.id = e.article_id LEFT JOIN claims c ON c.extraction_id = e.id
       ${w} GROUP BY e.id ORDER BY a.path`,
    )
    .all(...params) as Array<{ path: string; sentences: number; quotes: number; assertion: number | null; denial: number | null; warning: number | null; claims: number }>;
  const speakers = db
    .prepare(
      `SELECT sp.name AS name, count(*) AS claims, sum(c.label = 'assertion') AS assertion, sum(c.label = 'denial') AS denial,
         sum(c.label = 'warning') AS warning, count(DISTINCT e.article_id) AS articles
       FROM claims c JOIN extractions e ON e.id = c.extraction_id JOIN speakers sp ON sp.id = c.speaker_id
       ${w} GROUP BY sp.id ORDER BY claims DESC, name LIMIT 15`,
    )
    .all(...params) as Array<{ name: string; claims: number; assertion: number; denial: number; warning: number; articles: number }>;
  const tot = perArticle.reduce(
    (t, r) => ({ s: t.s + r.sentences, q: t.q + r.quotes, a: t.a + (r.assertion ?? 0), d: t.d + (r.denial ?? 0), w: t.w + (r.warning ?? 0), c: t.c + r.claims }),
    { s: 0, q: 0, a: 0, d: 0, w: 0, c: 0 },
  );
  const shown = perArticle.slice(0, 20);
  const rows: Array<Array<string | number>> = shown.map((r) => [truncate(r.path, 60), r.sentences, r.quotes, r.claims, r.assertion ?? 0, r.denial ?? 0, r.warning ?? 0]);
  if (perArticle.length > shown.length) rows.push([`… and ${perArticle.length - shown.length} more`, '', '', '', '', '', '']);
  rows.push([`total: ${perArticle.length} articles`, tot.s, tot.q, tot.c, tot.a, tot.d, tot.w]);
  const parts = [table(['article', 'sentences', 'quotes', 'claims', 'assertion', 'denial', 'warning'], rows)];
  if (speakers.length) {
    parts.push(
      table(
        ['speaker', 'claims', 'assertion', 'denial', 'warning', 'articles'],
        speakers.map((s) => [truncate(s.name, 50), s.claims, s.assertion, s.denial, s.warning, s.articles]),
      ),
    );
  }
  return parts.join('\n\n');
}

export function registerSummary(program: Command, exit: Exit): void {
  storeReadOptions(program.command('summary').description('print a summary table of a store: articles, sentences, claims by label, speakers'))
    .option('--run <id>', "only the articles that run <id> stored or found already stored (the id 'claims run' prints)", (v) => {
      if (!/^\d+$/.test(v)) throw new InvalidArgumentError('expected a run id (a whole number)');
      return Number(v);
    })
    .action((opts: { db: string; pipeline?: string; extractorVersion?: string; run?: number }) => {
      const db = openExistingStore('summary', opts.db, exit);
      if (!db) return;
      try {
        process.stdout.write(`${summarize(db, { pipeline: opts.pipeline, version: opts.extractorVersion, run: opts.run })}\n`);
      } finally {
        db.close();
      }
    });
}
