import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './schema.ts';
import type { ArticleResult } from '../types.ts';

export type DB = Database.Database;

export interface RunInfo {
  extractorVersion: string;
  pipeline: string;
  configHash: string;
  args?: string[];
}

export interface StoredArticle {
  result: ArticleResult;
  text: string;
  words?: number;
}

/** Opens (creating if needed) a store and brings its schema up to date. */
export function openDb(path: string, opts: { readonly?: boolean } = {}): DB {
  if (path !== ':memory:' && !opts.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (!opts.readonly) migrate(db);
  return db;
}

export function migrate(db: DB): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this claimlens knows (${MIGRATIONS.length}); upgrade claimlens`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}

const now = (): string => new Date().toISOString();

/**
 * The extraction store. Writes are grouped per article: `saveArticles` puts
 * every given article in one transaction, so an article is stored whole or not
 * at all, and re-saving an article for the same extractor version and
 * pipeline replaces its rows.
 */
export class Store {
  readonly db: DB;
  private readonly stmts;

  constructor(db: DB) {
    this.db = db;
    this.stmts = {
      upsertArticle: db.prepare(
        `INSERT INTO articles (id, path, date, headline, headline_start, headline_end, text, words, first_run)
         VALUES (@id, @path, @date, @headline, @headline_start, @headline_end, @text, @words, @run)
         ON CONFLICT(id) DO UPDATE SET path = excluded.path, date = excluded.date, headline = excluded.headline,
           headline_start = excluded.headline_start, headline_end = excluded.headline_end, words = excluded.words`,
      ),
      deleteExtraction: db.prepare(
        `DELETE FROM extractions WHERE article_id = ? AND extractor_version = ? AND pipeline = ?`,
      ),
      insertExtraction: db.prepare(
        `INSERT INTO extractions (article_id, extractor_version, pipeline, config_hash, run_id, created_at, result)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      // the rows of sentences, quotes and claims are read by SQLite from the
      // result JSON itself: one statement per table per article instead of one
      // per row (measured on 1,200 BBC articles: see README)
      insertSentences: db.prepare(
        `INSERT INTO sentences (extraction_id, idx, start, end, label, text)
         SELECT @e, key, value ->> 'start', value ->> 'end', value ->> 'label', value ->> 'text'
         FROM json_each(@j, '$.sentences') ORDER BY key`,
      ),
      insertQuotes: db.prepare(
        `INSERT INTO quotes (extraction_id, idx, start, end, text, claim)
         SELECT @e, key, value ->> 'start', value ->> 'end', value ->> 'text', value ->> 'claim'
         FROM json_each(@j, '$.quotes') ORDER BY key`,
      ),
      // in claim order, so that a new speaker gets the same id as when claims were inserted one by one
      insertSpeakers: db.prepare(
        `INSERT INTO speakers (name)
         SELECT value ->> '$.speaker.name' FROM json_each(@j, '$.claims')
         WHERE value ->> '$.speaker.name' IS NOT NULL ORDER BY key
         ON CONFLICT(name) DO NOTHING`,
      ),
      insertClaims: db.prepare(
        `INSERT INTO claims (extraction_id, idx, sentence, grp, label, confidence, speaker_id, speaker_text, speaker_start,
           speaker_end, speaker_role, cue_text, cue_start, cue_end, content_text, content_start, content_end, quotes, evidence)
         SELECT @e, key, value ->> 'sentence', value ->> 'group', value ->> 'label', value ->> 'confidence',
           (SELECT id FROM speakers WHERE name = value ->> '$.speaker.name'),
           value ->> '$.speaker.text', value ->> '$.speaker.start', value ->> '$.speaker.end', value ->> '$.speaker.role',
           value ->> '$.cue.text', value ->> '$.cue.start', value ->> '$.cue.end',
           value ->> '$.content.text', value ->> '$.content.start', value ->> '$.content.end',
           coalesce(value -> 'quotes', '[]'), coalesce(value -> 'evidence', '[]')
         FROM json_each(@j, '$.claims') ORDER BY key`,
      ),
      findExtraction: db.prepare(
        `SELECT config_hash AS configHash FROM extractions WHERE article_id = ? AND extractor_version = ? AND pipeline = ?`,
      ),
      insertRunArticle: db.prepare(`INSERT OR IGNORE INTO run_articles (run_id, article_id) VALUES (?, ?)`),
      findRunArticle: db.prepare(`SELECT 1 FROM run_articles WHERE run_id = ? AND article_id = ?`).pluck(),
      insertFailure: db.prepare(`INSERT INTO failures (run_id, path, reason, at) VALUES (?, ?, ?, ?)`),
    };
  }

  static open(path: string): Store {
    return new Store(openDb(path));
  }

  close(): void {
    this.db.close();
  }

  startRun(info: RunInfo): number {
    const r = this.db
      .prepare(
        `INSERT INTO runs (started_at, extractor_version, pipeline, config_hash, args) VALUES (?, ?, ?, ?, ?)`,
      )
      .run(now(), info.extractorVersion, info.pipeline, info.configHash, JSON.stringify(info.args ?? []));
    return Number(r.lastInsertRowid);
  }

  finishRun(
    runId: number,
    counts: { done: number; skipped: number; failed: number },
    status: 'done' | 'failed' | 'interrupted' = 'done',
  ): void {
    this.db
      .prepare(
        `UPDATE runs SET finished_at = ?, status = ?, articles_done = ?, articles_skipped = ?, articles_failed = ? WHERE id = ?`,
      )
      .run(now(), status, counts.done, counts.skipped, counts.failed, runId);
  }

  /**
   * Marks runs left 'running' by a process that was killed (SIGKILL, power
   * loss) as 'interrupted', with the counts of what they stored; `except` is
   * the caller's own run. Returns how many runs it marked.
   */
  markInterruptedRuns(except: number | null = null): number {
    return this.db
      .prepare(
        `UPDATE runs SET status = 'interrupted',
           articles_done = (SELECT count(*) FROM extractions e WHERE e.run_id = runs.id),
           articles_failed = (SELECT count(*) FROM failures f WHERE f.run_id = runs.id)
         WHERE status = 'running' AND id IS NOT ?`,
      )
      .run(except).changes;
  }

  /** True when this article was already extracted with this version, pipeline and configuration. */
  hasExtraction(articleId: string, version: string, pipeline: string, configHash: string): boolean {
    const row = this.stmts.findExtraction.get(articleId, version, pipeline) as { configHash: string } | undefined;
    return row !== undefined && row.configHash === configHash;
  }

  /** Records that a run went through these articles (stored by it or found already stored). */
  recordRunArticles(runId: number, ids: Iterable<string>): void {
    for (const id of ids) this.stmts.insertRunArticle.run(runId, id);
  }

  /** True when the run has recorded this article. */
  inRun(runId: number, articleId: string): boolean {
    return this.stmts.findRunArticle.get(runId, articleId) !== undefined;
  }

  recordFailure(runId: number | null, path: string, reason: string): void {
    this.stmts.insertFailure.run(runId, path, reason, now());
  }

  /** Stores the articles in one transaction: all of them or none. */
  saveArticles(items: StoredArticle[], runId: number | null, configHash: string): void {
    this.db.transaction(() => {
      for (const item of items) this.writeArticle(item, runId, configHash);
    })();
  }

  saveArticle(item: StoredArticle, runId: number | null, configHash: string): void {
    this.saveArticles([item], runId, configHash);
  }

  private writeArticle({ result, text, words }: StoredArticle, runId: number | null, configHash: string): void {
    this.writeRow(articleRow(result, text, words ?? countWords(text)), runId, configHash);
  }

  /** Stores articles given as rows (what batch workers send): in one transaction, all or none. */
  saveRows(rows: ArticleRow[], runId: number | null, configHash: string): void {
    this.db.transaction(() => {
      for (const row of rows) this.writeRow(row, runId, configHash);
    })();
  }

  private writeRow(r: ArticleRow, runId: number | null, configHash: string): void {
    const s = this.stmts;
    s.upsertArticle.run({
      id: r.id,
      path: r.path,
      date: r.date,
      headline: r.headline,
      headline_start: r.headlineStart,
      headline_end: r.headlineEnd,
      text: r.text,
      words: r.words,
      run: runId,
    });
    // a DELETE costs 0.1 ms even when it finds nothing (the claims_fts trigger
    // program runs through the cascade): look first
    if (s.findExtraction.get(r.id, r.version, r.pipeline) !== undefined) s.deleteExtraction.run(r.id, r.version, r.pipeline);
    const eid = Number(s.insertExtraction.run(r.id, r.version, r.pipeline, configHash, runId, now(), r.json).lastInsertRowid);
    const p = { e: eid, j: r.json };
    s.insertSentences.run(p);
    s.insertQuotes.run(p);
    s.insertSpeakers.run({ j: r.json });
    s.insertClaims.run(p);
    if (runId !== null) s.insertRunArticle.run(runId, r.id);
  }
}

/**
 * An article as the store writes it: the few columns of `articles` and
 * `extractions`, the text, and the result as JSON (sentences, quotes and
 * claims are read from it). Only strings and numbers, so that a batch worker
 * can build it and post it to the writer cheaply (a structured clone of
 * strings is a copy; of the result object graph it was a walk of ~9 KB of
 * objects on both sides).
 */
export interface ArticleRow {
  id: string;
  path: string;
  date: string | null;
  headline: string | null;
  headlineStart: number | null;
  headlineEnd: number | null;
  version: string;
  pipeline: string;
  text: string;
  words: number;
  /** `JSON.stringify(result)`: stored as `extractions.result`. */
  json: string;
}

export function articleRow(result: ArticleResult, text: string, words: number): ArticleRow {
  return {
    id: result.id,
    path: result.file,
    date: result.date,
    headline: result.headline?.text ?? null,
    headlineStart: result.headline?.start ?? null,
    headlineEnd: result.headline?.end ?? null,
    version: result.extractor.version,
    pipeline: result.extractor.pipeline,
    text,
    words,
    json: JSON.stringify(result),
  };
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu);
  return m ? m.length : 0;
}
